package be.atrium.platform.api;

import be.atrium.platform.DomainException;
import be.atrium.platform.PayloadTooLargeException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Reads every JSON request body the API takes ({@code JsonObject} parameters) in place of the
 * container's reader, so that what is JSON but not what a call takes is a 400 with the usual
 * error body instead of a failure deep inside the container: a body that is not an object
 * ({@code [1,2]}, {@code "x"}, {@code 42}, {@code null}), nesting deeper than {@value #MAX_DEPTH}
 * (no request needs more; 10,000 levels would exhaust the parser), and a body larger than
 * {@value #MAX_BYTES} bytes (413). The body is read as a stream of events without recursion.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class JsonObjectReader implements MessageBodyReader<JsonObject> {

    /** Deepest nesting of objects and arrays a request body may have. */
    public static final int MAX_DEPTH = 64;
    /** Largest JSON body read (uploads and the import have their own, larger limits). */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream entity) {
        try (JsonParser parser = PARSERS.createParser(new Bounded(entity))) {
            return read(parser);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new JsonException("a number that cannot be read (" + e.getMessage() + ")", e); // 1e2147483648
        }
    }

    /** The one object a body holds; anything else is a {@link DomainException} or a {@link JsonException}. */
    static JsonObject read(JsonParser parser) {
        if (!parser.hasNext()) {
            throw new DomainException("api.body.required", null);
        }
        JsonParser.Event first = parser.next();
        if (first != JsonParser.Event.START_OBJECT) {
            throw new DomainException("api.json.object", null);
        }
        Deque<Object> open = new ArrayDeque<>(); // JsonObjectBuilder or JsonArrayBuilder
        Deque<String> keys = new ArrayDeque<>(); // for each open object: the key being read ("" when none)
        open.push(Json.createObjectBuilder());
        keys.push("");
        JsonObject result = null;
        while (result == null) {
            if (!parser.hasNext()) {
                throw new JsonException("unexpected end of the body");
            }
            JsonParser.Event event = parser.next();
            switch (event) {
                case KEY_NAME -> {
                    keys.pop();
                    keys.push(parser.getString());
                }
                case START_OBJECT, START_ARRAY -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw new DomainException("api.json.tooDeep", null, MAX_DEPTH);
                    }
                    open.push(event == JsonParser.Event.START_OBJECT ? Json.createObjectBuilder()
                            : Json.createArrayBuilder());
                    keys.push("");
                }
                case END_OBJECT, END_ARRAY -> {
                    Object done = open.pop();
                    keys.pop();
                    JsonValue value = done instanceof JsonObjectBuilder o ? o.build()
                            : ((JsonArrayBuilder) done).build();
                    if (open.isEmpty()) {
                        result = (JsonObject) value;
                    } else {
                        add(open.peek(), keys.peek(), value);
                    }
                }
                default -> add(open.peek(), keys.peek(), parser.getValue());
            }
        }
        if (parser.hasNext()) {
            throw new JsonException("more than one JSON value in the body");
        }
        return result;
    }

    private static void add(Object container, String key, JsonValue value) {
        if (container instanceof JsonObjectBuilder o) {
            o.add(key, value);
        } else {
            ((JsonArrayBuilder) container).add(value);
        }
    }

    /** Stops reading past {@link #MAX_BYTES}: a 413 instead of a body held in memory whatever its size. */
    private static final class Bounded extends FilterInputStream {
        private long read;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw new PayloadTooLargeException("api.body.tooLarge", null, MAX_BYTES / (1024 * 1024));
            }
        }
    }
}

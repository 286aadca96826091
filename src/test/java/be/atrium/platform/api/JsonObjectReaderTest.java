package be.atrium.platform.api;

import be.atrium.platform.DomainException;
import be.atrium.platform.PayloadTooLargeException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the API's JSON body reader accepts, and the clear errors for everything else. */
class JsonObjectReaderTest {

    private final JsonObjectReader reader = new JsonObjectReader();

    private JsonObject read(String body) {
        return read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private JsonObject read(InputStream body) {
        return reader.readFrom(JsonObject.class, JsonObject.class, null, null, null, body);
    }

    @Test
    void anObjectIsReadWithItsNestedValuesInOrder() {
        JsonObject o = read("{\"title\": \"RUP\", \"tags\": [\"a\", \"b\", [1, {\"x\": null}]], \"audience\": "
                + "{\"network\": false, \"atria\": [\"gent\"]}, \"n\": 12345678901234, \"f\": 1.5, \"t\": true}");
        assertEquals("{\"title\":\"RUP\",\"tags\":[\"a\",\"b\",[1,{\"x\":null}]],\"audience\":{\"network\":false,"
                + "\"atria\":[\"gent\"]},\"n\":12345678901234,\"f\":1.5,\"t\":true}", o.toString());
        assertEquals(JsonObject.EMPTY_JSON_OBJECT, read(" {} "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"x\"", "42", "null", "true", "[]", "[{}]"})
    void jsonThatIsNotAnObjectIsBadInput(String body) {
        assertEquals("api.json.object", assertThrows(DomainException.class, () -> read(body)).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"a\": }", "{}{}", "{} x", "{\"a\": 1e2147483648}", "nul"})
    void brokenJsonIsAJsonError(String body) {
        assertThrows(JsonException.class, () -> read(body));
    }

    @Test
    void nestingIsBoundedWithoutExhaustingTheStack() {
        String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        DomainException e = assertThrows(DomainException.class, () -> read(deep));
        assertEquals("api.json.tooDeep", e.code());
        String arrays = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertEquals("api.json.tooDeep", assertThrows(DomainException.class, () -> read(arrays)).code());
        String allowed = "{\"a\":".repeat(JsonObjectReader.MAX_DEPTH - 1) + "{}" + "}".repeat(JsonObjectReader.MAX_DEPTH - 1);
        read(allowed);
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWhileReading() {
        InputStream endless = new InputStream() {
            private long sent;

            @Override
            public int read() {
                sent++;
                return sent == 1 ? '{' : sent == 2 ? '"' : 'a';
            }
        };
        assertThrows(PayloadTooLargeException.class, () -> read(endless));
    }
}

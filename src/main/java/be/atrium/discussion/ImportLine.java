package be.atrium.discussion;

import be.atrium.platform.DomainException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line of an import file (see CORPUS.md), parsed and checked on its own: everything that
 * can be known without the database is checked here, so a bad line is reported with a clear
 * message before anything is written. Throws {@link DomainException} with an {@code import.*}
 * code for a line that cannot be imported.
 */
public record ImportLine(String sourceId, Type type, String title, String body, String parent, boolean accepted,
                         String atrium, String author, Instant created, List<String> tags) {

    public static final int MAX_SOURCE_ID = 200;

    /** The types this version imports; the others are known but come with later issues. */
    public enum Type {
        QUESTION, ANSWER
    }

    static final Set<String> LATER_TYPES = Set.of("wiki", "guidance", "document", "meeting", "practice");

    public static ImportLine parse(String line) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw new DomainException("import.line.notObject", null);
            }
            json = object;
        } catch (JsonException | IllegalStateException e) {
            throw new DomainException("import.line.invalidJson", null);
        }
        String id = string(json, "id");
        if (id == null || id.isBlank()) {
            throw new DomainException("import.id.required", "id");
        }
        id = id.strip();
        if (id.length() > MAX_SOURCE_ID) {
            throw new DomainException("import.id.tooLong", "id", MAX_SOURCE_ID);
        }
        String typeName = string(json, "type");
        if (typeName == null || typeName.isBlank()) {
            throw new DomainException("import.type.required", "type");
        }
        typeName = typeName.strip().toLowerCase(Locale.ROOT);
        Type type = switch (typeName) {
            case "question" -> Type.QUESTION;
            case "answer" -> Type.ANSWER;
            default -> throw new DomainException(LATER_TYPES.contains(typeName) ? "import.type.notSupported"
                    : "import.type.unknown", "type", typeName);
        };
        String author = string(json, "author");
        if (author == null || author.isBlank()) {
            throw new DomainException("import.author.required", "author");
        }
        String body = Post.requireBody(string(json, "body"));
        String title = null;
        String parent = null;
        String atrium = null;
        List<String> tags = tags(json);
        if (type == Type.QUESTION) {
            title = string(json, "title");
            if (title == null || title.isBlank()) {
                throw new DomainException("import.title.required", "title");
            }
            title = title.strip();
            atrium = string(json, "atrium");
            atrium = atrium == null || atrium.isBlank() ? null : atrium.strip().toLowerCase(Locale.ROOT);
        } else {
            parent = string(json, "parent");
            if (parent == null || parent.isBlank()) {
                throw new DomainException("import.parent.required", "parent");
            }
            parent = parent.strip();
        }
        boolean accepted = bool(json, "accepted");
        return new ImportLine(id, type, title, body, parent, accepted, atrium, author.strip(), created(json), tags);
    }

    private static String string(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw new DomainException("import.field.string", field, field);
        }
        return s.getString();
    }

    private static boolean bool(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        throw new DomainException("import.field.boolean", field, field);
    }

    private static Instant created(JsonObject json) {
        String text = string(json, "created");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException again) {
                throw new DomainException("import.created.invalid", "created", text.strip());
            }
        }
    }

    private static List<String> tags(JsonObject json) {
        JsonValue value = json.get("tags");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new DomainException("import.field.array", "tags", "tags");
        }
        List<String> tags = new ArrayList<>();
        for (JsonValue tag : array) {
            if (!(tag instanceof JsonString s)) {
                throw new DomainException("import.field.array", "tags", "tags");
            }
            tags.add(s.getString());
        }
        return List.copyOf(tags);
    }
}

package be.atrium.content.imports;

import be.atrium.platform.Dates;
import be.atrium.platform.DomainException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One line of an import file (CORPUS.md) with the fields every type shares checked: a JSON
 * object with a source id, a type (lower case), an optional creation instant and optional tags.
 * The author every type needs is checked by {@link #requiredAuthor()} once the type is known. The other fields are read by the {@link ImportHandler} of the type through the
 * typed accessors, which fail with an {@code import.*} {@link DomainException} naming the field.
 */
public record ImportItem(String sourceId, String type, String author, Instant created, List<String> tags,
                         JsonObject json) {

    public static final int MAX_SOURCE_ID = 200;

    /** Looking the JSON provider up for every line costs more than reading the line. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    public static ImportItem parse(String line) {
        JsonObject json;
        try (JsonReader reader = READERS.createReader(new StringReader(line))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw new DomainException("import.line.notObject", null);
            }
            json = object;
        } catch (JsonException | IllegalStateException e) {
            throw new DomainException("import.line.invalidJson", null);
        }
        String id = text(json, "id");
        if (id == null || id.isBlank()) {
            throw new DomainException("import.id.required", "id");
        }
        id = id.strip();
        if (id.length() > MAX_SOURCE_ID) {
            throw new DomainException("import.id.tooLong", "id", MAX_SOURCE_ID);
        }
        String type = text(json, "type");
        if (type == null || type.isBlank()) {
            throw new DomainException("import.type.required", "type");
        }
        String author = text(json, "author");
        return new ImportItem(id, type.strip().toLowerCase(Locale.ROOT),
                author == null || author.isBlank() ? null : author.strip(), created(json), strings(json, "tags"), json);
    }

    /** The source ids this line names: its own and, for an answer or a comment, its parent's. */
    public List<String> sourceIds() {
        String parent = text(json, "parent");
        return parent == null || parent.isBlank() ? List.of(sourceId) : List.of(sourceId, parent.strip());
    }

    /** The username of the author, which every line has. */
    public String requiredAuthor() {
        if (author == null) {
            throw new DomainException("import.author.required", "author");
        }
        return author;
    }

    /** A string field, or null when missing or null; another JSON type is an error. */
    public String text(String field) {
        return text(json, field);
    }

    /** A string field that must be there and not blank, stripped; missing gives {@code import.<field>.required}. */
    public String requiredText(String field) {
        String value = text(field);
        if (value == null || value.isBlank()) {
            throw new DomainException("import." + field + ".required", field);
        }
        return value.strip();
    }

    /** An optional slug-like field (e.g. {@code atrium}): stripped and lower case, null when blank. */
    public String slug(String field) {
        String value = text(field);
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    public boolean bool(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        throw new DomainException("import.field.boolean", field, field);
    }

    /** An ISO date ({@code 2026-01-31}), or the date part of an ISO instant; null when missing. */
    public LocalDate date(String field) {
        String value = text(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        LocalDate day;
        try {
            day = LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            throw new DomainException("import.date.invalid", field, field, v);
        }
        if (!Dates.storable(day)) {
            throw new DomainException("import.date.invalid", field, field, v);
        }
        return day;
    }

    /** A list of strings; missing or null is empty. */
    public List<String> strings(String field) {
        return strings(json, field);
    }

    private static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw new DomainException("import.field.string", field, field);
        }
        return s.getString();
    }

    private static Instant created(JsonObject json) {
        String text = text(json, "created");
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant at;
        try {
            at = Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                at = OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException again) {
                throw new DomainException("import.created.invalid", "created", text.strip());
            }
        }
        if (!Dates.storable(at)) {
            throw new DomainException("import.created.invalid", "created", text.strip());
        }
        return at;
    }

    private static List<String> strings(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new DomainException("import.field.array", field, field);
        }
        List<String> values = new ArrayList<>();
        for (JsonValue v : array) {
            if (!(v instanceof JsonString s)) {
                throw new DomainException("import.field.array", field, field);
            }
            values.add(s.getString());
        }
        return List.copyOf(values);
    }
}

package be.atrium.platform.api;

import be.atrium.platform.DomainException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Optional;

/**
 * Reads fields of a JSON request body with clear errors: a missing required field or a value
 * of the wrong type is a 400 naming the field, never a 500.
 */
public final class JsonInput {

    private final JsonObject body;

    private JsonInput(JsonObject body) {
        this.body = body;
    }

    public static JsonInput of(JsonObject body) {
        if (body == null) {
            throw new DomainException("api.body.required", null);
        }
        return new JsonInput(body);
    }

    public Optional<String> string(String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString s)) {
            throw new DomainException("api.field.string", field, field);
        }
        return Optional.of(s.getString());
    }

    public String requiredString(String field) {
        return string(field).filter(s -> !s.isBlank())
                .orElseThrow(() -> new DomainException("api.field.required", field, field));
    }

    public Optional<Long> number(String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonNumber n)) {
            throw new DomainException("api.field.number", field, field);
        }
        return Optional.of(exactLong(n, field));
    }

    /**
     * A whole number that fits a long (ids, counts): a fraction, or a number beyond a long
     * ({@code 99999999999999999999}, {@code 1e400}), is bad input for {@code field}.
     */
    public static long exactLong(JsonNumber n, String field) {
        if (!n.isIntegral()) {
            throw new DomainException("api.field.number", field, field);
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw new DomainException("api.field.number", field, field);
        }
    }

    public Optional<Boolean> bool(String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value == JsonValue.TRUE) {
            return Optional.of(true);
        }
        if (value == JsonValue.FALSE) {
            return Optional.of(false);
        }
        throw new DomainException("api.field.boolean", field, field);
    }

    /** A list of strings (e.g. tags); missing or null is an empty list. */
    public java.util.List<String> strings(String field) {
        JsonValue value = body.get(field);
        java.util.List<String> values = new java.util.ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return values;
        }
        if (!(value instanceof jakarta.json.JsonArray array)) {
            throw new DomainException("api.field.array", field, field);
        }
        for (JsonValue v : array) {
            if (!(v instanceof JsonString s)) {
                throw new DomainException("api.field.array", field, field);
            }
            values.add(s.getString());
        }
        return values;
    }

    /** An enum constant named by a string field; unknown names give {@code invalidCode}. */
    public <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type, String invalidCode) {
        return string(field).map(s -> {
            try {
                return Enum.valueOf(type, s.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DomainException(invalidCode, field);
            }
        });
    }
}

package be.atrium.platform.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What an Idempotency-Key header may hold: 1-255 visible ASCII characters, optionally quoted. */
class IdempotencyKeyTest {

    @Test
    void plainAndQuotedKeysAreTheSameKey() {
        assertEquals("8e03978e-40d5-43e8-bc93-6894a57f9324", IdempotencyFilter.key("8e03978e-40d5-43e8-bc93-6894a57f9324"));
        assertEquals("8e03978e-40d5-43e8-bc93-6894a57f9324", IdempotencyFilter.key("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));
        assertEquals("a", IdempotencyFilter.key(" a "));
        assertEquals("x".repeat(255), IdempotencyFilter.key("x".repeat(255)));
    }

    @Test
    void emptyLongOrInvisibleKeysAreRefused() {
        assertNull(IdempotencyFilter.key(""));
        assertNull(IdempotencyFilter.key("\"\""));
        assertNull(IdempotencyFilter.key("x".repeat(256)));
        assertNull(IdempotencyFilter.key("two words"));
        assertNull(IdempotencyFilter.key("sleutel-é"));
        assertNull(IdempotencyFilter.key("a\"b"));
    }
}

package be.atrium.notify.mail;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unsubscribe links: only a genuine, current token names an account, and only the one it was made for. */
class UnsubscribeTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T21:00:00Z");

    private static UnsubscribeTokens tokens(String secret, Instant at) {
        UnsubscribeTokens t = new UnsubscribeTokens();
        t.settings = new MailSettings();
        t.settings.secret = Optional.of(secret);
        t.clock = Clock.fixed(at, ZoneOffset.UTC);
        return t;
    }

    @Test
    void aTokenNamesItsAccountAndWhatToStop() {
        UnsubscribeTokens t = tokens("test-secret-1", NOW);
        String token = t.issue(42, UnsubscribeScope.DIGEST);
        assertEquals(Optional.of(new UnsubscribeTokens.Claim(42, UnsubscribeScope.DIGEST)), t.verify(token));
        assertEquals(UnsubscribeScope.IMMEDIATE, t.verify(t.issue(42, UnsubscribeScope.IMMEDIATE)).orElseThrow().scope());
        assertTrue(token.matches("[A-Za-z0-9._-]+"), "safe in an address unencoded: " + token);
    }

    @Test
    void aChangedForeignOrExpiredTokenIsRefused() {
        UnsubscribeTokens t = tokens("test-secret-1", NOW);
        String token = t.issue(42, UnsubscribeScope.IMMEDIATE);
        assertEquals(Optional.empty(), t.verify(token.replace("v1.42.", "v1.43.")));
        assertEquals(Optional.empty(), t.verify(token.replace(".I.", ".D.")));
        assertEquals(Optional.empty(), t.verify(token.substring(0, token.length() - 2)));
        for (String nonsense : new String[] {null, "", ".", "v1", "v1.42.I.x.y", "x".repeat(500)}) {
            assertEquals(Optional.empty(), t.verify(nonsense), String.valueOf(nonsense));
        }
        assertEquals(Optional.empty(), tokens("another-secret", NOW).verify(token), "another installation's key");
        assertTrue(tokens("test-secret-1", NOW.plus(UnsubscribeTokens.VALIDITY).minusSeconds(1)).verify(token).isPresent());
        assertEquals(Optional.empty(), tokens("test-secret-1", NOW.plus(UnsubscribeTokens.VALIDITY).plusSeconds(1))
                .verify(token), "expired");
        assertNotEquals(token, tokens("another-secret", NOW).issue(42, UnsubscribeScope.IMMEDIATE));
    }
}

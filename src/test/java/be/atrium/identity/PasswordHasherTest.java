package be.atrium.identity;

import be.atrium.platform.AtriumConfig;
import be.atrium.platform.DomainException;
import be.atrium.platform.web.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    /** A configuration with a low work factor, so the tests stay fast. */
    private static AtriumConfig iterations(int iterations) {
        return new AtriumConfig() {
            @Override
            public int passwordIterations() {
                return iterations;
            }
        };
    }

    private final PasswordHasher hasher = new PasswordHasher(iterations(1_000));

    @Test
    void theRightPasswordVerifies() {
        String stored = hasher.hash("hemelwaterput 2026");
        assertTrue(hasher.verify("hemelwaterput 2026", stored));
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String stored = hasher.hash("hemelwaterput 2026");
        assertFalse(hasher.verify("hemelwaterput 2025", stored));
        assertFalse(hasher.verify("", stored));
        assertFalse(hasher.verify(null, stored));
    }

    @Test
    void aMissingOrForeignHashNeverVerifies() {
        assertFalse(hasher.verify("hemelwaterput 2026", null));
        assertFalse(hasher.verify("hemelwaterput 2026", "md5$abc"));
    }

    @Test
    void theSamePasswordGetsADifferentSaltEachTime() {
        String first = hasher.hash("omgevingsvergunning");
        String second = hasher.hash("omgevingsvergunning");
        assertNotEquals(first, second);
        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2], "salts differ");
        assertTrue(hasher.verify("omgevingsvergunning", first));
        assertTrue(hasher.verify("omgevingsvergunning", second));
    }

    @Test
    void thePasswordItselfIsNotInTheHash() {
        assertFalse(hasher.hash("omgevingsvergunning").contains("omgevingsvergunning"));
    }

    @Test
    void aHashMadeWithFewerIterationsNeedsRehashing() {
        String old = hasher.hash("structuurplan-gent");
        PasswordHasher stronger = new PasswordHasher(iterations(2_000));
        assertTrue(stronger.needsRehash(old));
        assertFalse(stronger.needsRehash(stronger.hash("structuurplan-gent")));
        assertTrue(stronger.verify("structuurplan-gent", old), "an old hash still verifies until it is replaced");
    }

    @Test
    void anUnreadableHashNeedsRehashing() {
        assertTrue(hasher.needsRehash(null));
        assertTrue(hasher.needsRehash("plain"));
    }

    @Test
    void tooShortPasswordsAreRefusedWithTheMinimumInTheMessage() {
        DomainException e = assertThrows(DomainException.class, () -> PasswordHasher.checkPolicy("kort"));
        assertEquals("account.password.tooShort", e.code());
        assertEquals("password", e.field().orElseThrow());
        assertEquals("Een wachtwoord heeft minstens 10 tekens.", Messages.text(Locale.forLanguageTag("nl"), e));
        assertEquals("A password has at least 10 characters.", Messages.text(Locale.ENGLISH, e));
    }

    @Test
    void blankPasswordsAreRefused() {
        DomainException e = assertThrows(DomainException.class, () -> PasswordHasher.checkPolicy("           "));
        assertEquals("account.password.required", e.code());
        assertThrows(DomainException.class, () -> PasswordHasher.checkPolicy(null));
    }

    @Test
    void overlongPasswordsAreRefused() {
        DomainException e = assertThrows(DomainException.class,
                () -> PasswordHasher.checkPolicy("x".repeat(PasswordHasher.MAX_LENGTH + 1)));
        assertEquals("account.password.tooLong", e.code());
    }

    @Test
    void aPolicyBreachIsShownAtTheFieldNamed() {
        DomainException e = assertThrows(DomainException.class, () -> PasswordHasher.checkPolicy("kort", "newPassword"));
        assertEquals("newPassword", e.field().orElseThrow());
    }

    @Test
    void tenCharactersAreEnough() {
        assertDoesNotThrow(() -> PasswordHasher.checkPolicy("0123456789"));
    }
}

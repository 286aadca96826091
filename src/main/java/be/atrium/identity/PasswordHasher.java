package be.atrium.identity;

import be.atrium.platform.AtriumConfig;
import be.atrium.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 and a random salt per password, stored as
 * {@code pbkdf2-sha256$iterations$salt$hash} so the work factor can be raised later.
 * Passwords are never logged and never kept in memory longer than a call.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AtriumConfig config;

    public PasswordHasher() {
    }

    PasswordHasher(AtriumConfig config) {
        this.config = config;
    }

    /** Checks the password policy: long enough, not too long, not only spaces. */
    public static void checkPolicy(String password) {
        checkPolicy(password, "password");
    }

    /** Checks the password policy, naming {@code field} as the input at fault (e.g. {@code newPassword}). */
    public static void checkPolicy(String password, String field) {
        if (password == null || password.isBlank()) {
            throw new DomainException("account.password.required", field);
        }
        if (password.length() < MIN_LENGTH) {
            throw new DomainException("account.password.tooShort", field, MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new DomainException("account.password.tooLong", field, MAX_LENGTH);
        }
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        int iterations = config.passwordIterations();
        return PREFIX + "$" + iterations + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derive(password, salt, iterations));
    }

    public boolean verify(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1])));
    }

    /** Spends the same time as a real check, so unknown usernames cannot be told by timing. */
    public void verifyNothing(String password) {
        derive(password == null ? "" : password, new byte[16], config.passwordIterations());
    }

    public boolean needsRehash(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        return parts.length != 4 || Integer.parseInt(parts[1]) < config.passwordIterations();
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}

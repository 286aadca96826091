package be.atrium.notify.mail;

import be.atrium.platform.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The signed one-click unsubscribe links of every mail: a token names the account, what to stop
 * ({@link UnsubscribeScope}) and until when it holds, signed with HMAC-SHA256, so nobody can
 * unsubscribe someone else, and no login is needed. The key comes from ATRIUM_MAIL_SECRET or,
 * without it, is made once and kept in the database (shared by every node, never in the
 * repository).
 */
@ApplicationScoped
public class UnsubscribeTokens {

    /** How long a link in a mail keeps working. */
    public static final Duration VALIDITY = Duration.ofDays(90);
    static final String SETTING = "notify.mail-unsubscribe-secret";
    private static final String VERSION = "v1";

    @Inject
    MailSettings settings;

    @Inject
    SecretStore store;

    @Inject
    Clock clock;

    private volatile byte[] key;

    /** What a valid token says. */
    public record Claim(long accountId, UnsubscribeScope scope) {
    }

    public String issue(long accountId, UnsubscribeScope scope) {
        long expires = clock.instant().plus(VALIDITY).getEpochSecond();
        String payload = VERSION + "." + accountId + "." + scope.name().charAt(0) + "." + expires;
        return payload + "." + sign(payload);
    }

    /** The claim of a genuine token that has not expired; empty for anything else. */
    public Optional<Claim> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        if (last < 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, last);
        byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(payload).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            long accountId = Long.parseLong(parts[1]);
            UnsubscribeScope scope = switch (parts[2]) {
                case "I" -> UnsubscribeScope.IMMEDIATE;
                case "D" -> UnsubscribeScope.DIGEST;
                default -> null;
            };
            if (scope == null || Instant.ofEpochSecond(Long.parseLong(parts[3])).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new Claim(accountId, scope));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            String secret = settings.secret().orElseGet(() -> store.read().orElseGet(() -> {
                try {
                    return store.create();
                } catch (RuntimeException e) {
                    // another node made it at the same moment
                    return store.read().orElseThrow(() -> new IllegalStateException("no key for unsubscribe links", e));
                }
            }));
            k = secret.getBytes(StandardCharsets.UTF_8);
            key = k;
        }
        return k;
    }

    /** The key kept in the database when the environment gives none: made by the first node that needs it. */
    @ApplicationScoped
    public static class SecretStore {

        @Inject
        PlatformSettings platformSettings;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Optional<String> read() {
            return platformSettings.get(SETTING);
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public String create() {
            Optional<String> existing = platformSettings.get(SETTING);
            if (existing.isPresent()) {
                return existing.get();
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String secret = HexFormat.of().formatHex(bytes);
            platformSettings.put(SETTING, secret);
            return secret;
        }
    }
}

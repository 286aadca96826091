package be.atrium.notify.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;

/**
 * How this node sends mail, from the environment (MicroProfile Config: {@code atrium.smtp.host} is
 * {@code ATRIUM_SMTP_HOST}; defaults in {@code META-INF/microprofile-config.properties}). Without
 * an SMTP host mail is queued and not sent: readiness data and the administrator's queue page say
 * so ({@link #problem()}); nothing fails.
 */
@ApplicationScoped
public class MailSettings {

    /** How long an SMTP connection or command may take before the attempt counts as failed. */
    static final int TIMEOUT_MILLIS = 20_000;

    @Inject
    @ConfigProperty(name = "atrium.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "atrium.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "atrium.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "atrium.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "atrium.smtp.starttls", defaultValue = "true")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "atrium.mail.from", defaultValue = "Atrium <noreply@atrium.invalid>")
    String from;

    @Inject
    @ConfigProperty(name = "atrium.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "atrium.mail.poll-seconds", defaultValue = "10")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "atrium.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "atrium.mail.digest-hour", defaultValue = "7")
    int digestHour;

    @Inject
    @ConfigProperty(name = "atrium.mail.secret")
    Optional<String> secret;

    private InternetAddress fromAddress;
    private String fromProblem;

    @PostConstruct
    void parse() {
        try {
            fromAddress = new InternetAddress(from, true);
        } catch (AddressException e) {
            fromProblem = "ATRIUM_MAIL_FROM is not an address: " + from;
        }
    }

    /** Whether mail can be sent at all (an SMTP host and a valid sender). */
    public boolean isConfigured() {
        return problem().isEmpty();
    }

    /** Why mail is not sent, in words for an administrator; empty when it is configured. */
    public Optional<String> problem() {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            return Optional.of("no SMTP server configured (ATRIUM_SMTP_HOST): mail stays queued");
        }
        if (port < 1 || port > 65535) {
            return Optional.of("ATRIUM_SMTP_PORT is not a port: " + port);
        }
        return Optional.ofNullable(fromProblem);
    }

    /** host:port, for administrators (never the credentials). */
    public String server() {
        return host.map(String::strip).orElse("-") + ":" + port;
    }

    /** A Jakarta Mail session for the configured server. */
    public Session session() {
        return session(host.map(String::strip).orElse("localhost"), port);
    }

    /** A session for the given server with the configured credentials and timeouts. */
    Session session(String smtpHost, int smtpPort) {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", smtpHost);
        p.put("mail.smtp.port", String.valueOf(smtpPort));
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        p.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        p.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
        p.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
        Optional<String> login = user.filter(u -> !u.isBlank());
        if (login.isPresent()) {
            p.put("mail.smtp.auth", "true");
            String pass = password.orElse("");
            return Session.getInstance(p, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(login.get(), pass);
                }
            });
        }
        return Session.getInstance(p);
    }

    public InternetAddress from() {
        return fromAddress;
    }

    /** The address of the application as readers reach it, without a trailing slash. */
    public String baseUrl() {
        String b = baseUrl.strip();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    public int pollSeconds() {
        return Math.max(1, pollSeconds);
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    /** The hour (Brussels time) from which the day's digests are made. */
    public int digestHour() {
        return Math.max(0, Math.min(23, digestHour));
    }

    /** The unsubscribe links' key from the environment (ATRIUM_MAIL_SECRET), if given. */
    Optional<String> secret() {
        return secret.filter(s -> !s.isBlank());
    }
}

package be.atrium.notify.mail;

import be.atrium.platform.AtriumConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due from the queue: leases a batch to this node ({@link MailQueue#claim}), sends
 * each over one SMTP connection, and records each outcome in a transaction of its own. A mail
 * that fails waits and is tried again ({@link MailMessage#failed}); a node that dies mid-batch
 * leaves leases that run out, so another node takes the mails over. Each mail is
 * multipart/alternative (plain text and HTML) with the RFC 8058 one-click unsubscribe headers.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    /** How long a batch is this node's; sending stops while a minute of the lease is left. */
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final Duration MARGIN = Duration.ofMinutes(1);

    @Inject
    MailQueue queue;

    @Inject
    MailSettings settings;

    @Inject
    AtriumConfig config;

    @Inject
    Clock clock;

    /** Sends up to {@code limit} due mails through the server of {@code session}; how many were sent. */
    public int deliverDue(Session session, int limit) {
        String node = config.node();
        String claim = (node.length() > 100 ? node.substring(0, 100) : node) + ":" + UUID.randomUUID();
        Instant until = clock.instant().plus(LEASE);
        List<MailMessage> batch = queue.claim(claim, limit, until);
        if (batch.isEmpty()) {
            return 0;
        }
        int sent = 0;
        Transport transport = null;
        try {
            for (MailMessage m : batch) {
                if (clock.instant().isAfter(until.minus(MARGIN))) {
                    break; // the rest goes back to the queue when the lease runs out
                }
                try {
                    MimeMessage mime = mime(session, m);
                    if (transport == null || !transport.isConnected()) {
                        transport = session.getTransport("smtp");
                        transport.connect();
                    }
                    transport.sendMessage(mime, mime.getAllRecipients());
                } catch (MessagingException | RuntimeException e) {
                    LOG.log(Level.INFO, "Atrium: mail " + m.getId() + " not sent (attempt " + (m.getAttempts() + 1)
                            + "): " + e);
                    queue.markFailed(m.getId(), claim, describe(e));
                    continue;
                }
                if (queue.markSent(m.getId(), claim)) {
                    sent++;
                }
            }
        } finally {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.fine(() -> "Atrium: closing the SMTP connection: " + e);
                }
            }
        }
        return sent;
    }

    MimeMessage mime(Session session, MailMessage m) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        if (settings.from() != null) {
            mime.setFrom(settings.from());
        }
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(m.getToAddress(), true));
        mime.setSubject(m.getSubject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(clock.instant()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(m.getTextBody(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(m.getHtmlBody(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
        mime.setHeader("Content-Language", m.getLanguage());
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.setHeader("X-Atrium-Mail", m.getDedupeKey());
        if (m.getUnsubscribeUrl() != null) {
            mime.setHeader("List-Unsubscribe", "<" + m.getUnsubscribeUrl() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        mime.saveChanges();
        return mime;
    }

    private static String describe(Exception e) {
        StringBuilder s = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            s.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(")");
        }
        return s.toString();
    }
}

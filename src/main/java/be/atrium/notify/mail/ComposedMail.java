package be.atrium.notify.mail;

/**
 * A mail as its reader will see it: subject, plain text, HTML, and the one-click unsubscribe
 * address (null: none).
 */
public record ComposedMail(String subject, String text, String html, String unsubscribeUrl) {
}

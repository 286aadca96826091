package be.atrium.notify.mail;

import be.atrium.identity.Account;
import be.atrium.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes mails in the reader's language (texts from the {@code messages} bundle, keys
 * {@code mail.*}): a plain-text and an HTML version of the same content, links absolute (the base
 * URL of {@link MailSettings}), and a footer with the one-click unsubscribe link and the way to
 * the preferences page.
 */
@ApplicationScoped
public class MailComposer {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    public static final String PREFERENCES_PATH = "/notify/mail.xhtml";
    public static final String UNSUBSCRIBE_PATH = "/mail/unsubscribe";

    @Inject
    MailSettings settings;

    @Inject
    UnsubscribeTokens tokens;

    /** One entry of a digest group: a title, the place it links to and a line under it (may be null). */
    public record Item(String title, String path, String detail) {
    }

    /** A heading (message key) and its entries. */
    public record Group(String headingKey, List<Item> items) {
    }

    /** The mail at once for a notification that concerns the reader directly. */
    public ComposedMail notification(Account reader, String kind, String title, String path, String actorName) {
        Locale locale = reader.getLanguage().locale();
        String what = text(locale, kindKey(locale, kind), actorName == null ? text(locale, "mail.someone") : actorName);
        String subject = text(locale, "mail.immediate.subject", what, title);
        String link = absolute(path);
        String unsubscribe = unsubscribeUrl(reader, UnsubscribeScope.IMMEDIATE);
        StringBuilder txt = new StringBuilder();
        StringBuilder html = new StringBuilder();
        greet(locale, reader, txt, html);
        txt.append(what).append(":\n").append(title).append("\n").append(link).append("\n");
        html.append("<p>").append(escape(what)).append(":</p>\n<p><a href=\"").append(escape(link)).append("\">")
                .append(escape(title)).append("</a></p>\n");
        footer(locale, "mail.footer.immediate", unsubscribe, txt, html);
        return new ComposedMail(subject, txt.toString(), wrap(locale, subject, html), unsubscribe);
    }

    /** The digest: its groups in order, empty groups left out. */
    public ComposedMail digest(Account reader, DigestFrequency frequency, List<Group> groups) {
        Locale locale = reader.getLanguage().locale();
        String subject = text(locale, "mail.digest.subject." + frequency);
        String unsubscribe = unsubscribeUrl(reader, UnsubscribeScope.DIGEST);
        StringBuilder txt = new StringBuilder();
        StringBuilder html = new StringBuilder();
        greet(locale, reader, txt, html);
        txt.append(text(locale, "mail.digest.intro." + frequency)).append("\n");
        html.append("<p>").append(escape(text(locale, "mail.digest.intro." + frequency))).append("</p>\n");
        for (Group g : groups) {
            if (g.items().isEmpty()) {
                continue;
            }
            String heading = text(locale, g.headingKey());
            txt.append("\n").append(heading).append("\n").append("-".repeat(heading.length())).append("\n");
            html.append("<h2 style=\"font-size:1.1em;margin:1.2em 0 .4em\">").append(escape(heading)).append("</h2>\n<ul>\n");
            for (Item item : g.items()) {
                String link = absolute(item.path());
                txt.append("* ").append(item.title()).append("\n  ").append(link).append("\n");
                html.append("<li><a href=\"").append(escape(link)).append("\">").append(escape(item.title())).append("</a>");
                if (item.detail() != null) {
                    txt.append("  ").append(item.detail()).append("\n");
                    html.append("<br/><span style=\"color:#555\">").append(escape(item.detail())).append("</span>");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        footer(locale, "mail.footer.digest", unsubscribe, txt, html);
        return new ComposedMail(subject, txt.toString(), wrap(locale, subject, html), unsubscribe);
    }

    /** A text of the bundles in the reader's language. */
    public String text(Account reader, String key, Object... arguments) {
        return text(reader.getLanguage().locale(), key, arguments);
    }

    /** A moment as readers of the language write it, in Brussels time. */
    public String when(Account reader, Instant at) {
        Locale locale = reader.getLanguage().locale();
        return DateTimeFormatter.ofPattern(text(locale, "mail.datetime.pattern"), locale).format(at.atZone(BRUSSELS));
    }

    private void greet(Locale locale, Account reader, StringBuilder txt, StringBuilder html) {
        String greeting = text(locale, "mail.greeting", reader.getDisplayName());
        txt.append(greeting).append("\n\n");
        html.append("<p>").append(escape(greeting)).append("</p>\n");
    }

    private void footer(Locale locale, String whyKey, String unsubscribe, StringBuilder txt, StringBuilder html) {
        String why = text(locale, whyKey);
        String preferences = absolute(PREFERENCES_PATH);
        txt.append("\n-- \n").append(why).append("\n")
                .append(text(locale, "mail.footer.preferences")).append(": ").append(preferences).append("\n")
                .append(text(locale, "mail.footer.unsubscribe")).append(": ").append(unsubscribe).append("\n");
        html.append("<hr/>\n<p style=\"color:#555;font-size:.9em\">").append(escape(why)).append("<br/>\n<a href=\"")
                .append(escape(preferences)).append("\">").append(escape(text(locale, "mail.footer.preferences")))
                .append("</a> · <a href=\"").append(escape(unsubscribe)).append("\">")
                .append(escape(text(locale, "mail.footer.unsubscribe"))).append("</a></p>\n");
    }

    private static String wrap(Locale locale, String subject, StringBuilder body) {
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/><title>"
                + escape(subject) + "</title></head>\n<body style=\"font-family:system-ui,sans-serif;line-height:1.5;"
                + "color:#111;max-width:40em\">\n" + body + "</body></html>\n";
    }

    String unsubscribeUrl(Account reader, UnsubscribeScope scope) {
        return absolute(UNSUBSCRIBE_PATH + "?t=" + tokens.issue(reader.getId(), scope));
    }

    String absolute(String path) {
        if (path == null || path.isBlank()) {
            return settings.baseUrl() + "/";
        }
        return settings.baseUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    private static String kindKey(Locale locale, String kind) {
        String key = "mail.kind." + kind;
        return Messages.text(locale, key).equals(key) ? "mail.kind.other" : key;
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        try {
            org.owasp.html.Encoding.encodeRcdataOnto(s, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }
}

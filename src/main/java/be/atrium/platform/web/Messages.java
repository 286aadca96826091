package be.atrium.platform.web;

import be.atrium.platform.DomainException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves user-facing text from the {@code messages} bundle (Dutch first, English second)
 * for Java code: domain errors shown in pages and in API error bodies.
 */
public final class Messages {

    public static final String BUNDLE = "be.atrium.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The language of what Atrium writes into content (headings of a page made from a thread, and
     * the like): the network's own language, Dutch, whatever the language of the reader's pages.
     */
    public static Locale contentLocale() {
        return Locale.forLanguageTag("nl");
    }

    /**
     * The language of the pages for the current person (their session's choice). Safer than the
     * view root's locale, which is not yet set during a view action on GET.
     */
    public static Locale pageLocale() {
        try {
            return CDI.current().select(LocaleBean.class).get().getLocale();
        } catch (RuntimeException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale()
                    : Locale.forLanguageTag("nl");
        }
    }

    public static String text(Locale locale, DomainException e) {
        return text(locale, e.code(), e.arguments());
    }
}

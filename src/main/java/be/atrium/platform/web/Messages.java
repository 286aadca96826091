package be.atrium.platform.web;

import be.atrium.platform.DomainException;

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

    public static String text(Locale locale, DomainException e) {
        return text(locale, e.code(), e.arguments());
    }
}

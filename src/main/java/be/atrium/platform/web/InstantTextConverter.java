package be.atrium.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Shows a moment as people in Flanders read it: Brussels time, in Belgian Dutch
 * ({@code 28 november 2026 16:32}) or English ({@code 28 November 2026, 16:32}).
 * {@code <f:convertDateTime type="instant">} cannot do this: Mojarra 4.0 only formats an
 * Instant with an explicit pattern, and then fails. Display only; never parses input.
 * Use as {@code <f:converter converterId="atrium.instant"/>}.
 */
@FacesConverter("atrium.instant")
public class InstantTextConverter implements Converter<Instant> {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        return format(value, Messages.pageLocale(), timeStyle());
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("display only");
    }

    FormatStyle timeStyle() {
        return FormatStyle.SHORT;
    }

    /** The moment in Brussels time, long date, for the page language (Belgian variant). */
    public static String format(Instant value, Locale locale, FormatStyle timeStyle) {
        Locale belgian = new Locale.Builder().setLanguage(locale.getLanguage()).setRegion("BE").build();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, timeStyle)
                .withLocale(belgian).withZone(BRUSSELS).format(value);
    }

    /** The same with seconds, for the audit log. Use {@code converterId="atrium.instantSeconds"}. */
    @FacesConverter("atrium.instantSeconds")
    public static class WithSeconds extends InstantTextConverter {
        @Override
        FormatStyle timeStyle() {
            return FormatStyle.MEDIUM;
        }
    }
}

package be.atrium.platform.api;

import jakarta.ws.rs.core.HttpHeaders;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Collections;
import java.util.Locale;

/** The language of API messages: English when the caller asks for it, Dutch otherwise. */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale l : headers.getAcceptableLanguages()) {
                if ("en".equals(l.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("nl".equals(l.getLanguage())) {
                    break;
                }
            }
        }
        return Locale.forLanguageTag("nl");
    }

    /** The same for a servlet request (filters that answer before JAX-RS does). */
    public static Locale of(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            for (Locale l : Collections.list(request.getLocales())) {
                if ("en".equals(l.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("nl".equals(l.getLanguage())) {
                    break;
                }
            }
        }
        return Locale.forLanguageTag("nl");
    }
}

package be.atrium.documents;

import be.atrium.platform.DomainException;

import java.util.Locale;

/** What a document is, as the library's filter and the document page name it. */
public enum DocumentKind {
    REPORT, PRESENTATION, PLAN, LEGAL_TEXT, OTHER;

    /** The kind a form or the API names (any case); blank is {@link #OTHER}; anything else is refused. */
    public static DocumentKind parse(String value) {
        if (value == null || value.isBlank()) {
            return OTHER;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new DomainException("document.kind.invalid", "kind", value.strip());
        }
    }
}

package be.atrium.identity;

import java.util.Locale;

/** The languages Atrium speaks: Dutch first, English second. */
public enum Language {
    NL("nl"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code)) {
                return l;
            }
        }
        throw new be.atrium.platform.DomainException("account.language.invalid", "language");
    }
}

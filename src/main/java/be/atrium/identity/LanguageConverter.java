package be.atrium.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a language as its ISO code ({@code nl}, {@code en}). */
@Converter(autoApply = true)
public class LanguageConverter implements AttributeConverter<Language, String> {
    @Override
    public String convertToDatabaseColumn(Language language) {
        return language == null ? null : language.code();
    }

    @Override
    public Language convertToEntityAttribute(String code) {
        return code == null ? null : Language.fromCode(code);
    }
}

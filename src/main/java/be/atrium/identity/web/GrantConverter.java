package be.atrium.identity.web;

import be.atrium.identity.Grant;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Grants in check-box lists (a {@code List<Grant>} loses its element type at run time). */
@FacesConverter("atrium.grant")
public class GrantConverter implements Converter<Grant> {

    @Override
    public Grant getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Grant.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Grant value) {
        return value == null ? "" : value.name();
    }
}

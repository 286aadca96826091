package be.atrium.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.util.Optional;

/**
 * Finds the input of the current view whose id is a domain field name (the id of an input
 * is the field name, e.g. {@code <h:inputText id="slug">}), so a broken rule is shown beside it.
 */
final class FieldLocator {

    private FieldLocator() {
    }

    static Optional<String> clientIdOf(FacesContext faces, String field) {
        return Optional.ofNullable(find(faces.getViewRoot(), field)).map(c -> c.getClientId(faces));
    }

    private static UIComponent find(UIComponent parent, String id) {
        for (UIComponent child : parent.getChildren()) {
            if (child instanceof UIInput && id.equals(child.getId()) && child.isRendered()) {
                return child;
            }
            UIComponent found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        for (UIComponent facet : parent.getFacets().values()) {
            UIComponent found = find(facet, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}

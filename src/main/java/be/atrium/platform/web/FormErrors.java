package be.atrium.platform.web;

import be.atrium.platform.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Every error of a form at once: {@link #show} puts each broken rule beside its field (all of
 * them, from one pass, so a person corrects everything in one go), and the summary at the top of
 * a form ({@code WEB-INF/includes/form-errors.xhtml}) lists them with a link to each field.
 */
@Named
@RequestScoped
public class FormErrors {

    /** One error of a form: the client id of its field (the link target) and the text. */
    public record Error(String clientId, String text) {
        public String getClientId() {
            return clientId;
        }

        public String getText() {
            return text;
        }
    }

    /**
     * Shows all these broken rules beside their fields (at the top for one without a field) and
     * marks the request as failed; true when there was any, so the action stops there.
     */
    public static boolean show(Collection<DomainException> problems) {
        if (problems.isEmpty()) {
            return false;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        for (DomainException e : problems) {
            String clientId = e.field().flatMap(f -> FieldLocator.clientIdOf(faces, f)).orElse(null);
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(Messages.pageLocale(), e), null));
        }
        faces.validationFailed();
        return true;
    }

    /** The errors at the fields of a form (by the form's client id), in the order they were found. */
    public List<Error> of(String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Error> errors = new ArrayList<>();
        String prefix = formId + ":";
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id == null || !id.startsWith(prefix)) {
                continue;
            }
            for (FacesMessage m : faces.getMessageList(id)) {
                if (m.getSeverity() == FacesMessage.SEVERITY_ERROR || m.getSeverity() == FacesMessage.SEVERITY_FATAL) {
                    errors.add(new Error(id, m.getSummary()));
                }
            }
        }
        return errors;
    }
}

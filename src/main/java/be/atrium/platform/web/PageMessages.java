package be.atrium.platform.web;

import be.atrium.platform.DomainException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/** Puts confirmations and broken rules on the page in the viewer's language. */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(locale(), key, arguments), null));
    }

    /** A broken rule beside the input with the given client id (or at the top when null). */
    public static void error(String clientId, DomainException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(locale(), e), null));
        faces.validationFailed();
    }

    public static String text(String key, Object... arguments) {
        return Messages.text(locale(), key, arguments);
    }

    private static Locale locale() {
        return Messages.pageLocale();
    }
}

package be.atrium.network.web;

import be.atrium.platform.DomainException;
import be.atrium.platform.web.LocaleBean;
import be.atrium.platform.web.Messages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/** Puts confirmations and broken rules on the page in the viewer's language. */
final class PageMessages {

    private PageMessages() {
    }

    static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(locale(), key, arguments), null));
    }

    /** A broken rule beside the input with the given client id (or at the top when null). */
    static void error(String clientId, DomainException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(locale(), e), null));
        faces.validationFailed();
    }

    static String text(String key, Object... arguments) {
        return Messages.text(locale(), key, arguments);
    }

    /**
     * The page language of this session. Not the view root's locale: during a view action on a
     * GET, f:view has not applied the session's locale yet.
     */
    static Locale locale() {
        return CDI.current().select(LocaleBean.class).get().getLocale();
    }
}

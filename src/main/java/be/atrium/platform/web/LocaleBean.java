package be.atrium.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the pages for this browser session: Dutch unless the person chose English
 * (or their account prefers it; the login sets it from the account).
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private Locale locale = Locale.forLanguageTag("nl");
    /** True once the person chose a language in this session (the header's NL/EN), rather than getting one. */
    private boolean chosen;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** A language the person chose themselves: it wins over the account's at the next login. */
    public void choose(String language) {
        use(language);
        chosen = true;
    }

    public boolean isChosen() {
        return chosen;
    }

    public void use(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            context.getViewRoot().setLocale(locale);
        }
    }
}

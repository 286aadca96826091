package be.atrium.notify.mail.web;

import be.atrium.identity.CurrentUser;
import be.atrium.notify.mail.DigestFrequency;
import be.atrium.notify.mail.MailPreference;
import be.atrium.notify.mail.MailPreferences;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The signed-in person's mail preferences: mail at once on or off, the digest none, daily or weekly. */
@Named
@ViewScoped
public class MailPreferencesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    MailPreferences preferences;

    private boolean immediate;
    private String digest;
    private String email;

    /** View action: the stored choice (or the defaults). */
    public void load() {
        MailPreference p = preferences.of(currentUser.get());
        immediate = p.isImmediate();
        digest = p.getDigest().name();
        email = currentUser.get().getEmail();
    }

    public String save() {
        DigestFrequency frequency;
        try {
            frequency = DigestFrequency.valueOf(digest == null ? "" : digest);
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().addMessage("mailForm:digest", new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, PageMessages.text("mail.preferences.digest.invalid"), null));
            return null;
        }
        preferences.choose(currentUser.get(), immediate, frequency);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info("mail.preferences.saved");
        return "/notify/mail?faces-redirect=true";
    }

    public List<String> getFrequencies() {
        return java.util.Arrays.stream(DigestFrequency.values()).map(Enum::name).toList();
    }

    public boolean isImmediate() {
        return immediate;
    }

    public void setImmediate(boolean immediate) {
        this.immediate = immediate;
    }

    public String getDigest() {
        return digest;
    }

    public void setDigest(String digest) {
        this.digest = digest;
    }

    /** The address mail goes to (null: none, so no mail). */
    public String getEmail() {
        return email;
    }
}

package be.atrium.notify.mail.web;

import be.atrium.notify.mail.MailPreferences;
import be.atrium.notify.mail.UnsubscribeScope;
import be.atrium.notify.mail.UnsubscribeTokens;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The page an unsubscribe link opens (no login): says what the link stops and does it with one
 * click. A link that is not genuine or has expired gets a page that says so and points to the
 * preferences page.
 */
@Named
@ViewScoped
public class UnsubscribePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailPreferences preferences;

    private String t;
    private UnsubscribeScope scope;
    private boolean done;

    /** View action: reads the token (nothing changes yet). */
    public void load() {
        scope = preferences.check(t).map(UnsubscribeTokens.Claim::scope).orElse(null);
    }

    public void unsubscribe() {
        scope = preferences.unsubscribe(t).map(UnsubscribeTokens.Claim::scope).orElse(null);
        done = scope != null;
    }

    public boolean isValid() {
        return scope != null;
    }

    public boolean isDone() {
        return done;
    }

    /** IMMEDIATE or DIGEST, for the page's texts; null for an invalid link. */
    public String getScope() {
        return scope == null ? null : scope.name();
    }

    public String getT() {
        return t;
    }

    public void setT(String t) {
        this.t = t;
    }
}

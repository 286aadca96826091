package be.atrium.identity.web;

import be.atrium.identity.AccountService;
import be.atrium.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The network charter, shown at first login and accepted once. */
@Named
@RequestScoped
public class CharterPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    public boolean isAccepted() {
        return currentUser.get().hasAcceptedCharter();
    }

    public java.time.Instant getAcceptedAt() {
        return currentUser.get().getCharterAcceptedAt();
    }

    public String accept() {
        accounts.acceptCharter(currentUser.get());
        currentUser.refresh();
        return "/index?faces-redirect=true";
    }
}

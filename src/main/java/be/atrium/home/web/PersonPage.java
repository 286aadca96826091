package be.atrium.home.web;

import be.atrium.identity.Account;
import be.atrium.identity.CurrentUser;
import be.atrium.network.AtriumView;
import be.atrium.network.NetworkService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Someone as colleagues see them (where a mention leads): name, organisation, role and the
 * Atria they take part in, as far as the viewer may see those Atria. Never their e-mail.
 */
@Named
@RequestScoped
public class PersonPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkService network;

    private String username;
    private Account person;
    private List<AtriumView> atria = List.of();

    public void load() {
        person = network.person(username);
        atria = network.atriaOf(currentUser.get(), person);
    }

    public Account getPerson() {
        return person;
    }

    public List<AtriumView> getAtria() {
        return atria;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}

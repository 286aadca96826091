package be.atrium.platform.web;

import be.atrium.identity.Account;
import be.atrium.identity.CurrentUser;
import be.atrium.network.AtriumView;
import be.atrium.network.NetworkService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The home page: my Atria, my organisation, quick links. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkService network;

    private List<AtriumView> myAtria;

    public List<AtriumView> getMyAtria() {
        if (myAtria == null) {
            myAtria = network.myAtria(currentUser.get());
        }
        return myAtria;
    }

    public Account getAccount() {
        return currentUser.get();
    }
}

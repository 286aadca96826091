package be.atrium.guidance.web;

import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceService;
import be.atrium.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The home page box "new guidance for you": published guidance whose audience includes the viewer
 * and that the viewer has not marked as read, newest first, at most five. Marking one as read
 * takes it out of the box.
 */
@Named
@RequestScoped
public class NewGuidanceBox {

    static final int ITEMS = 5;

    @Inject
    CurrentUser currentUser;

    @Inject
    GuidanceService guidance;

    private List<Guidance> items;

    public List<Guidance> getItems() {
        if (items == null) {
            items = guidance.unread(currentUser.get(), ITEMS);
        }
        return items;
    }
}

package be.atrium.notify.web;

import be.atrium.identity.CurrentUser;
import be.atrium.notify.NotificationService;
import be.atrium.platform.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The bell in the header of every page: how many notifications the viewer has not read (one query per page). */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.isSignedIn() ? notifications.unread(currentUser.get()) : 0L;
        }
        return unread;
    }

    /** What a screen reader says: "Meldingen, 3 ongelezen". */
    public String getLabel() {
        return PageMessages.text("notify.bell.label", getUnread());
    }

    /** The count as the badge shows it: more than 99 as "99+". */
    public String getBadge() {
        long n = getUnread();
        return n > 99 ? "99+" : Long.toString(n);
    }
}

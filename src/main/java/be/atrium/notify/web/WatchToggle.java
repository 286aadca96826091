package be.atrium.notify.web;

import be.atrium.identity.CurrentUser;
import be.atrium.notify.NotificationService;
import be.atrium.notify.Subscription;
import be.atrium.notify.SubscriptionTarget;
import be.atrium.notify.WatchLevel;
import be.atrium.platform.DomainException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.web.PageMessages;
import be.atrium.platform.web.PageRedirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;

/**
 * The "Volgen / Niet meer volgen" button of a thread, board, wiki page or guidance page
 * ({@code WEB-INF/includes/notify-watch.xhtml}). The target travels as request parameters of the
 * button, so the page's own bean need not be loaded on the post; afterwards the browser goes back
 * to the page it came from.
 */
@Named
@RequestScoped
public class WatchToggle {

    static final String KIND = "watchKind";
    static final String ID = "watchId";
    static final String BACK = "watchBack";

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    private final Map<String, Boolean> watching = new HashMap<>();

    public boolean watching(String kind, Long id) {
        if (id == null) {
            return false;
        }
        return watching.computeIfAbsent(kind + ":" + id, k -> notifications.isWatching(currentUser.get(),
                Subscription.Target.of(SubscriptionTarget.valueOf(kind), id)));
    }

    public void toggle() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String back = params.get(BACK);
        if (back == null || !back.startsWith("/") || back.startsWith("//")) {
            back = "/notify/subscriptions.xhtml";
        }
        String kindParam = params.get(KIND);
        String idParam = params.get(ID);
        try {
            if (kindParam == null || idParam == null) {
                throw new NotFoundException("watch target");
            }
            SubscriptionTarget kind = SubscriptionTarget.valueOf(kindParam);
            Subscription.Target target = Subscription.Target.of(kind, Long.parseLong(idParam));
            boolean now = notifications.isWatching(currentUser.get(), target);
            notifications.watch(currentUser.get(), target, now ? WatchLevel.NOTHING : WatchLevel.EVERYTHING);
            PageMessages.info(now ? "notify.watch.stopped" : "notify.watch.started");
        } catch (IllegalArgumentException | DomainException | NotFoundException e) {
            PageMessages.info("notify.watch.failed");
        }
        PageRedirect.to(back);
    }
}

package be.atrium.notify.web;

import be.atrium.identity.CurrentUser;
import be.atrium.network.Atrium;
import be.atrium.notify.NotificationService;
import be.atrium.notify.Subscription;
import be.atrium.notify.SubscriptionTarget;
import be.atrium.notify.SubscriptionView;
import be.atrium.notify.WatchLevel;
import be.atrium.platform.DomainException;
import be.atrium.platform.web.PageMessages;
import be.atrium.platform.web.PageRedirect;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the viewer watches: everything chosen (to forget a choice, so the defaults hold again) and,
 * per Atrium they belong to, how much they hear of it.
 */
@Named
@ViewScoped
public class SubscriptionsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The choice "the defaults" in the level menus. */
    public static final String DEFAULT = "DEFAULT";

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    private List<SubscriptionView> subscriptions;
    private List<AtriumRow> atria;
    private final Map<Long, String> levels = new HashMap<>();
    private String newTag;

    /** An Atrium of the viewer, for the level menu. */
    public record AtriumRow(long id, String name, String slug) implements Serializable {
        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getSlug() {
            return slug;
        }
    }

    public void load() {
        subscriptions = notifications.subscriptions(currentUser.get()).stream()
                .filter(s -> s.kind() != SubscriptionTarget.ATRIUM).toList();
        atria = new ArrayList<>();
        levels.clear();
        for (Map.Entry<Atrium, WatchLevel> e : notifications.atriumLevels(currentUser.get()).entrySet()) {
            Atrium a = e.getKey();
            atria.add(new AtriumRow(a.getId(), a.getName(), a.getSlug()));
            levels.put(a.getId(), e.getValue() == null ? DEFAULT : e.getValue().name());
        }
    }

    public List<SubscriptionView> getSubscriptions() {
        return subscriptions;
    }

    public List<AtriumRow> getAtria() {
        return atria;
    }

    /** The chosen level per Atrium id, as the menus show it. */
    public Map<Long, String> getLevels() {
        return levels;
    }

    public List<String> getLevelOptions() {
        List<String> options = new ArrayList<>();
        options.add(DEFAULT);
        for (WatchLevel l : WatchLevel.values()) {
            options.add(l.name());
        }
        return options;
    }

    public void saveLevels() {
        List<NotificationService.Choice> choices = new ArrayList<>();
        for (AtriumRow a : atria) {
            String chosen = levels.get(a.id());
            WatchLevel level = chosen == null || DEFAULT.equals(chosen) ? null : WatchLevel.valueOf(chosen);
            choices.add(new NotificationService.Choice(Subscription.Target.of(SubscriptionTarget.ATRIUM, a.id()), level));
        }
        notifications.watchAll(currentUser.get(), choices);
        PageMessages.info("notify.subscriptions.saved");
        PageRedirect.to("/notify/subscriptions.xhtml");
    }

    /** Watches a tag: every new thread and reply with it, where the viewer may see them. */
    public void watchTag() {
        try {
            notifications.watch(currentUser.get(), Subscription.Target.tag(newTag), WatchLevel.EVERYTHING);
        } catch (DomainException e) {
            PageMessages.error("tagForm:tag", e);
            return;
        }
        PageMessages.info("notify.subscriptions.tagWatched", Subscription.Target.tag(newTag).tag());
        PageRedirect.to("/notify/subscriptions.xhtml");
    }

    public String getNewTag() {
        return newTag;
    }

    public void setNewTag(String newTag) {
        this.newTag = newTag;
    }

    /** Forgets a choice: the defaults hold again for that place. */
    public void forget(String kind, long id, String tag) {
        SubscriptionTarget target = SubscriptionTarget.valueOf(kind);
        notifications.watch(currentUser.get(), target == SubscriptionTarget.TAG ? Subscription.Target.tag(tag)
                : Subscription.Target.of(target, id), null);
        PageMessages.info("notify.subscriptions.forgotten");
        PageRedirect.to("/notify/subscriptions.xhtml");
    }
}

package be.atrium.notify;

import be.atrium.guidance.Guidance;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.network.Reach;
import be.atrium.network.Reaches;
import be.atrium.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's notifications (list, unread count, mark one or all read) and what they watch (watch,
 * silence, back to the defaults, a level per Atrium). Someone else's notification does not exist for
 * the caller; a place the caller may not see cannot be watched (the reach model decides).
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    public static final int MAX_PAGE = 100;

    @Inject
    NotificationRepository repository;

    @Inject
    Reaches reaches;

    @Inject
    Clock clock;

    public NotificationList list(Account viewer, boolean unreadOnly, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        long id = viewer.getId();
        List<Notification> items = repository.page(id, unreadOnly, Math.max(0, offset), size);
        long unread = repository.unread(id);
        long total = unreadOnly ? unread : repository.count(id);
        return new NotificationList(unread, total, items);
    }

    public long unread(Account viewer) {
        return repository.unread(viewer.getId());
    }

    /** Marks one notification read; someone else's is not found. Reading it twice is no error. */
    public void markRead(Account viewer, long id) {
        if (!repository.markRead(viewer.getId(), id, clock.instant()) && !repository.exists(viewer.getId(), id)) {
            throw new NotFoundException("notification " + id);
        }
    }

    /** @return how many were unread */
    public int markAllRead(Account viewer) {
        return repository.markAllRead(viewer.getId(), clock.instant());
    }

    /**
     * Watches a target at a level, or ({@code level} null) forgets the choice so the defaults hold
     * again. A place the viewer may not see is not found.
     */
    public void watch(Account viewer, Subscription.Target target, WatchLevel level) {
        requireVisible(viewer, target);
        if (level == null) {
            repository.delete(viewer.getId(), target);
        } else {
            repository.upsert(viewer.getId(), target, Subscription.requireLevel(target.kind(), level), clock.instant());
        }
    }

    /** A choice about one target: a level, or null for the defaults. */
    public record Choice(Subscription.Target target, WatchLevel level) {
    }

    /** Several choices at once, all or none. */
    public void watchAll(Account viewer, List<Choice> choices) {
        for (Choice c : choices) {
            watch(viewer, c.target(), c.level());
        }
    }

    /**
     * Whether the viewer hears of replies (or new threads) there: by choice, or by default (their own
     * threads and those they answered; experts their expert board).
     */
    public boolean isWatching(Account viewer, Subscription.Target target) {
        var chosen = repository.subscription(viewer.getId(), target);
        if (chosen.isPresent()) {
            return chosen.get().getLevel() != WatchLevel.NOTHING;
        }
        return switch (target.kind()) {
            case THREAD -> repository.participated(viewer.getId(), target.id());
            case BOARD -> repository.expertOf(viewer, target.id());
            default -> false;
        };
    }

    /** The level the viewer chose for an Atrium; null: the defaults. */
    public WatchLevel atriumLevel(Account viewer, long atriumId) {
        return repository.subscription(viewer.getId(), Subscription.Target.of(SubscriptionTarget.ATRIUM, atriumId))
                .map(Subscription::getLevel).orElse(null);
    }

    /** The Atria the viewer is a member of, with the level chosen for each (absent: the defaults). */
    public Map<Atrium, WatchLevel> atriumLevels(Account viewer) {
        Map<Long, WatchLevel> chosen = new java.util.HashMap<>();
        for (Subscription s : repository.subscriptions(viewer.getId())) {
            if (s.getTargetKind() == SubscriptionTarget.ATRIUM) {
                chosen.put(s.getTargetId(), s.getLevel());
            }
        }
        Map<Atrium, WatchLevel> levels = new LinkedHashMap<>();
        for (Atrium a : repository.memberAtria(viewer.getId())) {
            levels.put(a, chosen.get(a.getId()));
        }
        return levels;
    }

    /**
     * Everything the viewer chose (watched or silenced), with titles as they may see them; choices
     * about places they no longer see are left out. One query per kind of target.
     */
    public List<SubscriptionView> subscriptions(Account viewer) {
        List<Subscription> all = repository.subscriptions(viewer.getId());
        Map<SubscriptionTarget, List<Long>> ids = new EnumMap<>(SubscriptionTarget.class);
        for (Subscription s : all) {
            if (s.getTargetKind() != SubscriptionTarget.TAG) {
                ids.computeIfAbsent(s.getTargetKind(), k -> new ArrayList<>()).add(s.getTargetId());
            }
        }
        Map<SubscriptionTarget, Map<Long, NotificationRepository.Place>> places = new EnumMap<>(SubscriptionTarget.class);
        ids.forEach((kind, list) -> {
            if (kind != SubscriptionTarget.GUIDANCE_SERIES) {
                places.put(kind, repository.places(kind, list));
            }
        });
        Map<Long, Guidance> guidance = repository.guidance(ids.getOrDefault(SubscriptionTarget.GUIDANCE_SERIES, List.of()));
        Reach reach = reaches.of(viewer);
        List<SubscriptionView> views = new ArrayList<>();
        for (Subscription s : all) {
            long id = s.getTargetId();
            switch (s.getTargetKind()) {
                case TAG -> views.add(new SubscriptionView(SubscriptionTarget.TAG, 0, s.getTargetTag(), s.getLevel(),
                        s.getTargetTag(), null));
                case GUIDANCE_SERIES -> {
                    Guidance g = guidance.get(id);
                    if (g != null && g.isVisibleTo(viewer, reach.memberAtria())) {
                        views.add(new SubscriptionView(s.getTargetKind(), id, null, s.getLevel(), g.getTitle(),
                                NotificationFanOut.guidancePath(id)));
                    }
                }
                default -> {
                    NotificationRepository.Place place = places.get(s.getTargetKind()).get(id);
                    if (place != null && reach.canSee(place.atrium())) {
                        views.add(new SubscriptionView(s.getTargetKind(), id, null, s.getLevel(), place.title(),
                                path(s.getTargetKind(), place)));
                    }
                }
            }
        }
        return views;
    }

    private static String path(SubscriptionTarget kind, NotificationRepository.Place place) {
        return switch (kind) {
            case THREAD -> NotificationFanOut.threadPath(place.id(), null);
            case BOARD -> place.atrium() != null ? "/discussion/board.xhtml?atrium=" + place.atrium().getSlug()
                    : "/discussion/board.xhtml?board=" + place.slug();
            case WIKI_PAGE -> "/wiki/page.xhtml?id=" + place.id();
            case ATRIUM -> "/network/atrium.xhtml?slug=" + place.atrium().getSlug();
            default -> null;
        };
    }

    private void requireVisible(Account viewer, Subscription.Target target) {
        Reach reach = reaches.of(viewer);
        switch (target.kind()) {
            case TAG -> {
                // a tag is a word, visible to everyone signed in; what it finds is filtered when notifying
            }
            case GUIDANCE_SERIES -> {
                Guidance g = repository.guidance(List.of(target.id())).get(target.id());
                if (g == null || !g.isVisibleTo(viewer, reach.memberAtria())) {
                    throw new NotFoundException("guidance " + target.id());
                }
            }
            default -> {
                NotificationRepository.Place place = repository.places(target.kind(), List.of(target.id()))
                        .get(target.id());
                if (place == null || !reach.canSee(place.atrium())) {
                    throw new NotFoundException(target.kind() + " " + target.id());
                }
            }
        }
    }
}

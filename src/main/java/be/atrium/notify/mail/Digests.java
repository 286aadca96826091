package be.atrium.notify.mail;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceService;
import be.atrium.identity.Account;
import be.atrium.notify.relations.Figures;
import be.atrium.notify.relations.RelationshipFigures;
import be.atrium.meetings.Meeting;
import be.atrium.meetings.MeetingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The digest: once a day or once a week per person (their preference; daily when they never
 * chose), from {@code atrium.mail.digest-hour} Brussels time, what did not concern them directly,
 * in three groups: new questions nobody answered yet in their Atria ("onbeantwoord in je Atria"),
 * guidance for them published since their last digest that they have not read ("nieuwe
 * richtlijnen voor jou"), and the meetings of their Atria in the coming days ("komende
 * samenkomsten"). Nothing to tell: no mail. Each digest is made once per person and period (dedupe
 * key {@code digest:<account>:<period>}), whichever node gets there first, in a fixed number of
 * statements per person.
 */
@ApplicationScoped
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class.getName());
    static final int MAX_ITEMS = 10;
    private static final int BATCH = 200;

    @Inject
    MailRepository repository;

    @Inject
    MailQueue queue;

    @Inject
    MailPreferences preferences;

    @Inject
    MailComposer composer;

    @Inject
    MailSettings settings;

    @Inject
    DiscussionService discussions;

    @Inject
    GuidanceService guidance;

    @Inject
    MeetingService meetings;

    @Inject
    Clock clock;

    @Inject
    RelationshipFigures relations;

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.inject.Instance<Digests> self;

    /** Makes the digests due now (none before the digest hour); how many were queued. */
    public int runDue() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(MailComposer.BRUSSELS);
        if (local.getHour() < settings.digestHour()) {
            return 0;
        }
        Instant dayStart = local.toLocalDate().atStartOfDay(MailComposer.BRUSSELS).toInstant();
        Instant weekStart = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(MailComposer.BRUSSELS).toInstant();
        int queued = 0;
        List<Long> due;
        long last = -1;
        do {
            due = dueAfter(dayStart, weekStart, last);
            for (long accountId : due) {
                last = accountId;
                try {
                    if (self.get().digestFor(accountId)) {
                        queued++;
                    }
                } catch (RuntimeException e) {
                    // another node made it at the same moment, or this person's content failed: the others go on
                    LOG.log(Level.INFO, "Atrium: no digest for account " + accountId + " this round: " + e);
                }
            }
        } while (due.size() == BATCH);
        return queued;
    }

    private List<Long> dueAfter(Instant dayStart, Instant weekStart, long after) {
        return self.get().due(dayStart, weekStart, after);
    }

    /** The next accounts (after the given id) whose digest of this period is not made yet. */
    @Transactional
    public List<Long> due(Instant dayStart, Instant weekStart, long afterId) {
        return repository.dueForDigest(dayStart, weekStart, afterId, BATCH);
    }

    /**
     * Makes one person's digest of the current period, unless made already; true when a mail was
     * queued. Records that the period is done also when there was nothing to tell.
     */
    @Transactional
    @ActivateRequestContext
    public boolean digestFor(long accountId) {
        Instant now = clock.instant();
        Account reader = em.find(Account.class, accountId);
        if (!MailQueue.canReceive(reader)) {
            return false;
        }
        MailPreference preference = preferences.stored(accountId);
        DigestFrequency frequency = preference.getDigest();
        if (frequency == DigestFrequency.NONE) {
            return false;
        }
        String key = "digest:" + accountId + ":" + period(frequency, now);
        Duration length = frequency == DigestFrequency.WEEKLY ? Duration.ofDays(7) : Duration.ofDays(1);
        Instant since = preference.getLastDigestAt() == null ? now.minus(length) : preference.getLastDigestAt();
        preference.digestMade(now);
        if (repository.exists(key)) {
            return false;
        }
        List<MailComposer.Group> groups = groups(reader, since, now, length);
        if (groups.stream().allMatch(g -> g.items().isEmpty())) {
            return false;
        }
        return queue.enqueue(reader, MailQueue.KIND_DIGEST, key, composer.digest(reader, frequency, groups));
    }

    /** The period a digest is for: the Brussels day (2026-12-06) or ISO week (2026-W49). */
    static String period(DigestFrequency frequency, Instant at) {
        LocalDate day = at.atZone(MailComposer.BRUSSELS).toLocalDate();
        if (frequency == DigestFrequency.WEEKLY) {
            return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        return day.toString();
    }

    private List<MailComposer.Group> groups(Account reader, Instant since, Instant now, Duration length) {
        List<MailComposer.Item> open = new ArrayList<>();
        for (DiscussionThread t : discussions.unansweredInMyAtria(reader, MAX_ITEMS * 2)) {
            if (t.getCreatedAt().isAfter(since) && !t.getAuthor().getId().equals(reader.getId())
                    && open.size() < MAX_ITEMS) {
                open.add(new MailComposer.Item(t.getTitle(), "/discussion/thread.xhtml?id=" + t.getId(),
                        t.getBoard().getName()));
            }
        }
        List<MailComposer.Item> news = new ArrayList<>();
        for (Guidance g : guidance.unread(reader, MAX_ITEMS * 2)) {
            if (g.getPublishedAt() != null && g.getPublishedAt().isAfter(since) && news.size() < MAX_ITEMS) {
                news.add(new MailComposer.Item(g.getTitle(), "/guidance/guidance.xhtml?id=" + g.getId(), null));
            }
        }
        // daily: the coming week; weekly: the coming two weeks
        Instant horizon = now.plus(length.toDays() >= 7 ? Duration.ofDays(14) : Duration.ofDays(7));
        List<MailComposer.Item> coming = new ArrayList<>();
        for (Meeting m : meetings.upcomingForMe(reader, MAX_ITEMS)) {
            if (!m.isCancelled() && m.getStartsAt().isAfter(now) && m.getStartsAt().isBefore(horizon)) {
                coming.add(new MailComposer.Item(m.getTitle(), "/meetings/meeting.xhtml?id=" + m.getId(),
                        composer.when(reader, m.getStartsAt()) + " · " + m.getAtrium().getName()));
            }
        }
        return List.of(new MailComposer.Group("mail.digest.unanswered", open),
                new MailComposer.Group("mail.digest.guidance", news),
                new MailComposer.Group("mail.digest.meetings", coming),
                new MailComposer.Group("mail.digest.relations", relations(reader)));
    }

    /**
     * For a relationship manager, their municipalities that wait for something (open questions,
     * escalations, flags), as on their view, most open questions first: the same figures as
     * {@link RelationshipFigures}. Nothing for anyone else (administrators read the view itself).
     */
    private List<MailComposer.Item> relations(Account reader) {
        if (!reader.isRelationshipManager()) {
            return List.of();
        }
        return relations.of(reader).municipalities().stream()
                .filter(f -> f.open() + f.escalations() + f.flagsWaiting() > 0)
                .sorted(Comparator.comparingLong(Figures::open).reversed().thenComparing(Figures::name))
                .limit(MAX_ITEMS)
                .map(f -> new MailComposer.Item(f.name(), RelationshipFigures.PAGE, composer.text(reader, "mail.digest.relations.figures",
                        f.open(), f.openOlder(), f.escalations(), f.flagsWaiting(), f.guidanceReadPercent())))
                .toList();
    }
}

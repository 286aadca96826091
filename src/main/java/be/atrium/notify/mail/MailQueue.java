package be.atrium.notify.mail;

import be.atrium.identity.Account;
import be.atrium.identity.AccountService;
import be.atrium.notify.NotificationCreated;
import be.atrium.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mail queue: what is queued (in the transaction of what caused it), the leases of the
 * workers that send it, and what administrators see and retry. A mail is queued at most once per
 * dedupe key.
 */
@ApplicationScoped
public class MailQueue {

    /** The kind of the mail of a notification (the notification's own kind is in the subject). */
    public static final String KIND_NOTIFICATION = "NOTIFICATION";
    public static final String KIND_DIGEST = "DIGEST";

    @Inject
    MailRepository repository;

    @Inject
    MailComposer composer;

    @Inject
    MailSettings settings;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * A notification that concerns its recipient directly is mailed at once, unless they turned
     * that off or have no address; queued in the notification's transaction, so both are stored or
     * neither.
     */
    void onNotification(@Observes NotificationCreated event) {
        if (!event.direct()) {
            return;
        }
        Account recipient = em.find(Account.class, event.recipientId());
        if (!canReceive(recipient) || !preferenceOf(recipient.getId()).isImmediate()) {
            return;
        }
        String key = "notification:" + event.notificationId();
        if (repository.exists(key)) {
            return;
        }
        String actor = null;
        if (event.actorId() != null) {
            Account a = em.find(Account.class, event.actorId());
            actor = a == null ? null : a.getDisplayName();
        }
        ComposedMail mail = composer.notification(recipient, event.kind(), event.title(), event.path(), actor);
        repository.add(new MailMessage(recipient.getId(), recipient.getEmail(), recipient.getLanguage().code(),
                KIND_NOTIFICATION, key, mail, clock.instant()));
    }

    static boolean canReceive(Account account) {
        return account != null && account.canAuthenticate() && account.getEmail() != null
                && !account.getEmail().isBlank();
    }

    /** Queues a composed mail for an account unless one with the same key exists; true when queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(Account recipient, String kind, String dedupeKey, ComposedMail mail) {
        if (!canReceive(recipient) || repository.exists(dedupeKey)) {
            return false;
        }
        repository.add(new MailMessage(recipient.getId(), recipient.getEmail(), recipient.getLanguage().code(), kind,
                dedupeKey, mail, clock.instant()));
        return true;
    }

    /** The preference of an account, the defaults when it never chose (not stored). */
    public MailPreference preferenceOf(long accountId) {
        return repository.preference(accountId).orElseGet(() -> MailPreference.defaults(accountId, clock.instant()));
    }

    /** Leases due mails to a claim of this node; the leased mails, in order. */
    @Transactional
    public List<MailMessage> claim(String claim, int limit, Instant until) {
        if (repository.claim(claim, limit, clock.instant(), until) == 0) {
            return List.of();
        }
        return repository.claimedBy(claim);
    }

    /** The mail was sent; false when this claim no longer held it (its lease ran out). */
    @Transactional
    public boolean markSent(long id, String claim) {
        return held(id, claim).map(m -> {
            m.sent(clock.instant());
            return true;
        }).orElse(false);
    }

    /** An attempt failed: back-off, or FAILED after the last attempt. */
    @Transactional
    public void markFailed(long id, String claim, String error) {
        held(id, claim).ifPresent(m -> m.failed(error, clock.instant(), settings.maxAttempts()));
    }

    private Optional<MailMessage> held(long id, String claim) {
        return repository.find(id).filter(m -> m.getStatus() == MailStatus.SENDING && claim.equals(m.getClaimedBy()));
    }

    // --- administrators

    @Transactional
    public Map<MailStatus, Long> counts(Account viewer) {
        accounts.checkAdministrator(viewer);
        return repository.countByStatus();
    }

    @Transactional
    public List<MailMessage> failures(Account viewer, int limit) {
        accounts.checkAdministrator(viewer);
        return repository.failed(limit);
    }

    /** Tries a failed mail again, now, from its first attempt. */
    @Transactional
    public void retry(Account viewer, long id) {
        accounts.checkAdministrator(viewer);
        MailMessage m = repository.find(id).orElseThrow(() -> new NotFoundException("mail " + id));
        if (m.getStatus() == MailStatus.FAILED) {
            m.retry(clock.instant());
        }
    }

    /** Every failed mail tried again; how many. */
    @Transactional
    public int retryAll(Account viewer) {
        accounts.checkAdministrator(viewer);
        List<MailMessage> failed = repository.failed(1000);
        failed.forEach(m -> m.retry(clock.instant()));
        return failed.size();
    }
}

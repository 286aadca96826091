package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.platform.AuditLog;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Who belongs to an Atrium: adding members and changing their role (administrators and the
 * Atrium's moderators), leaving or removing, and the list of members. Every change is recorded
 * in the outbox and announced ({@link MembershipChanged}) so reaches computed earlier in the
 * request are forgotten.
 */
@ApplicationScoped
@Transactional
public class MembershipService {

    @PersistenceContext
    EntityManager em;

    @Inject
    NetworkService network;

    @Inject
    AtriumRepository atria;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Event<MembershipChanged> changed;

    @Inject
    Clock clock;

    public List<Membership> members(Account viewer, String slug) {
        return atria.members(network.visibleAtrium(viewer, slug).getAtrium());
    }

    /** Adds a member or changes their role. Administrators and the Atrium's moderators may. */
    public Membership setMembership(Account actor, String slug, String username, MembershipRole role) {
        if (role == null) {
            throw new DomainException("membership.role.required", "role");
        }
        AtriumView view = network.visibleAtrium(actor, slug);
        if (!view.isModerator()) {
            throw new ForbiddenException("moderators only");
        }
        Atrium atrium = view.getAtrium();
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new DomainException("membership.account.unknown", "username", username));
        if (account.isPlaceholder()) {
            throw new DomainException("membership.account.placeholder", "username", username);
        }
        Membership membership = atria.membership(atrium, account).orElse(null);
        if (membership == null) {
            membership = new Membership(atrium, account, role, clock.instant());
            em.persist(membership);
            outbox.record(NetworkChanges.MEMBER_ADDED, atrium.getId(), actor.getId());
        } else if (membership.getRole() != role) {
            membership.changeRole(role);
            outbox.record(NetworkChanges.MEMBER_ROLE_CHANGED, atrium.getId(), actor.getId());
        }
        changed.fire(new MembershipChanged(atrium.getId(), account.getId()));
        audit.record(actor.getUsername(), "membership.set", slug + "/" + account.getUsername(), role.name());
        return membership;
    }

    public void removeMembership(Account actor, String slug, String username) {
        AtriumView view = network.visibleAtrium(actor, slug);
        boolean self = actor.getUsername().equals(username);
        if (!view.isModerator() && !self) {
            throw new ForbiddenException("moderators only");
        }
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("account " + username));
        atria.membership(view.getAtrium(), account).ifPresent(m -> {
            em.remove(m);
            outbox.record(NetworkChanges.MEMBER_REMOVED, view.getAtrium().getId(), actor.getId());
            changed.fire(new MembershipChanged(view.getAtrium().getId(), account.getId()));
        });
        audit.record(actor.getUsername(), "membership.remove", slug + "/" + username, null);
    }

    /** Accounts a moderator may add to the Atrium, matching what was typed (at most {@code limit}). */
    public List<Account> candidateMembers(Account actor, String slug, String text, int limit) {
        AtriumView view = network.visibleAtrium(actor, slug);
        if (!view.isModerator()) {
            throw new ForbiddenException("moderators only");
        }
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return accounts.search(text, 0, limit * 2).stream()
                .filter(a -> a.canAuthenticate()).limit(limit).toList();
    }
}

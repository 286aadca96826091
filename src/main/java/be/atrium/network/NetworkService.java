package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.platform.AuditLog;
import be.atrium.platform.ConflictException;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The network's one transaction boundary: which Atria a person sees, Atria and their
 * memberships, and municipality mergers. Every method takes the acting account and checks
 * on the server what it may see and do; a member-only Atrium that the actor may not see
 * is reported as not found.
 */
@ApplicationScoped
@Transactional
public class NetworkService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AtriumRepository atria;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Event<MunicipalityMerged> merged;

    @Inject
    Clock clock;

    /** The Atria the viewer may see, with counts, in a fixed number of queries. */
    public List<AtriumView> visibleAtria(Account viewer) {
        Map<Long, Membership> memberships = atria.membershipsOf(viewer);
        Set<Long> managed = atria.managedAtriumIds(viewer);
        Map<Long, Long> memberCounts = atria.memberCounts();
        Map<Long, Long> municipalityCounts = atria.municipalityCounts();
        List<AtriumView> result = new ArrayList<>();
        for (Atrium a : atria.all()) {
            Membership m = memberships.get(a.getId());
            boolean manages = managed.contains(a.getId());
            if (AtriumAccess.canSee(viewer, a, m, manages)) {
                result.add(new AtriumView(a, memberCounts.getOrDefault(a.getId(), 0L),
                        municipalityCounts.getOrDefault(a.getId(), 0L), m == null ? null : m.getRole(),
                        AtriumAccess.canModerate(viewer, a, m, manages)));
            }
        }
        return result;
    }

    /** The viewer's own Atria (memberships), for the home page. */
    public List<AtriumView> myAtria(Account viewer) {
        return visibleAtria(viewer).stream().filter(AtriumView::isMember).toList();
    }

    /** One Atrium, or not found when it does not exist or the viewer may not see it. */
    public AtriumView visibleAtrium(Account viewer, String slug) {
        Atrium atrium = atria.findBySlug(slug).orElseThrow(() -> new NotFoundException("atrium " + slug));
        Membership m = atria.membership(atrium, viewer).orElse(null);
        boolean manages = atria.managedAtriumIds(viewer).contains(atrium.getId());
        if (!AtriumAccess.canSee(viewer, atrium, m, manages)) {
            throw new NotFoundException("atrium " + slug);
        }
        return new AtriumView(atrium, atria.members(atrium).size(), atrium.getMunicipalities().size(),
                m == null ? null : m.getRole(), AtriumAccess.canModerate(viewer, atrium, m, manages));
    }

    public List<Membership> members(Account viewer, String slug) {
        return atria.members(visibleAtrium(viewer, slug).getAtrium());
    }

    /** The relationship managers of the municipalities an Atrium covers. */
    public List<Account> relationshipManagers(Account viewer, String slug) {
        Atrium atrium = visibleAtrium(viewer, slug).getAtrium();
        return em.createQuery("SELECT DISTINCT acc FROM Account acc JOIN acc.managedMunicipalities mm, Atrium a "
                        + "JOIN a.municipalities m WHERE a = :atrium AND mm = m ORDER BY acc.displayName", Account.class)
                .setParameter("atrium", atrium).getResultList();
    }

    public Atrium createAtrium(Account actor, String slug, String name, AtriumKind kind, boolean membersOnly,
                               String description) {
        requireAdministrator(actor);
        if (kind == null) {
            throw new DomainException("atrium.kind.required", "kind");
        }
        String normalised = Atrium.requireSlug(slug);
        if (atria.findBySlug(normalised).isPresent()) {
            throw new ConflictException("atrium.slug.taken", "slug", normalised);
        }
        Atrium atrium = new Atrium(normalised, name, kind, membersOnly, clock.instant());
        atrium.describe(name, description, membersOnly);
        em.persist(atrium);
        audit.record(actor.getUsername(), "atrium.create", normalised, kind.name());
        return atrium;
    }

    public Atrium updateAtrium(Account actor, String slug, String name, String description, boolean membersOnly,
                               Long provinceId, Collection<Long> municipalityIds) {
        requireAdministrator(actor);
        Atrium atrium = atria.findBySlug(slug).orElseThrow(() -> new NotFoundException("atrium " + slug));
        atrium.describe(name, description, membersOnly);
        atrium.assignProvince(provinceId == null ? null : organisations.findById(provinceId)
                .orElseThrow(() -> new DomainException("atrium.province.invalid", "province")));
        if (municipalityIds != null) {
            List<Organisation> covered = new ArrayList<>();
            for (Long id : municipalityIds) {
                covered.add(organisations.findById(id)
                        .orElseThrow(() -> new DomainException("atrium.municipalities.unknown", "municipalities")));
            }
            atrium.cover(covered);
        }
        audit.record(actor.getUsername(), "atrium.update", slug, null);
        return atrium;
    }

    public void deleteAtrium(Account actor, String slug) {
        requireAdministrator(actor);
        Atrium atrium = atria.findBySlug(slug).orElseThrow(() -> new NotFoundException("atrium " + slug));
        em.remove(atrium);
        audit.record(actor.getUsername(), "atrium.delete", slug, null);
    }

    /** Adds a member or changes their role. Administrators and the Atrium's moderators may. */
    public Membership setMembership(Account actor, String slug, String username, MembershipRole role) {
        if (role == null) {
            throw new DomainException("membership.role.required", "role");
        }
        AtriumView view = visibleAtrium(actor, slug);
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
        } else {
            membership.changeRole(role);
        }
        audit.record(actor.getUsername(), "membership.set", slug + "/" + account.getUsername(), role.name());
        return membership;
    }

    public void removeMembership(Account actor, String slug, String username) {
        AtriumView view = visibleAtrium(actor, slug);
        boolean self = actor.getUsername().equals(username);
        if (!view.isModerator() && !self) {
            throw new ForbiddenException("moderators only");
        }
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("account " + username));
        atria.membership(view.getAtrium(), account).ifPresent(em::remove);
        audit.record(actor.getUsername(), "membership.remove", slug + "/" + username, null);
    }

    /**
     * Merges municipality {@code sourceId} into {@code targetId}: its accounts, the Atria that
     * covered it and its relationship managers move to the target; every capability moves its
     * own rows on {@link MunicipalityMerged}. The source stays, marked as merged, for history.
     */
    public Organisation mergeMunicipalities(Account actor, long sourceId, long targetId) {
        requireAdministrator(actor);
        Organisation source = organisations.findById(sourceId)
                .orElseThrow(() -> new DomainException("organisation.merge.unknown", "source"));
        Organisation target = organisations.findById(targetId)
                .orElseThrow(() -> new DomainException("organisation.merge.unknown", "target"));
        source.mergeInto(target, clock.instant());
        int moved = em.createQuery("UPDATE Account a SET a.organisation = :target WHERE a.organisation = :source")
                .setParameter("target", target).setParameter("source", source).executeUpdate();
        for (Atrium atrium : atria.covering(source)) {
            atrium.replaceMunicipality(source, target);
        }
        for (Account manager : accounts.managersOf(source)) {
            List<Organisation> managed = new ArrayList<>(manager.getManagedMunicipalities());
            managed.remove(source);
            if (!managed.contains(target)) {
                managed.add(target);
            }
            manager.manage(managed);
        }
        merged.fire(new MunicipalityMerged(source, target));
        audit.record(actor.getUsername(), "organisation.merge", source.getName() + " -> " + target.getName(),
                moved + " accounts moved");
        em.flush();
        em.getEntityManagerFactory().getCache().evict(Account.class);
        return target;
    }

    static void requireAdministrator(Account actor) {
        if (actor == null || !actor.isAdministrator()) {
            throw new ForbiddenException("administrators only");
        }
    }
}

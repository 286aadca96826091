package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.organisation.Organisation;
import be.atrium.organisation.OrganisationRepository;
import be.atrium.platform.AuditLog;
import be.atrium.platform.ConflictException;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Atria: which ones a person sees (through their {@link Reach}), an Atrium's page, and
 * creating, describing and deleting Atria (administrators). Memberships are
 * {@link MembershipService}'s, organisations and mergers {@link OrganisationService}'s and
 * {@link MergerService}'s. Every method takes the acting account and checks on the server what it
 * may see and do; a member-only Atrium that the actor may not see is reported as not found.
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
    Reaches reaches;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Event<AtriumCreated> atriumCreated;

    @Inject
    Event<AtriumDeleting> atriumDeleting;

    @Inject
    Event<AtriumChanged> atriumChanged;

    @Inject
    Clock clock;

    /** The Atria the viewer may see, with counts, in a fixed number of queries. */
    public List<AtriumView> visibleAtria(Account viewer) {
        Reach reach = reaches.of(viewer);
        Map<Long, Long> memberCounts = atria.memberCounts();
        Map<Long, Long> municipalityCounts = atria.municipalityCounts();
        List<AtriumView> result = new ArrayList<>();
        for (Atrium a : atria.all()) {
            if (reach.canSee(a)) {
                result.add(new AtriumView(a, memberCounts.getOrDefault(a.getId(), 0L),
                        municipalityCounts.getOrDefault(a.getId(), 0L), reach.roleIn(a), reach.canModerate(a)));
            }
        }
        return result;
    }

    /** Someone's public face: an enabled or placeholder account by username (404 when unknown). */
    public Account person(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return accounts.findByUsername(name).orElseThrow(() -> new NotFoundException("person " + name));
    }

    /** The Atria a person is a member of, limited to those the viewer may see. */
    public List<AtriumView> atriaOf(Account viewer, Account person) {
        Reach theirs = reaches.of(person);
        return visibleAtria(viewer).stream().filter(v -> theirs.isMember(v.getAtrium())).toList();
    }

    /** The viewer's own Atria (memberships), for the home page. */
    public List<AtriumView> myAtria(Account viewer) {
        return visibleAtria(viewer).stream().filter(AtriumView::isMember).toList();
    }

    /** One Atrium, or not found when it does not exist or the viewer may not see it. */
    public AtriumView visibleAtrium(Account viewer, String slug) {
        Atrium atrium = atria.findBySlug(slug).orElseThrow(() -> new NotFoundException("atrium " + slug));
        Reach reach = reaches.of(viewer);
        boolean moderator = reach.requireVisible(atrium);
        long members = em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.atrium = :atrium", Long.class)
                .setParameter("atrium", atrium).getSingleResult();
        long municipalities = em.createQuery("SELECT COUNT(m) FROM Atrium a JOIN a.municipalities m WHERE a = :atrium",
                Long.class).setParameter("atrium", atrium).getSingleResult();
        return new AtriumView(atrium, members, municipalities, reach.roleIn(atrium), moderator);
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
        em.flush(); // the new Atrium's id, for its board and the outbox
        atriumCreated.fire(new AtriumCreated(atrium));
        outbox.record(NetworkChanges.ATRIUM_CREATED, atrium.getId(), actor.getId());
        audit.record(actor.getUsername(), "atrium.create", normalised, kind.name());
        return atrium;
    }

    public Atrium updateAtrium(Account actor, String slug, String name, String description, boolean membersOnly,
                               Long provinceId, Collection<Long> municipalityIds) {
        requireAdministrator(actor);
        Atrium atrium = atria.findBySlug(slug).orElseThrow(() -> new NotFoundException("atrium " + slug));
        boolean wasMembersOnly = atrium.isMembersOnly();
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
        outbox.record(NetworkChanges.ATRIUM_UPDATED, atrium.getId(), actor.getId());
        if (wasMembersOnly != membersOnly) {
            outbox.record(membersOnly ? NetworkChanges.ATRIUM_MEMBERS_ONLY : NetworkChanges.ATRIUM_OPENED,
                    atrium.getId(), actor.getId());
        }
        atriumChanged.fire(new AtriumChanged(atrium.getId()));
        audit.record(actor.getUsername(), "atrium.update", slug, null);
        return atrium;
    }

    public void deleteAtrium(Account actor, String slug) {
        requireAdministrator(actor);
        Atrium atrium = atria.findBySlug(slug).orElseThrow(() -> new NotFoundException("atrium " + slug));
        atriumDeleting.fire(new AtriumDeleting(atrium));
        em.remove(atrium);
        outbox.record(NetworkChanges.ATRIUM_DELETED, atrium.getId(), actor.getId());
        atriumChanged.fire(new AtriumChanged(atrium.getId()));
        audit.record(actor.getUsername(), "atrium.delete", slug, null);
    }

    /** Everything the Atrium page shows; not found when the viewer may not see the Atrium. */
    public AtriumDetail atriumDetail(Account viewer, String slug) {
        AtriumView view = visibleAtrium(viewer, slug);
        Atrium atrium = view.getAtrium();
        List<Organisation> municipalities = atrium.getMunicipalities().stream()
                .sorted(Comparator.comparing(Organisation::getName)).toList();
        return new AtriumDetail(view, atria.members(atrium), managersOf(atrium), municipalities);
    }

    private List<Account> managersOf(Atrium atrium) {
        return em.createQuery("SELECT DISTINCT acc FROM Account acc JOIN acc.managedMunicipalities mm, Atrium a "
                        + "JOIN a.municipalities m WHERE a = :atrium AND mm = m ORDER BY acc.displayName", Account.class)
                .setParameter("atrium", atrium).getResultList();
    }

    /** All Atria with counts, for administrators. */
    public List<AtriumView> atriaForAdministrator(Account actor) {
        requireAdministrator(actor);
        return visibleAtria(actor);
    }

    /** An Atrium with its province and municipalities loaded, for the administrators' edit form. */
    public Atrium atriumForEdit(Account actor, String slug) {
        requireAdministrator(actor);
        Atrium atrium = atria.findBySlug(slug).orElseThrow(() -> new NotFoundException("atrium " + slug));
        atrium.getMunicipalities().size();
        if (atrium.getProvince() != null) {
            atrium.getProvince().getName();
        }
        return atrium;
    }

    /** Refuses anyone but an administrator. */
    static void requireAdministrator(Account actor) {
        if (actor == null || !actor.isAdministrator()) {
            throw new ForbiddenException("administrators only");
        }
    }
}

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
    Event<AtriumCreated> atriumCreated;

    @Inject
    Event<AtriumDeleting> atriumDeleting;

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

    /** Someone's public face: an enabled or placeholder account by username (404 when unknown). */
    public Account person(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return accounts.findByUsername(name).orElseThrow(() -> new NotFoundException("person " + name));
    }

    /** The Atria a person is a member of, limited to those the viewer may see. */
    public List<AtriumView> atriaOf(Account viewer, Account person) {
        Map<Long, Membership> theirs = atria.membershipsOf(person);
        return visibleAtria(viewer).stream().filter(v -> theirs.containsKey(v.getAtrium().getId())).toList();
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
        long members = em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.atrium = :atrium", Long.class)
                .setParameter("atrium", atrium).getSingleResult();
        long municipalities = em.createQuery("SELECT COUNT(m) FROM Atrium a JOIN a.municipalities m WHERE a = :atrium",
                Long.class).setParameter("atrium", atrium).getSingleResult();
        return new AtriumView(atrium, members, municipalities, m == null ? null : m.getRole(),
                AtriumAccess.canModerate(viewer, atrium, m, manages));
    }

    /**
     * For content of an Atrium (its board, threads, files): not found when the viewer may not
     * see the Atrium; otherwise whether the viewer moderates it. Counts nothing, two queries.
     */
    public boolean requireVisible(Account viewer, Atrium atrium) {
        Membership m = atria.membership(atrium, viewer).orElse(null);
        boolean manages = atria.managedAtriumIds(viewer).contains(atrium.getId());
        if (!AtriumAccess.canSee(viewer, atrium, m, manages)) {
            throw new NotFoundException("atrium " + atrium.getSlug());
        }
        return AtriumAccess.canModerate(viewer, atrium, m, manages);
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
        atriumCreated.fire(new AtriumCreated(atrium));
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
        atriumDeleting.fire(new AtriumDeleting(atrium));
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
        return target;
    }

    /** Everything the Atrium page shows; not found when the viewer may not see the Atrium. */
    public AtriumDetail atriumDetail(Account viewer, String slug) {
        AtriumView view = visibleAtrium(viewer, slug);
        Atrium atrium = view.getAtrium();
        List<Organisation> municipalities = atrium.getMunicipalities().stream()
                .sorted(java.util.Comparator.comparing(Organisation::getName)).toList();
        return new AtriumDetail(view, atria.members(atrium), managersOf(atrium), municipalities);
    }

    private List<Account> managersOf(Atrium atrium) {
        return em.createQuery("SELECT DISTINCT acc FROM Account acc JOIN acc.managedMunicipalities mm, Atrium a "
                        + "JOIN a.municipalities m WHERE a = :atrium AND mm = m ORDER BY acc.displayName", Account.class)
                .setParameter("atrium", atrium).getResultList();
    }

    /** Accounts a moderator may add to the Atrium, matching what was typed (at most {@code limit}). */
    public List<Account> candidateMembers(Account actor, String slug, String text, int limit) {
        AtriumView view = visibleAtrium(actor, slug);
        if (!view.isModerator()) {
            throw new ForbiddenException("moderators only");
        }
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return accounts.search(text, 0, limit * 2).stream()
                .filter(a -> a.canAuthenticate()).limit(limit).toList();
    }

    /** One organisation with its people, mergers and the Atria the viewer may see that cover it. */
    public OrganisationDetail organisationDetail(Account viewer, long id) {
        if (viewer == null) {
            throw new ForbiddenException("signed-in accounts only");
        }
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new NotFoundException("organisation " + id));
        if (organisation.getProvince() != null) {
            organisation.getProvince().getName();
        }
        if (organisation.getMergedInto() != null) {
            organisation.getMergedInto().getName();
        }
        List<Account> members = accounts.ofOrganisation(organisation).stream()
                .filter(a -> !a.isPlaceholder()).toList();
        if (!organisation.isMunicipality()) {
            List<Organisation> municipalities = organisation.getLevel() == GovernmentLevel.PROVINCIAL
                    ? organisations.municipalitiesOf(organisation) : List.of();
            return new OrganisationDetail(organisation, List.of(), members, List.of(), List.of(), municipalities);
        }
        Map<Long, Membership> memberships = atria.membershipsOf(viewer);
        Set<Long> managed = atria.managedAtriumIds(viewer);
        List<Atrium> covering = atria.covering(organisation).stream()
                .filter(a -> AtriumAccess.canSee(viewer, a, memberships.get(a.getId()), managed.contains(a.getId())))
                .toList();
        return new OrganisationDetail(organisation, organisations.mergedInto(organisation), members, covering,
                accounts.managersOf(organisation), List.of());
    }

    /** All organisations for administrators, with their account counts, in two queries. */
    public List<OrganisationSummary> organisationsForAdministrator(Account actor) {
        requireAdministrator(actor);
        Map<Long, Long> counts = organisations.accountCounts();
        return organisations.allWithMergers().stream()
                .map(o -> new OrganisationSummary(o, counts.getOrDefault(o.getId(), 0L))).toList();
    }

    public List<Organisation> provinces() {
        return organisations.byLevel(GovernmentLevel.PROVINCIAL);
    }

    /** Municipalities that still exist, by name. */
    public List<Organisation> activeMunicipalities() {
        return organisations.activeMunicipalities();
    }

    public List<String> arrondissementNames() {
        return organisations.arrondissementNames();
    }

    /**
     * A new municipality, typically the result of a merger (then merge the old ones into it).
     * The arrondissement, when given, must be one of the province's arrondissements.
     */
    public Organisation createMunicipality(Account actor, String name, String nisCode, Long provinceId,
                                           String arrondissement) {
        requireAdministrator(actor);
        Organisation province = provinceId == null ? null : organisations.findById(provinceId)
                .filter(p -> p.getLevel() == GovernmentLevel.PROVINCIAL).orElse(null);
        String arrondissementNis = null;
        String arrondissementName = null;
        if (province != null && arrondissement != null && !arrondissement.isBlank()) {
            List<Object[]> known = organisations.arrondissements(province, arrondissement);
            if (known.isEmpty()) {
                throw new DomainException("organisation.arrondissement.unknown", "arrondissement",
                        arrondissement.strip(), province.getName());
            }
            arrondissementNis = (String) known.get(0)[0];
            arrondissementName = (String) known.get(0)[1];
        }
        Organisation municipality = Organisation.municipality(name, nisCode, arrondissementNis, arrondissementName,
                province);
        if (organisations.findByNisCode(municipality.getNisCode()).isPresent()) {
            throw new ConflictException("organisation.nis.taken", "nisCode", municipality.getNisCode());
        }
        em.persist(municipality);
        audit.record(actor.getUsername(), "organisation.create", municipality.getName(), municipality.getNisCode());
        return municipality;
    }

    /** What merging {@code sourceId} into {@code targetId} would move; checks the rule, changes nothing. */
    public MergePreview mergePreview(Account actor, Long sourceId, Long targetId) {
        requireAdministrator(actor);
        Organisation source = sourceId == null ? null : organisations.findById(sourceId).orElse(null);
        if (source == null) {
            throw new DomainException("organisation.merge.unknown", "source");
        }
        Organisation target = targetId == null ? null : organisations.findById(targetId).orElse(null);
        if (target == null) {
            throw new DomainException("organisation.merge.unknown", "target");
        }
        source.checkMergeInto(target);
        return new MergePreview(source, target, organisations.countAccounts(source), atria.covering(source),
                accounts.managersOf(source));
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

    static void requireAdministrator(Account actor) {
        if (actor == null || !actor.isAdministrator()) {
            throw new ForbiddenException("administrators only");
        }
    }
}

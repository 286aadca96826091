package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.organisation.Organisation;
import be.atrium.organisation.OrganisationRepository;
import be.atrium.platform.AuditLog;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each municipality stands on the five ontvoogding conditions. Everyone signed in may
 * read it; relationship managers edit the municipalities they coach, administrators all.
 */
@ApplicationScoped
@Transactional
public class OntvoogdingService {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AtriumRepository atria;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** All existing municipalities with their conditions, in two queries, keyed by municipality id. */
    public Map<Long, OntvoogdingRow> rows() {
        Map<Long, OntvoogdingRow> rows = new LinkedHashMap<>();
        for (Organisation m : organisations.activeMunicipalities()) {
            rows.put(m.getId(), new OntvoogdingRow(m));
        }
        for (OntvoogdingCondition c : em.createNamedQuery("OntvoogdingCondition.all", OntvoogdingCondition.class)
                .getResultList()) {
            OntvoogdingRow row = rows.get(c.getMunicipality().getId());
            if (row != null) {
                row.add(c);
            }
        }
        return rows;
    }

    public OntvoogdingRow row(long municipalityId) {
        Organisation m = organisations.findById(municipalityId)
                .filter(Organisation::isMunicipality)
                .orElseThrow(() -> new NotFoundException("municipality " + municipalityId));
        OntvoogdingRow row = new OntvoogdingRow(m);
        em.createNamedQuery("OntvoogdingCondition.ofMunicipality", OntvoogdingCondition.class)
                .setParameter("municipality", m).getResultList().forEach(row::add);
        return row;
    }

    public List<OntvoogdingGroup> byProvince() {
        Map<String, List<OntvoogdingRow>> groups = new LinkedHashMap<>();
        for (OntvoogdingRow row : rows().values()) {
            groups.computeIfAbsent(row.getMunicipality().getProvince().getName(), k -> new ArrayList<>()).add(row);
        }
        List<OntvoogdingGroup> result = new ArrayList<>();
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> result.add(new OntvoogdingGroup(e.getKey(), null, e.getValue())));
        return result;
    }

    /** Per Atrium the viewer may see (those that cover municipalities). */
    public List<OntvoogdingGroup> byAtrium(List<AtriumView> visible) {
        Map<Long, OntvoogdingRow> rows = rows();
        Map<Long, List<Long>> covered = new HashMap<>();
        for (Object[] pair : em.createQuery("SELECT a.id, m.id FROM Atrium a JOIN a.municipalities m", Object[].class)
                .getResultList()) {
            covered.computeIfAbsent((Long) pair[0], k -> new ArrayList<>()).add((Long) pair[1]);
        }
        List<OntvoogdingGroup> result = new ArrayList<>();
        for (AtriumView view : visible) {
            List<Long> ids = covered.get(view.getAtrium().getId());
            if (ids != null && !ids.isEmpty()) {
                List<OntvoogdingRow> groupRows = ids.stream().map(rows::get).filter(java.util.Objects::nonNull)
                        .sorted(java.util.Comparator.comparing(r -> r.getMunicipality().getName())).toList();
                result.add(new OntvoogdingGroup(view.getAtrium().getName(), view.getAtrium().getSlug(), groupRows));
            }
        }
        return result;
    }

    private static boolean canEdit(Account actor, Organisation municipality) {
        return actor != null && (actor.isAdministrator() || actor.isRelationshipManager() && actor.manages(municipality));
    }

    public OntvoogdingCondition update(Account actor, long municipalityId, ConditionKind kind, ConditionStatus status,
                                       LocalDate date, String note) {
        Organisation municipality = organisations.findById(municipalityId)
                .filter(Organisation::isMunicipality)
                .orElseThrow(() -> new NotFoundException("municipality " + municipalityId));
        if (!canEdit(em.find(Account.class, actor.getId()), municipality)) {
            throw new ForbiddenException("relationship managers of this municipality only");
        }
        if (kind == null) {
            throw new DomainException("ontvoogding.kind.required", "kind");
        }
        if (status == null) {
            throw new DomainException("ontvoogding.status.required", "status");
        }
        OntvoogdingCondition condition = em.createNamedQuery("OntvoogdingCondition.ofMunicipality",
                        OntvoogdingCondition.class).setParameter("municipality", municipality).getResultStream()
                .filter(c -> c.getKind() == kind).findFirst().orElse(null);
        if (condition == null) {
            condition = new OntvoogdingCondition(municipality, kind);
            em.persist(condition);
        }
        condition.update(status, date, note, actor.getUsername(), clock.instant());
        audit.record(actor.getUsername(), "ontvoogding.update", municipality.getName(), kind + "=" + status);
        return condition;
    }

    /** May the actor edit this municipality's conditions? Compared within one persistence context. */
    public boolean mayEdit(Account actor, long municipalityId) {
        if (actor == null || actor.getId() == null) {
            return false;
        }
        Organisation municipality = organisations.findById(municipalityId).orElse(null);
        return municipality != null && municipality.isMunicipality()
                && canEdit(em.find(Account.class, actor.getId()), municipality);
    }

    /** The municipality's conditions for the edit page: only for those who may edit them. */
    public OntvoogdingRow editableRow(Account actor, long municipalityId) {
        OntvoogdingRow row = row(municipalityId);
        if (!mayEdit(actor, municipalityId)) {
            throw new ForbiddenException("relationship managers of this municipality only");
        }
        if (row.getMunicipality().getProvince() != null) {
            row.getMunicipality().getProvince().getName();
        }
        return row;
    }

    /** Ids of the municipalities the account coaches, in one query. */
    public java.util.Set<Long> managedMunicipalityIds(Account actor) {
        if (actor == null || actor.getId() == null) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(em.createQuery("SELECT m.id FROM Account a JOIN a.managedMunicipalities m "
                + "WHERE a.id = :id", Long.class).setParameter("id", actor.getId()).getResultList());
    }

    /**
     * Saves all given conditions of one municipality together, or none: when a rule is broken for
     * any of them, {@link ConditionsRejected} names each broken rule per condition.
     */
    public void updateAll(Account actor, long municipalityId, Map<ConditionKind, ConditionInput> inputs) {
        Map<ConditionKind, DomainException> errors = new java.util.EnumMap<>(ConditionKind.class);
        for (Map.Entry<ConditionKind, ConditionInput> e : inputs.entrySet()) {
            ConditionInput in = e.getValue();
            try {
                update(actor, municipalityId, e.getKey(), in.status(), in.date(), in.note());
            } catch (ConditionsRejected nested) {
                throw nested;
            } catch (DomainException rejected) {
                errors.put(e.getKey(), rejected);
            }
        }
        if (!errors.isEmpty()) {
            throw new ConditionsRejected(errors);
        }
    }
}

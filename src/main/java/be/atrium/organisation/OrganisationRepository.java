package be.atrium.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Queries on organisations. */
@ApplicationScoped
public class OrganisationRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Organisation> findById(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    public List<Organisation> byLevel(GovernmentLevel level) {
        return em.createNamedQuery("Organisation.byLevel", Organisation.class)
                .setParameter("level", level).getResultList();
    }

    public List<Organisation> all() {
        return em.createNamedQuery("Organisation.all", Organisation.class).getResultList();
    }

    /** Municipalities that still exist (not merged into another), by name. */
    public List<Organisation> activeMunicipalities() {
        return em.createQuery("SELECT o FROM Organisation o LEFT JOIN FETCH o.province "
                        + "WHERE o.level = :level AND o.mergedInto IS NULL ORDER BY o.name", Organisation.class)
                .setParameter("level", GovernmentLevel.MUNICIPAL).getResultList();
    }

    public long countByLevel(GovernmentLevel level, boolean activeOnly) {
        return em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.level = :level"
                        + (activeOnly ? " AND o.mergedInto IS NULL" : ""), Long.class)
                .setParameter("level", level).getSingleResult();
    }

    public Optional<Organisation> findByNisCode(String nisCode) {
        return em.createNamedQuery("Organisation.byNisCode", Organisation.class)
                .setParameter("nisCode", nisCode).getResultStream().findFirst();
    }

    /** Every organisation with its province and the municipality it merged into, in one query. */
    public List<Organisation> allWithMergers() {
        return em.createQuery("SELECT o FROM Organisation o LEFT JOIN FETCH o.province LEFT JOIN FETCH o.mergedInto "
                + "ORDER BY o.level, o.name", Organisation.class).getResultList();
    }

    /** Number of accounts per organisation id, in one query. */
    public java.util.Map<Long, Long> accountCounts() {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.organisation.id, COUNT(a) FROM Account a "
                + "WHERE a.organisation IS NOT NULL AND a.placeholder = false GROUP BY a.organisation.id",
                Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The municipalities that merged into {@code organisation}. */
    public List<Organisation> mergedInto(Organisation organisation) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.mergedInto = :organisation ORDER BY o.name",
                Organisation.class).setParameter("organisation", organisation).getResultList();
    }

    /** The existing municipalities of a province. */
    public List<Organisation> municipalitiesOf(Organisation province) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.province = :province AND o.level = :level "
                        + "AND o.mergedInto IS NULL ORDER BY o.name", Organisation.class)
                .setParameter("province", province).setParameter("level", GovernmentLevel.MUNICIPAL).getResultList();
    }

    /** The arrondissement codes used in a province under this (case-insensitive) name. */
    public List<Object[]> arrondissements(Organisation province, String name) {
        return em.createQuery("SELECT DISTINCT o.arrondissementNis, o.arrondissement FROM Organisation o "
                        + "WHERE o.province = :province AND LOWER(o.arrondissement) = :name", Object[].class)
                .setParameter("province", province).setParameter("name", name.strip().toLowerCase()).getResultList();
    }

    /** The names of all arrondissements, for suggestions. */
    public List<String> arrondissementNames() {
        return em.createQuery("SELECT DISTINCT o.arrondissement FROM Organisation o WHERE o.arrondissement IS NOT NULL "
                + "ORDER BY o.arrondissement", String.class).getResultList();
    }

    public long countAccounts(Organisation organisation) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.organisation = :organisation", Long.class)
                .setParameter("organisation", organisation).getSingleResult();
    }
}

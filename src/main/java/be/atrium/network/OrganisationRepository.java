package be.atrium.network;

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
}

package be.atrium.testsupport;

import be.atrium.network.GovernmentLevel;
import be.atrium.network.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** Direct database access for in-container tests: setting up fixtures and checking results. */
@ApplicationScoped
@Transactional
public class TestQueries {

    @PersistenceContext
    EntityManager em;

    public long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    public List<?> nativeList(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    public Object nativeSingle(String sql) {
        return em.createNativeQuery(sql).getSingleResult();
    }

    public int nativeUpdate(String sql) {
        return em.createNativeQuery(sql).executeUpdate();
    }

    /**
     * A municipality with the next free test NIS code (9xxxx, which Flanders does not use): every
     * test of the run shares the database, so codes are handed out, never guessed.
     */
    public Organisation municipality(String name) {
        Organisation province = em.createNamedQuery("Organisation.byLevel", Organisation.class)
                .setParameter("level", GovernmentLevel.PROVINCIAL).getResultList().get(0);
        long last = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(CAST(nis_code AS UNSIGNED)), 90000)"
                + " FROM organisation WHERE nis_code LIKE '9____'").getSingleResult()).longValue();
        Organisation m = Organisation.municipality(name, String.valueOf(last + 1), "99000", "Test", province);
        em.persist(m);
        return m;
    }

    public <T> T find(Class<T> type, Object id) {
        T found = em.find(type, id);
        if (found != null) {
            em.refresh(found);
        }
        return found;
    }

    /** Every entity type mapped: one query each, so a column the schema lacks fails the test. */
    public List<String> queryEveryEntity() {
        return em.getMetamodel().getEntities().stream().map(e -> {
            em.createQuery("SELECT x FROM " + e.getName() + " x").setMaxResults(1).getResultList();
            return e.getName();
        }).toList();
    }
}

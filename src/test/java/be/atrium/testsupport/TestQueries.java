package be.atrium.testsupport;

import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Cache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Direct database access for in-container tests: setting up fixtures and checking results. */
@ApplicationScoped
@Transactional
public class TestQueries {

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry registry;

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
     * Changes rows as another node of the cluster would: over a plain JDBC connection of its own,
     * committed at once, so this node's EclipseLink neither sees nor invalidates anything.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int updateAsAnotherNode(String sql, Object... parameters) {
        try (Connection connection = InitialContext.<DataSource>doLookup("java:app/jdbc/atrium").getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        } catch (NamingException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Renames an organisation as a service would: from the entity this node has (the shared cache
     * keeps organisations), written at once so a version conflict fails here.
     */
    public void renameOrganisation(long id, String name) {
        em.find(Organisation.class, id).rename(name);
        em.flush();
    }

    /**
     * One transaction that locks two organisations' rows, {@code first} then {@code second}, and in
     * between waits (at most 10 s) until every transaction given the same latch holds its first lock:
     * two of them that take the rows in opposite order deadlock. Counts its attempts.
     */
    public void lockInOrder(long first, long second, CountDownLatch allHoldOne, AtomicInteger attempts) {
        attempts.incrementAndGet();
        em.createNativeQuery("SELECT id FROM organisation WHERE id = ? FOR UPDATE").setParameter(1, first).getResultList();
        allHoldOne.countDown();
        try {
            allHoldOne.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        em.createNativeQuery("SELECT id FROM organisation WHERE id = ? FOR UPDATE").setParameter(1, second).getResultList();
    }

    /**
     * Fails like a statement the database refused ({@code errorCode}, {@code sqlState}, wrapped as
     * EclipseLink wraps it) on the first {@code failures} attempts; records each attempt's
     * transaction and returns the number of attempts.
     */
    public int failFirst(int failures, int errorCode, String sqlState, List<Object> transactions) {
        transactions.add(registry.getTransactionKey());
        if (transactions.size() <= failures) {
            throw new PersistenceException("refused", new SQLException("refused by the database", sqlState, errorCode));
        }
        return transactions.size();
    }

    /** The isolation level of this node's transactions, as the database names it. */
    public String isolationLevel() {
        return String.valueOf(em.createNativeQuery("SELECT @@SESSION.tx_isolation").getSingleResult());
    }

    /** EclipseLink's cache shared by all requests of this node. */
    public Cache sharedCache() {
        return em.getEntityManagerFactory().getCache();
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

package be.atrium.content.imports;

import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumKind;
import be.atrium.network.AtriumRepository;
import be.atrium.network.NetworkService;
import be.atrium.platform.DomainException;
import be.atrium.platform.outbox.ChangeType;
import be.atrium.platform.outbox.Outbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What every {@link ImportHandler} needs, within the line's transaction: the entity an earlier
 * import made for a source id ({@code import_source}), placeholder authors, and Atria by slug
 * (an unknown slug becomes an Atrium open to the whole network).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ImportSupport {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    AtriumRepository atria;

    @Inject
    NetworkService network;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Outbox outbox;

    /**
     * What this transaction already looked up (a batch of lines shares it): authors by username,
     * entities by source id. Saves a round trip per line for the lines that name the same author
     * or the question an answer belongs to.
     */
    private static final class Known {
        final Map<String, Account> authors = new HashMap<>();
        /** Source id to {type, entity id or a supplier of it (an entity not flushed yet)}. */
        final Map<String, Object[]> sources = new HashMap<>();
        /** Entities this batch made or found, by source id. */
        final Map<String, Object> entities = new HashMap<>();
        final List<Object[]> pendingSources = new ArrayList<>();
        final List<Object[]> pendingChanges = new ArrayList<>();
        final Map<String, Object> found = new HashMap<>();
        final Set<Object> created = Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private Known known() {
        Object key = Known.class;
        Known k = (Known) transactions.getResource(key);
        if (k == null) {
            k = new Known();
            transactions.putResource(key, k);
        }
        return k;
    }

    /**
     * Reads the import records of many source ids at once (the ids and parents of a batch of
     * lines) and the accounts of many authors, so that {@link #source} and {@link #author} answer
     * them without a query of their own (each query would also write what the batch made so far).
     */
    public void prefetch(Collection<String> sourceIds, Collection<String> authors) {
        Known k = known();
        List<String> names = authors.stream().map(String::strip).filter(n -> !k.authors.containsKey(n)).distinct()
                .toList();
        accounts.findByUsernames(names).forEach(a -> k.authors.put(a.getUsername(), a));
        List<String> missing = sourceIds.stream().filter(id -> id != null && !k.sources.containsKey(id)).distinct()
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        missing.forEach(id -> k.sources.put(id, NONE));
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= missing.size(); i++) {
            in.append(i == 1 ? "?" : ", ?").append(i);
        }
        var query = em.createNativeQuery("SELECT source_id, item_type, entity_id FROM import_source WHERE source_id IN ("
                + in + ")");
        for (int i = 0; i < missing.size(); i++) {
            query.setParameter(i + 1, missing.get(i));
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            k.sources.put((String) r[0], new Object[] {r[1], r[2]});
        }
    }

    private static final Object[] NONE = new Object[0];

    /** The Atrium a line names, if there is one. */
    public Optional<Atrium> atrium(String slug) {
        return slug == null ? Optional.empty() : perBatch("atrium:" + slug, () -> atria.findBySlug(slug));
    }

    /**
     * What a lookup found earlier in this batch (an Atrium's board, a slug), or the lookup's
     * answer, kept for the rest of the batch. For what the batch's lines cannot change.
     */
    @SuppressWarnings("unchecked")
    public <T> T perBatch(String key, Supplier<T> lookup) {
        Map<String, Object> found = known().found;
        Object value = found.get(key);
        if (value == null) {
            value = lookup.get();
            found.put(key, value);
        }
        return (T) value;
    }

    /** A new thematic Atrium, open to the whole network, for a slug the import names but nobody made. */
    public Atrium createAtrium(Account actor, String slug) {
        Atrium made = network.createAtrium(actor, slug, slug, AtriumKind.THEMATIC, false, null);
        known().found.put("atrium:" + slug, Optional.of(made));
        return made;
    }

    /** The account of a username, or a new placeholder that cannot log in. */
    public Account author(String username) {
        String name = Account.requireUsername(username);
        return known().authors.computeIfAbsent(name, n -> accounts.findByUsername(n).orElseGet(() -> {
            Account placeholder = Account.placeholder(n, clock.instant());
            em.persist(placeholder);
            return placeholder;
        }));
    }

    /** The entity an earlier import made for this source id; another type under the same id is an error. */
    public Optional<Long> source(String sourceId, String type) {
        Known k = known();
        Object[] row = k.sources.get(sourceId);
        if (row == null) {
            List<?> rows = em.createNativeQuery("SELECT item_type, entity_id FROM import_source WHERE source_id = ?1")
                    .setParameter(1, sourceId).getResultList();
            row = rows.isEmpty() ? NONE : (Object[]) rows.get(0);
            k.sources.put(sourceId, row);
        }
        if (row == NONE) {
            return Optional.empty();
        }
        if (!type.equals(row[0])) {
            throw new DomainException("import.id.otherType", "id", sourceId, row[0]);
        }
        return Optional.of(id(row[1]));
    }

    /**
     * The entity an earlier line of this import (or an earlier import) made for a source id: the
     * same object when this batch made it, else read by its id.
     */
    public <T> Optional<T> sourceEntity(String sourceId, String type, Class<T> entityClass) {
        Object made = known().entities.get(sourceId);
        if (made != null && entityClass.isInstance(made)) {
            source(sourceId, type); // the type check
            return Optional.of(entityClass.cast(made));
        }
        return source(sourceId, type).map(id -> em.find(entityClass, id));
    }

    /** An id now: a supplier of one that is still null asks for a flush first. */
    @SuppressWarnings("unchecked")
    private long id(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        Supplier<Long> supplier = (Supplier<Long>) value;
        if (supplier.get() == null) {
            em.flush();
        }
        return supplier.get();
    }

    /** Records which entity a source id made ({@code known}: it had one before); written by {@link #finish}. */
    public void remember(String sourceId, String type, long entityId, boolean known) {
        remember(sourceId, type, null, () -> entityId);
    }

    /**
     * Records which entity a source id made, when the entity may not have its id yet (it gets it
     * at the batch's flush); later lines of the batch find the entity itself.
     */
    public void remember(String sourceId, String type, Object entity, Supplier<Long> id) {
        Known k = known();
        k.sources.put(sourceId, new Object[] {type, id});
        if (entity != null) {
            k.entities.put(sourceId, entity);
        }
        k.pendingSources.add(new Object[] {sourceId, type, id});
    }

    /**
     * Notes an entity this batch made: nobody else sees it before the batch commits, so the batch
     * may change it in memory (count an answer into a new question) where a saved one is changed
     * by one statement that others' changes cannot conflict with.
     */
    public void created(Object entity) {
        known().created.add(entity);
    }

    /** Whether this batch made the entity ({@link #created}). */
    public boolean createdInThisBatch(Object entity) {
        return known().created.contains(entity);
    }

    /** An outbox change of an entity that may get its id only at the batch's flush; written by {@link #finish}. */
    public void recordLater(ChangeType type, Supplier<Long> id, Long actorId) {
        known().pendingChanges.add(new Object[] {type, id, actorId});
    }

    /**
     * Ends a batch: flushes (entities get their ids), then writes every source record and outbox
     * change of the batch with one statement each.
     */
    public void finish() {
        Known k = known();
        if (k.pendingSources.isEmpty() && k.pendingChanges.isEmpty()) {
            return;
        }
        em.flush();
        if (!k.pendingSources.isEmpty()) {
            StringBuilder sql = new StringBuilder("INSERT INTO import_source (source_id, item_type, entity_id, imported_at) "
                    + "VALUES ");
            for (int i = 0; i < k.pendingSources.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?)");
            }
            sql.append(" ON DUPLICATE KEY UPDATE entity_id = VALUES(entity_id), imported_at = VALUES(imported_at)");
            var insert = em.createNativeQuery(sql.toString());
            Timestamp now = Timestamp.from(clock.instant());
            int p = 1;
            for (Object[] s : k.pendingSources) {
                insert.setParameter(p++, s[0]).setParameter(p++, s[1]).setParameter(p++, id(s[2])).setParameter(p++, now);
            }
            insert.executeUpdate();
            k.pendingSources.clear();
        }
        if (!k.pendingChanges.isEmpty()) {
            List<Outbox.Change> changes = new ArrayList<>();
            for (Object[] c : k.pendingChanges) {
                changes.add(new Outbox.Change((ChangeType) c[0], id(c[1]), (Long) c[2]));
            }
            outbox.recordAll(changes);
            k.pendingChanges.clear();
        }
    }
}

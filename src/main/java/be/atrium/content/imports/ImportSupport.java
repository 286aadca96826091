package be.atrium.content.imports;

import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumKind;
import be.atrium.network.AtriumRepository;
import be.atrium.network.NetworkService;
import be.atrium.platform.DomainException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * What this transaction already looked up (a batch of lines shares it): authors by username,
     * entities by source id. Saves a round trip per line for the lines that name the same author
     * or the question an answer belongs to.
     */
    private static final class Known {
        final Map<String, Account> authors = new HashMap<>();
        final Map<String, Object[]> sources = new HashMap<>();
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
     * lines), so that {@link #source} answers them without a query of its own.
     */
    public void prefetch(Collection<String> sourceIds) {
        Known k = known();
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
        return slug == null ? Optional.empty() : atria.findBySlug(slug);
    }

    /** A new thematic Atrium, open to the whole network, for a slug the import names but nobody made. */
    public Atrium createAtrium(Account actor, String slug) {
        return network.createAtrium(actor, slug, slug, AtriumKind.THEMATIC, false, null);
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
        return Optional.of(((Number) row[1]).longValue());
    }

    /** Records which entity a source id made ({@code known}: it had one before). */
    public void remember(String sourceId, String type, long entityId, boolean known) {
        known().sources.put(sourceId, new Object[] {type, entityId});
        Timestamp now = Timestamp.from(clock.instant());
        if (known) {
            em.createNativeQuery("UPDATE import_source SET entity_id = ?1, imported_at = ?2 WHERE source_id = ?3")
                    .setParameter(1, entityId).setParameter(2, now).setParameter(3, sourceId).executeUpdate();
        } else {
            em.createNativeQuery("INSERT INTO import_source (source_id, item_type, entity_id, imported_at) "
                            + "VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, sourceId).setParameter(2, type).setParameter(3, entityId).setParameter(4, now)
                    .executeUpdate();
        }
    }
}

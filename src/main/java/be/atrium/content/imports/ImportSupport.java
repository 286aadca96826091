package be.atrium.content.imports;

import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumKind;
import be.atrium.network.AtriumRepository;
import be.atrium.network.NetworkService;
import be.atrium.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
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
        return accounts.findByUsername(name).orElseGet(() -> {
            Account placeholder = Account.placeholder(name, clock.instant());
            em.persist(placeholder);
            return placeholder;
        });
    }

    /** The entity an earlier import made for this source id; another type under the same id is an error. */
    public Optional<Long> source(String sourceId, String type) {
        List<?> rows = em.createNativeQuery("SELECT item_type, entity_id FROM import_source WHERE source_id = ?1")
                .setParameter(1, sourceId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!type.equals(row[0])) {
            throw new DomainException("import.id.otherType", "id", sourceId, row[0]);
        }
        return Optional.of(((Number) row[1]).longValue());
    }

    /** Records which entity a source id made ({@code known}: it had one before). */
    public void remember(String sourceId, String type, long entityId, boolean known) {
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

package be.atrium.content.imports;

import be.atrium.identity.Account;
import be.atrium.platform.AuditLog;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports content from another forum or wiki (CORPUS.md). A bad line never undoes the good
 * ones: lines go in batches, and a batch with a bad line is imported again line by line. Each type goes to the {@link ImportHandler} of its capability.
 * Administrators only.
 */
@ApplicationScoped
public class Importer {

    @Inject
    @Any
    Instance<ImportHandler> handlers;

    @Inject
    ImportSupport support;

    @Inject
    AuditLog audit;

    @PersistenceContext
    EntityManager em;

    private final Map<String, ImportHandler> byType = new HashMap<>();

    @PostConstruct
    void collect() {
        for (ImportHandler handler : handlers) {
            handler.types().forEach(type -> byType.put(type, handler));
        }
    }

    /** Only administrators import; checked before the body is read. */
    public void requireImporter(Account actor) {
        if (actor == null || !actor.isAdministrator()) {
            throw new ForbiddenException("only administrators import");
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportOutcome importLine(Account actor, String line) {
        requireImporter(actor);
        ImportOutcome outcome = importOne(actor, ImportItem.parse(line));
        support.finish();
        return outcome;
    }

    /**
     * Imports several lines in one transaction: all of them, or (one line failing) none, so the
     * caller imports them again one by one to find the bad line and keep the good ones. Most
     * files have few bad lines, and a transaction per hundred lines is several times faster than
     * one per line. What the lines name (earlier imports of their ids and parents, their authors)
     * is read for all of them at once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ImportOutcome> importLines(Account actor, List<String> lines) {
        requireImporter(actor);
        List<ImportItem> items = lines.stream().map(ImportItem::parse).toList();
        support.prefetch(items.stream().flatMap(item -> item.sourceIds().stream()).toList(),
                items.stream().map(ImportItem::author).filter(Objects::nonNull).toList());
        List<ImportOutcome> outcomes = new ArrayList<>(items.size());
        for (ImportItem item : items) {
            outcomes.add(importOne(actor, item));
        }
        support.finish();
        return outcomes;
    }

    /**
     * The entities that earlier imports made for these source ids (of one type), by source id, in
     * one query: what a tool that imported a corpus acts on next.
     */
    @Transactional
    public Map<String, Long> imported(String type, Collection<String> sourceIds) {
        Map<String, Long> ids = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return ids;
        }
        List<String> wanted = List.copyOf(sourceIds);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < wanted.size(); i++) {
            in.append(i == 0 ? "?" : ", ?").append(i + 2);
        }
        Query query = em.createNativeQuery("SELECT source_id, entity_id FROM import_source "
                + "WHERE item_type = ?1 AND source_id IN (" + in + ")").setParameter(1, type);
        for (int i = 0; i < wanted.size(); i++) {
            query.setParameter(i + 2, wanted.get(i));
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            ids.put((String) r[0], ((Number) r[1]).longValue());
        }
        return ids;
    }

    /** Audits one import request (a file of lines) once it has been read to the end. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void audit(Account actor, int created, int updated, int failed) {
        audit.record(actor.getUsername(), "content.import", "import",
                created + " created, " + updated + " updated, " + failed + " failed");
    }

    private ImportOutcome importOne(Account actor, ImportItem item) {
        ImportHandler handler = byType.get(item.type());
        if (handler == null) {
            throw new DomainException("import.type.unknown", "type", item.type());
        }
        item.requiredAuthor();
        return handler.importItem(actor, item);
    }
}

package be.atrium.content.imports;

import be.atrium.identity.Account;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Imports content from another forum or wiki (CORPUS.md), one line per transaction, so a bad
 * line never undoes the good ones. Each type goes to the {@link ImportHandler} of its capability.
 * Administrators only.
 */
@ApplicationScoped
public class Importer {

    /** Types of the corpus format that no capability imports yet. */
    static final Set<String> LATER_TYPES = Set.of("document", "meeting");

    @Inject
    @Any
    Instance<ImportHandler> handlers;

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
        ImportItem item = ImportItem.parse(line);
        ImportHandler handler = byType.get(item.type());
        if (handler == null) {
            throw new DomainException(LATER_TYPES.contains(item.type()) ? "import.type.notSupported"
                    : "import.type.unknown", "type", item.type());
        }
        item.requiredAuthor();
        return handler.importItem(actor, item);
    }
}

package be.atrium.wiki;

import be.atrium.content.imports.ImportHandler;
import be.atrium.content.imports.ImportItem;
import be.atrium.content.imports.ImportOutcome;
import be.atrium.content.imports.ImportSupport;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.platform.DomainException;
import be.atrium.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Imports wiki pages from another wiki (CORPUS.md type {@code wiki}), inside the line's
 * transaction. A page keeps its author and creation time from the source; an unknown Atrium slug
 * becomes an Atrium open to the whole network, no slug a network-wide page; {@code parent} names
 * the source id of an earlier wiki line. Idempotent by source id: importing the same id again
 * saves a new revision only when the title or text changed (tags and parent follow the line; the
 * page stays in its Atrium), so importing a file twice changes nothing.
 */
@ApplicationScoped
public class WikiImporter implements ImportHandler {

    static final String TYPE = "wiki";

    @Inject
    WikiRepository repository;

    @Inject
    WikiService wiki;

    @Inject
    ImportSupport support;

    @Inject
    Clock clock;

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public ImportOutcome importItem(Account actor, ImportItem item) {
        WikiImportLine line = WikiImportLine.of(item);
        Optional<Long> known = support.source(line.sourceId(), TYPE);
        WikiPage parent = line.parent() == null ? null : support.source(line.parent(), TYPE).flatMap(repository::page)
                .orElseThrow(() -> new DomainException("import.wiki.parent.notFound", "parent", line.parent()));
        Account author = support.author(line.author());
        WikiPage page = known.flatMap(repository::page).orElse(null);
        if (page == null) {
            return create(actor, line, parent, author, known.isPresent());
        }
        update(page, line, parent, author);
        support.remember(line.sourceId(), TYPE, page.getId(), true);
        return ImportOutcome.changed();
    }

    private ImportOutcome create(Account actor, WikiImportLine line, WikiPage parent, Account author, boolean known) {
        Atrium atrium = null;
        String createdAtrium = null;
        if (line.atrium() != null) {
            atrium = support.atrium(line.atrium()).orElse(null);
            if (atrium == null) {
                atrium = support.createAtrium(actor, line.atrium());
                createdAtrium = atrium.getSlug();
            }
        }
        Instant at = line.created() != null ? line.created() : clock.instant();
        WikiPage page = wiki.imported(atrium, parent, line.title(), line.body(), line.tags(), author, at);
        support.remember(line.sourceId(), TYPE, page.getId(), known);
        return new ImportOutcome(true, createdAtrium);
    }

    private void update(WikiPage page, WikiImportLine line, WikiPage parent, Account author) {
        wiki.reimported(page, parent, line.title(), line.body(), line.tags(), author,
                Messages.text(Locale.forLanguageTag("nl"), "import.wiki.summary"));
    }
}

package be.atrium.practice;

import be.atrium.content.MarkdownRenderer;
import be.atrium.content.imports.ImportHandler;
import be.atrium.content.imports.ImportItem;
import be.atrium.content.imports.ImportOutcome;
import be.atrium.content.imports.ImportSupport;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.organisation.Organisation;
import be.atrium.platform.DomainException;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Imports practice cases (type {@code practice}, CORPUS.md): {@code title}; the story either as
 * {@code context}, {@code approach}, {@code result}, {@code lessons} or as one {@code body} (kept
 * as the context when there is no context); {@code municipality} as NIS code or exact name (a
 * municipality that merged since is followed to the one it became part of; missing: the
 * author's municipality); {@code atrium} (slug, optional; an unknown slug becomes an Atrium open
 * to the whole network); {@code author}, {@code created}, {@code tags}. Idempotent by source id:
 * importing the same id again updates the case, never adds a second one.
 */
@ApplicationScoped
public class PracticeImporter implements ImportHandler {

    static final String TYPE = "practice";
    private static final int MAX_MERGERS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportSupport support;

    @Inject
    PracticeService practices;

    @Inject
    PracticeChoices choices;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public ImportOutcome importItem(Account actor, ImportItem item) {
        String title = PracticeCase.requireTitle(item.text("title"));
        String context = item.text("context");
        if (context == null || context.isBlank()) {
            context = item.text("body");
        }
        PracticeStory story = PracticeStory.imported(context, item.text("approach"), item.text("result"),
                item.text("lessons"));
        Account author = support.author(item.requiredAuthor());
        Organisation municipality = municipality(item.text("municipality"));
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Instant created = item.created() != null ? item.created() : now;

        String[] createdAtrium = new String[1];
        Atrium atrium = atrium(actor, item.slug("atrium"), createdAtrium);
        Optional<Long> known = support.source(item.sourceId(), TYPE);
        PracticeCase practice = known.map(id -> em.find(PracticeCase.class, id)).orElse(null);
        boolean made = practice == null;
        if (made) {
            practice = PracticeCase.imported(title, story, markdown::html, municipality, atrium, item.tags(), author,
                    created);
            em.persist(practice);
            em.flush();
            outbox.record(PracticeChanges.CASE_CREATED, practice.getId(), actor.getId());
        } else {
            practice.replaceImported(title, story, markdown::html, municipality == null
                    ? practice.getMunicipality() : municipality, atrium, em.find(Account.class, actor.getId()), now);
            practice.retag(item.tags());
            if (item.created() != null) {
                practice.backdate(item.created());
            }
            outbox.record(PracticeChanges.CASE_EDITED, practice.getId(), actor.getId());
        }
        support.remember(item.sourceId(), TYPE, practice.getId(), known.isPresent());
        return new ImportOutcome(made, createdAtrium[0]);
    }

    /** The municipality a line names, followed through mergers; null when the line names none. */
    private Organisation municipality(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        Organisation m = choices.municipalityByReference(reference)
                .orElseThrow(() -> new DomainException("import.municipality.unknown", "municipality", reference.strip()));
        for (int i = 0; m.isMerged() && i < MAX_MERGERS; i++) {
            m = m.getMergedInto();
        }
        return m;
    }

    private Atrium atrium(Account actor, String slug, String[] createdAtrium) {
        if (slug == null) {
            return null;
        }
        return support.atrium(slug).orElseGet(() -> {
            Atrium made = support.createAtrium(actor, slug);
            createdAtrium[0] = made.getSlug();
            return made;
        });
    }
}

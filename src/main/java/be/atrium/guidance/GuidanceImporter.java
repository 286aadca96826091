package be.atrium.guidance;

import be.atrium.content.MarkdownRenderer;
import be.atrium.content.imports.ImportHandler;
import be.atrium.content.imports.ImportItem;
import be.atrium.content.imports.ImportOutcome;
import be.atrium.content.imports.ImportSupport;
import be.atrium.identity.Account;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
import be.atrium.platform.DomainException;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Imports guidance lines (CORPUS.md: title, body, level, author, created, tags; and, when the
 * source has them, kind, summary, effectiveFrom, validUntil and legalBasis). Imported guidance is
 * published at once for the whole network, effective from its own date, else the day it was
 * created, else today. Idempotent by source id: the same id again updates the guidance (its text,
 * dates and level), whatever became of its status since.
 */
@ApplicationScoped
public class GuidanceImporter implements ImportHandler {

    static final String TYPE = "guidance";

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportSupport support;

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
        Account author = support.author(item.requiredAuthor());
        Instant at = item.created() != null ? item.created() : clock.instant();
        GovernmentLevel level = level(item, author);
        LocalDate effective = item.date("effectiveFrom");
        if (effective == null) {
            effective = LocalDate.ofInstant(at, GuidanceRepository.ZONE);
        }
        GuidanceKind kind = GuidanceKind.GUIDELINE;
        String kindText = item.text("kind");
        if (kindText != null && !kindText.isBlank()) {
            kind = GuidanceFilter.parseOrNull(GuidanceKind.class, kindText);
            if (kind == null) {
                throw new DomainException("guidance.import.kind", "kind", kindText.strip());
            }
        }
        String body = item.text("body");
        GuidanceInput input = new GuidanceInput(kind, item.text("title"), item.text("summary"), body,
                item.strings("legalBasis"), effective, item.date("validUntil"), item.tags(), true, List.of(),
                Set.of());
        String html = body == null || body.isBlank() || body.length() > Guidance.MAX_BODY ? "" : markdown.html(body.strip());

        Optional<Long> existing = support.source(item.sourceId(), TYPE);
        Guidance guidance = existing.map(id -> em.find(Guidance.class, id)).orElse(null);
        if (guidance != null) {
            guidance.reimport(level, author, input, html, clock.instant());
            outbox.record(GuidanceChanges.GUIDANCE_EDITED, guidance.getId(), actor.getId());
            support.remember(item.sourceId(), TYPE, guidance.getId(), true);
            return ImportOutcome.changed();
        }
        Organisation organisation = author.getOrganisation() != null && author.getOrganisation().getLevel() == level
                ? author.getOrganisation() : null;
        guidance = Guidance.imported(organisation, level, author, input, html, at);
        em.persist(guidance);
        em.flush();
        outbox.record(GuidanceChanges.GUIDANCE_CREATED, guidance.getId(), actor.getId());
        support.remember(item.sourceId(), TYPE, guidance.getId(), existing.isPresent());
        return ImportOutcome.made();
    }

    /** The line's level; without one, the author's organisation's level, else Flemish. */
    private static GovernmentLevel level(ImportItem item, Account author) {
        String value = item.text("level");
        if (value == null || value.isBlank()) {
            return author.getOrganisation() != null ? author.getOrganisation().getLevel() : GovernmentLevel.FLEMISH;
        }
        try {
            return GovernmentLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("guidance.import.level", "level", value.strip());
        }
    }
}

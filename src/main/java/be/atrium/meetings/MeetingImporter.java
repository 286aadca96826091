package be.atrium.meetings;

import be.atrium.content.MarkdownRenderer;
import be.atrium.content.imports.ImportHandler;
import be.atrium.content.imports.ImportItem;
import be.atrium.content.imports.ImportOutcome;
import be.atrium.content.imports.ImportSupport;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.platform.DomainException;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Imports meetings (type {@code meeting}, CORPUS.md): {@code atrium} (slug, required: a meeting
 * belongs to an Atrium; an unknown slug becomes an Atrium open to the whole network),
 * {@code author} (the organiser), {@code created}, {@code title}, {@code start} and {@code end}
 * (ISO instants, times with an offset, or Brussels local times), {@code place} (text, or an
 * http(s) address for an online meeting), optionally {@code link} (the online address beside a
 * place), {@code agenda} (Markdown), {@code status} ({@code PLANNED}, the default, or
 * {@code CANCELLED}) and {@code report} (Markdown, only for a meeting that has begun; written by
 * the author). An imported meeting invites nobody: the source does not say who was invited.
 * Idempotent by source id: the same id again updates the meeting (its sequence grows, so
 * calendars follow) and its report.
 */
@ApplicationScoped
public class MeetingImporter implements ImportHandler {

    static final String TYPE = "meeting";

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportSupport support;

    @Inject
    MeetingService meetings;

    @Inject
    MeetingRepository repository;

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
        MeetingDetails details = MeetingDetails.parse(item.text("title"), item.text("start"), item.text("end"),
                item.text("place"), item.text("link"), item.text("agenda"));
        MeetingStatus status = status(item.text("status"));
        String reportText = item.text("report");
        String report = reportText == null || reportText.isBlank() ? null : MeetingReport.requireBody(reportText);
        Instant now = clock.instant();
        if (report != null && details.start().isAfter(now)) {
            throw new DomainException("meeting.report.notStarted", "report");
        }
        String slug = item.slug("atrium");
        if (slug == null) {
            throw new DomainException("import.atrium.required", "atrium");
        }
        Account author = support.author(item.requiredAuthor());
        Instant created = item.created() != null ? item.created() : now;
        String[] createdAtrium = new String[1];
        Atrium atrium = support.atrium(slug).orElseGet(() -> {
            Atrium made = support.createAtrium(actor, slug);
            createdAtrium[0] = made.getSlug();
            return made;
        });

        Optional<Long> known = support.source(item.sourceId(), TYPE);
        Meeting meeting = known.map(id -> em.find(Meeting.class, id)).orElse(null);
        boolean made = meeting == null;
        if (made) {
            meeting = Meeting.plan(atrium, author, details, meetings.agendaHtml(details), created);
            em.persist(meeting);
            em.flush();
            outbox.record(MeetingChanges.MEETING_CREATED, meeting.getId(), actor.getId());
        } else {
            meeting.reimport(details, meetings.agendaHtml(details), author, now);
            outbox.record(MeetingChanges.MEETING_EDITED, meeting.getId(), actor.getId());
        }
        if (status == MeetingStatus.CANCELLED && !meeting.isCancelled()) {
            meeting.cancel(author, now);
        }
        if (report != null) {
            Optional<MeetingReport> existing = made ? Optional.empty() : repository.report(meeting);
            if (existing.isPresent()) {
                existing.get().rewrite(report, markdown.html(report), author, now);
            } else {
                Instant written = created.isAfter(meeting.getEndsAt()) ? created : meeting.getEndsAt();
                em.persist(new MeetingReport(meeting, report, markdown.html(report), author,
                        written.isAfter(now) ? now : written));
            }
            outbox.record(MeetingChanges.REPORT_WRITTEN, meeting.getId(), actor.getId());
        }
        support.remember(item.sourceId(), TYPE, meeting.getId(), known.isPresent());
        return new ImportOutcome(made, createdAtrium[0]);
    }

    private static MeetingStatus status(String text) {
        if (text == null || text.isBlank()) {
            return MeetingStatus.PLANNED;
        }
        try {
            return MeetingStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("meeting.import.status", "status", text.strip());
        }
    }
}

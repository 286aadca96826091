package be.atrium.guidance;

import be.atrium.content.MarkdownRenderer;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumDeleting;
import be.atrium.network.AtriumRepository;
import be.atrium.network.AtriumView;
import be.atrium.network.NetworkService;
import be.atrium.network.Reach;
import be.atrium.network.Reaches;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.platform.AuditLog;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one transaction boundary of guidance. Guidance a viewer may not see does not exist for them
 * (404): drafts outside the publishers of their organisation, and published guidance outside its
 * audience (unless the viewer publishes for its organisation, is a relationship manager or an
 * administrator). Writing, publishing, superseding and withdrawing need the publisher grant for
 * the organisation (403 otherwise). Every change records an outbox event; publishing,
 * superseding and withdrawing are also audited.
 */
@ApplicationScoped
@Transactional
public class GuidanceService {

    public static final int MAX_PAGE = 100;
    public static final int MAX_CANDIDATES = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    GuidanceRepository repository;

    @Inject
    AtriumRepository atria;

    @Inject
    NetworkService network;

    @Inject
    Reaches reaches;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A new draft of the viewer's organisation. */
    public Guidance create(Account viewer, GuidanceInput input) {
        Guidance.requirePublisher(viewer);
        Account author = em.find(Account.class, viewer.getId());
        Guidance guidance = Guidance.draft(author, input, html(input.body()), audienceAtria(viewer, input),
                clock.instant());
        em.persist(guidance);
        em.flush();
        outbox.record(GuidanceChanges.GUIDANCE_CREATED, guidance.getId(), viewer.getId());
        return guidance;
    }

    /** Saves new text, dates or audience of a draft. */
    public Guidance update(Account viewer, long id, GuidanceInput input) {
        Guidance guidance = readable(viewer, id);
        guidance.requireManagedBy(viewer);
        guidance.revise(em.find(Account.class, viewer.getId()), input, html(input.body()),
                audienceAtria(viewer, input), clock.instant());
        outbox.record(GuidanceChanges.GUIDANCE_EDITED, guidance.getId(), viewer.getId());
        return guidance;
    }

    public Guidance publish(Account viewer, long id) {
        Guidance guidance = readable(viewer, id);
        guidance.publish(em.find(Account.class, viewer.getId()), clock.instant());
        outbox.record(GuidanceChanges.GUIDANCE_PUBLISHED, guidance.getId(), viewer.getId());
        audit.record(viewer.getUsername(), "guidance.publish", "guidance " + id, guidance.getTitle());
        return guidance;
    }

    /** Replaces published guidance by newer published guidance ({@code byId}). */
    public Guidance supersede(Account viewer, long id, Long byId) {
        Guidance guidance = readable(viewer, id);
        guidance.requireManagedBy(viewer);
        if (byId == null) {
            throw new DomainException("guidance.supersede.required", "by");
        }
        Guidance newer = repository.find(byId)
                .filter(g -> g.isVisibleTo(viewer, reaches.of(viewer).memberAtria()))
                .orElseThrow(() -> new DomainException("guidance.supersede.unknown", "by", byId));
        guidance.supersedeBy(em.find(Account.class, viewer.getId()), newer, clock.instant());
        outbox.record(GuidanceChanges.GUIDANCE_SUPERSEDED, guidance.getId(), viewer.getId());
        audit.record(viewer.getUsername(), "guidance.supersede", "guidance " + id, "by " + newer.getId());
        return guidance;
    }

    public Guidance withdraw(Account viewer, long id, String reason) {
        Guidance guidance = readable(viewer, id);
        guidance.withdraw(em.find(Account.class, viewer.getId()), reason, clock.instant());
        outbox.record(GuidanceChanges.GUIDANCE_WITHDRAWN, guidance.getId(), viewer.getId());
        audit.record(viewer.getUsername(), "guidance.withdraw", "guidance " + id, guidance.getWithdrawnReason());
        return guidance;
    }

    /**
     * The viewer (who must be in the audience) marks the guidance as read: once; marking again
     * changes nothing.
     *
     * @return whether this was the first mark
     */
    public boolean markRead(Account viewer, long id) {
        Set<Long> memberOf = reaches.of(viewer).memberAtria();
        Guidance guidance = readable(viewer, id, memberOf);
        if (guidance.getStatus() == GuidanceStatus.DRAFT) {
            throw new DomainException("guidance.read.draft", null);
        }
        if (!guidance.audienceIncludes(viewer, memberOf)) {
            throw new DomainException("guidance.read.notInAudience", null);
        }
        return repository.markRead(guidance, viewer, clock.instant());
    }

    /**
     * One piece of guidance with what the viewer may do with it. Its audience names only the Atria
     * the viewer may see: a relationship manager reads guidance for a member-only Atrium of other
     * municipalities, but that Atrium does not exist for them.
     */
    public GuidanceView guidance(Account viewer, long id) {
        Reach reach = reaches.of(viewer);
        Set<Long> memberOf = reach.memberAtria();
        Guidance guidance = readable(viewer, id, memberOf);
        boolean inAudience = guidance.getStatus() != GuidanceStatus.DRAFT && guidance.audienceIncludes(viewer, memberOf);
        boolean read = inAudience && repository.hasRead(guidance, viewer);
        Guidance current = guidance.getStatus() == GuidanceStatus.SUPERSEDED ? guidance.current() : null;
        List<Atrium> audienceAtria = new ArrayList<>(guidance.getAudienceAtria().stream().filter(reach::canSee).toList());
        audienceAtria.sort(Comparator.comparing(Atrium::getName, String.CASE_INSENSITIVE_ORDER));
        List<GovernmentLevel> levels = guidance.getAudienceLevels().stream().sorted().toList();
        return new GuidanceView(guidance, guidance.isManagedBy(viewer), inAudience, read,
                guidance.receiptsVisibleTo(viewer), current, guidance.getSupersedes(), audienceAtria, levels);
    }

    /** A draft for its editor (404 for others than its managers, 400 when no longer a draft). */
    public Guidance draftForEdit(Account viewer, long id) {
        Guidance guidance = readable(viewer, id);
        guidance.requireManagedBy(viewer);
        if (guidance.getStatus() != GuidanceStatus.DRAFT) {
            throw new DomainException("guidance.edit.notDraft", "status");
        }
        guidance.getLegalBasis().size();
        guidance.getTags().size();
        guidance.getAudienceAtria().size();
        guidance.getAudienceLevels().size();
        return guidance;
    }

    /** One page of the guidance the viewer may see, newest first: three statements. */
    public GuidanceList list(Account viewer, GuidanceFilter filter, int offset, int limit) {
        Atrium atrium = null;
        if (filter.atrium() != null) {
            atrium = atria.findBySlug(filter.atrium()).orElseThrow(() -> new NotFoundException("atrium " + filter.atrium()));
            reaches.of(viewer).requireVisible(atrium);
        }
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        int from = Math.max(0, offset);
        Reach reach = reaches.of(viewer);
        long total = repository.count(viewer, reach, filter, atrium);
        List<Guidance> rows = total == 0 ? List.of() : repository.list(viewer, reach, filter, atrium, from, size);
        Map<Long, List<String>> tags = repository.tags(rows.stream().map(Guidance::getId).toList());
        return new GuidanceList(total, rows.stream()
                .map(g -> new GuidanceList.Item(g, tags.getOrDefault(g.getId(), List.of()))).toList());
    }

    /** Published guidance that {@code author} wrote, as far as the viewer may see it, newest first: one statement. */
    public List<Guidance> publishedBy(Account viewer, Account author, int limit) {
        return repository.publishedBy(viewer, reaches.of(viewer), author.getId(), Math.max(1, Math.min(MAX_PAGE, limit)));
    }

    /** Published guidance for the viewer that the viewer has not read yet, newest first. */
    public List<Guidance> unread(Account viewer, int limit) {
        return repository.unread(viewer, reaches.of(viewer), Math.max(1, Math.min(MAX_PAGE, limit)));
    }

    /** Published guidance the viewer may choose to supersede {@code id} with (not itself). */
    public List<Guidance> supersedeCandidates(Account viewer, long id) {
        Guidance guidance = readable(viewer, id);
        guidance.requireManagedBy(viewer);
        return repository.published(viewer, reaches.of(viewer), MAX_CANDIDATES).stream().filter(g -> !g.getId().equals(id)).toList();
    }

    /**
     * Who read it: per Atrium of the audience (every Atrium for the whole network or levels) that
     * the viewer may see, and per organisation. For the publishers of its organisation,
     * relationship managers and administrators.
     */
    public ReadReport receipts(Account viewer, long id) {
        Guidance guidance = readable(viewer, id);
        if (!guidance.receiptsVisibleTo(viewer)) {
            throw new ForbiddenException("guidance.receipts.forbidden");
        }
        List<Account> audience = repository.audience(guidance);
        Map<Long, Instant> receipts = repository.receipts(guidance);
        boolean onlyAtria = !guidance.isAudienceNetwork() && guidance.getAudienceLevels().isEmpty();
        List<Object[]> memberships = repository.memberships(onlyAtria
                ? guidance.getAudienceAtria().stream().map(Atrium::getId).toList() : null, reaches.of(viewer));
        return ReadReport.of(guidance, audience, receipts, memberships);
    }

    /** The Atria a publisher may address (those the viewer sees), by name. */
    public List<Atrium> audienceChoices(Account viewer) {
        return network.visibleAtria(viewer).stream().map(AtriumView::getAtrium)
                .sorted(Comparator.comparing(Atrium::getName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The body as it will be shown; the entity checks the body itself (so fields are checked in order). */
    String html(String body) {
        return body == null || body.isBlank() || body.length() > Guidance.MAX_BODY ? "" : markdown.html(body.strip());
    }

    private Set<Atrium> audienceAtria(Account viewer, GuidanceInput input) {
        Set<Atrium> chosen = new LinkedHashSet<>();
        if (input.network()) {
            return chosen;
        }
        for (String slug : input.atria()) {
            if (slug == null || slug.isBlank()) {
                continue;
            }
            Atrium atrium = atria.findBySlug(slug.strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new DomainException("guidance.audience.atriumUnknown", "audienceAtria", slug.strip()));
            try {
                reaches.of(viewer).requireVisible(atrium);
            } catch (NotFoundException e) {
                throw new DomainException("guidance.audience.atriumUnknown", "audienceAtria", slug.strip());
            }
            chosen.add(atrium);
        }
        return chosen;
    }

    /** The title of guidance the viewer may read; empty when it does not exist or is not for them. */
    public Optional<String> visibleTitle(Account viewer, long id) {
        try {
            return Optional.of(readable(viewer, id).getTitle());
        } catch (NotFoundException | ForbiddenException e) {
            return Optional.empty();
        }
    }

    private Guidance readable(Account viewer, long id) {
        return readable(viewer, id, null);
    }

    private Guidance readable(Account viewer, long id, Set<Long> memberOf) {
        Guidance guidance = repository.find(id).orElseThrow(() -> new NotFoundException("guidance " + id));
        Set<Long> atriumIds = memberOf != null ? memberOf : reaches.of(viewer).memberAtria();
        if (!guidance.isVisibleTo(viewer, atriumIds)) {
            throw new NotFoundException("guidance " + id);
        }
        return guidance;
    }

    /**
     * Guidance addressed to this Atrium alone would be read by nobody once it is gone: the Atrium is
     * not deleted until such guidance is addressed to another audience. Guidance that also reaches
     * others simply loses this Atrium from its audience (and so do drafts).
     */
    void onAtriumDeleting(@Observes AtriumDeleting event) {
        long only = repository.countOnlyFor(event.atrium());
        if (only > 0) {
            throw new DomainException("atrium.delete.onlyAudience", null, only);
        }
        repository.addressedTo(event.atrium()).forEach(g -> g.leaveAudience(event.atrium()));
    }
}

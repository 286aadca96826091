package be.atrium.practice;

import be.atrium.content.AttachmentOwner;
import be.atrium.content.AttachmentView;
import be.atrium.content.Attachments;
import be.atrium.content.MarkdownRenderer;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceRepository;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumDeleting;
import be.atrium.network.AtriumRepository;
import be.atrium.network.NetworkService;
import be.atrium.network.Reach;
import be.atrium.network.Reaches;
import be.atrium.organisation.MunicipalityMerged;
import be.atrium.organisation.Organisation;
import be.atrium.organisation.OrganisationRepository;
import be.atrium.platform.ConflictException;
import be.atrium.platform.DomainException;
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
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one transaction boundary of practice cases. Reading follows the case's Atrium (a case of a
 * member-only Atrium the viewer may not see does not exist for them: 404; a case without an
 * Atrium is open to the whole network). The rules of who edits and who highlights live on
 * {@link PracticeCase}; every change records an outbox event. Files attached to a case are read
 * by whoever reads the case and added or removed by whoever edits it.
 */
@ApplicationScoped
@Transactional
public class PracticeService {

    public static final int MAX_PAGE = 100;
    public static final int HOME_HIGHLIGHTS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    PracticeRepository repository;

    @Inject
    AtriumRepository atria;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    @Inject
    NetworkService network;

    @Inject
    Reaches reaches;

    @Inject
    GuidanceRepository guidanceRepository;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Attachments attachments;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * What a person writes in the editor or sends to the API. {@code municipalityId} null: the
     * author's municipality (a new case) or the current one (an edit); {@code contact} a username,
     * blank: the author (a new case) or the current contact (an edit); {@code atrium} a slug,
     * blank: the whole network; {@code guidance} the ids of the guidance the case shows at work,
     * null: the links stay as they are.
     */
    public record Draft(String title, String context, String approach, String result, String lessons,
                        Long municipalityId, String contact, String atrium, Collection<String> themes,
                        Collection<Long> guidance) {
    }

    /**
     * A case with what the viewer may do with it, its themes, the guidance it links (that the
     * viewer sees) and its files; the e-mail addresses of its contact and author when the viewer
     * may read them ({@link PracticeCase#showsContactEmailTo}), else null.
     */
    public record CaseView(PracticeCase practice, List<String> themes, boolean editable, boolean mayHighlight,
                           List<Guidance> guidance, List<AttachmentView> attachments, String contactEmail,
                           String authorEmail) {
        public PracticeCase getPractice() {
            return practice;
        }

        public List<String> getThemes() {
            return themes;
        }

        public boolean isEditable() {
            return editable;
        }

        public boolean isMayHighlight() {
            return mayHighlight;
        }

        public List<Guidance> getGuidance() {
            return guidance;
        }

        public List<AttachmentView> getAttachments() {
            return attachments;
        }

        public String getContactEmail() {
            return contactEmail;
        }
    }

    public PracticeCase create(Account viewer, Draft draft) {
        Account author = em.find(Account.class, viewer.getId());
        String title = PracticeCase.requireTitle(draft.title());
        PracticeStory story = PracticeStory.of(draft.context(), draft.approach(), draft.result(), draft.lessons());
        Organisation municipality = draft.municipalityId() == null ? null : municipality(draft.municipalityId());
        Account contact = isBlank(draft.contact()) ? author : contact(draft.contact());
        Atrium atrium = shareableAtrium(viewer, draft.atrium());
        PracticeCase practice = new PracticeCase(title, story, markdown::html, municipality, contact, atrium,
                draft.themes(), author, now());
        if (draft.guidance() != null) {
            practice.linkGuidance(author, chosenGuidance(viewer, practice, draft.guidance()));
        }
        em.persist(practice);
        em.flush();
        outbox.record(PracticeChanges.CASE_CREATED, practice.getId(), viewer.getId());
        return practice;
    }

    /**
     * Saves a new version of a case. {@code expectedVersion} (what the editor started from, if
     * known) turns a concurrent change into a conflict instead of a lost update.
     */
    public PracticeCase edit(Account viewer, long id, Draft draft, Long expectedVersion) {
        PracticeCase practice = readable(viewer, id);
        Account editor = em.find(Account.class, viewer.getId());
        practice.requireEditor(editor);
        if (expectedVersion != null && expectedVersion != practice.getVersion()) {
            throw new ConflictException("practice.edit.conflict", null);
        }
        Instant now = now();
        PracticeStory story = PracticeStory.of(draft.context(), draft.approach(), draft.result(), draft.lessons());
        practice.rewrite(editor, draft.title(), story, markdown::html, now);
        Organisation municipality = draft.municipalityId() == null ? practice.getMunicipality()
                : municipality(draft.municipalityId());
        Account contact = isBlank(draft.contact()) ? practice.getContact() : contact(draft.contact());
        Atrium atrium = sameAtrium(practice.getAtrium(), draft.atrium()) ? practice.getAtrium()
                : shareableAtrium(viewer, draft.atrium());
        practice.place(editor, municipality, contact, atrium, now);
        practice.retag(draft.themes());
        if (draft.guidance() != null) {
            practice.linkGuidance(editor, chosenGuidance(viewer, practice, draft.guidance()));
        }
        em.flush();
        outbox.record(PracticeChanges.CASE_EDITED, practice.getId(), viewer.getId());
        return practice;
    }

    /**
     * Deletes a case with its themes, guidance links and files (those who may edit it): the right
     * to withdraw what one shared. The outbox tells search to forget it.
     */
    public void delete(Account viewer, long id) {
        PracticeCase practice = readable(viewer, id);
        practice.requireEditor(em.find(Account.class, viewer.getId()));
        attachments.detachAll(AttachmentOwner.practice(id));
        em.remove(practice);
        outbox.record(PracticeChanges.CASE_DELETED, id, viewer.getId());
    }

    /**
     * Replaces the guidance a case shows at work (its editors only). Only guidance the editor may
     * see can be chosen; links to guidance the editor cannot see (made by someone else) stay.
     */
    public PracticeCase linkGuidance(Account viewer, long id, Collection<Long> guidanceIds) {
        PracticeCase practice = readable(viewer, id);
        Account editor = em.find(Account.class, viewer.getId());
        practice.requireEditor(editor);
        practice.linkGuidance(editor, chosenGuidance(viewer, practice, guidanceIds == null ? List.of() : guidanceIds));
        outbox.record(PracticeChanges.CASE_EDITED, practice.getId(), viewer.getId());
        return practice;
    }

    /**
     * The cases that show a piece of guidance at work ("Praktijk bij deze richtlijn") and that
     * the viewer may read, highlighted first, then the newest: one statement after the guidance
     * is found visible (404 otherwise).
     */
    public List<PracticeCase> forGuidance(Account viewer, long guidanceId, int limit) {
        Guidance guidance = guidanceRepository.find(guidanceId)
                .filter(g -> g.isVisibleTo(viewer, reaches.of(viewer).memberAtria()))
                .orElseThrow(() -> new NotFoundException("guidance " + guidanceId));
        return repository.forGuidance(reaches.of(viewer), guidance.getId(), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    /** Guidance an editor may link a case to: published guidance the editor may see, newest first. */
    public List<Guidance> guidanceChoices(Account viewer) {
        return guidanceRepository.published(viewer, reaches.of(viewer), MAX_PAGE);
    }

    public CaseView view(Account viewer, long id) {
        PracticeCase practice = readable(viewer, id);
        Account account = em.find(Account.class, viewer.getId());
        Set<Long> memberOf = reaches.of(viewer).memberAtria();
        List<Guidance> guidance = practice.getGuidance().stream().filter(g -> g.isVisibleTo(account, memberOf))
                .sorted(java.util.Comparator.comparing(Guidance::getTitle, String.CASE_INSENSITIVE_ORDER)).toList();
        return new CaseView(practice, practice.getTags().stream().sorted().toList(), practice.mayEdit(account),
                PracticeCase.mayHighlight(account), guidance, attachments.of(AttachmentOwner.practice(practice.getId())),
                practice.showsContactEmailTo(account) ? practice.getContact().getEmail() : null,
                practice.showsAuthorEmailTo(account) ? practice.getAuthor().getEmail() : null);
    }

    /** One page of the cases the viewer may read that match the filter, highlighted first, then the newest. */
    public PracticeList list(Account viewer, PracticeFilter filter, int offset, int limit) {
        PracticeFilter f = filter == null ? PracticeFilter.NONE : filter;
        Reach reach = reaches.of(viewer);
        Atrium atrium = null;
        if (f.atrium() != null) {
            atrium = atria.findBySlug(f.atrium()).orElseThrow(() -> new NotFoundException("atrium " + f.atrium()));
            reaches.of(viewer).requireVisible(atrium);
        }
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<PracticeCase> page = repository.list(reach, f, atrium, Math.max(0, offset), size);
        long total = repository.count(reach, f, atrium);
        Map<Long, List<String>> tags = repository.tags(page.stream().map(PracticeCase::getId).toList());
        List<PracticeSummary> items = new ArrayList<>();
        for (PracticeCase p : page) {
            items.add(new PracticeSummary(p, tags.getOrDefault(p.getId(), List.of())));
        }
        return new PracticeList(total, items);
    }

    /** The latest highlighted cases the viewer may read (the home page shows {@value #HOME_HIGHLIGHTS}). */
    public List<PracticeCase> highlighted(Account viewer, int limit) {
        return repository.highlighted(reaches.of(viewer), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    /** Highlights a case for the whole network (relationship managers and administrators). */
    public PracticeCase highlight(Account viewer, long id) {
        PracticeCase practice = readable(viewer, id);
        if (practice.highlight(em.find(Account.class, viewer.getId()), now())) {
            outbox.record(PracticeChanges.CASE_HIGHLIGHTED, id, viewer.getId());
        }
        return practice;
    }

    public PracticeCase removeHighlight(Account viewer, long id) {
        PracticeCase practice = readable(viewer, id);
        if (practice.removeHighlight(em.find(Account.class, viewer.getId()))) {
            outbox.record(PracticeChanges.CASE_UNHIGHLIGHTED, id, viewer.getId());
        }
        return practice;
    }

    // --- what the network tells us ---

    /** After a merger, the cases of the old municipality belong to the new one. */
    void onMunicipalityMerged(@Observes MunicipalityMerged event) {
        em.createQuery("UPDATE PracticeCase p SET p.municipality = :target WHERE p.municipality = :source")
                .setParameter("target", event.target()).setParameter("source", event.source()).executeUpdate();
    }

    /** An Atrium with cases shared in it is not deleted (they would lose their readers). */
    void onAtriumDeleting(@Observes AtriumDeleting event) {
        long cases = repository.countInAtrium(event.atrium());
        if (cases > 0) {
            throw new DomainException("atrium.delete.hasPractices", null, cases);
        }
    }

    // --- helpers ---

    PracticeCase readable(Account viewer, long id) {
        PracticeCase practice = repository.practice(id).orElseThrow(() -> new NotFoundException("practice " + id));
        if (practice.getAtrium() != null) {
            reaches.of(viewer).requireVisible(practice.getAtrium());
        }
        return practice;
    }

    /**
     * The guidance chosen by id, each visible to the viewer (unknown and invisible read the same),
     * plus the current links the viewer cannot see, which the viewer could not have unchosen.
     */
    private List<Guidance> chosenGuidance(Account viewer, PracticeCase practice, Collection<Long> ids) {
        Set<Long> memberOf = reaches.of(viewer).memberAtria();
        List<Guidance> chosen = new ArrayList<>();
        for (Long gid : new java.util.LinkedHashSet<>(ids)) {
            if (gid == null) {
                continue;
            }
            chosen.add(guidanceRepository.find(gid).filter(g -> g.isVisibleTo(viewer, memberOf))
                    .orElseThrow(() -> new DomainException("practice.guidance.unknown", "guidance", gid)));
        }
        if (practice.getId() != null) {
            practice.getGuidance().stream().filter(g -> !g.isVisibleTo(viewer, memberOf)).forEach(chosen::add);
        }
        return chosen;
    }

    private Organisation municipality(long id) {
        return organisations.findById(id).orElseThrow(() -> new DomainException("practice.municipality.unknown",
                "municipality"));
    }

    private Account contact(String username) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        return accounts.findByUsername(name)
                .orElseThrow(() -> new DomainException("practice.contact.unknown", "contact", username.strip()));
    }

    /** The Atrium of a slug, if the viewer may see it; unknown and invisible read the same. Blank: none. */
    private Atrium shareableAtrium(Account viewer, String slug) {
        if (isBlank(slug)) {
            return null;
        }
        String s = slug.strip().toLowerCase(Locale.ROOT);
        Atrium atrium = atria.findBySlug(s).orElseThrow(() -> new DomainException("practice.atrium.unknown", "atrium", s));
        try {
            reaches.of(viewer).requireVisible(atrium);
        } catch (NotFoundException e) {
            throw new DomainException("practice.atrium.unknown", "atrium", s);
        }
        return atrium;
    }

    private static boolean sameAtrium(Atrium current, String slug) {
        return current == null ? isBlank(slug) : !isBlank(slug) && current.getSlug().equalsIgnoreCase(slug.strip());
    }

    /** The time of a change as the database keeps it (milliseconds), so what is answered now is what is read later. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

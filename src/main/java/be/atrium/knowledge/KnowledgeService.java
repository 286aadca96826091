package be.atrium.knowledge;

import be.atrium.discussion.DiscussionRepository;
import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.Post;
import be.atrium.discussion.ThreadView;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceService;
import be.atrium.guidance.GuidanceStatus;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.network.Reach;
import be.atrium.network.Reaches;
import be.atrium.platform.ConflictException;
import be.atrium.platform.DomainException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.outbox.Outbox;
import be.atrium.platform.web.Messages;
import be.atrium.wiki.WikiPage;
import be.atrium.wiki.WikiService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * From answer to knowledge, the one transaction boundary: taking a solved question (or its
 * accepted answer) into a new wiki page or into a section of an existing one, and linking a
 * question to the wiki page or guidance that answers it. The wiki's own rules (who edits where,
 * titles, stale revisions) stay with {@link WikiService}, which this service calls within the
 * same transaction: a refused page leaves no link behind. Links are shown only where the viewer
 * may see what they point to.
 */
@ApplicationScoped
@Transactional
public class KnowledgeService {

    /** At most this many links are shown on a thread or a page. */
    public static final int MAX_LINKS = 100;
    /** At most this many pages are offered when choosing one. */
    public static final int MAX_CHOICES = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    DiscussionRepository discussions;

    @Inject
    KnowledgeRepository repository;

    @Inject
    DiscussionService discussionService;

    @Inject
    WikiService wiki;

    @Inject
    GuidanceService guidance;

    @Inject
    Reaches reaches;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** What the promotion starts from: a title and a text made from the thread, and the Atrium it belongs to. */
    public record Draft(DiscussionThread thread, Post post, String title, String body, Atrium atrium) {
        public DiscussionThread getThread() {
            return thread;
        }

        /** The answer promoted on its own, or null for the whole thread. */
        public Post getPost() {
            return post;
        }

        public String getTitle() {
            return title;
        }

        public String getBody() {
            return body;
        }

        /** The Atrium of the thread's board; null for a network-wide board. */
        public Atrium getAtrium() {
            return atrium;
        }
    }

    private record Promotable(DiscussionThread thread, Post alone, Post accepted) {
    }

    /**
     * The title and Markdown a promotion of the thread ({@code postId} null) or of its accepted
     * answer would make, in the promoter's language; refused like the promotion itself.
     */
    public Draft draft(Account viewer, long threadId, Long postId, Locale locale) {
        Promotable p = promotable(viewer, threadId, postId);
        return new Draft(p.thread(), p.alone(), Promotion.suggestTitle(p.thread().getTitle()), compose(p, locale),
                p.thread().getBoard().getAtrium());
    }

    /**
     * Takes the thread (or its accepted answer) into a new wiki page, created by the promoter
     * under the wiki's rules, in the Atrium named (null: network-wide). A null title or body is
     * made from the thread; the thread's tags go with it.
     */
    public WikiPage promoteToNewPage(Account viewer, long threadId, Long postId, String atriumSlug, Long parentId,
                                     String title, String body, Locale locale) {
        return promoteToNewPage(promotable(viewer, threadId, postId), viewer, atriumSlug, parentId, title, body, locale);
    }

    /** As {@link #promoteToNewPage(Account, long, Long, String, Long, String, String, Locale)}, in the thread's own place. */
    public WikiPage promoteToNewPageInPlace(Account viewer, long threadId, Long postId, Long parentId, String title,
                                            String body, Locale locale) {
        Promotable p = promotable(viewer, threadId, postId);
        Atrium own = p.thread().getBoard().getAtrium();
        return promoteToNewPage(p, viewer, own == null ? null : own.getSlug(), parentId, title, body, locale);
    }

    private WikiPage promoteToNewPage(Promotable p, Account viewer, String atriumSlug, Long parentId, String title,
                                      String body, Locale locale) {
        String text = body == null ? compose(p, locale) : body;
        String t = title == null ? Promotion.suggestTitle(p.thread().getTitle()) : title;
        WikiPage page = wiki.create(viewer, atriumSlug, parentId, t, text, p.thread().getTags());
        em.persist(ThreadKnowledge.promoted(p.thread(), p.alone(), page.getId(), me(viewer), clock.instant()));
        outbox.record(KnowledgeChanges.THREAD_PROMOTED, p.thread().getId(), viewer.getId());
        return page;
    }

    /**
     * Adds the thread (or its accepted answer) to an existing page as a section
     * {@code ## <question title>} at its end, saved by the promoter as a new revision of the
     * page's current one. The same thread goes into a page only once.
     */
    public WikiPage promoteToSection(Account viewer, long threadId, Long postId, Long pageId, String body,
                                     Locale locale) {
        Promotable p = promotable(viewer, threadId, postId);
        if (pageId == null) {
            throw new DomainException("knowledge.promote.pageRequired", "page");
        }
        WikiPage page = wiki.page(viewer, pageId).page();
        Optional<ThreadKnowledge> existing = repository.link(p.thread(), KnowledgeTargetType.WIKI, pageId);
        if (existing.isPresent() && existing.get().getKind() == KnowledgeKind.PROMOTED) {
            throw new ConflictException("knowledge.promote.already", "page");
        }
        String content = body == null ? compose(p, locale) : body;
        if (content.isBlank()) {
            throw new DomainException("wiki.body.required", "body");
        }
        String text = Promotion.appendSection(page.getBody(), Promotion.section(p.thread().getTitle(), content));
        wiki.edit(viewer, pageId, null, text, Messages.text(locale, "knowledge.promote.summary", p.thread().getTitle()),
                page.getRevision());
        Account me = me(viewer);
        Instant now = clock.instant();
        if (existing.isPresent()) {
            existing.get().promotedAgain(p.alone(), me, now);
        } else {
            em.persist(ThreadKnowledge.promoted(p.thread(), p.alone(), pageId, me, now));
        }
        outbox.record(KnowledgeChanges.THREAD_PROMOTED, p.thread().getId(), viewer.getId());
        return page;
    }

    /**
     * Links the question to the wiki page or the guidance that answers it ("Beantwoord door"): by
     * the asker, a moderator of the board or a relationship manager, to a page or published
     * guidance they may read; once per target.
     */
    public ThreadKnowledge link(Account viewer, long threadId, KnowledgeTargetType type, Long targetId) {
        DiscussionThread thread = thread(threadId);
        Promotion.requireLinkable(thread, viewer, discussionService.access(viewer, thread.getBoard()).moderator());
        if (type == null || targetId == null) {
            throw new DomainException("knowledge.link.targetRequired", "target");
        }
        String field = type == KnowledgeTargetType.WIKI ? "wiki" : "guidance";
        requireReadableTarget(viewer, type, targetId, field);
        if (repository.link(thread, type, targetId).isPresent()) {
            throw new ConflictException("knowledge.link.exists", field);
        }
        ThreadKnowledge link = ThreadKnowledge.answeredBy(thread, type, targetId, me(viewer), clock.instant());
        em.persist(link);
        outbox.record(KnowledgeChanges.THREAD_LINKED, thread.getId(), viewer.getId());
        return link;
    }

    /** Removes a link of the thread (either kind), by those who may link it; the page itself stays. */
    public void unlink(Account viewer, long threadId, long linkId) {
        ThreadKnowledge link = repository.link(linkId).filter(k -> k.getThread().getId() == threadId)
                .orElseThrow(() -> new NotFoundException("knowledge link " + linkId));
        DiscussionThread thread = thread(threadId);
        Promotion.requireLinkable(thread, viewer, discussionService.access(viewer, thread.getBoard()).moderator());
        em.remove(link);
        outbox.record(KnowledgeChanges.THREAD_UNLINKED, thread.getId(), viewer.getId());
    }

    /** The knowledge of a thread the viewer has just read (the view proves they may see it). */
    public List<KnowledgeLink> links(Account viewer, ThreadView view) {
        return linksOf(viewer, view.getThread());
    }

    /** The knowledge of a thread, when the viewer may see the thread. */
    public List<KnowledgeLink> links(Account viewer, long threadId) {
        DiscussionThread thread = thread(threadId);
        discussionService.access(viewer, thread.getBoard());
        return linksOf(viewer, thread);
    }

    private List<KnowledgeLink> linksOf(Account viewer, DiscussionThread thread) {
        List<KnowledgeRepository.WikiRow> rows = repository.wikiLinks(thread);
        Predicate<Atrium> visible = visibleTo(viewer);
        List<KnowledgeLink> links = new ArrayList<>();
        for (KnowledgeRepository.WikiRow r : rows) {
            if (visible.test(r.atrium())) {
                links.add(new KnowledgeLink(r.linkId(), r.kind(), KnowledgeTargetType.WIKI, r.pageId(), r.title(),
                        "/wiki/page.xhtml?id=" + r.pageId()));
            }
        }
        List<KnowledgeRepository.GuidanceRow> guidanceRows = repository.guidanceLinks(thread);
        if (!guidanceRows.isEmpty()) {
            Map<Long, Guidance> found = repository.guidance(guidanceRows.stream()
                    .map(KnowledgeRepository.GuidanceRow::guidanceId).toList());
            Set<Long> memberOf = reaches.of(viewer).memberAtria();
            for (KnowledgeRepository.GuidanceRow r : guidanceRows) {
                Guidance g = found.get(r.guidanceId());
                if (g != null && g.isVisibleTo(viewer, memberOf)) {
                    links.add(new KnowledgeLink(r.linkId(), r.kind(), KnowledgeTargetType.GUIDANCE, g.getId(), g.getTitle(),
                            "/guidance/guidance.xhtml?id=" + g.getId()));
                }
            }
            links.sort(Comparator.comparingLong(KnowledgeLink::linkId));
        }
        return links.size() > MAX_LINKS ? links.subList(0, MAX_LINKS) : links;
    }

    /**
     * The questions linked to a wiki page (taken into it, or answered by it) that the viewer may
     * see, the promoted ones first: one query (two more only when a member-only Atrium is among them).
     */
    public List<KnowledgeSource> sourcesOf(Account viewer, long pageId) {
        List<KnowledgeRepository.ThreadRow> rows = repository.threadsOfPage(pageId, MAX_LINKS);
        Predicate<Atrium> visible = visibleTo(viewer);
        return rows.stream().filter(r -> visible.test(r.atrium()))
                .map(r -> new KnowledgeSource(r.linkId(), r.kind(), r.threadId(), r.title(), r.solved(), r.postId() != null))
                .toList();
    }

    /** Pages to choose from by title: those the viewer may edit (to add a section) or read (to link). */
    public List<WikiPage> pageChoices(Account viewer, String text, boolean editableOnly) {
        return wiki.findPages(viewer, text, editableOnly, MAX_CHOICES);
    }

    /** Published guidance to choose from by title, among what the viewer may read, newest first. */
    public List<Guidance> guidanceChoices(Account viewer, String text) {
        List<Guidance> candidates = repository.publishedGuidanceByTitle(text, MAX_CHOICES * 5);
        if (candidates.isEmpty()) {
            return candidates;
        }
        Set<Long> memberOf = reaches.of(viewer).memberAtria();
        return candidates.stream().filter(g -> g.isVisibleTo(viewer, memberOf)).limit(MAX_CHOICES).toList();
    }

    private Promotable promotable(Account viewer, long threadId, Long postId) {
        DiscussionThread thread = thread(threadId);
        boolean moderator = discussionService.access(viewer, thread.getBoard()).moderator();
        Post post = null;
        if (postId != null) {
            post = discussions.post(postId).orElseThrow(() -> new DomainException("knowledge.promote.notAccepted", "post"));
            if (!post.getThread().getId().equals(thread.getId())) {
                throw new DomainException("knowledge.promote.notAccepted", "post");
            }
        }
        Promotion.requirePromotable(thread, post, viewer, moderator);
        Post accepted = post != null ? post : discussions.post(thread.getAcceptedPost().getId()).orElseThrow();
        return new Promotable(thread, post, accepted);
    }

    private String compose(Promotable p, Locale locale) {
        if (p.alone() != null) {
            return Promotion.compose(locale, p.thread(), null, p.accepted(), List.of(), true);
        }
        Post question = discussions.opening(p.thread()).orElseThrow();
        List<Post> helpful = repository.helpfulAnswers(p.thread(), p.accepted(), Promotion.MAX_HELPFUL);
        return Promotion.compose(locale, p.thread(), question, p.accepted(), helpful, false);
    }

    private void requireReadableTarget(Account viewer, KnowledgeTargetType type, long targetId, String field) {
        try {
            if (type == KnowledgeTargetType.WIKI) {
                wiki.page(viewer, targetId);
            } else if (guidance.guidance(viewer, targetId).getGuidance().getStatus() == GuidanceStatus.DRAFT) {
                throw new DomainException("knowledge.link.guidanceDraft", field);
            }
        } catch (NotFoundException e) {
            throw new DomainException("knowledge.link.unknownTarget", field, String.valueOf(targetId));
        }
    }

    /**
     * Whether the viewer may see content of an Atrium (null: network-wide): the viewer's
     * {@link Reach}, which reads memberships only when a member-only Atrium is asked about.
     */
    private Predicate<Atrium> visibleTo(Account viewer) {
        return reaches.of(viewer)::canSee;
    }

    private DiscussionThread thread(long threadId) {
        return discussions.thread(threadId).orElseThrow(() -> new NotFoundException("thread " + threadId));
    }

    private Account me(Account viewer) {
        return em.find(Account.class, viewer.getId());
    }
}

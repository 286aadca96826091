package be.atrium.discussion;

import be.atrium.content.AttachmentOwner;
import be.atrium.content.Attachments;
import be.atrium.content.MarkdownRenderer;
import be.atrium.content.TagCounts;
import be.atrium.identity.Account;
import be.atrium.network.AtriumCreated;
import be.atrium.network.AtriumDeleting;
import be.atrium.network.AtriumView;
import be.atrium.network.NetworkService;
import be.atrium.network.Reach;
import be.atrium.network.Reaches;
import be.atrium.organisation.MunicipalityMerged;
import be.atrium.platform.ConflictException;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one transaction boundary of the discussions: reading boards and threads, asking,
 * answering, accepting, editing with revisions, withdrawing and marking helpful. Every method
 * takes the acting account; a board of a member-only Atrium that the actor may not see does
 * not exist for them (404). Each change records an outbox event for search and notifications.
 */
@ApplicationScoped
@Transactional
public class DiscussionService {

    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    DiscussionRepository repository;

    @Inject
    NetworkService network;

    @Inject
    Reaches reaches;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Attachments attachments;

    /** Counts of tags among what a reader may read (the search index's), when there is such a source. */
    @Inject
    Instance<TagCounts> tagCounts;

    /** A board and what the viewer may do on it. */
    public record BoardAccess(Board board, boolean moderator) {
        public Board getBoard() {
            return board;
        }

        public boolean isModerator() {
            return moderator;
        }
    }

    /**
     * The board if the viewer may see it. An Atrium's board follows the Atrium's visibility and
     * moderators; network-wide boards are open to all, moderated by relationship managers and
     * administrators.
     */
    public BoardAccess board(Account viewer, String slug) {
        Board board = repository.boardBySlug(slug).orElseThrow(() -> new NotFoundException("board " + slug));
        return access(viewer, board);
    }

    /** What the viewer may do on a board (not found when the viewer may not see it). */
    public BoardAccess access(Account viewer, Board board) {
        Reach reach = reaches.of(viewer);
        if (!reach.canSee(board.getAtrium())) {
            throw new NotFoundException("board " + board.getSlug());
        }
        return new BoardAccess(board, reach.canModerate(board.getAtrium()));
    }

    /** The board of an Atrium, by the Atrium's slug (404 when the viewer may not see the Atrium). */
    public BoardAccess boardOfAtrium(Account viewer, String atriumSlug) {
        AtriumView view = network.visibleAtrium(viewer, atriumSlug);
        Board board = repository.boardOf(view.getAtrium()).orElseThrow(() -> new NotFoundException("board " + atriumSlug));
        return new BoardAccess(board, view.isModerator());
    }

    public List<Board> networkWideBoards() {
        return repository.networkWideBoards();
    }

    public ThreadList threads(Account viewer, String boardSlug, ThreadFilter filter, String tag, boolean mine,
                              int offset, int limit) {
        Board board = board(viewer, boardSlug).board();
        ThreadFilter f = filter == null ? ThreadFilter.ALL : filter;
        String t = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        Account author = mine ? viewer : null;
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<DiscussionThread> page = repository.threads(board, f, t, author, Math.max(0, offset), size);
        long total = repository.countThreads(board, f, t, author);
        List<Long> ids = page.stream().map(DiscussionThread::getId).toList();
        Map<Long, List<String>> tags = repository.tags(ids);
        Map<Long, Instant> read = repository.readMarks(viewer, ids);
        List<ThreadSummary> items = new ArrayList<>();
        for (DiscussionThread thread : page) {
            Instant seen = read.get(thread.getId());
            boolean unread = seen == null ? !thread.getAuthor().getId().equals(viewer.getId())
                    : thread.getLastActivityAt().isAfter(seen);
            items.add(new ThreadSummary(thread, tags.getOrDefault(thread.getId(), List.of()), unread,
                    originVisible(viewer, thread)));
        }
        return new ThreadList(total, items);
    }

    /**
     * Questions that left this board for an expert board: the board they came from keeps
     * showing them (and their answer, once given), so knowledge flows back down.
     */
    public List<DiscussionThread> escalatedFrom(Account viewer, String boardSlug, int limit) {
        return repository.escalatedFrom(board(viewer, boardSlug).board(), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    public DiscussionThread ask(Account viewer, String boardSlug, ThreadKind kind, String title, String body,
                                Collection<String> tags, boolean liveProcedure) {
        return ask(viewer, boardSlug, kind, title, body, tags, liveProcedure, List.of());
    }

    /** May the viewer start a thread on this board (for checks before the files of a question arrive). */
    public void requireMayAsk(Account viewer, String boardSlug) {
        board(viewer, boardSlug);
    }

    /** May the viewer answer in this thread (for checks before the files of an answer arrive). */
    public void requireMayAnswer(Account viewer, long threadId) {
        visibleThread(viewer, threadId).requireOpen();
    }

    /**
     * Asks, with files received before the question was sent: the thread, its opening post and
     * the files attached to that post commit together (or not at all, the files' bytes then left
     * to the sweep).
     */
    public DiscussionThread ask(Account viewer, String boardSlug, ThreadKind kind, String title, String body,
                                Collection<String> tags, boolean liveProcedure, List<Attachments.Received> files) {
        Board board = board(viewer, boardSlug).board();
        Account author = em.find(Account.class, viewer.getId());
        Instant now = clock.instant();
        DiscussionThread thread = new DiscussionThread(board, kind, title, author, liveProcedure, tags, now);
        String text = Post.requireBody(body);
        em.persist(thread);
        Post opening = new Post(thread, author, true, text, markdown.html(text), null, now);
        em.persist(opening);
        em.flush();
        em.persist(new PostRevision(opening, 1, text, author, now));
        outbox.record(DiscussionChanges.THREAD_CREATED, thread.getId(), viewer.getId());
        attach(viewer, opening, files);
        return thread;
    }

    /**
     * A reply. Replies to one thread never conflict with each other: the thread's count and last
     * activity are counted in one statement ({@link DiscussionRepository#countReplies}) that also
     * refuses a thread locked or merged in the meantime; the returned post's thread is as it is
     * now, this reply counted.
     */
    public Post answer(Account viewer, long threadId, String body, Long quotedPostId) {
        return answer(viewer, threadId, body, quotedPostId, List.of());
    }

    /** An answer with the files received before it was sent, attached in the same transaction. */
    public Post answer(Account viewer, long threadId, String body, Long quotedPostId,
                       List<Attachments.Received> files) {
        DiscussionThread thread = visibleThread(viewer, threadId);
        thread.requireOpen();
        Account author = em.find(Account.class, viewer.getId());
        Instant now = clock.instant();
        String text = Post.requireBody(body);
        // only a post of this thread can be quoted: one elsewhere (seen or not) reads as one that does not exist
        Post quoted = quotedPostId == null ? null : repository.post(quotedPostId)
                .filter(p -> p.getThread().getId().equals(thread.getId()))
                .orElseThrow(() -> new DomainException("post.quote.otherThread", "quotedPostId"));
        Post post = new Post(thread, author, false, text, markdown.html(text), quoted, now);
        boolean counted = repository.countReplies(thread, 1, author, now, true);
        em.refresh(thread);
        if (!counted) {
            thread.requireOpen();
            throw new NotFoundException("thread " + threadId);
        }
        em.persist(post);
        em.flush();
        em.persist(new PostRevision(post, 1, text, author, now));
        outbox.record(DiscussionChanges.POST_CREATED, post.getId(), viewer.getId());
        attach(viewer, post, files);
        return post;
    }

    private void attach(Account viewer, Post post, List<Attachments.Received> files) {
        for (Attachments.Received file : files) {
            attachments.record(viewer, AttachmentOwner.post(post.getId()), file);
        }
    }

    /** The asker or a moderator accepts an answer; the thread is then solved. */
    public DiscussionThread accept(Account viewer, long postId) {
        Post post = repository.post(postId).orElseThrow(() -> new NotFoundException("post " + postId));
        DiscussionThread thread = post.getThread();
        boolean moderator = access(viewer, thread.getBoard()).moderator();
        thread.accept(post, viewer, moderator);
        outbox.record(DiscussionChanges.THREAD_SOLVED, thread.getId(), viewer.getId());
        return thread;
    }

    /**
     * The author edits a post. With {@code baseRevision} (the revision the editor started from)
     * an edit made in the meantime by another session is a conflict, never silently overwritten.
     */
    public PostRevision edit(Account viewer, long postId, String body, Integer baseRevision) {
        return edit(viewer, postId, body, null, null, baseRevision);
    }

    /**
     * Edits a post and, for a thread's opening post, the thread's title and tags (null leaves them
     * as they are): its author, or a moderator of the board for the title and tags only. The
     * title and tags are kept with the revision, so the history shows what they were.
     */
    public PostRevision edit(Account viewer, long postId, String body, String title, Collection<String> tags,
                             Integer baseRevision) {
        Post post = visiblePost(viewer, postId);
        boolean moderator = access(viewer, post.getThread().getBoard()).moderator();
        // one edit of a post at a time, each made from the revision saved before it: two edits from
        // the same revision are a conflict (409) for the later one, never a duplicate revision
        em.refresh(post, LockModeType.PESSIMISTIC_WRITE);
        if (baseRevision != null && baseRevision != post.getRevisionCount()) {
            throw new ConflictException("post.edit.conflict", "body", post.getRevisionCount());
        }
        String text = Post.requireBody(body);
        PostRevision revision = post.revise(em.find(Account.class, viewer.getId()), moderator, text,
                markdown.html(text), title, tags, clock.instant());
        em.persist(revision);
        outbox.record(DiscussionChanges.POST_EDITED, post.getId(), viewer.getId());
        if (post.isOpening() && (title != null || tags != null)) {
            outbox.record(DiscussionChanges.THREAD_EDITED, post.getThread().getId(), viewer.getId());
        }
        return revision;
    }

    /**
     * Existing tags that start with what is typed (normalised as tags are), for the tag field of a
     * board's forms: those of the board itself and those of everything else the viewer may read
     * (through the reach model, from the search index when it is open), most used first.
     */
    public List<String> suggestTags(Account viewer, String boardSlug, String typed, int limit) {
        Board board = board(viewer, boardSlug).board();
        String prefix = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (prefix.startsWith("#")) {
            prefix = prefix.substring(1);
        }
        LinkedHashSet<String> found = new LinkedHashSet<>(repository.boardTags(board, prefix, limit));
        if (found.size() < limit && tagCounts.isResolvable()) {
            final String p = prefix;
            tagCounts.get().top(viewer, "thread", null, false, 500).ifPresent(top -> top.stream()
                    .filter(t -> t.startsWith(p)).forEach(found::add));
        }
        return found.stream().limit(limit).toList();
    }

    /**
     * The revisions of a post, for its history page. The text of a withdrawn or hidden post stays
     * with those who may still read it (moderators, and the author of a withdrawn post).
     */
    public List<PostRevision> revisions(Account viewer, long postId) {
        Post post = readablePost(viewer, postId);
        return repository.revisions(post);
    }

    /** A post with its thread and board, if the viewer may read its text (for history and editing). */
    public Post readablePost(Account viewer, long postId) {
        Post post = repository.post(postId).orElseThrow(() -> new NotFoundException("post " + postId));
        boolean moderator = access(viewer, post.getThread().getBoard()).moderator();
        PostView view = new PostView(post, false, false, post.getAuthor().getId().equals(viewer.getId()), moderator);
        if (!view.isTextVisible()) {
            throw new ForbiddenException("the text of this post is withdrawn or hidden");
        }
        return post;
    }

    /**
     * A post its author is about to edit (or, for a question's title and tags, a moderator of its
     * board: {@link #mayEditText}); never a withdrawn post.
     */
    public Post postForEdit(Account viewer, long postId) {
        Post post = visiblePost(viewer, postId);
        boolean moderatorOfOpening = post.isOpening() && access(viewer, post.getThread().getBoard()).moderator();
        if (!post.getAuthor().getId().equals(viewer.getId()) && !moderatorOfOpening) {
            throw new ForbiddenException("only the author edits a post");
        }
        if (post.isWithdrawn()) {
            throw new DomainException("post.withdrawn", null);
        }
        return post;
    }

    public Post withdraw(Account viewer, long postId) {
        Post post = visiblePost(viewer, postId);
        post.withdraw(viewer, clock.instant());
        DiscussionThread thread = post.getThread();
        if (thread.getAcceptedPost() != null && thread.getAcceptedPost().getId().equals(post.getId())) {
            thread.unaccept();
        }
        outbox.record(DiscussionChanges.POST_WITHDRAWN, post.getId(), viewer.getId());
        return post;
    }

    /**
     * Marks a post helpful: once per person, never one's own. Votes on one post never conflict
     * with each other (the count is one statement, {@link DiscussionRepository#countHelpful}); a
     * second vote of the same person is refused (409) and leaves the count as it was.
     */
    public Post markHelpful(Account viewer, long postId) {
        Post post = visiblePost(viewer, postId);
        Account voter = em.find(Account.class, viewer.getId());
        post.requireHelpfulMarkBy(voter);
        repository.countHelpful(post);
        if (!repository.vote(post, voter, clock.instant())) {
            throw new ConflictException("post.vote.twice", null);
        }
        em.refresh(post);
        return post;
    }

    /**
     * A thread for reading: the opening post, the accepted answer, then one page of the other
     * replies in order of time. Remembers how far the viewer has read.
     */
    public ThreadView thread(Account viewer, long threadId, int offset, int limit) {
        DiscussionThread thread = repository.thread(threadId).orElseThrow(() -> new NotFoundException("thread " + threadId));
        boolean moderator = access(viewer, thread.getBoard()).moderator();
        if (thread.getMergedInto() != null) {
            throw new ThreadMovedException(thread.getMergedInto().getId());
        }
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<Post> replies = repository.replies(thread, Math.max(0, offset), size);
        Post opening = repository.opening(thread).orElseThrow();
        Post accepted = thread.getAcceptedPost();
        List<Post> ordered = new ArrayList<>();
        ordered.add(opening);
        if (accepted != null) {
            ordered.add(replies.stream().filter(p -> p.getId().equals(accepted.getId())).findFirst()
                    .orElseGet(() -> repository.post(accepted.getId()).orElseThrow()));
        }
        replies.stream().filter(p -> accepted == null || !p.getId().equals(accepted.getId())).forEach(ordered::add);
        Set<Long> voted = repository.votedBy(viewer, ordered.stream().map(Post::getId).collect(Collectors.toList()));
        List<PostView> views = new ArrayList<>();
        for (Post p : ordered) {
            views.add(new PostView(p, accepted != null && p.getId().equals(accepted.getId()), voted.contains(p.getId()),
                    p.getAuthor().getId().equals(viewer.getId()), moderator));
        }
        long total = thread.getReplyCount();
        Long lastRead = repository.lastReadPost(viewer, thread).orElse(null);
        Long lastShown = replies.isEmpty() ? opening.getId() : replies.get(replies.size() - 1).getId();
        repository.markRead(viewer, thread, lastShown, clock.instant());
        boolean canReply = !thread.isLocked();
        boolean canAccept = thread.getKind() == ThreadKind.QUESTION
                && (moderator || thread.getAuthor().getId().equals(viewer.getId()));
        return new ThreadView(thread, views, total, moderator, canReply, canAccept, lastRead,
                originVisible(viewer, thread));
    }

    /**
     * Whether the viewer may see the board an escalated thread came from: the expert board is
     * open to the network, the Atrium it left may be member-only (then it is not named).
     */
    public boolean originVisible(Account viewer, DiscussionThread thread) {
        Board origin = thread.getOriginBoard();
        return origin != null && reaches.of(viewer).canSee(origin.getAtrium());
    }

    /**
     * "Alles gelezen": every thread with no activity after {@code upTo} counts as read for the
     * viewer, as the board's badges and the home page show it. Returns how many threads it marked.
     */
    public int markAllRead(Account viewer, Instant upTo) {
        return repository.markAllRead(viewer, upTo);
    }

    /** Unanswered questions in the Atria the viewer is a member of. */
    public List<DiscussionThread> unansweredInMyAtria(Account viewer, int limit) {
        return repository.unanswered(myAtriumIds(viewer), limit);
    }

    /**
     * What is new for the viewer, by the read state of each thread, as the board's "nieuw" badges:
     * replies by others since they last opened a thread (in their Atria, or on a network-wide
     * board they opened), and threads of their Atria they never opened. Never their own posts;
     * opening a thread takes it off the list. One statement.
     */
    public List<NewActivity> newSinceLastVisit(Account viewer, int limit) {
        return repository.unreadActivity(viewer, reaches.of(viewer).memberAtria(), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    private List<Long> myAtriumIds(Account viewer) {
        return network.myAtria(viewer).stream().map(v -> v.getAtrium().getId()).toList();
    }

    /** The title of a thread the viewer may see; empty when it does not exist or is out of their reach. */
    public Optional<String> visibleTitle(Account viewer, long threadId) {
        try {
            return Optional.of(visibleThread(viewer, threadId).getTitle());
        } catch (NotFoundException | ForbiddenException e) {
            return Optional.empty();
        }
    }

    DiscussionThread visibleThread(Account viewer, long threadId) {
        DiscussionThread thread = repository.thread(threadId).orElseThrow(() -> new NotFoundException("thread " + threadId));
        access(viewer, thread.getBoard());
        return thread;
    }

    Post visiblePost(Account viewer, long postId) {
        Post post = repository.post(postId).orElseThrow(() -> new NotFoundException("post " + postId));
        access(viewer, post.getThread().getBoard());
        return post;
    }

    void onAtriumCreated(@Observes AtriumCreated event) {
        repository.boardBySlug(event.atrium().getSlug()).filter(b -> b.getAtrium() == null).ifPresent(b -> {
            throw new ConflictException("board.slug.taken", "slug", b.getSlug());
        });
        if (repository.boardOf(event.atrium()).isEmpty()) {
            em.persist(Board.of(event.atrium(), clock.instant()));
        }
    }

    void onAtriumDeleting(@Observes AtriumDeleting event) {
        repository.boardOf(event.atrium()).ifPresent(board -> {
            long threads = em.createQuery("SELECT COUNT(t) FROM DiscussionThread t WHERE t.board = :board OR "
                    + "t.originBoard = :board", Long.class).setParameter("board", board).getSingleResult();
            if (threads > 0) {
                throw new DomainException("atrium.delete.hasThreads", null, threads);
            }
            // a move away from this board can no longer be undone
            em.createQuery("UPDATE DiscussionThread t SET t.undoBoard = NULL, t.undoOriginBoard = NULL, t.undoBy = NULL, "
                    + "t.undoKind = NULL WHERE t.undoBoard = :board OR t.undoOriginBoard = :board")
                    .setParameter("board", board).executeUpdate();
            em.remove(board);
        });
    }

    /** After a merger, posts and threads carry the new municipality as their author's organisation. */
    void onMunicipalityMerged(@Observes MunicipalityMerged event) {
        em.createQuery("UPDATE DiscussionThread t SET t.authorOrganisation = :target WHERE t.authorOrganisation = :source")
                .setParameter("target", event.target()).setParameter("source", event.source()).executeUpdate();
        em.createQuery("UPDATE Post p SET p.authorOrganisation = :target WHERE p.authorOrganisation = :source")
                .setParameter("target", event.target()).setParameter("source", event.source()).executeUpdate();
    }

}

package be.atrium.discussion;

import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumView;
import be.atrium.network.NetworkService;
import be.atrium.organisation.Organisation;
import be.atrium.platform.AuditLog;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.outbox.ChangeType;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one transaction boundary of moderation: flags and the moderation queue, locking,
 * pinning, moving, escalating to an expert board, merging duplicates, hiding and restoring
 * posts. Everyone who sees a post may flag it; everything else needs moderator rights on the
 * board concerned (checked here, whatever the page showed). Every decision is written to the
 * audit log and announced in the outbox, in the same transaction as the change.
 */
@ApplicationScoped
@Transactional
public class ModerationService {

    /** The queue shows at most this many open flags at once (the oldest first). */
    public static final int QUEUE_PAGE = 100;
    /** The moderation page of a thread lists at most this many posts. */
    public static final int MAX_POSTS = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    DiscussionService discussions;

    @Inject
    ModerationRepository repository;

    @Inject
    DiscussionRepository discussionRepository;

    @Inject
    NetworkService network;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    // --- flags ---

    /** The post as the flag page shows it, and whether the viewer may flag it. */
    public FlagTarget flagTarget(Account viewer, long postId) {
        Post post = discussions.visiblePost(viewer, postId);
        Account reporter = em.find(Account.class, viewer.getId());
        boolean own = post.getAuthor().getId().equals(viewer.getId());
        return new FlagTarget(post, own, repository.hasOpenFlag(post, reporter));
    }

    /** Anyone who may see a post flags it, once while the flag is open, never their own post. */
    public PostFlag flag(Account viewer, long postId, FlagReason reason, String note) {
        Post post = discussions.visiblePost(viewer, postId);
        Account reporter = em.find(Account.class, viewer.getId());
        PostFlag flag = PostFlag.raise(post, reporter, reason, note, repository.hasOpenFlag(post, reporter),
                clock.instant());
        em.persist(flag);
        em.flush();
        outbox.record(DiscussionChanges.POST_FLAGGED, post.getId(), viewer.getId());
        return flag;
    }

    /** The open flags of a board (by board slug), for its moderators. */
    public ModerationQueue queue(Account viewer, String boardSlug) {
        return queue(requireModerator(discussions.board(viewer, boardSlug)));
    }

    /** The open flags of an Atrium's board (by Atrium slug), for its moderators. */
    public ModerationQueue queueOfAtrium(Account viewer, String atriumSlug) {
        return queue(requireModerator(discussions.boardOfAtrium(viewer, atriumSlug)));
    }

    private ModerationQueue queue(Board board) {
        return new ModerationQueue(board, repository.openFlags(board, QUEUE_PAGE), repository.countOpenFlags(board));
    }

    /**
     * A moderator decides a flag. Hiding the post also settles the other open flags on it, so
     * nobody decides the same post twice.
     */
    public PostFlag resolve(Account viewer, long flagId, FlagDecision decision) {
        PostFlag flag = repository.flag(flagId).orElseThrow(() -> new NotFoundException("flag " + flagId));
        Post post = flag.getPost();
        requireModerator(discussions.access(viewer, post.getThread().getBoard()));
        Account moderator = em.find(Account.class, viewer.getId());
        Instant now = clock.instant();
        flag.resolve(moderator, decision, now);
        if (decision == FlagDecision.HIDE_POST) {
            for (PostFlag other : repository.openFlags(post)) {
                if (!other.getId().equals(flag.getId())) {
                    other.resolve(moderator, decision, now);
                }
            }
            if (!post.isHidden()) {
                post.hide(viewer.getUsername(), now);
                outbox.record(DiscussionChanges.POST_HIDDEN, post.getId(), viewer.getId());
            }
        }
        audit.record(viewer.getUsername(), decision == FlagDecision.HIDE_POST ? "discussion.flag.hidePost" : "discussion.flag.dismiss",
                "post:" + post.getId(), "flag " + flag.getId() + " (" + flag.getReason() + ") by "
                        + flag.getReporter().getUsername() + " in thread " + post.getThread().getId());
        return flag;
    }

    // --- threads ---

    /**
     * What the moderation page of a thread shows; moderators of its board only. The moderator who
     * just moved or escalated it to a board they do not moderate still sees the thread's state and
     * may undo that move (and nothing else), so their next page is no 403.
     */
    public ThreadModeration threadModeration(Account viewer, long threadId) {
        DiscussionThread thread = discussions.visibleThread(viewer, threadId);
        boolean moderator = discussions.access(viewer, thread.getBoard()).moderator();
        boolean undoable = mayUndo(viewer, thread, moderator);
        if (!moderator) {
            if (!undoable) {
                throw new ForbiddenException("moderators only: " + thread.getBoard().getSlug());
            }
            return ThreadModeration.undoOnly(thread, discussions.originVisible(viewer, thread));
        }
        List<Long> atria = network.visibleAtria(viewer).stream().map(AtriumView::getAtrium)
                .map(a -> a.getId()).toList();
        List<Board> boards = repository.boards(atria);
        List<Board> moveTargets = boards.stream().filter(b -> !b.getId().equals(thread.getBoard().getId())).toList();
        Board suggested = suggestedExpertBoard(thread, moveTargets);
        List<Board> experts = new ArrayList<>(moveTargets.stream().filter(Board::acceptsEscalations).toList());
        if (suggested != null) {
            // the suggestion first, the others A-Z as before
            experts.remove(suggested);
            experts.add(0, suggested);
        }
        return new ThreadModeration(thread, repository.posts(thread, MAX_POSTS), moveTargets, experts,
                discussions.originVisible(viewer, thread), suggested, undoable);
    }

    /**
     * Where a question of this thread's board is escalated first: the expert board of the province
     * of its Atrium (set on the Atrium, or the one province all its municipalities lie in); from a
     * provincial expert board, the Flemish one. None when nothing fits (a thematic Atrium across
     * provinces): then the moderator chooses.
     */
    Board suggestedExpertBoard(DiscussionThread thread, List<Board> candidates) {
        Board board = thread.getBoard();
        if (board.acceptsEscalations()) {
            return candidates.stream().filter(Board::isFlemishExpertBoard).findFirst().orElse(null);
        }
        Atrium atrium = board.getAtrium();
        if (atrium == null) {
            return null;
        }
        Organisation province = atrium.getProvince();
        if (province == null) {
            Set<Organisation> provinces = atrium.getMunicipalities().stream().map(Organisation::getProvince)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            province = provinces.size() == 1 ? provinces.iterator().next() : null;
        }
        if (province == null) {
            return null;
        }
        String nis = province.getNisCode();
        return candidates.stream().filter(b -> b.isExpertBoardOfProvince(nis)).findFirst().orElse(null);
    }

    /**
     * Whether the viewer may undo the thread's last move or escalation: while it is the last
     * moderation action, as the moderator who made it or as a moderator of the board it is on, and
     * only as a moderator of the board it goes back to.
     */
    private boolean mayUndo(Account viewer, DiscussionThread thread, boolean moderatorHere) {
        if (thread.getUndoBoard() == null || !(moderatorHere || thread.isUndoableBy(viewer))) {
            return false;
        }
        try {
            return discussions.access(viewer, thread.getUndoBoard()).moderator();
        } catch (NotFoundException e) {
            return false;
        }
    }

    public DiscussionThread lock(Account viewer, long threadId, boolean locked) {
        DiscussionThread thread = moderatedThread(viewer, threadId);
        thread.lock(locked);
        decided(viewer, thread, locked ? DiscussionChanges.THREAD_LOCKED : DiscussionChanges.THREAD_UNLOCKED, thread.getTitle());
        return thread;
    }

    public DiscussionThread pin(Account viewer, long threadId, boolean pinned) {
        DiscussionThread thread = moderatedThread(viewer, threadId);
        thread.pin(pinned);
        decided(viewer, thread, pinned ? DiscussionChanges.THREAD_PINNED : DiscussionChanges.THREAD_UNPINNED, thread.getTitle());
        return thread;
    }

    /** Moves a thread to another board the moderator may see. */
    public DiscussionThread move(Account viewer, long threadId, String targetBoardSlug) {
        return transfer(viewer, threadId, targetBoardSlug, false);
    }

    /**
     * Forwards a question to a provincial or Flemish expert board. The thread keeps its posts
     * and remembers the board it came from, so both boards can show where it came from.
     */
    public DiscussionThread escalate(Account viewer, long threadId, String expertBoardSlug) {
        return transfer(viewer, threadId, expertBoardSlug, true);
    }

    private DiscussionThread transfer(Account viewer, long threadId, String targetBoardSlug, boolean escalation) {
        DiscussionThread thread = moderatedThread(viewer, threadId);
        Board from = thread.getBoard();
        Board target = targetBoard(viewer, targetBoardSlug);
        thread.moveTo(target, escalation, em.find(Account.class, viewer.getId()));
        decided(viewer, thread, escalation ? DiscussionChanges.THREAD_ESCALATED : DiscussionChanges.THREAD_MOVED,
                from.getSlug() + " -> " + target.getSlug());
        return thread;
    }

    /**
     * Undoes the thread's last move or escalation while it is the last moderation action: back to
     * the board (and origin) it had, written to the audit log like the move itself.
     */
    public DiscussionThread undoTransfer(Account viewer, long threadId) {
        DiscussionThread thread = discussions.visibleThread(viewer, threadId);
        if (thread.getUndoBoard() == null) {
            throw new DomainException("thread.undo.nothing", null);
        }
        boolean moderatorHere = discussions.access(viewer, thread.getBoard()).moderator();
        if (!mayUndo(viewer, thread, moderatorHere)) {
            throw new ForbiddenException("may not undo the move of thread " + threadId);
        }
        TransferKind kind = thread.getUndoKind();
        Board left = thread.undoTransfer(viewer, moderatorHere);
        decided(viewer, thread, DiscussionChanges.THREAD_MOVE_UNDONE, "undo " + kind + ": " + left.getSlug() + " -> "
                + thread.getBoard().getSlug());
        return thread;
    }

    /**
     * The threads a moderator may merge this thread into, by title (any case, a part of it): open
     * questions and discussions on boards they moderate, never the thread itself or a merged one.
     */
    public List<DiscussionThread> mergeTargets(Account viewer, long threadId, String titlePart, int limit) {
        DiscussionThread thread = moderatedThread(viewer, threadId);
        if (titlePart == null || titlePart.isBlank()) {
            return List.of();
        }
        List<Board> moderated = new ArrayList<>();
        List<Long> atria = network.visibleAtria(viewer).stream().map(AtriumView::getAtrium)
                .map(a -> a.getId()).toList();
        for (Board board : repository.boards(atria)) {
            if (discussions.access(viewer, board).moderator()) {
                moderated.add(board);
            }
        }
        return repository.mergeTargets(moderated, thread, titlePart.strip(), Math.max(1, Math.min(limit, 20)));
    }

    /**
     * Merges a duplicate into another thread: all its posts move over (its opening post becomes
     * a reply), the target's counts and last activity follow, and the source is closed and
     * marked merged so its old address leads to the target. Needs moderator rights on both.
     */
    public DiscussionThread merge(Account viewer, long sourceId, long targetId) {
        DiscussionThread source = moderatedThread(viewer, sourceId);
        DiscussionThread target;
        try {
            target = discussions.visibleThread(viewer, targetId);
        } catch (NotFoundException e) {
            throw new DomainException("moderation.merge.targetUnknown", "target", String.valueOf(targetId));
        }
        requireModerator(discussions.access(viewer, target.getBoard()));
        lockInIdOrder(source, target);
        source.mergeInto(target);
        List<Post> posts = repository.allPosts(source);
        for (Post post : posts) {
            post.mergedInto(target);
        }
        target.absorbed(posts.size(), source.getLastActivityAt());
        decided(viewer, source, DiscussionChanges.THREAD_MERGED, "into thread " + target.getId() + " (" + posts.size() + " posts)");
        outbox.record(DiscussionChanges.THREAD_MERGED_IN, target.getId(), viewer.getId());
        return target;
    }

    // --- posts ---

    public Post hide(Account viewer, long postId) {
        Post post = moderatedPost(viewer, postId);
        if (!post.isHidden()) {
            post.hide(viewer.getUsername(), clock.instant());
            audit.record(viewer.getUsername(), "discussion.hide", "post:" + post.getId(),
                    "in thread " + post.getThread().getId());
            outbox.record(DiscussionChanges.POST_HIDDEN, post.getId(), viewer.getId());
        }
        return post;
    }

    public Post restore(Account viewer, long postId) {
        Post post = moderatedPost(viewer, postId);
        if (post.isHidden()) {
            post.restore();
            audit.record(viewer.getUsername(), "discussion.restore", "post:" + post.getId(),
                    "in thread " + post.getThread().getId());
            outbox.record(DiscussionChanges.POST_RESTORED, post.getId(), viewer.getId());
        }
        return post;
    }

    // --- rights ---

    /**
     * Locks the rows of both threads of a merge, the lower id first (as every writer that locks two
     * threads must), and reads them again: a reply counted into either meanwhile is then part of
     * what the merge moves and adds up, and no reply counts into them until the merge commits.
     */
    private void lockInIdOrder(DiscussionThread a, DiscussionThread b) {
        boolean aFirst = a.getId() < b.getId();
        em.refresh(aFirst ? a : b, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(aFirst ? b : a, LockModeType.PESSIMISTIC_WRITE);
    }

    private DiscussionThread moderatedThread(Account viewer, long threadId) {
        DiscussionThread thread = discussions.visibleThread(viewer, threadId);
        requireModerator(discussions.access(viewer, thread.getBoard()));
        return thread;
    }

    private Post moderatedPost(Account viewer, long postId) {
        Post post = discussions.visiblePost(viewer, postId);
        requireModerator(discussions.access(viewer, post.getThread().getBoard()));
        return post;
    }

    private static Board requireModerator(DiscussionService.BoardAccess access) {
        if (!access.moderator()) {
            throw new ForbiddenException("moderators only: " + access.board().getSlug());
        }
        return access.board();
    }

    /** A board the moderator may see; an unknown or hidden one is a wrong choice, not a 404. */
    private Board targetBoard(Account viewer, String slug) {
        if (slug == null || slug.isBlank()) {
            throw new DomainException("moderation.board.required", "board");
        }
        try {
            return discussions.board(viewer, slug).board();
        } catch (NotFoundException e) {
            throw new DomainException("moderation.board.unknown", "board", slug.strip());
        }
    }

    private void decided(Account viewer, DiscussionThread thread, ChangeType type, String detail) {
        audit.record(viewer.getUsername(), "discussion." + type.action(), "thread:" + thread.getId(), detail);
        outbox.record(type, thread.getId(), viewer.getId());
    }
}

package be.atrium.discussion.web;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.Excerpt;
import be.atrium.discussion.ModerationService;
import be.atrium.discussion.Post;
import be.atrium.discussion.ThreadModeration;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Moderate one thread ({@code /discussion/moderate-thread.xhtml?id=ID}): lock, pin, move,
 * escalate to an expert board, merge into another thread, hide and restore posts. Each action
 * is a POST that ends with a confirmation; the service checks the moderator's rights.
 */
@Named
@ViewScoped
public class ModerateThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModerationService moderation;

    @Inject
    DiscussionService discussions;

    private Long id;
    private String board;
    private String expertBoard;
    private String target;
    /** The thread left the boards this moderator moderates (moved away): nothing more to do here. */
    private boolean gone;
    private transient ThreadModeration detail;
    /** The escalation waits for the moderator's confirmation. */
    private boolean confirming;
    /** The board the thread was on when the page was loaded: where a moderator goes who may see nothing else. */
    private String previousBoard;

    /** Between a suggestion's title and its thread id (the picker's text stays readable). */
    static final String PICKED = " · #";

    public void load() {
        if (id == null) {
            throw new NotFoundException("thread");
        }
        detail = moderation.threadModeration(currentUser.get(), id);
        previousBoard = detail.getThread().getBoard().getSlug();
        if (expertBoard == null && detail.getSuggestedExpertBoard() != null) {
            expertBoard = detail.getSuggestedExpertBoard().getSlug();
        }
    }

    /** The name of the expert board chosen, for the confirmation question. */
    public String getExpertBoardName() {
        ThreadModeration d = getDetail();
        return d == null || expertBoard == null ? "" : d.getExpertBoards().stream()
                .filter(b -> b.getSlug().equals(expertBoard)).map(b -> b.getName()).findFirst().orElse(expertBoard);
    }

    public boolean isConfirming() {
        return confirming;
    }

    public ThreadModeration getDetail() {
        if (detail == null && !gone) {
            load();
        }
        return detail;
    }

    public String excerpt(Post post) {
        return Excerpt.of(post.getBody(), 240);
    }

    public void lock() {
        moderation.lock(currentUser.get(), id, true);
        done("moderation.locked");
    }

    public void unlock() {
        moderation.lock(currentUser.get(), id, false);
        done("moderation.unlocked");
    }

    public void pin() {
        moderation.pin(currentUser.get(), id, true);
        done("moderation.pinned");
    }

    public void unpin() {
        moderation.pin(currentUser.get(), id, false);
        done("moderation.unpinned");
    }

    /** Moves the thread; the next page is one the moderator may see (see {@link #afterTransfer}). */
    public void move() {
        try {
            DiscussionThread thread = moderation.move(currentUser.get(), id, board);
            board = null;
            afterTransfer(thread, "moderation.moved");
        } catch (DomainException e) {
            PageMessages.error(e.field().isPresent() ? "moveForm:board" : null, e);
        }
    }

    /** First step of an escalation: the moderator confirms the expert board chosen. */
    public void confirmEscalation() {
        if (expertBoard == null || expertBoard.isBlank()) {
            PageMessages.error("escalateForm:expertBoard", new DomainException("moderation.board.required", "board"));
            return;
        }
        confirming = true;
    }

    public void cancelEscalation() {
        confirming = false;
    }

    public void escalate() {
        try {
            DiscussionThread thread = moderation.escalate(currentUser.get(), id, expertBoard);
            expertBoard = null;
            confirming = false;
            afterTransfer(thread, "moderation.escalated");
        } catch (DomainException e) {
            confirming = false;
            // the service names the field "board"; on this page the expert board has its own select
            PageMessages.error(e.field().isPresent() ? "escalateForm:expertBoard" : null, e);
        }
    }

    /** Undoes the last move or escalation; back to this page (or the thread, when no longer moderated). */
    public void undo() {
        DiscussionThread thread = moderation.undoTransfer(currentUser.get(), id);
        afterTransfer(thread, "moderation.undone");
    }

    /**
     * After a move, an escalation or its undo the moderator lands on a page they may see: this page
     * while they moderate the thread or may still undo the move (it offers "Ongedaan maken"), else
     * the thread if they may read it, else the board it came from, each saying where it went.
     */
    private void afterTransfer(DiscussionThread thread, String key) {
        PageMessages.info(key, thread.getBoard().getName());
        String next;
        try {
            moderation.threadModeration(currentUser.get(), id);
            next = "/discussion/moderate-thread.xhtml?id=" + id;
        } catch (ForbiddenException | NotFoundException e) {
            next = readableThread() ? Redirects.thread(id, 1, null) : boardOf(previousBoard);
        }
        Redirects.to(next, null);
    }

    private boolean readableThread() {
        return discussions.visibleTitle(currentUser.get(), id).isPresent();
    }

    private static String boardOf(String slug) {
        return "/discussion/board.xhtml?board=" + slug;
    }

    /** Suggestions for the merge target: open threads the moderator moderates, by a part of the title. */
    public List<String> completeTarget(String typed) {
        return moderation.mergeTargets(currentUser.get(), id, typed, 10).stream()
                .map(t -> t.getTitle() + PICKED + t.getId()).toList();
    }

    public void merge() {
        Long into = pickedTarget(target);
        if (into == null) {
            PageMessages.error("mergeForm:target", new DomainException("moderation.merge.pickRequired", "target"));
            return;
        }
        try {
            DiscussionThread merged = moderation.merge(currentUser.get(), id, into);
            target = null;
            PageMessages.info("moderation.merged", merged.getTitle());
            Redirects.to(Redirects.thread(merged.getId(), 1, null), null);
        } catch (DomainException e) {
            PageMessages.error(e.field().isPresent() ? "mergeForm:target" : null, e);
        }
    }

    /**
     * The thread picked among the suggestions ("title · #12"), or whose whole title was typed, or
     * a number typed as before ("12", "#12").
     */
    private Long pickedTarget(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        int mark = typed.lastIndexOf(PICKED);
        String number = mark >= 0 ? typed.substring(mark + PICKED.length()) : typed.replaceFirst("^#", "");
        try {
            return Long.valueOf(number.strip());
        } catch (NumberFormatException e) {
            // not one of the suggestions: look the title up
        }
        return moderation.mergeTargets(currentUser.get(), id, typed, 10).stream()
                .filter(t -> t.getTitle().equalsIgnoreCase(typed)).map(DiscussionThread::getId).findFirst()
                .orElse(null);
    }

    public void hide(long postId) {
        moderation.hide(currentUser.get(), postId);
        done("moderation.hidden");
    }

    public void restore(long postId) {
        moderation.restore(currentUser.get(), postId);
        done("moderation.restored");
    }

    private void done(String key, Object... arguments) {
        PageMessages.info(key, arguments);
        try {
            load();
        } catch (ForbiddenException | NotFoundException e) {
            gone = true;
            detail = null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getBoard() {
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }

    public String getExpertBoard() {
        return expertBoard;
    }

    public void setExpertBoard(String expertBoard) {
        this.expertBoard = expertBoard;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public boolean isGone() {
        return gone;
    }
}

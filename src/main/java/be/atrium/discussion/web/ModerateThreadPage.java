package be.atrium.discussion.web;

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

    private Long id;
    private String board;
    private String expertBoard;
    private String target;
    /** The thread left the boards this moderator moderates (moved away): nothing more to do here. */
    private boolean gone;
    private transient ThreadModeration detail;

    public void load() {
        if (id == null) {
            throw new NotFoundException("thread");
        }
        detail = moderation.threadModeration(currentUser.get(), id);
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

    public void move() {
        DiscussionThread thread = moderation.move(currentUser.get(), id, board);
        board = null;
        done("moderation.moved", thread.getBoard().getName());
    }

    public void escalate() {
        try {
            DiscussionThread thread = moderation.escalate(currentUser.get(), id, expertBoard);
            expertBoard = null;
            done("moderation.escalated", thread.getBoard().getName());
        } catch (DomainException e) {
            // the service names the field "board"; on this page the expert board has its own select
            PageMessages.error(e.field().isPresent() ? "escalateForm:expertBoard" : null, e);
        }
    }

    public void merge() {
        long into;
        try {
            into = Long.parseLong(target == null ? "" : target.strip().replaceFirst("^#", ""));
        } catch (NumberFormatException e) {
            PageMessages.error("mergeForm:target", new DomainException("moderation.merge.targetRequired", "target"));
            return;
        }
        DiscussionThread merged = moderation.merge(currentUser.get(), id, into);
        target = null;
        done("moderation.merged", merged.getTitle());
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

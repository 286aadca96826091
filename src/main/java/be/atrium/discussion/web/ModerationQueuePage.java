package be.atrium.discussion.web;

import be.atrium.discussion.Excerpt;
import be.atrium.discussion.FlagDecision;
import be.atrium.discussion.ModerationQueue;
import be.atrium.discussion.ModerationService;
import be.atrium.discussion.PostFlag;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The moderation queue of a board ({@code /discussion/moderation.xhtml?atrium=SLUG} or
 * {@code ?board=SLUG}): open flags, oldest first; hide the post or dismiss the flag.
 */
@Named
@ViewScoped
public class ModerationQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModerationService moderation;

    private String atrium;
    private String board;
    private transient ModerationQueue queue;

    public void load() {
        if (atrium != null && !atrium.isBlank()) {
            queue = moderation.queueOfAtrium(currentUser.get(), atrium);
        } else if (board != null && !board.isBlank()) {
            queue = moderation.queue(currentUser.get(), board);
        } else {
            throw new NotFoundException("moderation queue without board");
        }
    }

    public ModerationQueue getQueue() {
        if (queue == null) {
            load();
        }
        return queue;
    }

    public String excerpt(PostFlag flag) {
        return Excerpt.of(flag.getPost().getBody(), 300);
    }

    public void hide(long flagId) {
        moderation.resolve(currentUser.get(), flagId, FlagDecision.HIDE_POST);
        PageMessages.info("moderation.queue.hidden");
        load();
    }

    public void dismiss(long flagId) {
        moderation.resolve(currentUser.get(), flagId, FlagDecision.DISMISS);
        PageMessages.info("moderation.queue.dismissed");
        load();
    }

    public int getPageSize() {
        return ModerationService.QUEUE_PAGE;
    }

    public String getAtrium() {
        return atrium;
    }

    public void setAtrium(String atrium) {
        this.atrium = atrium;
    }

    public String getBoard() {
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }
}

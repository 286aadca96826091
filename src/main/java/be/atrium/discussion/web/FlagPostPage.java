package be.atrium.discussion.web;

import be.atrium.discussion.Excerpt;
import be.atrium.discussion.FlagReason;
import be.atrium.discussion.FlagTarget;
import be.atrium.discussion.ModerationService;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Flag a post ({@code /discussion/flag.xhtml?post=ID}): a reason, an optional note, then back to the thread. */
@Named
@ViewScoped
public class FlagPostPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModerationService moderation;

    private Long post;
    private FlagReason reason;
    private String note;
    private boolean sent;
    private transient FlagTarget target;

    public void load() {
        if (post == null) {
            throw new be.atrium.platform.NotFoundException("post");
        }
        target = moderation.flagTarget(currentUser.get(), post);
    }

    public FlagTarget getTarget() {
        if (target == null) {
            load();
        }
        return target;
    }

    public String getExcerpt() {
        return Excerpt.of(getTarget().getPost().getBody(), 600);
    }

    public void submit() {
        moderation.flag(currentUser.get(), post, reason, note);
        sent = true;
        reason = null;
        note = null;
        PageMessages.info("flag.sent");
        load();
    }

    public FlagReason[] getReasons() {
        return FlagReason.values();
    }

    public Long getPost() {
        return post;
    }

    public void setPost(Long post) {
        this.post = post;
    }

    public FlagReason getReason() {
        return reason;
    }

    public void setReason(FlagReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isSent() {
        return sent;
    }
}

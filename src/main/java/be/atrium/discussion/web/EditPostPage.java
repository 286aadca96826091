package be.atrium.discussion.web;

import be.atrium.content.MarkdownRenderer;
import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.Post;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.ConflictException;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * An author edits their post (a right to mistakes: the old text stays in the history). The edit
 * is made against the revision the editor started from; when someone saved a newer one in the
 * meantime, both texts are shown side by side and the author merges them in the editor, then
 * saves against the newer revision.
 */
@Named
@ViewScoped
public class EditPostPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    DiscussionService discussions;

    @Inject
    MarkdownRenderer markdown;

    private long post;
    private long threadId;
    private String threadTitle;
    private boolean opening;
    private String body;
    private Integer baseRevision;
    private boolean conflict;
    private String theirs;
    private String yours;

    public void load() {
        Post p = discussions.postForEdit(currentUser.get(), post);
        threadId = p.getThread().getId();
        threadTitle = p.getThread().getTitle();
        opening = p.isOpening();
        if (!FacesContext.getCurrentInstance().isPostback()) {
            body = p.getBody();
            baseRevision = p.getRevisionCount();
        }
    }

    public void save() {
        try {
            discussions.edit(currentUser.get(), post, body, baseRevision);
        } catch (ConflictException e) {
            if (!"post.edit.conflict".equals(e.code())) {
                throw e;
            }
            Post current = discussions.postForEdit(currentUser.get(), post);
            theirs = current.getBody();
            yours = body;
            baseRevision = current.getRevisionCount();
            conflict = true;
            PageMessages.error("editForm:body", e);
            return;
        }
        PageMessages.info("discussion.edit.saved");
        Redirects.to(Redirects.thread(threadId, 1, post), getDraftKey());
    }

    public String getPreview() {
        return body == null || body.isBlank() ? "" : markdown.html(body);
    }

    /** One draft per post and starting revision: an older draft never silently replaces newer text. */
    public String getDraftKey() {
        return "atrium.draft.edit." + post;
    }

    public String getPostParam() {
        return String.valueOf(post);
    }

    public void setPostParam(String value) {
        this.post = PageParam.id(value);
    }

    public long getPost() {
        return post;
    }

    public long getThreadId() {
        return threadId;
    }

    public String getThreadTitle() {
        return threadTitle;
    }

    public boolean isOpening() {
        return opening;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Integer getBaseRevision() {
        return baseRevision;
    }

    public void setBaseRevision(Integer baseRevision) {
        this.baseRevision = baseRevision;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getTheirs() {
        return theirs;
    }

    public String getYours() {
        return yours;
    }
}

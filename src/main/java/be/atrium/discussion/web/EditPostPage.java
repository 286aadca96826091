package be.atrium.discussion.web;

import be.atrium.content.MarkdownRenderer;
import be.atrium.content.web.TagInput;
import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.Post;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.ConflictException;
import be.atrium.platform.web.FormErrors;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

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
    private boolean textEditable = true;
    private String boardSlug;
    private String title;
    private String tags;

    public void load() {
        Post p = discussions.postForEdit(currentUser.get(), post);
        threadId = p.getThread().getId();
        threadTitle = p.getThread().getTitle();
        opening = p.isOpening();
        boardSlug = p.getThread().getBoard().getSlug();
        textEditable = p.getAuthor().getId().equals(currentUser.get().getId());
        if (!FacesContext.getCurrentInstance().isPostback()) {
            body = p.getBody();
            baseRevision = p.getRevisionCount();
            title = p.getThread().getTitle();
            tags = String.join(", ", p.getThread().getTags());
        }
    }

    public void save() {
        List<String> chosen = opening ? TagInput.split(tags) : null;
        if (FormErrors.show(opening ? DiscussionThread.problems(false, null, title, body, chosen)
                : DiscussionThread.problemsOfText(body))) {
            return;
        }
        try {
            discussions.edit(currentUser.get(), post, body, opening ? title : null, chosen, baseRevision);
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

    /** The tag field completed with existing tags that start with the tag being typed (then that tag itself). */
    public List<String> completeTag(String typed) {
        return TagInput.suggestions(discussions.suggestTags(currentUser.get(), boardSlug, TagInput.current(typed), 12),
                typed);
    }

    public int getMaxTags() {
        return DiscussionThread.MAX_TAGS;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** False for a moderator who changes a question's title and tags: the text stays its author's. */
    public boolean isTextEditable() {
        return textEditable;
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

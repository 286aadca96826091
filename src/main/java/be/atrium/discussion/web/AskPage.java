package be.atrium.discussion.web;

import be.atrium.content.Attachments;
import be.atrium.content.MarkdownRenderer;
import be.atrium.content.web.PendingUploads;
import be.atrium.content.web.TagInput;
import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.PostFiles;
import be.atrium.discussion.ThreadKind;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.web.FormErrors;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Asking a question or starting a discussion on a board. The Markdown is previewed as it is
 * typed (rendered and sanitised exactly as it will be saved); a broken rule keeps the form as
 * typed, and the browser keeps a draft in case the session ends.
 */
@Named
@ViewScoped
public class AskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    DiscussionService discussions;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Attachments attachments;

    private String atrium;
    private String board;
    private String boardSlug;
    private String boardName;
    private ThreadKind kind = ThreadKind.QUESTION;
    private String title;
    private String body;
    private String tags;
    private boolean liveProcedure;
    private final PendingUploads pendingUploads = new PendingUploads(PostFiles.MAX_PER_POST);

    public void load() {
        DiscussionService.BoardAccess access = atrium != null && !atrium.isBlank()
                ? discussions.boardOfAtrium(currentUser.get(), atrium) : discussions.board(currentUser.get(), board);
        boardSlug = access.board().getSlug();
        boardName = access.board().getName();
    }

    public void submit() {
        List<String> chosen = TagInput.split(tags);
        if (FormErrors.show(DiscussionThread.problems(true, kind, title, body, chosen))) {
            return;
        }
        DiscussionThread thread = discussions.ask(currentUser.get(), boardSlug, kind, title, body, chosen,
                liveProcedure, pendingUploads.toAttach(attachments));
        pendingUploads.clear();
        PageMessages.info(kind == ThreadKind.QUESTION ? "discussion.ask.asked" : "discussion.ask.started");
        Redirects.to(Redirects.thread(thread.getId(), 1, null), getDraftKey());
    }

    /** One file of the upload field, held until the question is sent (may this person ask here at all, first). */
    public void upload(FileUploadEvent event) {
        pendingUploads.take(event, () -> discussions.requireMayAsk(currentUser.get(), boardSlug), attachments);
    }

    public void removeUpload(int id) {
        pendingUploads.remove(id);
    }

    public PendingUploads getPendingUploads() {
        return pendingUploads;
    }

    public long getMaxUploadBytes() {
        return attachments.maxBytes();
    }

    public long getMaxUploadMegabytes() {
        return attachments.maxMegabytes();
    }

    /** The tag field completed with existing tags that start with the tag being typed (then that tag itself). */
    public List<String> completeTag(String typed) {
        return TagInput.suggestions(discussions.suggestTags(currentUser.get(), boardSlug, TagInput.current(typed), 12),
                typed);
    }

    public int getMaxTags() {
        return DiscussionThread.MAX_TAGS;
    }

    static List<String> tagList(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return TagInput.split(typed);
    }

    /** The sanitised HTML of what is typed so far. */
    public String getPreview() {
        return body == null || body.isBlank() ? "" : markdown.html(body);
    }

    /** Where the browser keeps the draft: per page and board. */
    public String getDraftKey() {
        return "atrium.draft.ask." + boardSlug;
    }

    /** The query string of the board, for links back to it. */
    public String getBoardQuery() {
        return atrium != null && !atrium.isBlank() ? "atrium=" + atrium.strip() : "board=" + boardSlug;
    }

    public ThreadKind[] getKinds() {
        return ThreadKind.values();
    }

    public String getBoardName() {
        return boardName;
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

    public ThreadKind getKind() {
        return kind;
    }

    public void setKind(ThreadKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public boolean isLiveProcedure() {
        return liveProcedure;
    }

    public void setLiveProcedure(boolean liveProcedure) {
        this.liveProcedure = liveProcedure;
    }
}

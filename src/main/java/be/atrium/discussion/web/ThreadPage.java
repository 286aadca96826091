package be.atrium.discussion.web;

import be.atrium.content.AttachmentView;
import be.atrium.content.Attachments;
import be.atrium.content.FileSizes;
import be.atrium.content.MarkdownRenderer;
import be.atrium.content.web.PendingUploads;
import be.atrium.content.web.Uploads;
import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.Post;
import be.atrium.discussion.PostFiles;
import be.atrium.discussion.PostView;
import be.atrium.discussion.ThreadMovedException;
import be.atrium.discussion.ThreadView;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.web.Messages;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading a thread and taking part: the opening post, the accepted answer, then one page of
 * replies. Replying, accepting, marking helpful and withdrawing are POSTs followed by a redirect
 * to a plain address. A merged thread's old address leads to the thread it went into.
 */
@Named
@ViewScoped
public class ThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int PAGE_SIZE = 50;

    @Inject
    CurrentUser currentUser;

    @Inject
    DiscussionService discussions;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    PostFiles postFiles;

    @Inject
    Attachments attachmentService;

    private long id;
    private int page = 1;
    private Long quote;
    private transient ThreadView thread;
    private String body;
    private Long quotedPostId;
    private Long pendingWithdraw;
    private transient Map<Long, List<AttachmentView>> attachments;
    /** The file chosen under each own post, by post id (one form holds all posts). */
    private transient Map<Long, Part> uploads;
    /** Files chosen in the reply form, attached when the answer is sent. */
    private final PendingUploads pendingUploads = new PendingUploads(PostFiles.MAX_PER_POST);

    public void load() {
        try {
            thread = discussions.thread(currentUser.get(), id, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        } catch (ThreadMovedException moved) {
            Redirects.to(Redirects.thread(moved.target(), 1, null), null);
            return;
        }
        if (page > getPageCount()) {
            Redirects.to(Redirects.thread(id, getPageCount(), null), null);
            return;
        }
        loadAttachments();
        if (quote != null && (body == null || body.isBlank())) {
            thread.getPosts().stream().filter(p -> p.getPost().getId().equals(quote) && p.isTextVisible()).findFirst()
                    .ifPresent(p -> {
                        body = Quotes.quote(p.getPost().getAuthor().getUsername(), p.getPost().getBody());
                        quotedPostId = quote;
                    });
        }
    }

    public ThreadView getThread() {
        if (thread == null) {
            thread = discussions.thread(currentUser.get(), id, (page - 1) * PAGE_SIZE, PAGE_SIZE);
            attachments = null;
        }
        return thread;
    }

    /**
     * The files of the posts on this page, in one query for the whole page, and only of the
     * posts whose text this viewer may see (a withdrawn or hidden post shows a notice, no files).
     */
    private void loadAttachments() {
        List<Long> ids = getThread().getPosts().stream().filter(PostView::isTextVisible)
                .map(p -> p.getPost().getId()).toList();
        attachments = postFiles.ofPosts(ids);
    }

    /**
     * The attachments by post id. Loaded by {@link #load()}; after a postback (which skips the
     * view action and the transient state) once more for the whole page, never per post.
     */
    public Map<Long, List<AttachmentView>> getAttachments() {
        if (attachments == null) {
            loadAttachments();
        }
        return attachments;
    }

    /** A file size for people: "245 kB", "1,4 MB". */
    public String size(long bytes) {
        return FileSizes.human(bytes, Messages.pageLocale());
    }

    /** The upload limit in MB, for the hint beside the file field. */
    public long getMaxMegabytes() {
        return Math.max(1, postFiles.maxBytes() / (1024 * 1024));
    }

    /**
     * Attaches the uploaded file to one of the viewer's own posts, then back to that post with a
     * plain GET. A refused file (type, size, too many) is shown by the exception handler.
     */
    public void attach(long postId) {
        Part upload = getUploads().get(postId);
        try {
            Uploads.take(upload, null, (name, size, in) -> postFiles.attach(currentUser.get(), postId, name, size, in));
        } finally {
            uploads = null;
        }
        PageMessages.info("attachment.ui.added");
        Redirects.to(Redirects.thread(id, page, postId), null);
    }

    public Map<Long, Part> getUploads() {
        if (uploads == null) {
            uploads = new HashMap<>();
        }
        return uploads;
    }

    public int getPageCount() {
        long replies = getThread().getTotalReplies();
        return (int) Math.max(1, (replies + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Integer> getPageNumbers() {
        return PageParam.window(page, getPageCount());
    }

    /**
     * Where the viewer stopped reading: the first post on this page they have not seen yet, or
     * null when they have seen everything here (or never opened the thread).
     */
    public Long getFirstUnreadPostId() {
        Long lastRead = getThread().getLastReadPostId();
        if (lastRead == null) {
            return null;
        }
        return getThread().getPosts().stream().map(PostView::getPost)
                .filter(p -> !p.isOpening() && p.getId() > lastRead && !p.getAuthor().getId().equals(currentUser.get().getId()))
                .map(Post::getId).min(Long::compare).orElse(null);
    }

    /** True when the unread posts start on a later page than this one. */
    public boolean isUnreadOnLaterPage() {
        return getFirstUnreadPostId() == null && getThread().getLastReadPostId() != null && page < getPageCount()
                && getThread().getThread().getLastActivityAt() != null;
    }

    public void reply() {
        Post post = discussions.answer(currentUser.get(), id, body, quotedPostId,
                pendingUploads.toAttach(attachmentService));
        pendingUploads.clear();
        int last = (int) Math.max(1, (post.getThread().getReplyCount() + PAGE_SIZE - 1) / PAGE_SIZE);
        PageMessages.info("discussion.reply.posted");
        Redirects.to(Redirects.thread(id, last, post.getId()), getDraftKey());
    }

    /** One file of the reply form's upload, held until the answer is sent (may this person answer here, first). */
    public void upload(FileUploadEvent event) {
        pendingUploads.take(event, () -> discussions.requireMayAnswer(currentUser.get(), id), attachmentService);
    }

    public void removeUpload(int fileId) {
        pendingUploads.remove(fileId);
    }

    public PendingUploads getPendingUploads() {
        return pendingUploads;
    }

    public long getMaxUploadBytes() {
        return attachmentService.maxBytes();
    }

    public long getMaxUploadMegabytes() {
        return attachmentService.maxMegabytes();
    }

    public void accept(long postId) {
        discussions.accept(currentUser.get(), postId);
        PageMessages.info("discussion.accept.done");
        Redirects.to(Redirects.thread(id, page, postId), null);
    }

    public void helpful(long postId) {
        discussions.markHelpful(currentUser.get(), postId);
        PageMessages.info("discussion.helpful.done");
        Redirects.to(Redirects.thread(id, page, postId), null);
    }

    public void askWithdraw(long postId) {
        pendingWithdraw = postId;
    }

    public void cancelWithdraw() {
        pendingWithdraw = null;
    }

    public void confirmWithdraw() {
        if (pendingWithdraw == null) {
            return;
        }
        long postId = pendingWithdraw;
        discussions.withdraw(currentUser.get(), postId);
        pendingWithdraw = null;
        PageMessages.info("discussion.withdraw.done");
        Redirects.to(Redirects.thread(id, page, postId), null);
    }

    public String getPreview() {
        return body == null || body.isBlank() ? "" : markdown.html(body);
    }

    public String getDraftKey() {
        return "atrium.draft.reply." + id;
    }

    /** The draft that was just saved (after a redirect), so the browser forgets it. */
    public String getSavedDraftKey() {
        Object key = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(Redirects.CLEAR_DRAFT);
        return key == null ? null : key.toString();
    }

    public long getId() {
        return id;
    }

    public String getIdParam() {
        return String.valueOf(id);
    }

    public void setIdParam(String value) {
        this.id = PageParam.id(value);
    }

    public int getPage() {
        return page;
    }

    public String getPageParam() {
        return page > 1 ? String.valueOf(page) : null;
    }

    public void setPageParam(String value) {
        this.page = PageParam.parse(value);
    }

    public Long getQuote() {
        return quote;
    }

    public String getQuoteParam() {
        return quote == null ? null : quote.toString();
    }

    public void setQuoteParam(String value) {
        long parsed = PageParam.id(value);
        this.quote = parsed > 0 ? parsed : null;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getQuotedPostId() {
        return quotedPostId;
    }

    public void setQuotedPostId(Long quotedPostId) {
        this.quotedPostId = quotedPostId;
    }

    public Long getPendingWithdraw() {
        return pendingWithdraw;
    }
}

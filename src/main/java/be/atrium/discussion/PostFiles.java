package be.atrium.discussion;

import be.atrium.content.AttachmentGuard;
import be.atrium.content.AttachmentOwner;
import be.atrium.content.AttachmentView;
import be.atrium.content.Attachments;
import be.atrium.identity.Account;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Files attached to posts: the discussion's rules on top of the shared {@link Attachments}. Only
 * a post's author attaches, to a post that is not withdrawn, at most {@value #MAX_PER_POST}
 * files. Whoever may read the post's board may download its files; the files of a withdrawn or
 * hidden post only its author and the board's moderators. The bytes arrive outside any database
 * transaction; the row is written after they are safely stored.
 */
@ApplicationScoped
public class PostFiles implements AttachmentGuard {

    public static final int MAX_PER_POST = 20;

    @Inject
    DiscussionRepository repository;

    @Inject
    DiscussionService discussions;

    @Inject
    Attachments attachments;

    public long maxBytes() {
        return attachments.maxBytes();
    }

    /**
     * Stores an upload and attaches it to a post (see {@link Attachments#upload}).
     * {@code declaredLength} (the Content-Length, if known) lets a too-large upload be refused
     * before a byte is read.
     */
    public AttachmentView attach(Account viewer, long postId, String filename, Long declaredLength, InputStream in) {
        return attachments.upload(viewer, AttachmentOwner.post(postId), filename, declaredLength, in);
    }

    /** Only a post's author attaches, to a post that is not withdrawn. */
    @Override
    @Transactional
    public void requireMayAttach(Account viewer, long postId) {
        Post post = readable(viewer, postId).post();
        if (!post.getAuthor().getId().equals(viewer.getId())) {
            throw new ForbiddenException("only the author attaches files to a post");
        }
        if (post.isWithdrawn()) {
            throw new DomainException("post.withdrawn", null);
        }
    }

    /** A post's files stay with the post (withdrawing the post hides them). */
    @Override
    public void requireMayDetach(Account viewer, long postId) {
        throw new ForbiddenException("files of a post are not removed one by one");
    }

    @Override
    public int maxFiles() {
        return MAX_PER_POST;
    }

    @Override
    public String tooManyCode() {
        return "attachment.tooMany";
    }

    /** The attachments of a post the viewer may read, oldest first. */
    @Transactional
    public List<AttachmentView> ofPost(Account viewer, long postId) {
        if (!mayReadFiles(viewer, postId)) {
            return List.of();
        }
        return attachments.of(AttachmentOwner.post(postId));
    }

    /**
     * The attachments of many posts in one query, by post id. For pages that have already
     * loaded these posts for the viewer (so the viewer may read them): no check here.
     */
    @Transactional
    public Map<Long, List<AttachmentView>> ofPosts(Collection<Long> postIds) {
        return attachments.of(AttachmentOwner.Kind.POST, postIds);
    }

    @Override
    public AttachmentOwner.Kind kind() {
        return AttachmentOwner.Kind.POST;
    }

    /** The post's files follow the post: its board's visibility, and withdrawn or hidden posts only for author and moderators. */
    @Override
    @Transactional
    public boolean mayReadFiles(Account viewer, long postId) {
        return readable(viewer, postId).mayReadFiles(viewer);
    }

    private record Readable(Post post, boolean moderator) {
        boolean mayReadFiles(Account viewer) {
            boolean gone = post.isWithdrawn() || post.isHidden();
            return !gone || moderator || post.getAuthor().getId().equals(viewer.getId());
        }
    }

    /** The post if the viewer may see its board (same rule as reading the thread). */
    private Readable readable(Account viewer, long postId) {
        Post post = repository.post(postId).orElseThrow(() -> new NotFoundException("post " + postId));
        boolean moderator = discussions.board(viewer, post.getThread().getBoard().getSlug()).moderator();
        return new Readable(post, moderator);
    }
}

package be.atrium.discussion;

import be.atrium.identity.Account;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.PayloadTooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Files attached to posts. Only a post's author attaches, to a post that is not withdrawn, up to
 * a size limit ({@code atrium.attachments.max-bytes}, 10 MB by default) and only types on the
 * allow-list of {@link FileTypes}, detected from the bytes. Whoever may read the post's board
 * may download its files; the files of a withdrawn or hidden post only its author and the
 * board's moderators. The bytes arrive outside any database transaction; the row is written
 * after they are safely stored.
 */
@ApplicationScoped
public class AttachmentService {

    public static final int MAX_PER_POST = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    DiscussionRepository repository;

    @Inject
    DiscussionService discussions;

    @Inject
    AttachmentStore store;

    /** This bean through its proxy, so that the short transactions below apply to calls from {@link #attach}. */
    @Inject
    AttachmentService self;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "atrium.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /** A file to send: what it is and where its bytes are. */
    public record Download(AttachmentView attachment, Path file) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores an upload and attaches it to a post. {@code declaredLength} (the Content-Length,
     * if known) lets a too-large upload be refused before a byte is read.
     */
    public AttachmentView attach(Account viewer, long postId, String filename, Long declaredLength, InputStream in) {
        String name = Attachment.cleanFilename(filename);
        self.requireAttachable(viewer, postId);
        if (declaredLength != null && declaredLength > maxBytes) {
            throw new PayloadTooLargeException("attachment.tooLarge", "file", AttachmentStore.megabytes(maxBytes));
        }
        AttachmentStore.Stored stored = store.save(in, maxBytes);
        return self.record(viewer, postId, FileTypes.nameFor(name, stored.mediaType()), stored);
    }

    @Transactional
    public Post requireAttachable(Account viewer, long postId) {
        Post post = readable(viewer, postId).post();
        if (!post.getAuthor().getId().equals(viewer.getId())) {
            throw new ForbiddenException("only the author attaches files to a post");
        }
        if (post.isWithdrawn()) {
            throw new DomainException("post.withdrawn", null);
        }
        if (count(post) >= MAX_PER_POST) {
            throw new DomainException("attachment.tooMany", "file", MAX_PER_POST);
        }
        return post;
    }

    @Transactional
    public AttachmentView record(Account viewer, long postId, String filename, AttachmentStore.Stored stored) {
        Post post = requireAttachable(viewer, postId); // again: the post may have changed while the bytes arrived
        Account uploader = em.find(Account.class, viewer.getId());
        Attachment attachment = new Attachment(post, filename, stored.mediaType(), stored.size(), stored.key(),
                stored.sha256(), uploader, clock.instant());
        em.persist(attachment);
        em.flush();
        return AttachmentView.of(attachment, post.getId());
    }

    /** The attachments of a post the viewer may read, oldest first. */
    @Transactional
    public List<AttachmentView> ofPost(Account viewer, long postId) {
        Readable readable = readable(viewer, postId);
        if (!readable.mayReadFiles(viewer)) {
            return List.of();
        }
        return ofPosts(List.of(postId)).getOrDefault(postId, List.of());
    }

    /**
     * The attachments of many posts in one query, by post id. For pages that have already
     * loaded these posts for the viewer (so the viewer may read them): no check here.
     */
    @Transactional
    public Map<Long, List<AttachmentView>> ofPosts(Collection<Long> postIds) {
        Map<Long, List<AttachmentView>> byPost = new HashMap<>();
        if (postIds.isEmpty()) {
            return byPost;
        }
        List<Object[]> rows = em.createQuery("SELECT a.id, a.post.id, a.filename, a.mediaType, a.sizeBytes "
                + "FROM Attachment a WHERE a.post.id IN :ids ORDER BY a.id", Object[].class)
                .setParameter("ids", new ArrayList<>(postIds)).getResultList();
        for (Object[] r : rows) {
            long postId = ((Number) r[1]).longValue();
            String type = (String) r[3];
            byPost.computeIfAbsent(postId, k -> new ArrayList<>()).add(new AttachmentView(((Number) r[0]).longValue(),
                    postId, (String) r[2], type, ((Number) r[4]).longValue(), FileTypes.isImage(type)));
        }
        return byPost;
    }

    /** A file for download, if the viewer may read its post (404 otherwise, as for the post). */
    @Transactional
    public Download open(Account viewer, long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFoundException("attachment " + attachmentId);
        }
        long postId = attachment.getPost().getId();
        if (!readable(viewer, postId).mayReadFiles(viewer)) {
            throw new NotFoundException("attachment " + attachmentId);
        }
        return new Download(AttachmentView.of(attachment, postId), store.file(attachment.getStorageKey()));
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

    private long count(Post post) {
        return em.createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.post = :post", Long.class)
                .setParameter("post", post).getSingleResult();
    }
}

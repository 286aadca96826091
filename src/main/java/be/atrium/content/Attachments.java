package be.atrium.content;

import be.atrium.identity.Account;
import be.atrium.platform.DomainException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.PayloadTooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
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
 * What every kind of content shares about files: receiving an upload (size limit
 * {@code atrium.attachments.max-bytes}, 10 MB by default, and the allow-list of
 * {@link FileTypes}, detected from the bytes), recording it for its owner, listing the files of
 * many owners in one query and handing out a download only when the {@link AttachmentGuard} of
 * the owner's kind says the viewer may read it. Who may attach is the owner's capability's rule:
 * it checks before {@link #receive} (outside any transaction, while the bytes arrive) and again
 * in the transaction that calls {@link #attach}.
 */
@ApplicationScoped
public class Attachments {

    @PersistenceContext
    EntityManager em;

    @Inject
    AttachmentStore store;

    @Inject
    @Any
    Instance<AttachmentGuard> guards;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "atrium.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /** A file to send: what it is and where its bytes are. */
    public record Download(AttachmentView attachment, Path file) {
    }

    /** An upload whose bytes are stored and checked, not yet attached to anything. */
    public record Received(String filename, AttachmentStore.Stored stored) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The upload limit in whole megabytes, for hints beside file fields. */
    public long maxMegabytes() {
        return AttachmentStore.megabytes(maxBytes);
    }

    /**
     * Stores the bytes of an upload. {@code declaredLength} (the Content-Length, if known) lets a
     * too-large upload be refused before a byte is read. Call outside any transaction.
     */
    public Received receive(String filename, Long declaredLength, InputStream in) {
        String name = Attachment.cleanFilename(filename);
        if (declaredLength != null && declaredLength > maxBytes) {
            throw new PayloadTooLargeException("attachment.tooLarge", "file", AttachmentStore.megabytes(maxBytes));
        }
        AttachmentStore.Stored stored = store.save(in, maxBytes);
        return new Received(FileTypes.nameFor(name, stored.mediaType()), stored);
    }

    /** Refuses one more file when the owner already has {@code max} (message {@code code}, argument max). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireRoom(AttachmentOwner owner, int max, String code) {
        if (count(owner) >= max) {
            throw new DomainException(code, "file", max);
        }
    }

    /** Records a received file for its owner, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AttachmentView attach(AttachmentOwner owner, Received received, Account uploader) {
        AttachmentStore.Stored stored = received.stored();
        Attachment attachment = new Attachment(owner, received.filename(), stored.mediaType(), stored.size(),
                stored.key(), stored.sha256(), em.find(Account.class, uploader.getId()), clock.instant());
        em.persist(attachment);
        em.flush();
        return AttachmentView.of(attachment);
    }

    /**
     * Removes one file from its owner (the bytes stay: the same content may be attached
     * elsewhere). Not found when the file does not belong to this owner.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AttachmentView detach(AttachmentOwner owner, long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || !attachment.getOwner().equals(owner)) {
            throw new NotFoundException("attachment " + attachmentId);
        }
        AttachmentView view = AttachmentView.of(attachment);
        em.remove(attachment);
        return view;
    }

    /** Removes every file of an owner that is being deleted (the bytes stay, as for {@link #detach}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int detachAll(AttachmentOwner owner) {
        return em.createQuery("DELETE FROM Attachment a WHERE a." + owner.kind().attribute() + " = :id")
                .setParameter("id", owner.id()).executeUpdate();
    }

    @Transactional
    public long count(AttachmentOwner owner) {
        return em.createQuery("SELECT COUNT(a) FROM Attachment a WHERE a." + owner.kind().attribute() + " = :id",
                Long.class).setParameter("id", owner.id()).getSingleResult();
    }

    /**
     * The files of many owners of one kind, oldest first, in one query, by owner id. For callers
     * that have already checked that the viewer may read these owners: no check here.
     */
    @Transactional
    public Map<Long, List<AttachmentView>> of(AttachmentOwner.Kind kind, Collection<Long> ownerIds) {
        Map<Long, List<AttachmentView>> byOwner = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return byOwner;
        }
        String owner = "a." + kind.attribute();
        List<Object[]> rows = em.createQuery("SELECT a.id, " + owner + ", a.filename, a.mediaType, a.sizeBytes "
                        + "FROM Attachment a WHERE " + owner + " IN :ids ORDER BY a.id", Object[].class)
                .setParameter("ids", new ArrayList<>(ownerIds)).getResultList();
        for (Object[] r : rows) {
            long ownerId = ((Number) r[1]).longValue();
            String type = (String) r[3];
            byOwner.computeIfAbsent(ownerId, k -> new ArrayList<>()).add(new AttachmentView(((Number) r[0]).longValue(),
                    new AttachmentOwner(kind, ownerId), (String) r[2], type, ((Number) r[4]).longValue(),
                    FileTypes.isImage(type)));
        }
        return byOwner;
    }

    /** The files of one owner, oldest first (no check: see {@link #of}). */
    @Transactional
    public List<AttachmentView> of(AttachmentOwner owner) {
        return of(owner.kind(), List.of(owner.id())).getOrDefault(owner.id(), List.of());
    }

    /** A file for download, if the viewer may read its owner's files (404 otherwise, as for the owner). */
    @Transactional
    public Download open(Account viewer, long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFoundException("attachment " + attachmentId);
        }
        AttachmentOwner owner = attachment.getOwner();
        if (!guard(owner.kind()).mayReadFiles(viewer, owner.id())) {
            throw new NotFoundException("attachment " + attachmentId);
        }
        return new Download(AttachmentView.of(attachment), store.file(attachment.getStorageKey()));
    }

    private AttachmentGuard guard(AttachmentOwner.Kind kind) {
        for (AttachmentGuard guard : guards) {
            if (guard.kind() == kind) {
                return guard;
            }
        }
        throw new IllegalStateException("no attachment guard for " + kind);
    }
}

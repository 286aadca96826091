package be.atrium.content;

import be.atrium.identity.Account;
import be.atrium.platform.DomainException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.PayloadTooLargeException;
import be.atrium.platform.outbox.Outbox;
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
 * The one flow for files of every kind of content ({@link #upload}): the owner's
 * {@link AttachmentGuard} checks who may attach (in a short transaction), the bytes are stored
 * outside any transaction (size limit {@code atrium.attachments.max-bytes}, 10 MB by default, and
 * the allow-list of {@link FileTypes}, detected from the content), then one transaction checks
 * again, records the file and its outbox change. Bytes whose row never committed are removed
 * by {@link AttachmentSweep}. Also: listing the files of many owners in one query, and a download
 * only when the owner's guard says the viewer may read it.
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
    Outbox outbox;

    @Inject
    FileTexts fileTexts;

    /** This bean through its proxy, so that the short transactions of {@link #upload} apply. */
    @Inject
    Attachments self;

    @Inject
    @ConfigProperty(name = "atrium.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /** A file to send: what it is and where its bytes are. */
    public record Download(AttachmentView attachment, Path file) {
    }

    /** An upload whose bytes are stored and checked, not yet attached to anything. */
    public record Received(String filename, AttachmentStore.Stored stored) implements java.io.Serializable {
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The upload limit in whole megabytes, for hints beside file fields. */
    public long maxMegabytes() {
        return AttachmentStore.megabytes(maxBytes);
    }

    /**
     * Adds a file to its owner: checks, stores the bytes outside any transaction, checks again
     * (the owner may have changed while the bytes arrived) and records it with its outbox change.
     * {@code declaredLength} (the Content-Length, if known) lets a too-large upload be refused
     * before a byte is read.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AttachmentView upload(Account viewer, AttachmentOwner owner, String filename, Long declaredLength,
                                 InputStream in) {
        self.requireAttachable(viewer, owner);
        Received received = receive(filename, declaredLength, in);
        return self.record(viewer, owner, received);
    }

    /** Whether the viewer may add a file now (throws the reason otherwise). */
    @Transactional
    public void requireAttachable(Account viewer, AttachmentOwner owner) {
        AttachmentGuard guard = guard(owner.kind());
        guard.requireMayAttach(viewer, owner.id());
        requireRoom(owner, guard.maxFiles(), guard.tooManyCode());
    }

    /** Records stored bytes for their owner, after checking again; with the owner's outbox change. */
    @Transactional
    public AttachmentView record(Account viewer, AttachmentOwner owner, Received received) {
        requireAttachable(viewer, owner);
        AttachmentView view = attach(owner, received, viewer);
        outbox.record(owner.kind().attached(), owner.id(), viewer.getId());
        return view;
    }

    /** Removes a file from its owner, if the owner's guard lets the viewer; with the owner's outbox change. */
    @Transactional
    public AttachmentView remove(Account viewer, AttachmentOwner owner, long attachmentId) {
        guard(owner.kind()).requireMayDetach(viewer, owner.id());
        AttachmentView removed = detach(owner, attachmentId);
        outbox.record(owner.kind().detached(), owner.id(), viewer.getId());
        return removed;
    }

    /**
     * Stores the bytes of an upload. {@code declaredLength} (the Content-Length, if known) lets a
     * too-large upload be refused before a byte is read. Call outside any transaction.
     */
    public Received receive(String filename, Long declaredLength, InputStream in) {
        return receive(filename, declaredLength, in, maxBytes);
    }

    /**
     * An upload received earlier (held by a form until its post is saved) whose bytes are still
     * stored: touched, so the sweep's grace period starts again. False when the sweep took them.
     */
    public boolean keep(Received received) {
        return store.touch(received.stored().key());
    }

    /**
     * As {@link #receive(String, Long, InputStream)} with another size limit (the document library
     * has its own): the name cleaned, the bytes stored, the type detected from the content and the
     * name checked against it. Call outside any transaction.
     */
    public Received receive(String filename, Long declaredLength, InputStream in, long maxBytes) {
        String name = Attachment.cleanFilename(filename);
        if (declaredLength != null && declaredLength > maxBytes) {
            throw new PayloadTooLargeException("attachment.tooLarge", "file", AttachmentStore.megabytes(maxBytes));
        }
        AttachmentStore.Stored stored = store.save(in, maxBytes);
        return new Received(FileTypes.nameFor(name, stored.mediaType()), stored);
    }

    /** Refuses one more file when the owner already has {@code max} (message {@code code}, argument max). */
    @Transactional(Transactional.TxType.MANDATORY)
    void requireRoom(AttachmentOwner owner, int max, String code) {
        if (count(owner) >= max) {
            throw new DomainException(code, "file", max);
        }
    }

    /** Records a received file for its owner, in the caller's transaction (after its guard agreed). */
    @Transactional(Transactional.TxType.MANDATORY)
    AttachmentView attach(AttachmentOwner owner, Received received, Account uploader) {
        AttachmentStore.Stored stored = received.stored();
        Attachment attachment = new Attachment(owner, received.filename(), stored.mediaType(), stored.size(),
                stored.key(), stored.sha256(), em.find(Account.class, uploader.getId()), clock.instant());
        em.persist(attachment);
        em.flush();
        fileTexts.require(stored);
        return AttachmentView.of(attachment);
    }

    /**
     * Removes one file from its owner (the bytes stay: the same content may be attached
     * elsewhere). Not found when the file does not belong to this owner.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    AttachmentView detach(AttachmentOwner owner, long attachmentId) {
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
        try {
            // the bytes still are what was uploaded (a damaged file is never handed out as the upload)
            return new Download(AttachmentView.of(attachment),
                    store.verified(attachment.getStorageKey(), attachment.getSha256()));
        } catch (AttachmentStore.StoredFileDamagedException e) {
            throw new NotFoundException("attachment " + attachmentId + " file: " + e.getMessage());
        }
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

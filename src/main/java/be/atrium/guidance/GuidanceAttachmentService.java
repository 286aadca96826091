package be.atrium.guidance;

import be.atrium.content.AttachmentGuard;
import be.atrium.content.AttachmentOwner;
import be.atrium.content.AttachmentView;
import be.atrium.content.Attachments;
import be.atrium.identity.Account;
import be.atrium.platform.DomainException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.util.List;

/**
 * Files attached to guidance (annexes, forms, maps), on top of the shared {@link Attachments}.
 * Whoever may read the guidance downloads its files (404 for others, as for the guidance); the
 * publishers of its organisation (and administrators) add and remove them, to a draft or to
 * published guidance, not any more once it is superseded or withdrawn.
 */
@ApplicationScoped
@Transactional
public class GuidanceAttachmentService implements AttachmentGuard {

    public static final int MAX_PER_GUIDANCE = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    GuidanceRepository guidance;

    @Inject
    Attachments attachments;

    @Inject
    Outbox outbox;

    /** This bean through its proxy, so that the short transactions of an upload apply. */
    @Inject
    GuidanceAttachmentService self;

    /** Stores an upload and attaches it; the bytes arrive outside any transaction. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AttachmentView attach(Account viewer, long guidanceId, String filename, Long declaredLength, InputStream in) {
        self.requireAttachable(viewer, guidanceId);
        Attachments.Received received = attachments.receive(filename, declaredLength, in);
        return self.record(viewer, guidanceId, received);
    }

    public Guidance requireAttachable(Account viewer, long guidanceId) {
        Guidance g = readable(viewer, guidanceId);
        g.requireManagedBy(viewer);
        if (g.getStatus() == GuidanceStatus.SUPERSEDED || g.getStatus() == GuidanceStatus.WITHDRAWN) {
            throw new DomainException("guidance.attachment.closed", "upload");
        }
        attachments.requireRoom(AttachmentOwner.guidance(guidanceId), MAX_PER_GUIDANCE, "guidance.attachment.tooMany");
        return g;
    }

    public AttachmentView record(Account viewer, long guidanceId, Attachments.Received received) {
        requireAttachable(viewer, guidanceId); // again: the guidance may have changed while the bytes arrived
        AttachmentView view = attachments.attach(AttachmentOwner.guidance(guidanceId), received, viewer);
        outbox.record("guidance", guidanceId, "attached");
        return view;
    }

    public AttachmentView detach(Account viewer, long guidanceId, long attachmentId) {
        Guidance g = readable(viewer, guidanceId);
        g.requireManagedBy(viewer);
        AttachmentView removed = attachments.detach(AttachmentOwner.guidance(guidanceId), attachmentId);
        outbox.record("guidance", guidanceId, "detached");
        return removed;
    }

    /** The files of guidance the viewer may read, oldest first. */
    public List<AttachmentView> files(Account viewer, long guidanceId) {
        readable(viewer, guidanceId);
        return attachments.of(AttachmentOwner.guidance(guidanceId));
    }

    /** Whether the viewer may add files now (without failing). */
    public boolean mayAttach(Account viewer, long guidanceId) {
        Guidance g = readable(viewer, guidanceId);
        return g.isManagedBy(viewer) && g.getStatus() != GuidanceStatus.SUPERSEDED
                && g.getStatus() != GuidanceStatus.WITHDRAWN;
    }

    /** Whether the viewer may remove files (the guidance's managers). */
    public boolean mayManage(Account viewer, long guidanceId) {
        return readable(viewer, guidanceId).isManagedBy(viewer);
    }

    public long maxMegabytes() {
        return attachments.maxMegabytes();
    }

    @Override
    public AttachmentOwner.Kind kind() {
        return AttachmentOwner.Kind.GUIDANCE;
    }

    /** The files of guidance are read by whoever may read the guidance. */
    @Override
    public boolean mayReadFiles(Account viewer, long guidanceId) {
        readable(viewer, guidanceId);
        return true;
    }

    private Guidance readable(Account viewer, long guidanceId) {
        return guidance.find(guidanceId).filter(g -> g.isVisibleTo(viewer, guidance.atriumIdsOf(viewer)))
                .orElseThrow(() -> new NotFoundException("guidance " + guidanceId));
    }
}

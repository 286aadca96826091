package be.atrium.guidance;

import be.atrium.content.AttachmentGuard;
import be.atrium.content.AttachmentOwner;
import be.atrium.content.AttachmentView;
import be.atrium.content.Attachments;
import be.atrium.identity.Account;
import be.atrium.network.Reaches;
import be.atrium.platform.DomainException;
import be.atrium.platform.NotFoundException;
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
public class GuidanceFiles implements AttachmentGuard {

    public static final int MAX_PER_GUIDANCE = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    GuidanceRepository guidance;

    @Inject
    Attachments attachments;

    @Inject
    Reaches reaches;

    /** Stores an upload and attaches it (see {@link Attachments#upload}). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AttachmentView attach(Account viewer, long guidanceId, String filename, Long declaredLength, InputStream in) {
        return attachments.upload(viewer, AttachmentOwner.guidance(guidanceId), filename, declaredLength, in);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AttachmentView detach(Account viewer, long guidanceId, long attachmentId) {
        return attachments.remove(viewer, AttachmentOwner.guidance(guidanceId), attachmentId);
    }

    /**
     * The publishers of its organisation (and administrators) add files to a draft or to
     * published guidance, not any more once it is superseded or withdrawn.
     */
    @Override
    public void requireMayAttach(Account viewer, long guidanceId) {
        Guidance g = readable(viewer, guidanceId);
        g.requireManagedBy(viewer);
        if (g.getStatus() == GuidanceStatus.SUPERSEDED || g.getStatus() == GuidanceStatus.WITHDRAWN) {
            throw new DomainException("guidance.attachment.closed", "upload");
        }
    }

    @Override
    public void requireMayDetach(Account viewer, long guidanceId) {
        readable(viewer, guidanceId).requireManagedBy(viewer);
    }

    @Override
    public int maxFiles() {
        return MAX_PER_GUIDANCE;
    }

    @Override
    public String tooManyCode() {
        return "guidance.attachment.tooMany";
    }

    /** The files of guidance the viewer may read, oldest first. */
    public List<AttachmentView> files(Account viewer, long guidanceId) {
        readable(viewer, guidanceId);
        return attachments.of(AttachmentOwner.guidance(guidanceId));
    }

    /** The files of a piece of guidance and what the viewer may do with them, for its page. */
    public record Shelf(List<AttachmentView> files, boolean mayAttach, boolean mayManage) {
    }

    /** What the guidance page shows of its files, with one read of the guidance (404 as the guidance). */
    public Shelf shelf(Account viewer, long guidanceId) {
        Guidance g = readable(viewer, guidanceId);
        boolean manages = g.isManagedBy(viewer);
        boolean open = g.getStatus() != GuidanceStatus.SUPERSEDED && g.getStatus() != GuidanceStatus.WITHDRAWN;
        return new Shelf(attachments.of(AttachmentOwner.guidance(guidanceId)), manages && open, manages);
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
        return guidance.find(guidanceId).filter(g -> g.isVisibleTo(viewer, reaches.of(viewer).memberAtria()))
                .orElseThrow(() -> new NotFoundException("guidance " + guidanceId));
    }
}

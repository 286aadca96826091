package be.atrium.practice;

import be.atrium.content.AttachmentGuard;
import be.atrium.content.AttachmentOwner;
import be.atrium.content.AttachmentView;
import be.atrium.content.Attachments;
import be.atrium.identity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.util.List;

/**
 * Files attached to practice cases (plans, photos, reports), on the shared attachment flow of
 * {@link Attachments}: whoever may read a case downloads its files (404 for others, as the case);
 * its editors add and remove them, at most {@value #MAX_ATTACHMENTS} per case.
 */
@ApplicationScoped
@Transactional
public class PracticeFiles implements AttachmentGuard {

    public static final int MAX_ATTACHMENTS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    PracticeService practices;

    @Inject
    Attachments attachments;

    /** Stores an upload and attaches it to a case (its editors only; see {@link Attachments#upload}). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AttachmentView attach(Account viewer, long id, String filename, Long declaredLength, InputStream in) {
        return attachments.upload(viewer, AttachmentOwner.practice(id), filename, declaredLength, in);
    }

    /** Removes a file from a case (its editors only). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AttachmentView detach(Account viewer, long id, long attachmentId) {
        return attachments.remove(viewer, AttachmentOwner.practice(id), attachmentId);
    }

    @Override
    public void requireMayAttach(Account viewer, long id) {
        practices.readable(viewer, id).requireEditor(em.find(Account.class, viewer.getId()));
    }

    @Override
    public void requireMayDetach(Account viewer, long id) {
        requireMayAttach(viewer, id);
    }

    @Override
    public int maxFiles() {
        return MAX_ATTACHMENTS;
    }

    @Override
    public String tooManyCode() {
        return "practice.attachment.tooMany";
    }

    public List<AttachmentView> attachments(Account viewer, long id) {
        practices.readable(viewer, id);
        return attachments.of(AttachmentOwner.practice(id));
    }

    public long maxAttachmentMegabytes() {
        return attachments.maxMegabytes();
    }

    @Override
    public AttachmentOwner.Kind kind() {
        return AttachmentOwner.Kind.PRACTICE;
    }

    /** The files of a case are read by whoever may read the case (404 for others, as the case). */
    @Override
    public boolean mayReadFiles(Account viewer, long practiceId) {
        practices.readable(viewer, practiceId);
        return true;
    }
}

package be.atrium.practice.web;

import be.atrium.content.FileSizes;
import be.atrium.content.web.Uploads;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.web.Messages;
import be.atrium.platform.web.PageMessages;
import be.atrium.practice.PracticeService;
import be.atrium.practice.PracticeFiles;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.Serializable;

/**
 * Reading a practice case: its story in four parts, the municipality, contact person, themes,
 * the guidance it shows at work, and its files. Editors add and remove files here;
 * relationship managers and administrators highlight the case or remove the highlight. Every
 * change is a POST followed by a redirect to the plain address.
 */
@Named
@ViewScoped
public class PracticePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    PracticeService practices;

    @Inject
    PracticeFiles practiceFiles;

    private long id;
    private transient PracticeService.CaseView view;
    private transient Part upload;
    private Long pendingDetach;
    private boolean confirmingDelete;

    public void load() {
        view = practices.view(currentUser.get(), id);
    }

    public PracticeService.CaseView getView() {
        if (view == null) {
            view = practices.view(currentUser.get(), id);
        }
        return view;
    }

    public void highlight() {
        practices.highlight(currentUser.get(), id);
        PageMessages.info("practice.highlight.done");
        PracticePages.redirect(PracticePages.casePath(id), null);
    }

    public void removeHighlight() {
        practices.removeHighlight(currentUser.get(), id);
        PageMessages.info("practice.highlight.removed");
        PracticePages.redirect(PracticePages.casePath(id), null);
    }

    /** Attaches the chosen file; a refused file (type, size, too many) is shown beside the field. */
    public void attach() {
        Part file = upload;
        upload = null;
        Uploads.take(file, "upload", (name, size, in) -> practiceFiles.attach(currentUser.get(), id, name, size, in));
        PageMessages.info("attachment.ui.added");
        PracticePages.redirect(PracticePages.casePath(id) + "#files", null);
    }

    public void askDelete() {
        confirmingDelete = true;
    }

    public void cancelDelete() {
        confirmingDelete = false;
    }

    public void confirmDelete() {
        practices.delete(currentUser.get(), id);
        PageMessages.info("practice.delete.done");
        PracticePages.redirect("/practice/index.xhtml", null);
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }

    public void askDetach(long attachmentId) {
        pendingDetach = attachmentId;
    }

    public void cancelDetach() {
        pendingDetach = null;
    }

    public void confirmDetach() {
        if (pendingDetach == null) {
            return;
        }
        long attachmentId = pendingDetach;
        pendingDetach = null;
        practiceFiles.detach(currentUser.get(), id, attachmentId);
        PageMessages.info("practice.attachment.removed");
        PracticePages.redirect(PracticePages.casePath(id) + "#files", null);
    }

    public String size(long bytes) {
        return FileSizes.human(bytes, Messages.pageLocale());
    }

    public long getMaxMegabytes() {
        return practiceFiles.maxAttachmentMegabytes();
    }

    public Long getPendingDetach() {
        return pendingDetach;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public long getId() {
        return id;
    }

    public String getIdParam() {
        return String.valueOf(id);
    }

    public void setIdParam(String value) {
        this.id = PracticePages.id(value);
    }
}

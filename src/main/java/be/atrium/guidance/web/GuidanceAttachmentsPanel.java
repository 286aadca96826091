package be.atrium.guidance.web;

import be.atrium.content.AttachmentView;
import be.atrium.content.FileSizes;
import be.atrium.content.web.Uploads;
import be.atrium.guidance.GuidanceFiles;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.web.Messages;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a piece of guidance on its page (include guidance-attachments.xhtml): the list for
 * every reader, and for its publishers a field to add a file and a button to remove one. Each
 * change is a POST followed by a redirect to the guidance page.
 */
@Named
@ViewScoped
public class GuidanceAttachmentsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    GuidanceFiles service;

    private transient Part upload;
    private Long pendingDetach;
    /** What was read of each guidance's files in this request (the page asks several times). */
    private transient Map<Long, GuidanceFiles.Shelf> shelves;

    private GuidanceFiles.Shelf shelf(long guidanceId) {
        if (shelves == null) {
            shelves = new HashMap<>();
        }
        return shelves.computeIfAbsent(guidanceId, id -> service.shelf(currentUser.get(), id));
    }

    public List<AttachmentView> files(long guidanceId) {
        return shelf(guidanceId).files();
    }

    public boolean mayAttach(long guidanceId) {
        return shelf(guidanceId).mayAttach();
    }

    public boolean mayManage(long guidanceId) {
        return shelf(guidanceId).mayManage();
    }

    public void attach(long guidanceId) {
        Part file = upload;
        upload = null;
        Uploads.take(file, "upload", (name, size, in) -> service.attach(currentUser.get(), guidanceId, name, size, in));
        PageMessages.info("attachment.ui.added");
        Redirect.to(Redirect.guidance(guidanceId) + "#guidanceFiles");
    }

    public void askDetach(long attachmentId) {
        pendingDetach = attachmentId;
    }

    public void cancelDetach() {
        pendingDetach = null;
    }

    public void confirmDetach(long guidanceId) {
        if (pendingDetach == null) {
            return;
        }
        long attachmentId = pendingDetach;
        pendingDetach = null;
        service.detach(currentUser.get(), guidanceId, attachmentId);
        PageMessages.info("practice.attachment.removed");
        Redirect.to(Redirect.guidance(guidanceId) + "#guidanceFiles");
    }

    public String size(long bytes) {
        return FileSizes.human(bytes, Messages.pageLocale());
    }

    public long getMaxMegabytes() {
        return service.maxMegabytes();
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
}

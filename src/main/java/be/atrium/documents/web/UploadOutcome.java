package be.atrium.documents.web;

import java.io.Serializable;

/**
 * What became of one file of a {@code p:fileUpload} that makes documents (the library's upload, a
 * meeting's report documents): the document it became, or why not in the viewer's language.
 */
public final class UploadOutcome implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String filename;
    private final Long documentId;
    private final String title;
    private final String refusal;

    public UploadOutcome(String filename, Long documentId, String title, String refusal) {
        this.filename = filename;
        this.documentId = documentId;
        this.title = title;
        this.refusal = refusal;
    }

    public String getFilename() {
        return filename;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getTitle() {
        return title;
    }

    public String getRefusal() {
        return refusal;
    }

    public boolean isDone() {
        return documentId != null;
    }
}

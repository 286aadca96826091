package be.atrium.content;

/**
 * What pages and the API show of an attachment: images inline ({@code <img src=url>}), other
 * files as a link to {@link #url()}, with their name and size.
 */
public record AttachmentView(long id, AttachmentOwner owner, String filename, String mediaType, long sizeBytes,
                             boolean image) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.getId(), a.getOwner(), a.getFilename(), a.getMediaType(), a.getSizeBytes(),
                a.isImage());
    }

    /** The download address for pages (the reader's session decides access). */
    public String url() {
        return "/files/" + id;
    }

    /** The download address of the API (a token decides access). */
    public String apiUrl() {
        return "/api/v1/attachments/" + id;
    }

    /**
     * The Content-Disposition of a download: images inline (they are shown in posts), every
     * other file as an attachment; the name both as ASCII and as RFC 5987 UTF-8.
     */
    public String contentDisposition() {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = java.net.URLEncoder.encode(filename, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return (image ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    public long getId() {
        return id;
    }

    public String getFilename() {
        return filename;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public boolean isImage() {
        return image;
    }

    public String getUrl() {
        return url();
    }
}

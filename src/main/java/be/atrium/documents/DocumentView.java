package be.atrium.documents;

import be.atrium.content.FileTexts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document as lists, pages and the API show it: its metadata, its newest version (the file
 * downloaded by default) with the state of that file's text, what the viewer may do, and (when
 * read alone) every version, newest first.
 *
 * @param atrium the Atrium's slug, null for a network-wide document
 */
public record DocumentView(long id, String atrium, String folder, String title, String description, DocumentKind kind,
                           LocalDate date, List<String> tags, Long guidanceId, Long threadId, Long meetingId,
                           VersionView current, FileTexts.State text, List<VersionView> versions, Instant createdAt,
                           Instant updatedAt, Instant deletedAt, boolean mayWrite, boolean mayModerate) {

    /** The document page (stable: search links to it). */
    public static String url(long id) {
        return "/documents/document.xhtml?id=" + id;
    }

    public String url() {
        return url(id);
    }

    /** The download address of the API, newest version unless a number is given. */
    public String contentUrl() {
        return "/api/v1/documents/" + id + "/content";
    }

    /** One version: who uploaded which file when, and why. */
    public record VersionView(int number, Instant at, String author, String authorName, String filename,
                              String mediaType, long size, String comment, Integer restoredFrom, String sha256,
                              String storageKey) {

        static VersionView of(DocumentVersion v, String author, String authorName) {
            return new VersionView(v.getNumber(), v.getCreatedAt(), author, authorName, v.getFilename(),
                    v.getMediaType(), v.getSizeBytes(), v.getComment(), v.getRestoredFrom(), v.getSha256(),
                    v.getStorageKey());
        }

        /**
         * Always a download, never shown in the browser (an uploaded file must not run as a page
         * of Atrium); the name both as ASCII and as RFC 5987 UTF-8.
         */
        public String contentDisposition() {
            String ascii = filename.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
            String encoded = java.net.URLEncoder.encode(filename, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20");
            return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
        }
    }

    /**
     * One page of a library as its page shows it: the folders directly in a folder and a page of
     * documents, those of the folder itself or, when filtered by kind or tag, of the folder and
     * every folder in it; with their number, the tags used in the library (for the filter) and
     * what the viewer may do.
     *
     * @param atrium     the Atrium's slug, null for the network-wide library
     * @param atriumName its name, null for the network-wide library
     */
    public record Library(String atrium, String atriumName, String path, List<String> folders,
                          List<DocumentView> documents, long total, List<String> tags, boolean mayWrite,
                          boolean mayModerate) {
    }

    /** A folder of a library: its documents (newest version each) and the folders directly in it. */
    public record Folder(String atrium, String path, List<String> folders, List<DocumentView> documents,
                         boolean mayWrite, boolean mayModerate) {
    }
}

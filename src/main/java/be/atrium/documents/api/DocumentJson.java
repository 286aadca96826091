package be.atrium.documents.api;

import be.atrium.content.FileTexts;
import be.atrium.documents.DocumentView;
import be.atrium.platform.web.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Locale;

/**
 * The JSON of the document library (API-CONTRACT.md, "Documents and meetings"): an upload's
 * answer {@code {"id", "title", "url", "version", "filename", "mime", "size", "textStatus"}},
 * extended for a document read alone with its metadata and {@code "versions": [{"version", "at",
 * "author", "filename", "size", ...}]}, newest first.
 */
final class DocumentJson {

    private DocumentJson() {
    }

    static JsonObject of(DocumentView d, Locale locale) {
        JsonObjectBuilder b = summary(d, locale);
        if (!d.versions().isEmpty()) {
            JsonArrayBuilder versions = Json.createArrayBuilder();
            d.versions().forEach(v -> versions.add(version(v)));
            b.add("versions", versions);
        }
        return b.build();
    }

    static JsonObjectBuilder summary(DocumentView d, Locale locale) {
        DocumentView.VersionView v = d.current();
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", d.id()).add("title", d.title()).add("url", d.url())
                .add("version", v.number()).add("filename", v.filename()).add("mime", v.mediaType())
                .add("size", v.size());
        text(b, d.text(), locale);
        nullable(b, "atrium", d.atrium());
        b.add("folder", d.folder()).add("kind", d.kind().name());
        nullable(b, "description", d.description());
        nullable(b, "date", d.date() == null ? null : d.date().toString());
        JsonArrayBuilder tags = Json.createArrayBuilder();
        d.tags().forEach(tags::add);
        b.add("tags", tags);
        nullable(b, "guidance", d.guidanceId());
        nullable(b, "thread", d.threadId());
        nullable(b, "meeting", d.meetingId());
        b.add("contentUrl", d.contentUrl()).add("createdAt", d.createdAt().toString())
                .add("updatedAt", d.updatedAt().toString());
        nullable(b, "deletedAt", d.deletedAt() == null ? null : d.deletedAt().toString());
        return b.add("mayWrite", d.mayWrite()).add("mayModerate", d.mayModerate());
    }

    static JsonObject version(DocumentView.VersionView v) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("version", v.number()).add("at", v.at().toString())
                .add("author", v.author()).add("authorName", v.authorName()).add("filename", v.filename())
                .add("mime", v.mediaType()).add("size", v.size());
        nullable(b, "comment", v.comment());
        nullable(b, "restoredFrom", v.restoredFrom());
        return b.build();
    }

    static JsonObject folder(DocumentView.Folder f, Locale locale) {
        JsonArrayBuilder folders = Json.createArrayBuilder();
        f.folders().forEach(folders::add);
        return Json.createObjectBuilder().add("folder", f.path()).add("folders", folders)
                .add("documents", list(f.documents(), locale)).add("mayWrite", f.mayWrite())
                .add("mayModerate", f.mayModerate()).build();
    }

    static JsonArrayBuilder list(List<DocumentView> documents, Locale locale) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        documents.forEach(d -> list.add(summary(d, locale)));
        return list;
    }

    /** {@code "textStatus"} and, when there is no text, {@code "textReason"} and a sentence saying why. */
    private static void text(JsonObjectBuilder b, FileTexts.State state, Locale locale) {
        b.add("textStatus", state.status().name());
        if (state.reason() != null) {
            b.add("textReason", state.reason())
                    .add("textMessage", Messages.text(locale, "file.text.reason." + state.reason()));
        }
    }

    private static void nullable(JsonObjectBuilder b, String key, Object value) {
        if (value == null) {
            b.addNull(key);
        } else if (value instanceof Number n) {
            b.add(key, n.longValue());
        } else {
            b.add(key, value.toString());
        }
    }
}

package be.atrium.content.api;

import be.atrium.content.AttachmentView;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.Locale;

/**
 * The JSON of one file, whatever owns it: {@code {"id", "<owner>": ownerId, "filename",
 * "mediaType", "size", "image", "url", "pageUrl"}} where the owner key is {@code post},
 * {@code guidance} or {@code practice}.
 */
public final class AttachmentJson {

    private AttachmentJson() {
    }

    public static JsonObject of(AttachmentView a) {
        return Json.createObjectBuilder().add("id", a.id())
                .add(a.owner().kind().name().toLowerCase(Locale.ROOT), a.owner().id())
                .add("filename", a.filename()).add("mediaType", a.mediaType()).add("size", a.sizeBytes())
                .add("image", a.image()).add("url", a.apiUrl()).add("pageUrl", a.url()).build();
    }
}

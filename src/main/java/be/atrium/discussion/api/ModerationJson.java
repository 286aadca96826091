package be.atrium.discussion.api;

import be.atrium.discussion.Excerpt;
import be.atrium.discussion.ModerationQueue;
import be.atrium.discussion.Post;
import be.atrium.discussion.PostFlag;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** JSON shapes of moderation: flags, the queue, a post's moderation state. */
final class ModerationJson {

    static final int EXCERPT = 280;

    private ModerationJson() {
    }

    static JsonObject flag(PostFlag f) {
        Post p = f.getPost();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", f.getId())
                .add("post", p.getId())
                .add("thread", p.getThread().getId())
                .add("threadTitle", p.getThread().getTitle())
                .add("reason", f.getReason().name())
                .add("reporter", f.getReporter().getUsername())
                .add("author", p.getAuthor().getUsername())
                .add("excerpt", Excerpt.of(p.getBody(), EXCERPT))
                .add("postHidden", p.isHidden())
                .add("created", f.getCreatedAt().toString())
                .add("open", f.isOpen());
        if (f.getNote() != null) {
            b.add("note", f.getNote());
        } else {
            b.addNull("note");
        }
        if (f.getDecision() != null) {
            b.add("decision", f.getDecision().name()).add("resolved", f.getResolvedAt().toString());
        }
        return b.build();
    }

    static JsonObject queue(ModerationQueue q) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        q.getFlags().forEach(f -> items.add(flag(f)));
        return Json.createObjectBuilder().add("board", q.getBoard().getSlug()).add("total", q.getTotal())
                .add("items", items).build();
    }

    static JsonObject post(Post p) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", p.getId()).add("thread", p.getThread().getId())
                .add("hidden", p.isHidden());
        if (p.getHiddenBy() != null) {
            b.add("hiddenBy", p.getHiddenBy()).add("hiddenAt", p.getHiddenAt().toString());
        }
        return b.build();
    }
}

package be.atrium.discussion.api;

import be.atrium.discussion.Board;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.Post;
import be.atrium.discussion.PostRevision;
import be.atrium.discussion.PostView;
import be.atrium.discussion.ThreadSummary;
import be.atrium.discussion.ThreadView;
import be.atrium.identity.Account;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Collection;


/** JSON shapes of the discussions, as in API-CONTRACT.md. */
final class DiscussionJson {

    private DiscussionJson() {
    }

    static String url(DiscussionThread t) {
        return "/discussion/thread.xhtml?id=" + t.getId();
    }

    static JsonObject summary(ThreadSummary s) {
        DiscussionThread t = s.getThread();
        return base(t, s.isOriginVisible()).add("replies", t.getReplyCount()).add("unread", s.isUnread())
                .add("tags", strings(s.getTags())).add("author", person(t.getAuthor())).build();
    }

    /** A thread with its posts; the caller may add more fields before building it. */
    static JsonObjectBuilder thread(ThreadView view) {
        JsonArrayBuilder posts = Json.createArrayBuilder();
        for (PostView p : view.getPosts()) {
            posts.add(post(p));
        }
        DiscussionThread t = view.getThread();
        return base(t, view.isOriginVisible()).add("replies", t.getReplyCount()).add("tags", strings(t.getTags()))
                .add("author", person(t.getAuthor())).add("posts", posts);
    }

    /** A thread just made or changed; {@code originVisible}: whether the caller may see where it came from. */
    static JsonObject created(DiscussionThread t, boolean originVisible) {
        return base(t, originVisible).add("replies", t.getReplyCount()).add("tags", strings(t.getTags())).build();
    }

    /**
     * An escalated thread has {@code "escalatedFrom"}: the board's slug, or null when the caller may
     * not see the Atrium it came from.
     */
    private static JsonObjectBuilder base(DiscussionThread t, boolean originVisible) {
        Board board = t.getBoard();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", t.getId())
                .add("title", t.getTitle())
                .add("url", url(t))
                .add("kind", t.getKind().name())
                .add("solved", t.isSolved())
                .add("locked", t.isLocked())
                .add("pinned", t.isPinned())
                .add("liveProcedure", t.isLiveProcedure())
                .add("board", board.getSlug())
                .add("created", t.getCreatedAt().toString())
                .add("lastActivity", t.getLastActivityAt().toString());
        if (board.getAtrium() != null) {
            b.add("atrium", board.getAtrium().getSlug());
        } else {
            b.addNull("atrium");
        }
        if (t.getOriginBoard() != null) {
            if (originVisible) {
                b.add("escalatedFrom", t.getOriginBoard().getSlug());
            } else {
                b.addNull("escalatedFrom");
            }
        }
        return b;
    }

    static JsonObject post(PostView view) {
        Post p = view.getPost();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", p.getId())
                .add("author", p.getAuthor().getUsername())
                .add("authorName", p.getAuthor().getDisplayName())
                .add("organisation", p.getAuthorOrganisation() == null ? "" : p.getAuthorOrganisation().getName())
                .add("level", p.getAuthorOrganisation() == null ? "" : p.getAuthorOrganisation().getLevel().name())
                .add("opening", p.isOpening())
                .add("accepted", view.isAccepted())
                .add("helpful", p.getHelpfulCount())
                .add("withdrawn", p.isWithdrawn())
                .add("hidden", p.isHidden())
                .add("revision", p.getRevisionCount())
                .add("created", p.getCreatedAt().toString());
        if (view.getVisibleHtml() != null) {
            b.add("bodyHtml", view.getVisibleHtml());
        } else {
            b.addNull("bodyHtml");
        }
        if (p.getEditedAt() != null) {
            b.add("edited", p.getEditedAt().toString());
        }
        if (p.getMergedFrom() != null) {
            b.add("mergedFrom", Json.createObjectBuilder().add("id", p.getMergedFrom().getId())
                    .add("title", p.getMergedFrom().getTitle()).add("question", p.isMergedOpening()));
        }
        return b.build();
    }

    static JsonObject post(Post p) {
        return post(new PostView(p, false, false, true, false));
    }

    static JsonObject revision(PostRevision r) {
        return Json.createObjectBuilder().add("revision", r.getNumber()).add("at", r.getCreatedAt().toString())
                .add("author", r.getEditor().getUsername()).add("body", r.getBody()).build();
    }

    private static JsonObject person(Account a) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("username", a.getUsername())
                .add("displayName", a.getDisplayName());
        return b.build();
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}

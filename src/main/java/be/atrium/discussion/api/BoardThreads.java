package be.atrium.discussion.api;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.ThreadFilter;
import be.atrium.discussion.ThreadKind;
import be.atrium.discussion.ThreadList;
import be.atrium.discussion.ThreadSummary;
import be.atrium.identity.Account;
import be.atrium.platform.api.JsonInput;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Listing and asking on one board, shared by the Atrium and the network-wide board resources. */
final class BoardThreads {

    private BoardThreads() {
    }

    static JsonObject list(DiscussionService discussions, Account viewer, String boardSlug, String filter, String tag,
                           boolean mine, int limit, int offset) {
        ThreadList list = discussions.threads(viewer, boardSlug, ThreadFilter.parse(filter), tag, mine, offset, limit);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ThreadSummary s : list.getItems()) {
            items.add(DiscussionJson.summary(s));
        }
        return Json.createObjectBuilder().add("total", list.getTotal()).add("items", items).build();
    }

    static Response ask(DiscussionService discussions, Account viewer, String boardSlug, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        DiscussionThread thread = discussions.ask(viewer, boardSlug,
                in.enumValue("kind", ThreadKind.class, "thread.kind.invalid").orElse(ThreadKind.QUESTION),
                in.string("title").orElse(null), in.string("body").orElse(null), in.strings("tags"),
                in.bool("liveProcedure").orElse(false));
        return Response.created(URI.create("/api/v1/threads/" + thread.getId()))
                .entity(DiscussionJson.created(thread, false)).build(); // a new thread was never escalated
    }

}

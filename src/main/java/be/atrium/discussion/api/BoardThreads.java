package be.atrium.discussion.api;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.ThreadFilter;
import be.atrium.discussion.ThreadKind;
import be.atrium.discussion.ThreadList;
import be.atrium.discussion.ThreadSummary;
import be.atrium.identity.Account;
import be.atrium.platform.DomainException;
import be.atrium.platform.api.JsonInput;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

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
                in.string("title").orElse(null), in.string("body").orElse(null), tags(body),
                in.bool("liveProcedure").orElse(false));
        return Response.created(URI.create("/api/v1/threads/" + thread.getId()))
                .entity(DiscussionJson.created(thread)).build();
    }

    private static List<String> tags(JsonObject body) {
        JsonValue value = body.get("tags");
        List<String> tags = new ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return tags;
        }
        if (!(value instanceof JsonArray array)) {
            throw new DomainException("api.field.array", "tags", "tags");
        }
        for (JsonValue v : array) {
            if (!(v instanceof JsonString s)) {
                throw new DomainException("api.field.array", "tags", "tags");
            }
            tags.add(s.getString());
        }
        return tags;
    }
}

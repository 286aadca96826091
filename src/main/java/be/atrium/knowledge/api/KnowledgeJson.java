package be.atrium.knowledge.api;

import be.atrium.discussion.ThreadView;
import be.atrium.discussion.api.ThreadJsonPart;
import be.atrium.identity.Account;
import be.atrium.knowledge.KnowledgeLink;
import be.atrium.knowledge.KnowledgeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The knowledge a thread was taken into or is answered by, as the field {@code "knowledge"} of
 * the thread's JSON: {@code [{"type", "id", "title", "url", "kind", "linkId"}]} (id: of the page
 * or guidance), only what the viewer may read.
 */
@ApplicationScoped
public class KnowledgeJson implements ThreadJsonPart {

    @Inject
    KnowledgeService knowledge;

    @Override
    public String name() {
        return "knowledge";
    }

    @Override
    public JsonValue of(Account viewer, ThreadView view) {
        JsonArrayBuilder links = Json.createArrayBuilder();
        knowledge.links(viewer, view).forEach(k -> links.add(link(k)));
        return links.build();
    }

    static JsonObject link(KnowledgeLink k) {
        return Json.createObjectBuilder().add("type", k.type().name()).add("id", k.targetId()).add("title", k.title())
                .add("url", k.url()).add("kind", k.kind().name()).add("linkId", k.linkId()).build();
    }
}

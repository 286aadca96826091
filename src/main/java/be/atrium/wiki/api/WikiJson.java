package be.atrium.wiki.api;

import be.atrium.wiki.WikiPage;
import be.atrium.wiki.WikiRepository;
import be.atrium.wiki.WikiRevision;
import be.atrium.wiki.WikiService;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Collection;

/** JSON shapes of the knowledge base, as in API-CONTRACT.md (public: promotion answers with a page too). */
public final class WikiJson {

    private WikiJson() {
    }

    static String url(WikiPage p) {
        return "/wiki/page.xhtml?id=" + p.getId();
    }

    /** A page in a list: no body. */
    static JsonObject summary(WikiPage p) {
        return base(p).build();
    }

    /** A page with its HTML, tags and breadcrumbs. */
    public static JsonObject page(WikiService.PageView view) {
        JsonArrayBuilder crumbs = Json.createArrayBuilder();
        for (WikiRepository.Crumb c : view.breadcrumbs()) {
            crumbs.add(Json.createObjectBuilder().add("id", c.id()).add("title", c.title())
                    .add("url", "/wiki/page.xhtml?id=" + c.id()));
        }
        return full(view.page(), view.tags()).add("editable", view.editable()).add("breadcrumbs", crumbs).build();
    }

    /** A page just created or saved. */
    static JsonObject page(WikiPage p) {
        return full(p, p.getTags()).build();
    }

    private static JsonObjectBuilder full(WikiPage p, Collection<String> tags) {
        JsonArrayBuilder t = Json.createArrayBuilder();
        tags.forEach(t::add);
        return base(p).add("bodyHtml", p.getBodyHtml()).add("tags", t)
                .add("updated", p.getUpdatedAt().toString());
    }

    private static JsonObjectBuilder base(WikiPage p) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", p.getId())
                .add("title", p.getTitle())
                .add("url", url(p));
        if (p.getParentId() != null) {
            b.add("parent", p.getParentId());
        } else {
            b.addNull("parent");
        }
        b.add("revision", p.getRevision());
        if (p.getAtrium() != null) {
            b.add("atrium", p.getAtrium().getSlug());
        } else {
            b.addNull("atrium");
        }
        return b;
    }

    static JsonObject revision(WikiRevision r, boolean withBody) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("revision", r.getNumber())
                .add("at", r.getCreatedAt().toString())
                .add("author", r.getAuthor().getUsername())
                .add("title", r.getTitle());
        if (r.getSummary() != null) {
            b.add("summary", r.getSummary());
        } else {
            b.addNull("summary");
        }
        if (r.getRestoredFrom() != null) {
            b.add("restoredFrom", r.getRestoredFrom());
        } else {
            b.addNull("restoredFrom");
        }
        if (withBody) {
            b.add("body", r.getBody());
        }
        return b.build();
    }
}

package be.atrium.search.api;

import be.atrium.identity.CurrentUser;
import be.atrium.search.SearchRequest;
import be.atrium.search.SearchResult;
import be.atrium.search.SearchService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Search as in API-CONTRACT.md: {@code GET /search} with facets and a spelling suggestion,
 * {@code GET /search/similar} for a question being typed, {@code GET /search/suggest} for titles
 * while typing. Only what the caller may read. Odd input is text, a bad number the default.
 */
@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    SearchService search;

    @GET
    public JsonObject search(@QueryParam("q") String q, @QueryParam("type") String type,
                             @QueryParam("atrium") String atrium, @QueryParam("tag") String tag,
                             @QueryParam("level") String level, @QueryParam("year") String year,
                             @QueryParam("solved") String solved, @QueryParam("sort") String sort,
                             @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        SearchResult r = search.search(currentUser.get(), new SearchRequest(q, type, atrium, tag, level, year, solved,
                "date".equals(sort), number(offset, 0), number(limit, 10)));
        JsonObjectBuilder facets = Json.createObjectBuilder();
        for (Map.Entry<String, List<SearchResult.FacetCount>> f : r.facets().entrySet()) {
            JsonObjectBuilder values = Json.createObjectBuilder();
            f.getValue().forEach(v -> values.add(v.value(), v.count()));
            facets.add(f.getKey(), values);
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("total", r.total()).add("tookMs", r.tookMs())
                .add("hits", hits(r.hits())).add("facets", facets);
        if (r.suggestion() == null) {
            body.addNull("suggestion");
        } else {
            body.add("suggestion", r.suggestion());
        }
        return body.build();
    }

    @GET
    @Path("/similar")
    public JsonObject similar(@QueryParam("title") String title, @QueryParam("limit") String limit) {
        return Json.createObjectBuilder()
                .add("hits", hits(search.similar(currentUser.get(), title, null, number(limit, 5)))).build();
    }

    @GET
    @Path("/suggest")
    public JsonObject suggest(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        return Json.createObjectBuilder()
                .add("hits", hits(search.suggest(currentUser.get(), q, number(limit, 8)))).build();
    }

    private static JsonArrayBuilder hits(List<SearchResult.Hit> hits) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (SearchResult.Hit h : hits) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("type", h.type()).add("id", h.id())
                    .add("title", h.title()).add("url", h.url()).add("snippet", h.snippet()).add("score", h.score());
            optional(o, "atrium", h.atrium());
            optional(o, "level", h.level());
            optional(o, "status", h.status());
            if (h.solved() != null) {
                o.add("solved", h.solved());
            }
            if (h.date() > 0) {
                o.add("date", Instant.ofEpochMilli(h.date()).toString());
            }
            list.add(o);
        }
        return list;
    }

    private static void optional(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static int number(String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

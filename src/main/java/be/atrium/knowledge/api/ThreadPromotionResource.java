package be.atrium.knowledge.api;

import be.atrium.identity.CurrentUser;
import be.atrium.knowledge.KnowledgeService;
import be.atrium.platform.api.JsonInput;
import be.atrium.platform.web.Messages;
import be.atrium.wiki.WikiPage;
import be.atrium.wiki.WikiService;
import be.atrium.wiki.api.WikiJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * Takes the thread ({@code "post": null}) or its accepted answer ({@code "post": id}) into the
 * knowledge base: a new page ({@code "title"}, {@code "atrium"}: slug, null for network-wide,
 * left out for the thread's own place; {@code "parent"}), or, with {@code "page": id}, a new
 * section of that page. {@code "body"} replaces the text made from the thread. 201 with the page.
 */
@Path("/threads/{id}/promote")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThreadPromotionResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    KnowledgeService knowledge;

    @Inject
    WikiService wiki;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response promote(@PathParam("id") long id, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        Long post = in.number("post").orElse(null);
        Long page = in.number("page").orElse(null);
        String text = in.string("body").orElse(null);
        var viewer = currentUser.get();
        WikiPage promoted;
        if (page != null) {
            promoted = knowledge.promoteToSection(viewer, id, post, page, text, Messages.contentLocale());
        } else {
            Long parent = in.number("parent").orElse(null);
            String title = in.string("title").orElse(null);
            promoted = body.containsKey("atrium")
                    ? knowledge.promoteToNewPage(viewer, id, post, in.string("atrium").filter(s -> !s.isBlank())
                    .orElse(null), parent, title, text, Messages.contentLocale())
                    : knowledge.promoteToNewPageInPlace(viewer, id, post, parent, title, text, Messages.contentLocale());
        }
        return Response.created(URI.create("/api/v1/wiki/" + promoted.getId()))
                .entity(WikiJson.page(wiki.page(viewer, promoted.getId()))).build();
    }
}

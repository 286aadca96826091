package be.atrium.discussion.api;

import be.atrium.discussion.DiscussionService;
import be.atrium.knowledge.KnowledgeLink;
import be.atrium.knowledge.KnowledgeService;
import be.atrium.knowledge.KnowledgeTargetType;
import be.atrium.knowledge.ThreadKnowledge;
import be.atrium.discussion.ThreadMovedException;
import be.atrium.discussion.ThreadView;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.DomainException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.api.ApiLocale;
import be.atrium.platform.api.JsonInput;
import be.atrium.wiki.WikiPage;
import be.atrium.wiki.WikiService;
import be.atrium.wiki.api.WikiJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * One thread: read it (question, accepted answer, then the replies, and the knowledge it is
 * linked to), answer it, take it into the knowledge base ({@code POST promote}) and link it to
 * the page or guidance that answers it ({@code POST knowledge}, {@code DELETE knowledge/{linkId}}).
 */
@Path("/threads/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThreadResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DiscussionService discussions;

    @Inject
    KnowledgeService knowledge;

    @Inject
    WikiService wiki;

    @Context
    HttpHeaders headers;

    @GET
    public Response thread(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("100") int limit,
                           @QueryParam("offset") @DefaultValue("0") int offset) {
        try {
            ThreadView view = discussions.thread(currentUser.get(), id, offset, limit);
            return Response.ok(DiscussionJson.thread(view, knowledge.links(currentUser.get(), view))).build();
        } catch (ThreadMovedException moved) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create("/api/v1/threads/" + moved.target())).build();
        }
    }

    @POST
    @Path("posts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") long id, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        var post = discussions.answer(currentUser.get(), id, in.string("body").orElse(null),
                in.number("quotedPostId").orElse(null));
        return Response.status(Response.Status.CREATED).entity(DiscussionJson.post(post)).build();
    }

    /**
     * Takes the thread ({@code "post": null}) or its accepted answer ({@code "post": id}) into
     * the knowledge base: a new page ({@code "title"}, {@code "atrium"}: slug, null for
     * network-wide, left out for the thread's own place; {@code "parent"}), or, with
     * {@code "page": id}, a new section of that page. {@code "body"} replaces the text made from
     * the thread. 201 with the page.
     */
    @POST
    @Path("promote")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response promote(@PathParam("id") long id, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        Long post = in.number("post").orElse(null);
        Long page = in.number("page").orElse(null);
        String text = in.string("body").orElse(null);
        var viewer = currentUser.get();
        WikiPage promoted;
        if (page != null) {
            promoted = knowledge.promoteToSection(viewer, id, post, page, text, ApiLocale.of(headers));
        } else {
            Long parent = in.number("parent").orElse(null);
            String title = in.string("title").orElse(null);
            promoted = body.containsKey("atrium")
                    ? knowledge.promoteToNewPage(viewer, id, post, in.string("atrium").filter(s -> !s.isBlank())
                    .orElse(null), parent, title, text, ApiLocale.of(headers))
                    : knowledge.promoteToNewPageInPlace(viewer, id, post, parent, title, text, ApiLocale.of(headers));
        }
        return Response.created(URI.create("/api/v1/wiki/" + promoted.getId()))
                .entity(WikiJson.page(wiki.page(viewer, promoted.getId()))).build();
    }

    /** Links the question to the page ({@code {"wiki": id}}) or guidance ({@code {"guidance": id}}) that answers it. */
    @POST
    @Path("knowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(@PathParam("id") long id, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        Long wikiId = in.number("wiki").orElse(null);
        Long guidanceId = in.number("guidance").orElse(null);
        if (wikiId != null && guidanceId != null) {
            throw new DomainException("knowledge.link.oneTarget", "guidance");
        }
        if (wikiId == null && guidanceId == null) {
            throw new DomainException("knowledge.link.targetRequired", "wiki");
        }
        var viewer = currentUser.get();
        ThreadKnowledge link = wikiId != null ? knowledge.link(viewer, id, KnowledgeTargetType.WIKI, wikiId)
                : knowledge.link(viewer, id, KnowledgeTargetType.GUIDANCE, guidanceId);
        KnowledgeLink shown = knowledge.links(viewer, id).stream().filter(k -> k.linkId() == link.getId())
                .findFirst().orElseThrow(() -> new NotFoundException("knowledge link " + link.getId()));
        return Response.created(URI.create("/api/v1/threads/" + id + "/knowledge/" + link.getId()))
                .entity(DiscussionJson.knowledge(shown)).build();
    }

    @DELETE
    @Path("knowledge/{linkId: \\d+}")
    public Response unlink(@PathParam("id") long id, @PathParam("linkId") long linkId) {
        knowledge.unlink(currentUser.get(), id, linkId);
        return Response.noContent().build();
    }
}

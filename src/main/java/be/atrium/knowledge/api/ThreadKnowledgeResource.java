package be.atrium.knowledge.api;

import be.atrium.identity.CurrentUser;
import be.atrium.knowledge.KnowledgeLink;
import be.atrium.knowledge.KnowledgeService;
import be.atrium.knowledge.KnowledgeTargetType;
import be.atrium.knowledge.ThreadKnowledge;
import be.atrium.platform.DomainException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.api.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * Links a question to the page ({@code {"wiki": id}}) or guidance ({@code {"guidance": id}})
 * that answers it ({@code POST}), and removes such a link ({@code DELETE {linkId}}).
 */
@Path("/threads/{id}/knowledge")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThreadKnowledgeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    KnowledgeService knowledge;

    @POST
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
                .entity(KnowledgeJson.link(shown)).build();
    }

    @DELETE
    @Path("{linkId: \\d+}")
    public Response unlink(@PathParam("id") long id, @PathParam("linkId") long linkId) {
        knowledge.unlink(currentUser.get(), id, linkId);
        return Response.noContent().build();
    }
}

package be.atrium.discussion.api;

import be.atrium.discussion.Board;
import be.atrium.discussion.BoardService;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.api.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The network-wide boards (theme and expert boards): list them, and for administrators create a
 * theme board or rename and describe a board. The threads and flags of one board are served by
 * {@link BoardThreadsResource} and {@link BoardFlagQueueResource}: their longer literal paths win.
 */
@Path("/boards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BoardsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    BoardService boards;

    @GET
    public JsonArray list() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (BoardService.BoardSummary s : boards.networkWide(currentUser.get())) {
            list.add(json(s.getBoard(), s.getThreads()));
        }
        return list.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        Board board = boards.createTheme(currentUser.get(), in.string("slug").orElse(null),
                in.string("name").orElse(null), in.string("description").orElse(null));
        return Response.status(Response.Status.CREATED).entity(json(board, 0)).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject describe(@PathParam("slug") String slug, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        Board board = boards.describe(currentUser.get(), slug, in.string("name").orElse(null),
                in.string("description").orElse(null));
        long threads = boards.networkWide(currentUser.get()).stream()
                .filter(s -> s.getBoard().getId().equals(board.getId()))
                .mapToLong(BoardService.BoardSummary::getThreads).findFirst().orElse(0);
        return json(board, threads);
    }

    static JsonObject json(Board board, long threads) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("slug", board.getSlug())
                .add("name", board.getName())
                .add("kind", board.getKind().name());
        if (board.getDescription() != null) {
            b.add("description", board.getDescription());
        } else {
            b.addNull("description");
        }
        if (board.getExpertLevel() != null) {
            b.add("expertLevel", board.getExpertLevel().name());
        }
        return b.add("threads", threads).build();
    }
}

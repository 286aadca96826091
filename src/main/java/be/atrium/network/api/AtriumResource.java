package be.atrium.network.api;

import be.atrium.identity.Account;
import be.atrium.identity.CurrentUser;
import be.atrium.identity.api.AccountJson;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumKind;
import be.atrium.network.AtriumView;
import be.atrium.network.Membership;
import be.atrium.network.MembershipRole;
import be.atrium.network.MembershipService;
import be.atrium.network.NetworkService;
import be.atrium.platform.DomainException;
import be.atrium.platform.api.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Atria and their memberships. Member-only Atria are invisible (404) to those who may not see them. */
@Path("/atria")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AtriumResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkService network;

    @Inject
    MembershipService memberships;

    @GET
    public JsonArray list() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (AtriumView view : network.visibleAtria(currentUser.get())) {
            list.add(summary(view));
        }
        return list.build();
    }

    @GET
    @Path("/{slug}")
    public JsonObject get(@PathParam("slug") String slug) {
        AtriumView view = network.visibleAtrium(currentUser.get(), slug);
        JsonArrayBuilder municipalities = Json.createArrayBuilder();
        view.getAtrium().getMunicipalities().stream()
                .sorted(java.util.Comparator.comparing(be.atrium.organisation.Organisation::getName))
                .forEach(m -> municipalities.add(Json.createObjectBuilder().add("id", m.getId())
                        .add("name", m.getName()).add("nisCode", m.getNisCode())));
        JsonObjectBuilder body = Json.createObjectBuilder(summary(view)).add("municipalityList", municipalities);
        if (view.getAtrium().getDescription() != null) {
            body.add("description", view.getAtrium().getDescription());
        }
        return body.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        Atrium atrium = network.createAtrium(currentUser.get(), in.string("slug").orElse(null),
                in.string("name").orElse(null),
                in.enumValue("kind", AtriumKind.class, "atrium.kind.invalid").orElse(null),
                in.bool("membersOnly").orElse(false), in.string("description").orElse(null));
        return Response.status(Response.Status.CREATED)
                .entity(summary(new AtriumView(atrium, 0, 0, null, true))).build();
    }

    @GET
    @Path("/{slug}/members")
    public JsonArray members(@PathParam("slug") String slug) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Membership m : memberships.members(currentUser.get(), slug)) {
            list.add(membership(m, currentUser.get()));
        }
        return list.build();
    }

    @PUT
    @Path("/{slug}/members/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject setMember(@PathParam("slug") String slug, @PathParam("username") String username,
                                JsonObject body) {
        MembershipRole role = JsonInput.of(body).enumValue("role", MembershipRole.class, "membership.role.invalid")
                .orElseThrow(() -> new DomainException("membership.role.required", "role"));
        return membership(memberships.setMembership(currentUser.get(), slug, username, role), currentUser.get());
    }

    @DELETE
    @Path("/{slug}/members/{username}")
    public Response removeMember(@PathParam("slug") String slug, @PathParam("username") String username) {
        memberships.removeMembership(currentUser.get(), slug, username);
        return Response.noContent().build();
    }

    private static JsonObject summary(AtriumView view) {
        Atrium a = view.getAtrium();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("slug", a.getSlug())
                .add("name", a.getName())
                .add("kind", a.getKind().name())
                .add("membersOnly", a.isMembersOnly())
                .add("municipalities", view.getMunicipalities())
                .add("members", view.getMembers());
        if (view.getViewerRole() != null) {
            b.add("myRole", view.getViewerRole().name());
        }
        return b.build();
    }

    /** A membership; the member's e-mail only for administrators and the member (AccountJson). */
    private static JsonObject membership(Membership m, Account viewer) {
        return Json.createObjectBuilder()
                .add("atrium", m.getAtrium().getSlug())
                .add("username", m.getAccount().getUsername())
                .add("displayName", m.getAccount().getDisplayName())
                .add("role", m.getRole().name())
                .add("account", AccountJson.account(m.getAccount(), viewer))
                .build();
    }
}

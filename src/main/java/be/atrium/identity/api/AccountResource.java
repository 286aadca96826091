package be.atrium.identity.api;

import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.CurrentUser;
import be.atrium.identity.Grant;
import be.atrium.identity.Language;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.api.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Administration of accounts (administrators only). */
@Path("/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    AccountRepository repository;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        NewAccount input = new NewAccount(in.string("username").orElse(null), in.string("displayName").orElse(null),
                in.string("email").orElse(null), in.number("organisationId").orElse(null),
                in.enumValue("role", Role.class, "account.role.invalid").orElse(Role.OFFICIAL),
                in.string("password").orElse(null));
        in.string("language").map(Language::fromCode).ifPresent(input::setLanguage);
        Account created = accounts.create(currentUser.get(), input);
        return Response.status(Response.Status.CREATED).entity(AccountJson.account(created, currentUser.get())).build();
    }

    @GET
    public JsonArray list(@QueryParam("q") String q, @QueryParam("offset") @DefaultValue("0") int offset,
                          @QueryParam("limit") @DefaultValue("50") int limit) {
        requireAdministrator();
        JsonArrayBuilder list = Json.createArrayBuilder();
        repository.search(q, Math.max(0, offset), Math.min(Math.max(1, limit), 200))
                .forEach(a -> list.add(AccountJson.account(a, currentUser.get())));
        return list.build();
    }

    @GET
    @Path("/{username}")
    public JsonObject get(@PathParam("username") String username) {
        requireAdministrator();
        return AccountJson.accountWithGrants(find(username), currentUser.get());
    }

    /** Body {@code {"grants": ["EDITOR", "PUBLISHER"]}}: replaces the account's grants. */
    @PUT
    @Path("/{username}/grants")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject grants(@PathParam("username") String username, JsonObject body) {
        List<Grant> grants = new ArrayList<>();
        for (String name : JsonInput.of(body).strings("grants")) {
            try {
                grants.add(Grant.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new DomainException("account.grant.invalid", "grants", name);
            }
        }
        Account changed = accounts.setGrants(currentUser.get(), find(username).getId(), grants);
        return AccountJson.accountWithGrants(changed, currentUser.get());
    }

    @POST
    @Path("/{username}/disable")
    public JsonObject disable(@PathParam("username") String username) {
        accounts.disable(currentUser.get(), find(username).getId());
        return AccountJson.account(find(username), currentUser.get());
    }

    @POST
    @Path("/{username}/enable")
    public JsonObject enable(@PathParam("username") String username) {
        accounts.enable(currentUser.get(), find(username).getId());
        return AccountJson.account(find(username), currentUser.get());
    }

    private Account find(String username) {
        return repository.findByUsername(username).orElseThrow(() -> new NotFoundException("account " + username));
    }

    private void requireAdministrator() {
        if (!currentUser.get().isAdministrator()) {
            throw new ForbiddenException("administrators only");
        }
    }
}

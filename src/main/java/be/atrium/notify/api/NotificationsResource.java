package be.atrium.notify.api;

import be.atrium.identity.CurrentUser;
import be.atrium.notify.Notification;
import be.atrium.notify.NotificationList;
import be.atrium.notify.NotificationService;
import be.atrium.platform.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The caller's notifications: {@code GET ?unread=true&limit=&offset=} gives
 * {@code {"unread": n, "items": [{"id", "kind", "title", "url", "at", "read"}]}}, newest first
 * ({@code url}: the place below the context root); {@code POST {id}/read} marks one read (someone
 * else's: 404), {@code POST read} all.
 */
@Path("/me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    static final int DEFAULT_LIMIT = 20;

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    @GET
    public JsonObject list(@QueryParam("unread") String unread, @QueryParam("limit") String limit,
                           @QueryParam("offset") String offset) {
        int first = number(offset, "offset", 0, 0, Integer.MAX_VALUE);
        int size = number(limit, "limit", DEFAULT_LIMIT, 1, NotificationService.MAX_PAGE);
        NotificationList list = notifications.list(currentUser.get(), flag(unread), first, size);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Notification n : list.items()) {
            items.add(Json.createObjectBuilder().add("id", n.getId()).add("kind", n.getKind().name())
                    .add("title", n.getTitle()).add("url", n.getPath()).add("at", n.getCreatedAt().toString())
                    .add("read", n.isRead()));
        }
        return Json.createObjectBuilder().add("unread", list.unread()).add("total", list.total()).add("items", items)
                .build();
    }

    @POST
    @Path("{id}/read")
    public JsonObject read(@PathParam("id") String id) {
        notifications.markRead(currentUser.get(), id(id));
        return unread();
    }

    @POST
    @Path("read")
    public JsonObject readAll() {
        notifications.markAllRead(currentUser.get());
        return unread();
    }

    private JsonObject unread() {
        return Json.createObjectBuilder().add("unread", notifications.unread(currentUser.get())).build();
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new DomainException("notify.api.unread.invalid", "unread");
        };
    }

    private static int number(String value, String field, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new NumberFormatException(value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new DomainException("notify.api.number.invalid", field, field, min, max);
        }
    }

    private static long id(String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new DomainException("notify.api.id.invalid", "id");
    }
}

package be.atrium.notify.api;

import be.atrium.identity.CurrentUser;
import be.atrium.notify.NotificationService;
import be.atrium.notify.Subscription;
import be.atrium.notify.SubscriptionTarget;
import be.atrium.notify.SubscriptionView;
import be.atrium.notify.WatchLevel;
import be.atrium.platform.DomainException;
import be.atrium.platform.api.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;

/**
 * What the caller watches. {@code GET}: {@code {"subscriptions": [{"target", "id"|"tag", "level",
 * "title", "url"}]}}, everything chosen (the defaults, one's own and answered threads, are not
 * listed). {@code PUT} with {@code {"subscriptions": [{"target": "THREAD|BOARD|TAG|WIKI_PAGE|
 * GUIDANCE_SERIES|ATRIUM", "id": n | "tag": "...", "level": "EVERYTHING|NEW_THREADS|NOTHING|null"}]}}
 * sets each one listed (null: back to the defaults) and answers as {@code GET}; all or nothing.
 */
@Path("/me/subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    @GET
    public JsonObject list() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (SubscriptionView s : notifications.subscriptions(currentUser.get())) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("target", s.kind().name());
            if (s.kind() == SubscriptionTarget.TAG) {
                b.add("tag", s.tag());
            } else {
                b.add("id", s.id());
            }
            b.add("level", s.level().name()).add("title", s.title());
            if (s.path() != null) {
                b.add("url", s.path());
            }
            items.add(b);
        }
        return Json.createObjectBuilder().add("subscriptions", items).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject change(JsonObject body) {
        JsonInput.of(body);
        JsonValue listed = body.get("subscriptions");
        if (listed == null || listed.getValueType() != JsonValue.ValueType.ARRAY || listed.asJsonArray().isEmpty()) {
            throw new DomainException("notify.api.subscriptions.required", "subscriptions");
        }
        List<NotificationService.Choice> changes = new ArrayList<>();
        for (JsonValue v : listed.asJsonArray()) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new DomainException("notify.api.subscriptions.required", "subscriptions");
            }
            JsonInput item = JsonInput.of(v.asJsonObject());
            SubscriptionTarget kind = item.enumValue("target", SubscriptionTarget.class, "notify.subscription.target.invalid")
                    .orElseThrow(() -> new DomainException("notify.subscription.target.invalid", "target"));
            Subscription.Target target = kind == SubscriptionTarget.TAG
                    ? Subscription.Target.tag(item.string("tag").orElse(null))
                    : Subscription.Target.of(kind, item.number("id")
                    .orElseThrow(() -> new DomainException("notify.subscription.id.required", "id")));
            WatchLevel level = item.enumValue("level", WatchLevel.class, "notify.subscription.level.invalid").orElse(null);
            if (level != null) {
                Subscription.requireLevel(kind, level);
            }
            changes.add(new NotificationService.Choice(target, level));
        }
        notifications.watchAll(currentUser.get(), changes);
        return list();
    }
}

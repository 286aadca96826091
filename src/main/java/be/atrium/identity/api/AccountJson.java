package be.atrium.identity.api;

import be.atrium.identity.Account;
import be.atrium.organisation.Organisation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** JSON shapes of accounts and organisations, as in API-CONTRACT.md. */
public final class AccountJson {

    private AccountJson() {
    }

    /**
     * An account as {@code viewer} may see it: {@code "email"} is null unless the viewer is an
     * administrator or the account itself ({@link Account#maySeeEmailOf}); the field is always there.
     */
    public static JsonObject account(Account a, Account viewer) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("username", a.getUsername())
                .add("displayName", a.getDisplayName())
                .add("role", a.getRole().name())
                .add("language", a.getLanguage().code())
                .add("enabled", a.isEnabled());
        if (a.getEmail() != null && viewer != null && viewer.maySeeEmailOf(a)) {
            b.add("email", a.getEmail());
        } else {
            b.addNull("email");
        }
        if (a.getOrganisation() != null) {
            b.add("organisation", organisation(a.getOrganisation()));
        } else {
            b.addNull("organisation");
        }
        return b.build();
    }

    /** One account with its grants (single-account answers only: the grants are a query of their own). */
    public static JsonObject accountWithGrants(Account a, Account viewer) {
        JsonArrayBuilder grants = Json.createArrayBuilder();
        a.getGrants().stream().map(Enum::name).sorted().forEach(grants::add);
        return Json.createObjectBuilder(account(a, viewer)).add("grants", grants).build();
    }

    public static JsonObject organisation(Organisation o) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", o.getId())
                .add("name", o.getName())
                .add("level", o.getLevel().name());
        if (o.getNisCode() != null) {
            b.add("nisCode", o.getNisCode());
        } else {
            b.addNull("nisCode");
        }
        if (o.getProvince() != null) {
            b.add("province", o.getProvince().getName());
        } else {
            b.addNull("province");
        }
        if (o.getMergedInto() != null) {
            b.add("mergedInto", o.getMergedInto().getId());
        }
        return b.build();
    }
}

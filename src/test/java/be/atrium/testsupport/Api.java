package be.atrium.testsupport;

import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static be.atrium.testsupport.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * What the API tests (client side, {@code @RunAsClient}) share: the bootstrap administrator's
 * token, the password of the accounts they make, and names no other test uses. All tests of a run
 * share one server and one database, so every test makes its own accounts and content.
 */
public final class Api {

    /** The bootstrap token of {@code admin}, set with {@code -Datrium.admin.token} in arquillian.xml. */
    public static final String ADMIN = bearer("it-admin-token-0123456789");
    /** The password of every account made by {@link #newOfficial}. */
    public static final String PASSWORD = "correct horse battery";

    private Api() {
    }

    /** Eight random digits, to make names (accounts, Atria, tags) that no other test uses. */
    public static String suffix() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A new official of Gent with {@link #PASSWORD}, made through the API as an administrator would. */
    public static String newOfficial(Http http) {
        return newOfficial(http, gent(http));
    }

    /** New officials of Gent with {@link #PASSWORD}, made through the API as an administrator would. */
    public static List<String> newOfficials(Http http, int count) {
        long gent = gent(http);
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            usernames.add(newOfficial(http, gent));
        }
        return usernames;
    }

    /** The id of the organisation Gent (NIS code 44021). */
    private static long gent(Http http) {
        return municipality(http, "44021");
    }

    /** The id of a municipality by its NIS code. */
    public static long municipality(Http http, String nisCode) {
        Http.Result organisations = http.get("api/v1/organisations?level=MUNICIPAL", ADMIN);
        return organisations.array().stream().map(JsonValue::asJsonObject)
                .filter(o -> nisCode.equals(o.getString("nisCode"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** The id of the Flemish agency. */
    public static long flemishAgency(Http http) {
        return http.get("api/v1/organisations?level=FLEMISH", ADMIN).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private static String newOfficial(Http http, long gent) {
        return newAccount(http, gent, "OFFICIAL");
    }

    /**
     * A new account of an organisation with a network-wide role ({@code OFFICIAL},
     * {@code RELATIONSHIP_MANAGER}, {@code ADMINISTRATOR}) and {@link #PASSWORD}; its e-mail
     * address is {@code username@gent.example}.
     */
    public static String newAccount(Http http, long organisationId, String role) {
        String username = "api" + suffix();
        Http.Result created = http.send("POST", "api/v1/accounts", ADMIN, "{\"username\": \"" + username
                + "\", \"displayName\": \"Tester " + username + "\", \"email\": \"" + username + "@gent.example\", "
                + "\"organisationId\": " + organisationId + ", \"role\": \"" + role + "\", \"password\": \""
                + PASSWORD + "\"}");
        assertEquals(201, created.status(), created.toString());
        assertNotNull(created.object().getJsonObject("organisation"));
        return username;
    }

    /** Makes an account a member ({@code MEMBER} or {@code MODERATOR}) of an Atrium, as the administrator. */
    public static void setMember(Http http, String slug, String username, String role) {
        Http.Result r = http.send("PUT", "api/v1/atria/" + slug + "/members/" + username, ADMIN,
                "{\"role\": \"" + role + "\"}");
        assertEquals(200, r.status(), r.toString());
    }

    /** The id of what a POST made (201). */
    public static long id(Http.Result created) {
        assertEquals(201, created.status(), created.toString());
        return created.object().getJsonNumber("id").longValue();
    }

    /**
     * A word no other test uses, of lower-case letters only (the search analysis splits digits
     * off): the prefix and eight random letters.
     */
    public static String uniqueWord(String prefix) {
        StringBuilder w = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return w.toString();
    }
}

package be.atrium.home;

import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.id;
import static be.atrium.testsupport.Api.setMember;
import static be.atrium.testsupport.Api.uniqueWord;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Api.suffix;
import static be.atrium.testsupport.Http.basic;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an outsider of a member-only Atrium can learn through the API, call by call, as an
 * attacker would try it: an id it may not see answers exactly as an id that does not exist
 * (wiki parent, promotion parent, quoting), tag lists and counts leave the Atrium's cases out,
 * an escalated question does not name the Atrium it left, and nobody reads other people's
 * e-mail addresses unless they chose to be a contact (administrators and the person themself do).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorisationApiIT {

    /** Larger than any id a test run makes: an id that does not exist. */
    private static final long MISSING = 900_000_000L;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    /** A member-only Atrium with one member (its moderator), and an outsider who is a member of Gent. */
    private record Closed(Http http, String slug, String member, String outsider) {
        String memberAuth() {
            return basic(member, PASSWORD);
        }

        String outsiderAuth() {
            return basic(outsider, PASSWORD);
        }
    }

    private Closed closedAtrium() {
        Http http = new Http(base);
        String slug = "it-auth-" + suffix();
        Http.Result atrium = http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": "
                + "\"Besloten " + slug + "\", \"kind\": \"THEMATIC\", \"membersOnly\": true}");
        assertEquals(201, atrium.status(), atrium.toString());
        String member = newOfficial(http);
        String outsider = newOfficial(http);
        setMember(http, slug, member, "MODERATOR");
        setMember(http, "gent", outsider, "MEMBER");
        return new Closed(http, slug, member, outsider);
    }

    /** The same status and the same body: nothing tells the two ids apart. */
    private static void assertSameAnswer(Http.Result hidden, Http.Result missing, String what) {
        assertEquals(missing.status(), hidden.status(), what + ": " + hidden + " / " + missing);
        assertEquals(missing.body(), hidden.body(), what);
        assertTrue(hidden.status() >= 400 && hidden.status() < 500, what + ": " + hidden);
    }

    @Test
    void anIdOfAMemberOnlyAtriumAnswersAnOutsiderExactlyAsAnIdThatDoesNotExist() {
        Closed c = closedAtrium();
        Http http = c.http();
        long hiddenPage = id(http.send("POST", "api/v1/wiki", c.memberAuth(), "{\"title\": \"Besloten pagina "
                + c.slug() + "\", \"body\": \"Alleen voor de leden.\", \"atrium\": \"" + c.slug() + "\"}"));
        long hiddenThread = id(http.send("POST", "api/v1/atria/" + c.slug() + "/threads", c.memberAuth(),
                "{\"kind\": \"QUESTION\", \"title\": \"Besloten vraag " + c.slug() + "?\", \"body\": \"Geheim.\"}"));
        long hiddenPost = http.get("api/v1/threads/" + hiddenThread, c.memberAuth()).object().getJsonArray("posts")
                .getJsonObject(0).getJsonNumber("id").longValue();

        // the page itself
        assertSameAnswer(http.get("api/v1/wiki/" + hiddenPage, c.outsiderAuth()),
                http.get("api/v1/wiki/" + MISSING, c.outsiderAuth()), "reading the page");

        // a parent for a new page in an Atrium the outsider may write in
        String page = "{\"title\": \"Onderpagina " + suffix() + "\", \"body\": \"Tekst.\", \"atrium\": \"gent\", \"parent\": ";
        Http.Result hiddenParent = http.send("POST", "api/v1/wiki", c.outsiderAuth(), page + hiddenPage + "}");
        assertSameAnswer(hiddenParent, http.send("POST", "api/v1/wiki", c.outsiderAuth(), page + MISSING + "}"),
                "wiki parent");
        assertEquals(400, hiddenParent.status());
        assertEquals("wiki.parent.unknown", hiddenParent.object().getString("error"));
        assertEquals("parent", hiddenParent.object().getString("field"));

        // the outsider's own solved question, promoted under a parent
        long question = id(http.send("POST", "api/v1/atria/gent/threads", c.outsiderAuth(), "{\"kind\": \"QUESTION\", "
                + "\"title\": \"Open vraag " + c.slug() + "?\", \"body\": \"Wie weet het?\"}"));
        long answer = id(http.send("POST", "api/v1/threads/" + question + "/posts", basic(newOfficial(http), PASSWORD),
                "{\"body\": \"Zo doe je het.\"}"));
        assertEquals(200, http.send("POST", "api/v1/posts/" + answer + "/accept", c.outsiderAuth(), null).status());
        String promote = "{\"post\": " + answer + ", \"title\": \"Gepromoveerd " + suffix() + "\", \"parent\": ";
        Http.Result promotedUnderHidden = http.send("POST", "api/v1/threads/" + question + "/promote", c.outsiderAuth(),
                promote + hiddenPage + "}");
        assertSameAnswer(promotedUnderHidden, http.send("POST", "api/v1/threads/" + question + "/promote",
                c.outsiderAuth(), promote + MISSING + "}"), "promotion parent");
        assertEquals("wiki.parent.unknown", promotedUnderHidden.object().getString("error"));
        assertSameAnswer(http.send("POST", "api/v1/threads/" + question + "/promote", c.outsiderAuth(),
                        "{\"post\": null, \"page\": " + hiddenPage + "}"),
                http.send("POST", "api/v1/threads/" + question + "/promote", c.outsiderAuth(),
                        "{\"post\": null, \"page\": " + MISSING + "}"), "promotion into a page");

        // quoting a post
        Http.Result quoteHidden = http.send("POST", "api/v1/threads/" + question + "/posts", c.outsiderAuth(),
                "{\"body\": \"Zoals gezegd.\", \"quotedPostId\": " + hiddenPost + "}");
        assertSameAnswer(quoteHidden, http.send("POST", "api/v1/threads/" + question + "/posts", c.outsiderAuth(),
                "{\"body\": \"Zoals gezegd.\", \"quotedPostId\": " + MISSING + "}"), "quoting");
        assertEquals(400, quoteHidden.status());
        assertEquals("quotedPostId", quoteHidden.object().getString("field"));
        assertEquals(1, http.get("api/v1/threads/" + question, c.outsiderAuth()).object().getInt("replies"),
                "nothing was posted");

        // the member gets what the outsider may not
        assertEquals(201, http.send("POST", "api/v1/wiki", c.memberAuth(), "{\"title\": \"Onder " + suffix()
                + "\", \"body\": \"Tekst.\", \"atrium\": \"" + c.slug() + "\", \"parent\": " + hiddenPage + "}").status());
    }

    @Test
    void tagListsAndCountsForAnOutsiderLeaveTheCasesOfAMemberOnlyAtriumOut() {
        Closed c = closedAtrium();
        Http http = c.http();
        String word = uniqueWord("slikke");
        String secret = "geheim-" + word;
        id(http.send("POST", "api/v1/practice", c.memberAuth(), "{\"title\": \"Besloten " + word + "\", "
                + "\"context\": \"De situatie.\", \"approach\": \"De aanpak.\", \"atrium\": \"" + c.slug() + "\", "
                + "\"themes\": [\"" + secret + "\", \"" + secret + "-twee\"]}"));
        id(http.send("POST", "api/v1/practice", c.outsiderAuth(), "{\"title\": \"Open " + word + "\", "
                + "\"context\": \"De situatie.\", \"approach\": \"De aanpak.\", \"themes\": [\"open-" + word + "\"]}"));

        // counts of the list, filtered by theme
        assertEquals(1, http.get("api/v1/practice?tag=" + secret, c.memberAuth()).object().getInt("total"));
        JsonObject outsiderList = http.get("api/v1/practice?tag=" + secret, c.outsiderAuth()).object();
        assertEquals(0, outsiderList.getInt("total"), outsiderList.toString());
        assertEquals(1, http.get("api/v1/practice?tag=open-" + word, c.outsiderAuth()).object().getInt("total"));

        // the facets of search, once the index has both cases
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                tagFacet(http, word, c.memberAuth()).containsKey(secret));
        Map<String, Integer> member = tagFacet(http, word, c.memberAuth());
        assertEquals(Map.of(secret, 1, secret + "-twee", 1, "open-" + word, 1), member);
        Map<String, Integer> outsider = tagFacet(http, word, c.outsiderAuth());
        assertEquals(Map.of("open-" + word, 1), outsider, "no theme and no count of the member-only case");
        JsonObject found = http.get("api/v1/search?type=practice&q=" + word, c.outsiderAuth()).object();
        assertEquals(1, found.getInt("total"), found.toString());
        assertFalse(found.toString().contains(secret), found.toString());
        JsonObject filtered = http.get("api/v1/search?type=practice&q=" + word + "&tag=" + secret, c.outsiderAuth())
                .object();
        assertEquals(0, filtered.getInt("total"), "filtering on the theme finds nothing either");
    }

    @Test
    void anEscalatedQuestionNamesTheMemberOnlyAtriumItLeftOnlyToThoseWhoSeeIt() {
        Closed c = closedAtrium();
        Http http = c.http();
        long thread = id(http.send("POST", "api/v1/atria/" + c.slug() + "/threads", c.memberAuth(),
                "{\"kind\": \"QUESTION\", \"title\": \"Voor de experten " + suffix() + "?\", \"body\": \"Wie weet het?\"}"));
        Http.Result escalated = http.send("POST", "api/v1/threads/" + thread + "/escalate", c.memberAuth(),
                "{\"board\": \"expert-vlaanderen\"}");
        assertEquals(200, escalated.status(), escalated.toString());
        assertEquals(c.slug(), escalated.object().getString("escalatedFrom"), "the moderator who escalated sees it");

        JsonObject asOutsider = http.get("api/v1/threads/" + thread, c.outsiderAuth()).object();
        assertEquals("expert-vlaanderen", asOutsider.getString("board"), "the question itself is open on the expert board");
        assertTrue(asOutsider.containsKey("escalatedFrom"), "the field keeps its place");
        assertEquals(JsonValue.NULL, asOutsider.get("escalatedFrom"));
        assertFalse(asOutsider.toString().contains(c.slug()), asOutsider.toString());
        JsonObject listed = http.get("api/v1/boards/expert-vlaanderen/threads?limit=100", c.outsiderAuth()).object()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("id").longValue() == thread).findFirst().orElseThrow();
        assertEquals(JsonValue.NULL, listed.get("escalatedFrom"));

        assertEquals(c.slug(), http.get("api/v1/threads/" + thread, c.memberAuth()).object().getString("escalatedFrom"));
        assertEquals(c.slug(), http.get("api/v1/threads/" + thread, ADMIN).object().getString("escalatedFrom"));
    }

    @Test
    void emailAddressesAreShownToAdministratorsAndThePersonThemselfOnly() {
        Closed c = closedAtrium();
        Http http = c.http();
        String colleague = newOfficial(http);
        setMember(http, c.slug(), colleague, "MEMBER");

        Map<String, JsonValue> seenByColleague = emails(http.get("api/v1/atria/" + c.slug() + "/members",
                basic(colleague, PASSWORD)));
        assertEquals(Json.string(colleague + "@gent.example"), seenByColleague.get(colleague), "one's own address");
        seenByColleague.remove(colleague);
        assertTrue(seenByColleague.containsKey(c.member()), seenByColleague.toString());
        assertTrue(seenByColleague.values().stream().allMatch(JsonValue.NULL::equals),
                "an ordinary member sees no other member's address: " + seenByColleague);
        Map<String, JsonValue> seenByModerator = emails(http.get("api/v1/atria/" + c.slug() + "/members", c.memberAuth()));
        assertEquals(JsonValue.NULL, seenByModerator.get(colleague), "a moderator is no administrator");
        Map<String, JsonValue> seenByAdmin = emails(http.get("api/v1/atria/" + c.slug() + "/members", ADMIN));
        assertEquals(Json.string(c.member() + "@gent.example"), seenByAdmin.get(c.member()));
        assertEquals(Json.string(colleague + "@gent.example"), seenByAdmin.get(colleague));
        assertEquals(colleague + "@gent.example", http.get("api/v1/me", basic(colleague, PASSWORD)).object()
                .getString("email"), "one's own address");
        Http.Result setRole = http.send("PUT", "api/v1/atria/" + c.slug() + "/members/" + colleague, c.memberAuth(),
                "{\"role\": \"MEMBER\"}");
        assertEquals(JsonValue.NULL, setRole.object().getJsonObject("account").get("email"), setRole.toString());

        // practice: the contact's address when they chose to be the contact, not when named by someone else
        String reader = c.outsider();
        long self = id(http.send("POST", "api/v1/practice", c.memberAuth(), "{\"title\": \"Eigen contact " + suffix()
                + "\", \"context\": \"c\", \"approach\": \"a\"}"));
        long named = id(http.send("POST", "api/v1/practice", c.memberAuth(), "{\"title\": \"Andere contactpersoon "
                + suffix() + "\", \"context\": \"c\", \"approach\": \"a\", \"contact\": \"" + colleague + "\"}"));
        JsonObject selfCase = http.get("api/v1/practice/" + self, basic(reader, PASSWORD)).object();
        assertEquals(c.member() + "@gent.example", selfCase.getJsonObject("contact").getString("email"),
                "the author named themself: that is choosing to be reached");
        JsonObject namedCase = http.get("api/v1/practice/" + named, basic(reader, PASSWORD)).object();
        assertEquals(JsonValue.NULL, namedCase.getJsonObject("contact").get("email"), namedCase.toString());
        assertEquals(JsonValue.NULL, namedCase.getJsonObject("author").get("email"));
        assertEquals(JsonValue.NULL, http.get("api/v1/practice/" + named, c.memberAuth()).object()
                .getJsonObject("contact").get("email"), "not even to the author who named them");
        assertEquals(colleague + "@gent.example", http.get("api/v1/practice/" + named, basic(colleague, PASSWORD))
                .object().getJsonObject("contact").getString("email"));
        assertEquals(colleague + "@gent.example", http.get("api/v1/practice/" + named, ADMIN).object()
                .getJsonObject("contact").getString("email"));

        // the named contact saves the case as its contact: now they chose it
        assertEquals(200, http.send("PUT", "api/v1/practice/" + named, basic(colleague, PASSWORD),
                "{\"contact\": \"" + colleague + "\"}").status());
        assertEquals(colleague + "@gent.example", http.get("api/v1/practice/" + named, basic(reader, PASSWORD))
                .object().getJsonObject("contact").getString("email"));
    }

    private static Map<String, JsonValue> emails(Http.Result members) {
        assertEquals(200, members.status(), members.toString());
        return members.array().stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(
                m -> m.getString("username"), m -> m.getJsonObject("account").get("email"), (a, b) -> a,
                java.util.HashMap::new));
    }

    private static Map<String, Integer> tagFacet(Http http, String word, String auth) {
        JsonObject result = http.get("api/v1/search?type=practice&q=" + word, auth).object();
        JsonObject tags = result.getJsonObject("facets").getJsonObject("tag");
        return tags.keySet().stream().collect(Collectors.toMap(k -> k, tags::getInt));
    }

    /** JSON string values to compare with. */
    private static final class Json {
        static JsonValue string(String s) {
            return jakarta.json.Json.createValue(s);
        }
    }
}

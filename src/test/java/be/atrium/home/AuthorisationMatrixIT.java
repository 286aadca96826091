package be.atrium.home;

import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import be.atrium.testsupport.PageSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static be.atrium.home.AuthorisationMatrixIT.Kind.MEMBERS_ONLY;
import static be.atrium.home.AuthorisationMatrixIT.Kind.OPEN;
import static be.atrium.home.AuthorisationMatrixIT.Outcome.ALLOWED;
import static be.atrium.home.AuthorisationMatrixIT.Outcome.FORBIDDEN;
import static be.atrium.home.AuthorisationMatrixIT.Outcome.HIDDEN;
import static be.atrium.home.AuthorisationMatrixIT.Outcome.NOT_FOUND;
import static be.atrium.home.AuthorisationMatrixIT.Outcome.UNAUTHENTICATED;
import static be.atrium.home.AuthorisationMatrixIT.Role.ADMINISTRATOR;
import static be.atrium.home.AuthorisationMatrixIT.Role.ANONYMOUS;
import static be.atrium.home.AuthorisationMatrixIT.Role.EDITOR;
import static be.atrium.home.AuthorisationMatrixIT.Role.MANAGER;
import static be.atrium.home.AuthorisationMatrixIT.Role.MEMBER;
import static be.atrium.home.AuthorisationMatrixIT.Role.MODERATOR;
import static be.atrium.home.AuthorisationMatrixIT.Role.OTHER_MANAGER;
import static be.atrium.home.AuthorisationMatrixIT.Role.OUTSIDER;
import static be.atrium.home.AuthorisationMatrixIT.Role.PUBLISHER;
import static be.atrium.home.AuthorisationMatrixIT.Role.TOKEN;
import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.flemishAgency;
import static be.atrium.testsupport.Api.id;
import static be.atrium.testsupport.Api.municipality;
import static be.atrium.testsupport.Api.newAccount;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Api.setMember;
import static be.atrium.testsupport.Api.suffix;
import static be.atrium.testsupport.Api.uniqueWord;
import static be.atrium.testsupport.Http.basic;
import static be.atrium.testsupport.Http.bearer;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 10's authorisation matrix: who (the columns: {@link Role}) may do what (the rows:
 * {@link #capabilities}, through the API and through the pages) in an open and in a
 * member-only Atrium ({@link Kind}). Every cell's expected {@link Outcome} is data, derived
 * from the product rules in {@link #sees}, {@link #moderates} and the rules of each row; every
 * cell is tried and all mismatches are reported at once, so one run shows every leak.
 * <p>
 * Each Atrium holds content of every kind, each piece with its own marker word (a thread with
 * tags, an accepted reply, a wiki page with a sub-page and tags, guidance for the Atrium, a
 * practice case with themes, a flag). A read that is allowed must show the marker, one that
 * is not must not show it, anywhere in the answer: in lists, counts, tag lists, facets,
 * suggestions and spelling corrections as much as on the content's own address. What a
 * member-only Atrium holds answers those who may not see it exactly as a missing id does (the
 * same status and body as the same call with an id or slug that does not exist).
 * <p>
 * Pages are read with plain HTTP in a signed-in session ({@link PageSession}), not a browser.
 * An access token opens the API only: on a page it is as good as nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorisationMatrixIT {

    /** Larger than any id a test run makes: an id that does not exist. */
    private static final long MISSING = 900_000_000L;
    /** The municipality both Atria cover and {@link Role#MANAGER} coaches. */
    private static final String COVERED_NIS = "11001";
    private static final Pattern ACCOUNT_LINK = Pattern.compile("admin-account\\.xhtml\\?id=(\\d+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    private Http http;
    /** The id of the municipality both Atria cover. */
    private long covered;
    /** The id of Gent, the municipality of the officials. */
    private long gent;
    /** The account of each role that has one (the administrator is {@code admin}). */
    private final Map<Role, String> usernames = new EnumMap<>(Role.class);

    /** The columns: who asks. */
    enum Role {
        /** Nobody signed in. */
        ANONYMOUS,
        /** An official who is a member of another Atrium (Gent). */
        OUTSIDER,
        /** A member of the Atrium, who asked its question and wrote its wiki page and practice case. */
        MEMBER,
        /** A moderator of the Atrium (a membership role). */
        MODERATOR,
        /** The relationship manager of a municipality the Atrium covers. */
        MANAGER,
        /** A relationship manager of other municipalities. */
        OTHER_MANAGER,
        /** An official with the editor grant (network-wide knowledge base), not a member. */
        EDITOR,
        /**
         * A provincial official with the publisher grant (guidance), not a member; the guidance of
         * the Atria is the Flemish agency's (the administrator's organisation).
         */
        PUBLISHER,
        /** A platform administrator. */
        ADMINISTRATOR,
        /** Another member of the Atrium, with a personal access token instead of a password. */
        TOKEN
    }

    /** The two kinds of Atrium. */
    enum Kind {
        OPEN, MEMBERS_ONLY
    }

    /** What a cell may give. */
    enum Outcome {
        /** 2xx, and a read shows the marker. */
        ALLOWED,
        /** 2xx without the marker: a list, count or search that leaves it out. */
        HIDDEN,
        /** 404 (or the same 400 as for a missing reference), exactly as for an id that does not exist. */
        NOT_FOUND,
        /** 403, without the marker. */
        FORBIDDEN,
        /** 401 from the API, the login page from a page. */
        UNAUTHENTICATED
    }

    enum Channel {
        API, PAGE
    }

    // --- the product rules

    /** Whether the Atrium and its content exist for the role: all signed in for an open one; members, coaches, administrators. */
    static boolean sees(Role r, Kind k) {
        if (r == ANONYMOUS) {
            return false;
        }
        return k == OPEN || EnumSet.of(MEMBER, MODERATOR, MANAGER, ADMINISTRATOR, TOKEN).contains(r);
    }

    /** Moderators of an Atrium: its moderator members, the relationship managers of its municipalities, administrators. */
    static boolean moderates(Role r) {
        return EnumSet.of(MODERATOR, MANAGER, ADMINISTRATOR).contains(r);
    }

    /** Guidance addressed to the Atrium: its members (the audience), relationship managers and administrators. */
    static boolean readsGuidance(Role r) {
        return EnumSet.of(MEMBER, MODERATOR, TOKEN, MANAGER, OTHER_MANAGER, ADMINISTRATOR).contains(r);
    }

    /** Those who edit the Atrium's knowledge base: its members and moderators. */
    static boolean editsWiki(Role r) {
        return EnumSet.of(MEMBER, MODERATOR, TOKEN, MANAGER, ADMINISTRATOR).contains(r);
    }

    /** Those who edit a practice case of a municipality: its author, the municipality's relationship manager, administrators. */
    static boolean editsPractice(Role r) {
        return EnumSet.of(MEMBER, MANAGER, ADMINISTRATOR).contains(r);
    }

    /** A read of something of the Atrium by its address. */
    static Outcome byAddress(Role r, boolean allowed) {
        return r == ANONYMOUS ? UNAUTHENTICATED : allowed ? ALLOWED : NOT_FOUND;
    }

    /** A list, count or search that may or may not include it. */
    static Outcome listed(Role r, boolean allowed) {
        return r == ANONYMOUS ? UNAUTHENTICATED : allowed ? ALLOWED : HIDDEN;
    }

    /** Something done to the Atrium's content: not found for those who do not see it, else allowed or forbidden. */
    static Outcome write(Role r, Kind k, boolean may) {
        if (r == ANONYMOUS) {
            return UNAUTHENTICATED;
        }
        if (!sees(r, k)) {
            return NOT_FOUND;
        }
        return may ? ALLOWED : FORBIDDEN;
    }

    // --- the rows

    /** What a probe answered. */
    record Answer(int status, String body, String location) {
        static Answer of(Http.Result r) {
            return new Answer(r.status(), r.body(), r.header("Location"));
        }

        static Answer of(HttpResponse<String> r) {
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** One role's way in: its API credentials and its page session. */
    record Caller(Role role, String auth, PageSession pages) {
    }

    /** What one Atrium holds, with the marker of each piece. */
    record Fixture(Kind kind, String slug, String otherSlug, String word, long thread, long reply, long otherReply,
                   long opening, long attachment, long wiki, long subPage, long guidance, long networkGuidance,
                   long practice, String attachmentMark, String threadMark, String replyMark,
                   String flagMark, String tagMark, String wikiMark, String subPageMark, String wikiTagMark,
                   String guidanceMark, String practiceMark, String themeMark, String colleague, String newsMark) {

        /** The same Atrium with every id and slug replaced by one that does not exist. */
        Fixture missing() {
            return new Fixture(kind, "nx" + slug, otherSlug, word, MISSING, MISSING, MISSING, MISSING, MISSING, MISSING,
                    MISSING, MISSING, MISSING, MISSING, attachmentMark, threadMark, replyMark, flagMark, tagMark, wikiMark, subPageMark, wikiTagMark,
                    guidanceMark, practiceMark, themeMark, colleague, newsMark);
        }
    }

    @FunctionalInterface
    interface Probe {
        Answer run(Caller caller, Fixture f);
    }

    /**
     * A row: what is tried, by which channel, the expected outcome per role and kind, and when
     * an answer shows the protected thing (null for a write: its status says it all).
     */
    record Capability(String name, Channel channel, BiFunction<Role, Kind, Outcome> rule, Probe probe,
                      BiPredicate<Fixture, String> shows, boolean changes) {
    }

    private static BiPredicate<Fixture, String> showing(java.util.function.Function<Fixture, String> marker) {
        return (f, body) -> body.contains(marker.apply(f));
    }

    /** A count: a total above zero, or the marker. */
    private static BiPredicate<Fixture, String> counting(java.util.function.Function<Fixture, String> marker) {
        return (f, body) -> body.contains(marker.apply(f)) || total(body) > 0;
    }

    private static long total(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject o = reader.readObject();
            return o.containsKey("total") ? o.getJsonNumber("total").longValue() : 0;
        } catch (RuntimeException notAnObject) {
            return 0;
        }
    }

    private List<Capability> capabilities() {
        List<Capability> rows = new ArrayList<>();
        // --- API: reads, lists, counts
        rows.add(api("Atria list", (r, k) -> listed(r, sees(r, k)), (c, f) -> get(c, "api/v1/atria"),
                showing(Fixture::slug)));
        rows.add(api("Atrium", (r, k) -> byAddress(r, sees(r, k)), (c, f) -> get(c, "api/v1/atria/" + f.slug()),
                showing(Fixture::slug)));
        rows.add(api("my Atria (/me)", (r, k) -> listed(r, EnumSet.of(MEMBER, MODERATOR, TOKEN).contains(r)),
                (c, f) -> get(c, "api/v1/me"), showing(Fixture::slug)));
        rows.add(api("member list", (r, k) -> byAddress(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/atria/" + f.slug() + "/members"), showing(Fixture::colleague)));
        rows.add(api("member e-mail addresses", (r, k) -> !sees(r, k) ? byAddress(r, false)
                        : r == ADMINISTRATOR ? ALLOWED : HIDDEN,
                (c, f) -> get(c, "api/v1/atria/" + f.slug() + "/members"), showing(f -> f.colleague() + "@gent.example")));
        rows.add(api("thread list", (r, k) -> byAddress(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/atria/" + f.slug() + "/threads"), showing(Fixture::threadMark)));
        rows.add(api("thread count by tag", (r, k) -> byAddress(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/atria/" + f.slug() + "/threads?tag=" + f.tagMark()), counting(Fixture::threadMark)));
        rows.add(api("thread with accepted answer", (r, k) -> byAddress(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/threads/" + f.thread()), showing(Fixture::replyMark)));
        rows.add(api("post revisions", (r, k) -> byAddress(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/posts/" + f.reply() + "/revisions"), showing(Fixture::replyMark)));
        rows.add(api("post attachments", (r, k) -> byAddress(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/posts/" + f.opening() + "/attachments"), showing(Fixture::attachmentMark)));
        rows.add(api("attachment download", (r, k) -> byAddress(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/attachments/" + f.attachment()), showing(Fixture::attachmentMark)));
        rows.add(api("wiki list", (r, k) -> byAddress(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/wiki?atrium=" + f.slug()), showing(Fixture::wikiMark)));
        rows.add(api("wiki page", (r, k) -> byAddress(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/wiki/" + f.wiki()), showing(Fixture::wikiMark)));
        rows.add(api("wiki sub-pages", (r, k) -> byAddress(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/wiki/" + f.wiki() + "/children"), showing(Fixture::subPageMark)));
        rows.add(api("wiki revisions", (r, k) -> byAddress(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/wiki/" + f.subPage() + "/revisions"), (f, body) -> body.contains("\"revision\"")));
        rows.add(api("guidance list", (r, k) -> listed(r, readsGuidance(r)),
                (c, f) -> get(c, "api/v1/guidance?limit=100"), showing(Fixture::guidanceMark)));
        rows.add(api("guidance", (r, k) -> byAddress(r, readsGuidance(r)),
                (c, f) -> get(c, "api/v1/guidance/" + f.guidance()), showing(Fixture::guidanceMark)));
        rows.add(api("guidance names its audience", (r, k) -> !readsGuidance(r) ? byAddress(r, false)
                        : sees(r, k) ? ALLOWED : HIDDEN,
                (c, f) -> get(c, "api/v1/guidance/" + f.guidance()), showing(Fixture::slug)));
        rows.add(api("practice list", (r, k) -> listed(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/practice?limit=100"), showing(Fixture::practiceMark)));
        rows.add(api("practice count by theme", (r, k) -> listed(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/practice?tag=" + f.themeMark()), counting(Fixture::practiceMark)));
        rows.add(api("practice case", (r, k) -> byAddress(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/practice/" + f.practice()), showing(Fixture::practiceMark)));
        rows.add(api("search hits and total", (r, k) -> listed(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/search?limit=50&q=" + f.word()), counting(Fixture::threadMark)));
        rows.add(api("search tag facet", (r, k) -> listed(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/search?q=" + f.word()),
                (f, body) -> body.contains(f.tagMark()) || body.contains(f.themeMark()) || body.contains(f.wikiTagMark())));
        rows.add(api("search Atrium facet", (r, k) -> listed(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/search?q=" + f.word()), showing(Fixture::slug)));
        rows.add(api("search filtered by tag", (r, k) -> listed(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/search?q=" + f.word() + "&tag=" + f.tagMark()), counting(Fixture::threadMark)));
        rows.add(api("search filtered by Atrium", (r, k) -> listed(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/search?q=" + f.word() + "&atrium=" + f.slug()), counting(Fixture::threadMark)));
        rows.add(api("search for guidance", (r, k) -> listed(r, readsGuidance(r)),
                (c, f) -> get(c, "api/v1/search?q=" + f.guidanceMark()), counting(Fixture::guidanceMark)));
        rows.add(api("search spelling suggestion", (r, k) -> listed(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/search?q=" + typo(f.threadMark())), showing(Fixture::threadMark)));
        rows.add(api("search suggest", (r, k) -> listed(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/search/suggest?q=" + f.threadMark()), showing(Fixture::threadMark)));
        rows.add(api("search similar", (r, k) -> listed(r, sees(r, k)),
                (c, f) -> get(c, "api/v1/search/similar?title=" + enc("Vraag over " + f.threadMark())),
                showing(Fixture::threadMark)));
        // --- API: writes
        rows.add(change("ask", (r, k) -> write(r, k, true), (c, f) -> send(c, "POST", "api/v1/atria/" + f.slug()
                + "/threads", "{\"kind\": \"DISCUSSION\", \"title\": \"Vraag " + suffix() + "\", \"body\": \"Tekst.\"}"), null));
        rows.add(change("reply", (r, k) -> write(r, k, true), (c, f) -> reply(c, f), null));
        rows.add(change("edit own post", (r, k) -> write(r, k, true), (c, f) -> {
            Answer posted = reply(c, f);
            if (!posted.ok()) {
                return posted;
            }
            long own = object(posted.body()).getJsonNumber("id").longValue();
            return send(c, "PUT", "api/v1/posts/" + own, "{\"body\": \"Verbeterd.\"}");
        }, null));
        rows.add(change("edit another's post", (r, k) -> write(r, k, false),
                (c, f) -> send(c, "PUT", "api/v1/posts/" + f.otherReply(), "{\"body\": \"Overschreven.\"}"), null));
        rows.add(change("withdraw another's post", (r, k) -> write(r, k, false),
                (c, f) -> send(c, "POST", "api/v1/posts/" + f.otherReply() + "/withdraw", null), null));
        rows.add(change("vote helpful", (r, k) -> write(r, k, true),
                (c, f) -> send(c, "POST", "api/v1/posts/" + f.reply() + "/helpful", null), null));
        rows.add(change("accept an answer", (r, k) -> write(r, k, EnumSet.of(MEMBER, MODERATOR, MANAGER, ADMINISTRATOR)
                .contains(r)), (c, f) -> send(c, "POST", "api/v1/posts/" + freshAnswer(f) + "/accept", null), null));
        rows.add(change("flag a post", (r, k) -> write(r, k, true), (c, f) -> send(c, "POST", "api/v1/posts/" + f.reply()
                + "/flags", "{\"reason\": \"OFF_TOPIC\", \"note\": \"Naast de kwestie.\"}"), null));
        rows.add(change("moderation queue", (r, k) -> write(r, k, moderates(r)),
                (c, f) -> get(c, "api/v1/atria/" + f.slug() + "/flags"), showing(Fixture::flagMark)));
        rows.add(change("lock a thread", (r, k) -> write(r, k, moderates(r)),
                (c, f) -> send(c, "POST", "api/v1/threads/" + freshThread(f) + "/lock", null), null));
        rows.add(change("move a thread", (r, k) -> write(r, k, moderates(r)),
                (c, f) -> send(c, "POST", "api/v1/threads/" + freshThread(f) + "/move",
                        "{\"board\": \"" + f.otherSlug() + "\"}"), null));
        rows.add(change("hide a post", (r, k) -> write(r, k, moderates(r)),
                (c, f) -> send(c, "POST", "api/v1/posts/" + freshReply(f) + "/hide", null), null));
        rows.add(change("create a wiki page", (r, k) -> write(r, k, editsWiki(r)), (c, f) -> send(c, "POST", "api/v1/wiki",
                "{\"title\": \"Nieuwe pagina " + suffix() + "\", \"body\": \"Tekst.\", \"atrium\": \"" + f.slug() + "\"}"),
                null));
        rows.add(change("create a wiki sub-page", (r, k) -> write(r, k, editsWiki(r)), (c, f) -> send(c, "POST",
                "api/v1/wiki", "{\"title\": \"Nieuwe onderpagina " + suffix() + "\", \"body\": \"Tekst.\", \"atrium\": \""
                        + f.slug() + "\", \"parent\": " + f.wiki() + "}"), null));
        rows.add(change("edit a wiki page", (r, k) -> write(r, k, editsWiki(r)), (c, f) -> send(c, "PUT",
                "api/v1/wiki/" + freshPage(f), "{\"body\": \"Herschreven.\", \"summary\": \"bewerkt\", "
                        + "\"baseRevision\": 1}"), null));
        rows.add(change("promote the accepted answer", (r, k) -> write(r, k, EnumSet.of(MEMBER, MODERATOR, MANAGER,
                ADMINISTRATOR).contains(r)), (c, f) -> send(c, "POST", "api/v1/threads/" + f.thread() + "/promote",
                "{\"post\": " + f.reply() + ", \"title\": \"Gepromoveerd " + suffix() + "\"}"), null));
        rows.add(change("publish guidance for the Atrium", (r, k) -> r == ANONYMOUS ? UNAUTHENTICATED
                : r == ADMINISTRATOR ? ALLOWED : r == PUBLISHER ? (k == OPEN ? ALLOWED : NOT_FOUND) : FORBIDDEN,
                (c, f) -> {
                    Answer created = send(c, "POST", "api/v1/guidance", "{\"kind\": \"GUIDELINE\", \"title\": \"Richtlijn "
                            + suffix() + "\", \"body\": \"Tekst.\", \"effectiveFrom\": \"2026-01-01\", \"audience\": "
                            + "{\"network\": false, \"atria\": [\"" + f.slug() + "\"]}}");
                    if (!created.ok()) {
                        return created;
                    }
                    return send(c, "POST", "api/v1/guidance/" + object(created.body()).getJsonNumber("id").longValue()
                            + "/publish", null);
                }, null));
        rows.add(change("guidance read receipts", (r, k) -> r == ANONYMOUS ? UNAUTHENTICATED
                : EnumSet.of(MANAGER, OTHER_MANAGER, ADMINISTRATOR).contains(r) ? ALLOWED
                : readsGuidance(r) ? FORBIDDEN : NOT_FOUND,
                (c, f) -> get(c, "api/v1/guidance/" + f.guidance() + "/receipts"), null));
        rows.add(change("guidance read receipts name the Atrium", (r, k) -> r == ANONYMOUS ? UNAUTHENTICATED
                        : EnumSet.of(MANAGER, OTHER_MANAGER, ADMINISTRATOR).contains(r) ? (sees(r, k) ? ALLOWED : HIDDEN)
                        : readsGuidance(r) ? FORBIDDEN : NOT_FOUND,
                (c, f) -> get(c, "api/v1/guidance/" + f.guidance() + "/receipts"), showing(Fixture::slug)));
        rows.add(change("network-wide guidance read receipts name the Atrium", (r, k) -> r == ANONYMOUS ? UNAUTHENTICATED
                        : EnumSet.of(MANAGER, OTHER_MANAGER, ADMINISTRATOR).contains(r) ? (sees(r, k) ? ALLOWED : HIDDEN)
                        : FORBIDDEN,
                (c, f) -> get(c, "api/v1/guidance/" + f.networkGuidance() + "/receipts"), showing(Fixture::slug)));
        rows.add(change("share a practice case in the Atrium", (r, k) -> write(r, k, true), (c, f) -> send(c, "POST",
                "api/v1/practice", "{\"title\": \"Praktijk " + suffix() + "\", \"context\": \"De situatie.\", "
                        + "\"approach\": \"De aanpak.\", \"municipality\": \"" + COVERED_NIS + "\", \"atrium\": \"" + f.slug()
                + "\"}"), null));
        rows.add(change("edit another's practice case", (r, k) -> write(r, k, editsPractice(r)),
                (c, f) -> send(c, "PUT", "api/v1/practice/" + freshCase(f), "{\"lessons\": \"Geleerd.\"}"), null));
        rows.add(change("highlight a practice case", (r, k) -> write(r, k, EnumSet.of(MANAGER, OTHER_MANAGER,
                ADMINISTRATOR).contains(r)), (c, f) -> send(c, "POST", "api/v1/practice/" + freshCase(f) + "/highlight",
                null), null));
        rows.add(change("manage members", (r, k) -> write(r, k, moderates(r)), (c, f) -> send(c, "PUT",
                "api/v1/atria/" + f.slug() + "/members/" + newAccount(http, gent, "OFFICIAL"), "{\"role\": \"MEMBER\"}"),
                null));
        rows.add(change("create an Atrium", (r, k) -> r == ANONYMOUS ? UNAUTHENTICATED : r == ADMINISTRATOR ? ALLOWED
                : FORBIDDEN, (c, f) -> send(c, "POST", "api/v1/atria", "{\"slug\": \"" + uniqueWord("nieuw")
                + "\", \"name\": \"Nieuw\", \"kind\": \"THEMATIC\", \"membersOnly\": " + (f.kind() == MEMBERS_ONLY) + "}"),
                null));
        // --- pages: reads, lists, counts
        rows.add(page("Atria page", (r, k) -> listed(r, sees(r, k)), f -> "network/atria.xhtml", showing(Fixture::slug)));
        rows.add(page("Atrium page", (r, k) -> byAddress(r, sees(r, k)), f -> "network/atrium.xhtml?slug=" + f.slug(),
                showing(Fixture::slug)));
        rows.add(page("home page: my Atria", (r, k) -> listed(r, EnumSet.of(MEMBER, MODERATOR).contains(r)),
                f -> "index.xhtml", showing(Fixture::slug)));
        rows.add(page("home page: new in my Atria", (r, k) -> listed(r, EnumSet.of(MEMBER, MODERATOR).contains(r)),
                f -> "index.xhtml", showing(Fixture::newsMark)));
        rows.add(page("organisation page: the Atria that cover it", (r, k) -> listed(r, sees(r, k)),
                f -> "network/organisation.xhtml?id=" + covered, showing(Fixture::slug)));
        rows.add(page("person page: the member's Atria", (r, k) -> listed(r, sees(r, k)),
                f -> "identity/person.xhtml?username=" + usernames.get(MEMBER), showing(Fixture::slug)));
        rows.add(page("board", (r, k) -> byAddress(r, sees(r, k)), f -> "discussion/board.xhtml?atrium=" + f.slug(),
                showing(Fixture::threadMark)));
        rows.add(page("board by tag", (r, k) -> byAddress(r, sees(r, k)),
                f -> "discussion/board.xhtml?atrium=" + f.slug() + "&tag=" + f.tagMark(), showing(Fixture::threadMark)));
        rows.add(page("thread", (r, k) -> byAddress(r, sees(r, k)), f -> "discussion/thread.xhtml?id=" + f.thread(),
                showing(Fixture::replyMark)));
        rows.add(page("post history", (r, k) -> byAddress(r, sees(r, k)),
                f -> "discussion/revisions.xhtml?post=" + f.reply(), showing(Fixture::replyMark)));
        rows.add(page("attachment download", (r, k) -> byAddress(r, sees(r, k)), f -> "files/" + f.attachment(),
                showing(Fixture::attachmentMark)));
        rows.add(page("ask page", (r, k) -> byAddress(r, sees(r, k)), f -> "discussion/ask.xhtml?atrium=" + f.slug(),
                showing(Fixture::slug)));
        rows.add(page("flag page", (r, k) -> byAddress(r, sees(r, k)), f -> "discussion/flag.xhtml?post=" + f.reply(),
                showing(Fixture::replyMark)));
        rows.add(page("edit another's post page", (r, k) -> write(r, k, false),
                f -> "discussion/edit-post.xhtml?post=" + f.otherReply(), showing(Fixture::flagMark)));
        rows.add(page("moderation queue page", (r, k) -> write(r, k, moderates(r)),
                f -> "discussion/moderation.xhtml?atrium=" + f.slug(), showing(Fixture::flagMark)));
        rows.add(page("moderate thread page", (r, k) -> write(r, k, moderates(r)),
                f -> "discussion/moderate-thread.xhtml?id=" + f.thread(), showing(Fixture::threadMark)));
        rows.add(page("promote page", (r, k) -> write(r, k, EnumSet.of(MEMBER, MODERATOR, MANAGER, ADMINISTRATOR)
                .contains(r)), f -> "knowledge/promote.xhtml?thread=" + f.thread() + "&post=" + f.reply(),
                showing(Fixture::threadMark)));
        rows.add(page("wiki index", (r, k) -> byAddress(r, sees(r, k)), f -> "wiki/index.xhtml?atrium=" + f.slug(),
                showing(Fixture::wikiMark)));
        rows.add(page("wiki tag list", (r, k) -> byAddress(r, sees(r, k)), f -> "wiki/index.xhtml?atrium=" + f.slug(),
                showing(Fixture::wikiTagMark)));
        rows.add(page("wiki page with sub-pages", (r, k) -> byAddress(r, sees(r, k)),
                f -> "wiki/page.xhtml?id=" + f.wiki(), showing(Fixture::subPageMark)));
        rows.add(page("wiki history", (r, k) -> byAddress(r, sees(r, k)), f -> "wiki/history.xhtml?id=" + f.subPage(),
                showing(Fixture::subPageMark)));
        rows.add(page("wiki edit page", (r, k) -> write(r, k, editsWiki(r)), f -> "wiki/edit.xhtml?id=" + f.wiki(),
                showing(Fixture::wikiMark)));
        rows.add(page("new wiki page in the Atrium", (r, k) -> write(r, k, editsWiki(r)),
                f -> "wiki/edit.xhtml?atrium=" + f.slug(), showing(Fixture::slug)));
        rows.add(page("guidance index", (r, k) -> listed(r, readsGuidance(r)), f -> "guidance/index.xhtml",
                showing(Fixture::guidanceMark)));
        rows.add(page("guidance page", (r, k) -> byAddress(r, readsGuidance(r)),
                f -> "guidance/guidance.xhtml?id=" + f.guidance(), showing(Fixture::guidanceMark)));
        rows.add(page("guidance page names its audience", (r, k) -> !readsGuidance(r) ? byAddress(r, false)
                : sees(r, k) ? ALLOWED : HIDDEN, f -> "guidance/guidance.xhtml?id=" + f.guidance(), showing(Fixture::slug)));
        rows.add(page("guidance receipts page", (r, k) -> r == ANONYMOUS ? UNAUTHENTICATED
                        : EnumSet.of(MANAGER, OTHER_MANAGER, ADMINISTRATOR).contains(r) ? ALLOWED
                        : readsGuidance(r) ? FORBIDDEN : NOT_FOUND,
                f -> "guidance/receipts.xhtml?id=" + f.guidance(), showing(Fixture::guidanceMark)));
        rows.add(page("practice index", (r, k) -> listed(r, sees(r, k)), f -> "practice/index.xhtml",
                showing(Fixture::practiceMark)));
        rows.add(page("practice index themes", (r, k) -> listed(r, sees(r, k)), f -> "practice/index.xhtml",
                showing(Fixture::themeMark)));
        rows.add(page("practice index by theme", (r, k) -> listed(r, sees(r, k)),
                f -> "practice/index.xhtml?tag=" + f.themeMark(), showing(Fixture::practiceMark)));
        rows.add(page("practice case page", (r, k) -> byAddress(r, sees(r, k)),
                f -> "practice/case.xhtml?id=" + f.practice(), showing(Fixture::practiceMark)));
        rows.add(page("new practice case: theme suggestions", (r, k) -> listed(r, sees(r, k)),
                f -> "practice/edit.xhtml", showing(Fixture::themeMark)));
        rows.add(page("new practice case: Atria to share in", (r, k) -> listed(r, sees(r, k)),
                f -> "practice/edit.xhtml", showing(Fixture::slug)));
        rows.add(page("edit another's practice case page", (r, k) -> write(r, k, editsPractice(r)),
                f -> "practice/edit.xhtml?id=" + f.practice(), showing(Fixture::practiceMark)));
        rows.add(page("search page", (r, k) -> listed(r, sees(r, k)), f -> "search/index.xhtml?q=" + f.word(),
                showing(Fixture::threadMark)));
        rows.add(page("search page facets", (r, k) -> listed(r, sees(r, k)), f -> "search/index.xhtml?q=" + f.word(),
                (f, body) -> body.contains(f.tagMark()) || body.contains(f.themeMark()) || body.contains(f.slug())));
        rows.add(page("search page spelling suggestion", (r, k) -> listed(r, sees(r, k)),
                f -> "search/index.xhtml?q=" + typo(f.threadMark()), showing(Fixture::threadMark)));
        rows.add(page("Atrium administration page", (r, k) -> r == ANONYMOUS ? UNAUTHENTICATED
                : r == ADMINISTRATOR ? ALLOWED : FORBIDDEN, f -> "network/admin-atrium-edit.xhtml?slug=" + f.slug(),
                showing(Fixture::slug)));
        return rows;
    }

    /** A read through the API. */
    private static Capability api(String name, BiFunction<Role, Kind, Outcome> rule, Probe probe,
                                  BiPredicate<Fixture, String> shows) {
        return new Capability("API " + name, Channel.API, rule, probe, shows, false);
    }

    /** A change through the API (or a read of what changes make): tried after every read. */
    private static Capability change(String name, BiFunction<Role, Kind, Outcome> rule, Probe probe,
                                     BiPredicate<Fixture, String> shows) {
        return new Capability("API " + name, Channel.API, rule, probe, shows, true);
    }

    private Capability page(String name, BiFunction<Role, Kind, Outcome> rule,
                            java.util.function.Function<Fixture, String> path, BiPredicate<Fixture, String> shows) {
        BiFunction<Role, Kind, Outcome> onPages = (r, k) -> r == TOKEN ? UNAUTHENTICATED : rule.apply(r, k);
        return new Capability("page " + name, Channel.PAGE, onPages, (c, f) -> openPage(c, path.apply(f)), shows, false);
    }

    // --- the matrix

    @Test
    void everyCellOfTheMatrixHolds() throws Exception {
        long started = System.nanoTime();
        http = new Http(base);
        Map<Role, Caller> callers = callers();
        String colleague = newOfficial(http);
        List<String> members = List.of(usernames.get(MEMBER), usernames.get(TOKEN), colleague);
        Map<Kind, String> slugs = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            slugs.put(kind, uniqueWord("atr"));
        }
        Map<Kind, Fixture> fixtures = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            fixtures.put(kind, fixture(kind, slugs.get(kind), slugs.get(kind == OPEN ? MEMBERS_ONLY : OPEN), callers,
                    members, usernames.get(MODERATOR), colleague));
        }
        for (Fixture f : fixtures.values()) {
            awaitIndexed(f, callers.get(MEMBER));
        }
        long setUp = System.nanoTime();

        List<Capability> rows = capabilities();
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // first every read of the Atria as they were made, then every change (which adds content)
            for (boolean changes : new boolean[] {false, true}) {
                List<Future<String>> results = new ArrayList<>();
                for (Capability row : rows) {
                    if (row.changes() != changes) {
                        continue;
                    }
                    for (Kind kind : Kind.values()) {
                        for (Role role : Role.values()) {
                            Caller caller = callers.get(role);
                            Fixture f = fixtures.get(kind);
                            Outcome expected = row.rule().apply(role, kind);
                            results.add(pool.submit(() -> check(row, caller, f, expected)));
                            cells++;
                        }
                    }
                }
                for (Future<String> result : results) {
                    String mismatch = result.get();
                    if (mismatch != null) {
                        mismatches.add(mismatch);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long done = System.nanoTime();
        String figures = String.format("%d capabilities x %d roles x %d kinds of Atrium = %d cells, %d held, %d leaked "
                        + "or differ; set-up %.1f s, cells %.1f s", rows.size(), Role.values().length,
                Kind.values().length, cells, cells - mismatches.size(), mismatches.size(), (setUp - started) / 1e9,
                (done - setUp) / 1e9);
        System.out.println("Authorisation matrix: " + figures);
        System.out.println(table(rows));
        System.out.println("Slowest rows (ms, all cells): " + millis.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(12)
                .map(e -> e.getKey() + " " + e.getValue().sum()).toList());
        if (!mismatches.isEmpty()) {
            fail("Authorisation matrix: " + figures + "\n" + String.join("\n", mismatches));
        }
    }

    /** The expected outcomes as a table: a row per capability, per kind of Atrium a letter per role. */
    private static String table(List<Capability> rows) {
        StringBuilder t = new StringBuilder("Expected (A allowed, H hidden, N not found, F forbidden, U unauthenticated),"
                + " roles " + Arrays.toString(Role.values()) + ", open | members-only:\n");
        for (Capability row : rows) {
            t.append(String.format("%-62s", row.name()));
            for (Kind kind : Kind.values()) {
                t.append(kind == OPEN ? " " : " | ");
                for (Role role : Role.values()) {
                    t.append(row.rule().apply(role, kind).name().charAt(0));
                }
            }
            t.append('\n');
        }
        return t.toString();
    }

    /** Milliseconds spent per row, to see where the matrix spends its time. */
    private final Map<String, java.util.concurrent.atomic.LongAdder> millis = new java.util.concurrent.ConcurrentHashMap<>();

    /** Runs one cell: null when it holds, else a readable line. */
    private String check(Capability row, Caller caller, Fixture f, Outcome expected) {
        long started = System.nanoTime();
        try {
            return judge(row, caller, f, expected);
        } finally {
            millis.computeIfAbsent(row.name(), n -> new java.util.concurrent.atomic.LongAdder())
                    .add((System.nanoTime() - started) / 1_000_000);
        }
    }

    private String judge(Capability row, Caller caller, Fixture f, Outcome expected) {
        String cell = row.name() + " | " + caller.role() + " | " + f.kind() + ": expected " + expected + ", got ";
        Answer answer;
        try {
            answer = row.probe().run(caller, f);
        } catch (RuntimeException e) {
            return cell + e;
        }
        String got = classify(answer, row.shows() == null ? null : body -> row.shows().test(f, body));
        if (expected == NOT_FOUND && row.channel() == Channel.API && (answer.status() == 404 || answer.status() == 400)) {
            // exactly as an id or slug that does not exist: the same status and the same body
            Answer twin = row.probe().run(caller, f.missing());
            String body = answer.body().replace(f.slug(), "{slug}");
            String twinBody = twin.body().replace(f.missing().slug(), "{slug}");
            got = twin.status() == answer.status() && twinBody.equals(body) ? NOT_FOUND.name()
                    : "an answer unlike a missing id's: " + brief(answer) + " / missing: " + brief(twin);
        }
        if (got.equals(expected.name())) {
            return null;
        }
        return cell + got + " (" + brief(answer) + ")";
    }

    /** The outcome an answer shows. */
    private static String classify(Answer a, java.util.function.Predicate<String> shows) {
        // a redirect's own stub names the address asked for, nothing more
        boolean visible = shows != null && a.body() != null && (a.status() < 300 || a.status() >= 400)
                && shows.test(a.body());
        if (a.status() == 401 || a.status() == 302 && a.location() != null
                && a.location().contains("/identity/login.xhtml")) {
            return visible ? "UNAUTHENTICATED showing it" : UNAUTHENTICATED.name();
        }
        if (a.ok()) {
            return shows == null || visible ? ALLOWED.name() : HIDDEN.name();
        }
        String denied = switch (a.status()) {
            case 403 -> FORBIDDEN.name();
            case 404 -> NOT_FOUND.name();
            default -> "status " + a.status();
        };
        return visible ? denied + " showing it" : denied;
    }

    private static String brief(Answer a) {
        String body = a.body() == null ? "" : a.body().replaceAll("\\s+", " ");
        if (body.contains("<html") || body.contains("<!DOCTYPE")) {
            Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(body);
            body = "page " + (title.find() ? "\"" + title.group(1).strip() + "\"" : "");
        }
        return a.status() + (a.location() == null ? "" : " -> " + a.location()) + " "
                + (body.length() > 160 ? body.substring(0, 160) + "…" : body);
    }

    // --- calls

    /**
     * Reads are asked once per role and address: several rows judge one answer (hits, facets,
     * totals of one search), and a page without an Atrium in its address is the same for both kinds.
     */
    private final Map<String, java.util.concurrent.CompletableFuture<Answer>> reads =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Answer read(Caller c, String path, java.util.function.Supplier<Answer> ask) {
        java.util.concurrent.CompletableFuture<Answer> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Answer> earlier = reads.putIfAbsent(c.role() + " " + path, mine);
        if (earlier != null) {
            return earlier.join();
        }
        try {
            mine.complete(ask.get());
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
        }
        return mine.join();
    }

    private Answer get(Caller c, String path) {
        return read(c, path, () -> Answer.of(http.get(path, c.auth())));
    }

    private Answer send(Caller c, String method, String path, String json) {
        return Answer.of(http.send(method, path, c.auth(), json));
    }

    /** A page: in the role's session; a token holder sends its token, which opens no page. */
    private Answer openPage(Caller c, String path) {
        return read(c, "page " + path, () -> c.pages() == null ? Answer.of(http.get(path, c.auth()))
                : Answer.of(c.pages().get(path)));
    }

    private Answer reply(Caller c, Fixture f) {
        return send(c, "POST", "api/v1/threads/" + f.thread() + "/posts", "{\"body\": \"Een antwoord.\"}");
    }

    /** A new thread of the colleague in the Atrium, for a moderation cell of its own (the twin: a missing one). */
    private long freshThread(Fixture f) {
        if (f.thread() == MISSING) {
            return MISSING;
        }
        return id(http.send("POST", "api/v1/atria/" + f.slug() + "/threads", basic(f.colleague(), PASSWORD),
                "{\"kind\": \"DISCUSSION\", \"title\": \"Te modereren " + suffix() + "\", \"body\": \"Tekst.\"}"));
    }

    /** A new page of the member in the Atrium, for an edit of its own (revision 1). */
    private long freshPage(Fixture f) {
        if (f.thread() == MISSING) {
            return MISSING;
        }
        return id(http.send("POST", "api/v1/wiki", basic(usernames.get(MEMBER), PASSWORD), "{\"title\": \"Te bewerken "
                + suffix() + "\", \"body\": \"Tekst.\", \"atrium\": \"" + f.slug() + "\"}"));
    }

    /** A new case of the member in the Atrium, of the covered municipality, for a cell of its own. */
    private long freshCase(Fixture f) {
        if (f.thread() == MISSING) {
            return MISSING;
        }
        return id(http.send("POST", "api/v1/practice", basic(usernames.get(MEMBER), PASSWORD), "{\"title\": "
                + "\"Te bewerken " + suffix() + "\", \"context\": \"De situatie.\", \"approach\": \"De aanpak.\", "
                + "\"municipality\": \"" + COVERED_NIS + "\", \"atrium\": \"" + f.slug() + "\"}"));
    }

    /** A new question of the member in the Atrium with an answer of the colleague: the answer, to be accepted. */
    private long freshAnswer(Fixture f) {
        if (f.thread() == MISSING) {
            return MISSING;
        }
        long question = id(http.send("POST", "api/v1/atria/" + f.slug() + "/threads", basic(usernames.get(MEMBER),
                PASSWORD), "{\"kind\": \"QUESTION\", \"title\": \"Te beantwoorden " + suffix()
                + "?\", \"body\": \"Tekst.\"}"));
        return id(http.send("POST", "api/v1/threads/" + question + "/posts", basic(f.colleague(), PASSWORD),
                "{\"body\": \"Zo.\"}"));
    }

    /** A new reply of the colleague in the Atrium's thread, for a moderation cell of its own. */
    private long freshReply(Fixture f) {
        if (f.thread() == MISSING) {
            return MISSING;
        }
        return id(http.send("POST", "api/v1/threads/" + f.thread() + "/posts", basic(f.colleague(), PASSWORD),
                "{\"body\": \"Te verbergen " + suffix() + ".\"}"));
    }

    private static JsonObject object(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The word with its last letter changed: one edit away, a word nobody wrote. */
    private static String typo(String word) {
        char last = word.charAt(word.length() - 1);
        return word.substring(0, word.length() - 1) + (last == 'q' ? 'x' : 'q');
    }

    // --- set-up

    /** The accounts of every role, with their API credentials and signed-in page sessions. */
    private Map<Role, Caller> callers() {
        long agency = flemishAgency(http);
        long province = http.get("api/v1/organisations?level=PROVINCIAL", ADMIN).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        covered = municipality(http, COVERED_NIS);
        gent = municipality(http, "44021");
        usernames.put(OUTSIDER, newOfficial(http));
        usernames.put(MEMBER, newOfficial(http));
        usernames.put(MODERATOR, newOfficial(http));
        usernames.put(MANAGER, newAccount(http, agency, "RELATIONSHIP_MANAGER"));
        usernames.put(OTHER_MANAGER, newAccount(http, agency, "RELATIONSHIP_MANAGER"));
        usernames.put(EDITOR, newOfficial(http));
        usernames.put(PUBLISHER, newAccount(http, province, "OFFICIAL"));
        usernames.put(TOKEN, newOfficial(http));
        setMember(http, "gent", usernames.get(OUTSIDER), "MEMBER");
        grant(usernames.get(EDITOR), "EDITOR");
        grant(usernames.get(PUBLISHER), "PUBLISHER");

        PageSession admin = PageSession.signedIn(base, "admin", "it-admin-password", null);
        coach(admin, usernames.get(MANAGER), covered);

        Map<Role, Caller> callers = new EnumMap<>(Role.class);
        callers.put(ANONYMOUS, new Caller(ANONYMOUS, null, new PageSession(base, null)));
        callers.put(ADMINISTRATOR, new Caller(ADMINISTRATOR, ADMIN, admin));
        for (Map.Entry<Role, String> e : usernames.entrySet()) {
            String auth = basic(e.getValue(), PASSWORD);
            if (e.getKey() == TOKEN) {
                Http.Result token = http.send("POST", "api/v1/me/tokens", auth, "{\"name\": \"matrix\"}");
                assertEquals(201, token.status(), token.toString());
                callers.put(TOKEN, new Caller(TOKEN, bearer(token.object().getString("token")), null));
            } else {
                callers.put(e.getKey(), new Caller(e.getKey(), auth,
                        PageSession.signedIn(base, e.getValue(), PASSWORD, null)));
            }
        }
        return callers;
    }

    private void grant(String username, String grant) {
        Http.Result r = http.send("PUT", "api/v1/accounts/" + username + "/grants", ADMIN,
                "{\"grants\": [\"" + grant + "\"]}");
        assertEquals(200, r.status(), r.toString());
    }

    /** Makes a relationship manager coach a municipality, on the administration page (the API has no call for it). */
    private void coach(PageSession admin, String username, long municipality) {
        HttpResponse<String> found = admin.get("identity/admin-accounts.xhtml?q=" + username);
        Matcher link = ACCOUNT_LINK.matcher(found.body());
        assertTrue(link.find(), "the account list links " + username);
        String page = "identity/admin-account.xhtml?id=" + link.group(1);
        HttpResponse<String> saved = admin.submit(page, "managedForm", "managedForm:saveManaged",
                Map.of("managedForm:managedMunicipalities", Long.toString(municipality)));
        assertTrue(saved.statusCode() == 200 || saved.statusCode() == 302, saved.statusCode() + " " + saved.body());
        assertTrue(admin.get(page).body().contains("Aartselaar"), "the manager coaches Aartselaar");
    }

    /** Makes the Atrium cover a municipality, on the administration page (the API has no call for it). */
    private void cover(PageSession admin, String slug, Kind kind, long municipality) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("editForm:name", "Atrium " + slug);
        fields.put("editForm:description", "Voor de matrix.");
        if (kind == MEMBERS_ONLY) {
            fields.put("editForm:membersOnly", "on");
        }
        fields.put("editForm:province", "");
        fields.put("editForm:municipalities", Long.toString(municipality));
        HttpResponse<String> saved = admin.submit("network/admin-atrium-edit.xhtml?slug=" + slug, "editForm",
                "editForm:save", fields);
        assertTrue(saved.statusCode() == 200 || saved.statusCode() == 302, saved.statusCode() + " " + saved.body());
        JsonObject atrium = http.get("api/v1/atria/" + slug, ADMIN).object();
        assertEquals(1, atrium.getInt("municipalities"), atrium.toString());
        assertEquals(kind == MEMBERS_ONLY, atrium.getBoolean("membersOnly"), atrium.toString());
    }

    /** An Atrium of the kind with content of every kind, each piece with its own marker. */
    private Fixture fixture(Kind kind, String slug, String otherSlug, Map<Role, Caller> callers, List<String> members,
                            String moderator, String colleague) {
        Http.Result atrium = http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": \"Atrium "
                + slug + "\", \"kind\": \"THEMATIC\", \"membersOnly\": " + (kind == MEMBERS_ONLY) + "}");
        assertEquals(201, atrium.status(), atrium.toString());
        cover(callers.get(ADMINISTRATOR).pages(), slug, kind, municipality(http, COVERED_NIS));
        for (String m : members) {
            setMember(http, slug, m, "MEMBER");
        }
        setMember(http, slug, moderator, "MODERATOR");
        String member = callers.get(MEMBER).auth();
        String colleagueAuth = basic(colleague, PASSWORD);
        String word = uniqueWord("slikke");
        String threadMark = uniqueWord("vraag");
        String replyMark = uniqueWord("antw");
        String flagMark = uniqueWord("vlag");
        String tagMark = uniqueWord("tag");
        String wikiMark = uniqueWord("wiki");
        String subPageMark = uniqueWord("onder");
        String wikiTagMark = uniqueWord("wtag");
        String guidanceMark = uniqueWord("richt");
        String practiceMark = uniqueWord("prak");
        String themeMark = uniqueWord("thema");

        long thread = id(http.send("POST", "api/v1/atria/" + slug + "/threads", member, "{\"kind\": \"QUESTION\", "
                + "\"title\": \"Vraag over " + threadMark + " " + word + "\", \"body\": \"Hoe zit het met " + word
                + "?\", \"tags\": [\"" + tagMark + "\"]}"));
        long reply = id(http.send("POST", "api/v1/threads/" + thread + "/posts", colleagueAuth,
                "{\"body\": \"Antwoord " + replyMark + ".\"}"));
        long opening = http.get("api/v1/threads/" + thread, member).object().getJsonArray("posts").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String attachmentMark = uniqueWord("bijlage");
        long attachment = id(http.sendBytes("POST", "api/v1/posts/" + opening + "/attachments?filename=" + attachmentMark
                + ".txt", member, "text/plain", ("Notities " + attachmentMark + ".\n").getBytes(StandardCharsets.UTF_8)));
        long otherReply = id(http.send("POST", "api/v1/threads/" + thread + "/posts", colleagueAuth,
                "{\"body\": \"Nog een antwoord " + flagMark + ".\"}"));
        assertEquals(200, http.send("POST", "api/v1/posts/" + reply + "/accept", member, null).status());
        assertEquals(201, http.send("POST", "api/v1/posts/" + otherReply + "/flags", member,
                "{\"reason\": \"SPAM\", \"note\": \"Reclame.\"}").status());
        long wiki = id(http.send("POST", "api/v1/wiki", member, "{\"title\": \"Pagina " + wikiMark + "\", \"body\": \""
                + "Over " + word + ".\", \"atrium\": \"" + slug + "\", \"tags\": [\"" + wikiTagMark + "\"]}"));
        long subPage = id(http.send("POST", "api/v1/wiki", member, "{\"title\": \"Onderpagina " + subPageMark
                + "\", \"body\": \"Meer over " + word + ".\", \"atrium\": \"" + slug + "\", \"parent\": " + wiki + "}"));
        long guidance = id(http.send("POST", "api/v1/guidance", ADMIN, "{\"kind\": \"MANUAL\", \"title\": \"Handleiding "
                + guidanceMark + "\", \"body\": \"Voor het Atrium.\", \"effectiveFrom\": \"2026-01-01\", "
                + "\"audience\": {\"network\": false, \"atria\": [\"" + slug + "\"]}}"));
        assertEquals(200, http.send("POST", "api/v1/guidance/" + guidance + "/publish", ADMIN, null).status());
        long networkGuidance = id(http.send("POST", "api/v1/guidance", ADMIN, "{\"kind\": \"CIRCULAR\", \"title\": "
                + "\"Omzendbrief " + suffix() + "\", \"body\": \"Voor iedereen.\", \"effectiveFrom\": \"2026-01-01\"}"));
        assertEquals(200, http.send("POST", "api/v1/guidance/" + networkGuidance + "/publish", ADMIN, null).status());
        long practice = id(http.send("POST", "api/v1/practice", member, "{\"title\": \"Praktijk " + practiceMark
                + "\", \"context\": \"Over " + word + ".\", \"approach\": \"De aanpak.\", \"municipality\": \""
                + COVERED_NIS + "\", \"atrium\": \"" + slug + "\", \"themes\": [\"" + themeMark + "\"]}"));
        // a thread of the colleague that no cell opens: new for every member until they open it (their read state)
        String newsMark = uniqueWord("nieuws");
        id(http.send("POST", "api/v1/atria/" + slug + "/threads", colleagueAuth, "{\"kind\": \"DISCUSSION\", "
                + "\"title\": \"Nieuws " + newsMark + "\", \"body\": \"Nog door niemand gelezen.\"}"));
        return new Fixture(kind, slug, otherSlug, word, thread, reply, otherReply, opening, attachment, wiki, subPage,
                guidance, networkGuidance, practice, attachmentMark,
                threadMark, replyMark, flagMark, tagMark, wikiMark, subPageMark, wikiTagMark, guidanceMark,
                practiceMark, themeMark, colleague, newsMark);
    }

    /** Waits until a member's search finds every piece of the Atrium (the index is near-real-time). */
    private void awaitIndexed(Fixture f, Caller member) {
        Set<String> marks = Set.of(f.threadMark(), f.wikiMark(), f.subPageMark(), f.practiceMark());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String found = http.get("api/v1/search?limit=50&q=" + f.word(), member.auth()).body();
            String guidance = http.get("api/v1/search?q=" + f.guidanceMark(), member.auth()).body();
            return marks.stream().allMatch(found::contains) && guidance.contains(f.guidanceMark());
        });
    }
}

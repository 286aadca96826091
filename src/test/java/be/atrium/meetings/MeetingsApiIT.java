package be.atrium.meetings;

import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import be.atrium.testsupport.PageSession;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.newOfficials;
import static be.atrium.testsupport.Api.setMember;
import static be.atrium.testsupport.Api.suffix;
import static be.atrium.testsupport.Api.uniqueWord;
import static be.atrium.testsupport.Http.basic;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Meetings through the API as a tool would use them: planning with every member invited, answers,
 * tasks for members only, the report once a meeting has begun, attendance, cancelling, who may do
 * what (a member-only Atrium's meetings do not exist for outsiders), the iCalendar of a meeting and
 * the personal feed read back with ical4j, the import, and documents of the Atrium linked to the
 * report.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingsApiIT {

    private static final String CALENDAR = "text/calendar";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    /** An Atrium with a moderator (first) and members (the rest); the accounts' usernames. */
    private record Group(String slug, String moderator, List<String> members) {
        String member(int i) {
            return members.get(i);
        }
    }

    private Group group(Http http, boolean membersOnly, int members) {
        String slug = "it-samenkomst-" + suffix();
        Http.Result atrium = http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": \"Samenkomsten "
                + slug + "\", \"kind\": \"THEMATIC\", \"membersOnly\": " + membersOnly + "}");
        assertEquals(201, atrium.status(), atrium.toString());
        List<String> people = newOfficials(http, members + 1);
        for (int i = 0; i < people.size(); i++) {
            Http.Result joined = http.send("PUT", "api/v1/atria/" + slug + "/members/" + people.get(i), ADMIN,
                    "{\"role\": \"" + (i == 0 ? "MODERATOR" : "MEMBER") + "\"}");
            assertEquals(200, joined.status(), joined.toString());
        }
        return new Group(slug, people.get(0), people.subList(1, people.size()));
    }

    private static String as(String username) {
        return basic(username, PASSWORD);
    }

    private static String meetingJson(String title, Instant start, Instant end, String place) {
        return "{\"title\": \"" + title + "\", \"start\": \"" + start + "\", \"end\": \"" + end + "\", \"place\": \""
                + place + "\", \"agenda\": \"1. Welkom\\n2. **Hemelwater**\\n<script>alert(1)</script>\"}";
    }

    private long plan(Http http, Group g, Instant start) {
        Http.Result created = http.send("POST", "api/v1/atria/" + g.slug() + "/meetings", as(g.moderator()),
                meetingJson("Samenkomst " + g.slug(), start, start.plus(Duration.ofHours(2)), "Stadhuis Gent, zaal 3"));
        assertEquals(201, created.status(), created.toString());
        return created.object().getJsonNumber("id").longValue();
    }

    private static Instant inDays(int days) {
        return Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(days));
    }

    @Test
    void aModeratorPlansAMeetingEveryMemberIsInvitedAndAnswersAndBadInputIsA400NamingTheField() {
        Http http = new Http(base);
        Group g = group(http, false, 2);
        Instant start = inDays(14);
        Http.Result created = http.send("POST", "api/v1/atria/" + g.slug() + "/meetings", as(g.moderator()),
                meetingJson("Voorjaarssamenkomst", start, start.plus(Duration.ofHours(3)), "Stadhuis Gent, zaal 3"));
        assertEquals(201, created.status(), created.toString());
        JsonObject m = created.object();
        long id = m.getJsonNumber("id").longValue();
        assertEquals("/meetings/meeting.xhtml?id=" + id, m.getString("url"));
        assertEquals("/api/v1/meetings/" + id, created.header("Location").replaceAll("^https?://[^/]+", ""));
        assertEquals(start.toString(), m.getString("start"));
        assertEquals(start.plus(Duration.ofHours(3)).toString(), m.getString("end"));
        assertEquals("Stadhuis Gent, zaal 3", m.getString("place"));
        assertEquals("PLANNED", m.getString("status"));
        assertTrue(m.getString("agendaHtml").contains("<strong>Hemelwater</strong>"), m.toString());
        assertFalse(m.getString("agendaHtml").contains("<script"), "the agenda is sanitised: " + m);
        assertEquals(3, m.getJsonArray("invitations").size(), "every member is invited: " + m);
        assertTrue(m.getBoolean("canOrganise"));

        Http.Result yes = http.send("PUT", "api/v1/meetings/" + id + "/answer", as(g.member(0)), "{\"answer\": \"YES\"}");
        assertEquals(200, yes.status(), yes.toString());
        assertEquals("YES", yes.object().getString("myAnswer"));
        assertFalse(yes.object().getBoolean("canOrganise"));
        assertEquals(1, yes.object().getJsonObject("answers").getInt("yes"));
        Http.Result maybe = http.send("PUT", "api/v1/meetings/" + id + "/answer", as(g.member(0)), "{\"answer\": \"maybe\"}");
        assertEquals("MAYBE", maybe.object().getString("myAnswer"), "answering again changes the answer");
        Http.Result unknown = http.send("PUT", "api/v1/meetings/" + id + "/answer", as(g.member(1)), "{\"answer\": \"PERHAPS\"}");
        assertEquals(400, unknown.status(), unknown.toString());
        assertEquals("answer", unknown.object().getString("field"));
        assertEquals("meeting.answer.invalid", unknown.object().getString("error"));
        String outsider = newOfficials(http, 1).get(0);
        assertEquals(200, http.get("api/v1/meetings/" + id, as(outsider)).status(), "an open Atrium's meeting is visible");
        assertEquals(403, http.send("PUT", "api/v1/meetings/" + id + "/answer", as(outsider), "{\"answer\": \"YES\"}").status(),
                "who is not invited does not answer");

        Http.Result backwards = http.send("POST", "api/v1/atria/" + g.slug() + "/meetings", as(g.moderator()),
                meetingJson("Achterstevoren", start, start.minus(Duration.ofHours(1)), "Gent"));
        assertEquals(400, backwards.status(), backwards.toString());
        assertEquals("end", backwards.object().getString("field"));
        assertTrue(backwards.object().getString("message").contains("eindigen na het begin"), backwards.toString());
        Http.Result badDate = http.send("POST", "api/v1/atria/" + g.slug() + "/meetings", as(g.moderator()),
                "{\"title\": \"Slechte datum\", \"start\": \"31/02/2027 10u\", \"end\": \"2027-03-01T12:00\", \"place\": \"Gent\"}");
        assertEquals(400, badDate.status(), badDate.toString());
        assertEquals("start", badDate.object().getString("field"));
        Http.Result script = http.send("POST", "api/v1/atria/" + g.slug() + "/meetings", as(g.moderator()),
                "{\"title\": \"Link\", \"start\": \"2027-03-01T10:00\", \"end\": \"2027-03-01T12:00\", \"link\": \"javascript:alert(1)\"}");
        assertEquals(400, script.status(), script.toString());
        assertEquals("link", script.object().getString("field"));
        Http.Result notAString = http.send("POST", "api/v1/atria/" + g.slug() + "/meetings", as(g.moderator()),
                "{\"title\": \"Getal\", \"start\": 20270301, \"end\": \"2027-03-01T12:00\", \"place\": \"Gent\"}");
        assertEquals(400, notAString.status(), notAString.toString());
        Http.Result online = http.send("POST", "api/v1/atria/" + g.slug() + "/meetings", as(g.moderator()),
                "{\"title\": \"Online\", \"start\": \"2027-03-01T10:00\", \"end\": \"2027-03-01T12:00\", \"place\": \"https://meet.example.org/atrium\"}");
        assertEquals(201, online.status(), online.toString());
        assertEquals("https://meet.example.org/atrium", online.object().getString("link"), "an address as place is the online link");
        assertEquals("2027-03-01T09:00:00Z", online.object().getString("start"), "a local time is Brussels time");

        assertEquals(403, http.send("POST", "api/v1/atria/" + g.slug() + "/meetings", as(g.member(0)),
                meetingJson("Door een lid", start, start.plus(Duration.ofHours(1)), "Gent")).status(), "members do not organise");
        assertEquals(403, http.send("PUT", "api/v1/meetings/" + id, as(g.member(0)), "{\"title\": \"Gekaapt\"}").status(),
                "a member who does not organise may not edit");
        assertEquals(403, http.send("POST", "api/v1/meetings/" + id + "/cancel", as(g.member(0)), null).status());

        JsonObject upcoming = http.get("api/v1/atria/" + g.slug() + "/meetings", as(g.member(1))).object();
        assertEquals(2, upcoming.getInt("total"), upcoming.toString());
        assertEquals(id, upcoming.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue(), "soonest first");
    }

    @Test
    void aMemberWhoJoinsLaterIsInvitedByAnOrganiserAndThenAnswers() {
        Http http = new Http(base);
        Group g = group(http, false, 1);
        long id = plan(http, g, inDays(12));
        String newcomer = newOfficials(http, 1).get(0);
        assertEquals(200, http.send("PUT", "api/v1/atria/" + g.slug() + "/members/" + newcomer, ADMIN,
                "{\"role\": \"MEMBER\"}").status());
        assertEquals(403, http.send("PUT", "api/v1/meetings/" + id + "/answer", as(newcomer), "{\"answer\": \"YES\"}").status(),
                "not invited yet");
        assertEquals(403, http.send("POST", "api/v1/meetings/" + id + "/invitations", as(g.member(0)), "{}").status(),
                "members do not invite");
        Http.Result unknown = http.send("POST", "api/v1/meetings/" + id + "/invitations", as(g.moderator()),
                "{\"invitees\": [\"" + newOfficials(http, 1).get(0) + "\"]}");
        assertEquals(400, unknown.status(), "only members are invited: " + unknown);
        assertEquals("invitees", unknown.object().getString("field"));
        Http.Result invited = http.send("POST", "api/v1/meetings/" + id + "/invitations", as(g.moderator()), "{}");
        assertEquals(200, invited.status(), invited.toString());
        assertEquals(3, invited.object().getJsonArray("invitations").size(), invited.toString());
        assertEquals(200, http.send("PUT", "api/v1/meetings/" + id + "/answer", as(newcomer), "{\"answer\": \"NO\"}").status());
        assertEquals(3, http.send("POST", "api/v1/meetings/" + id + "/invitations", as(g.moderator()), "{}").object()
                .getJsonArray("invitations").size(), "inviting again changes nothing");
        assertEquals("NO", http.get("api/v1/meetings/" + id, as(newcomer)).object().getString("myAnswer"), "the answer stays");
    }

    @Test
    void tasksGoToMembersOnlyAndTheAssigneeMarksTheirTaskDone() {
        Http http = new Http(base);
        Group g = group(http, false, 2);
        long id = plan(http, g, inDays(10));
        String outsider = newOfficials(http, 1).get(0);

        Http.Result nonMember = http.send("POST", "api/v1/meetings/" + id + "/tasks", as(g.moderator()),
                "{\"kind\": \"HOST_GROUP\", \"assignee\": \"" + outsider + "\", \"due\": \"2027-01-15\"}");
        assertEquals(400, nonMember.status(), nonMember.toString());
        assertEquals("assignee", nonMember.object().getString("field"));
        assertEquals("meeting.task.assignee.notMember", nonMember.object().getString("error"));
        Http.Result badKind = http.send("POST", "api/v1/meetings/" + id + "/tasks", as(g.moderator()),
                "{\"kind\": \"SING\", \"assignee\": \"" + g.member(0) + "\"}");
        assertEquals("kind", badKind.object().getString("field"), badKind.toString());
        Http.Result badDue = http.send("POST", "api/v1/meetings/" + id + "/tasks", as(g.moderator()),
                "{\"kind\": \"HOST_GROUP\", \"assignee\": \"" + g.member(0) + "\", \"due\": \"morgen\"}");
        assertEquals("due", badDue.object().getString("field"), badDue.toString());
        assertEquals(403, http.send("POST", "api/v1/meetings/" + id + "/tasks", as(g.member(1)),
                "{\"kind\": \"HOST_GROUP\", \"assignee\": \"" + g.member(1) + "\"}").status(), "members do not assign");

        Http.Result task = http.send("POST", "api/v1/meetings/" + id + "/tasks", as(g.moderator()),
                "{\"kind\": \"FORWARD_DOCUMENTS\", \"assignee\": \"" + g.member(0) + "\", \"due\": \"2027-01-15\", "
                        + "\"description\": \"De plannen van het RUP doorsturen\"}");
        assertEquals(201, task.status(), task.toString());
        long taskId = task.object().getJsonNumber("id").longValue();
        assertEquals("OPEN", task.object().getString("status"));
        assertEquals("2027-01-15", task.object().getString("due"));

        assertEquals(403, http.send("PUT", "api/v1/meetings/" + id + "/tasks/" + taskId, as(g.member(1)),
                "{\"status\": \"DONE\"}").status(), "someone else's task");
        Http.Result done = http.send("PUT", "api/v1/meetings/" + id + "/tasks/" + taskId, as(g.member(0)), "{\"status\": \"DONE\"}");
        assertEquals(200, done.status(), done.toString());
        assertEquals("DONE", done.object().getString("status"));
        JsonObject meeting = http.get("api/v1/meetings/" + id, as(g.member(1))).object();
        assertEquals("DONE", meeting.getJsonArray("tasks").getJsonObject(0).getString("status"));
        assertEquals(404, http.send("PUT", "api/v1/meetings/" + plan(http, g, inDays(11)) + "/tasks/" + taskId,
                as(g.moderator()), "{\"status\": \"OPEN\"}").status(), "a task is found under its own meeting only");
        assertEquals(204, http.send("DELETE", "api/v1/meetings/" + id + "/tasks/" + taskId, as(g.moderator()), null).status());
        assertEquals(0, http.get("api/v1/meetings/" + id, as(g.member(1))).object().getJsonArray("tasks").size());
    }

    @Test
    void documentsOfTheMeetingsAtriumAreLinkedToItsReportAndListedForThoseWhoSeeThem() {
        Http http = new Http(base);
        Group g = group(http, true, 2);
        Group other = group(http, false, 1);
        long meeting = plan(http, g, inDays(-2));
        long minutes = uploadDocument(http, g.slug(), g.member(0), "Presentatie hemelwater");
        setMember(http, other.slug(), g.moderator(), "MEMBER");
        long elsewhere = uploadDocument(http, other.slug(), g.moderator(), "Nota van elders");
        String outsider = newOfficials(http, 1).get(0);
        assertEquals(0, http.get("api/v1/meetings/" + meeting, as(g.member(1))).object().getJsonArray("documents").size());

        Http.Result linked = http.send("POST", "api/v1/meetings/" + meeting + "/documents/" + minutes, as(g.moderator()), null);
        assertEquals(200, linked.status(), linked.toString());
        assertEquals(List.of(minutes), ids(linked.object()));
        JsonObject listed = http.get("api/v1/meetings/" + meeting, as(g.member(1))).object()
                .getJsonArray("documents").getJsonObject(0);
        assertEquals("Presentatie hemelwater", listed.getString("title"));
        assertEquals("/documents/document.xhtml?id=" + minutes, listed.getString("url"));
        assertEquals(meeting, http.get("api/v1/documents/" + minutes, as(g.member(0))).object()
                .getJsonNumber("meeting").longValue(), "the document names its meeting");
        assertEquals(200, http.send("POST", "api/v1/meetings/" + meeting + "/documents/" + minutes, as(g.moderator()),
                null).status(), "linking again changes nothing");
        String page = PageSession.signedIn(base, g.member(1), PASSWORD, null)
                .get("meetings/meeting.xhtml?id=" + meeting).body();
        assertTrue(page.contains("/documents/document.xhtml?id=" + minutes + "\">Presentatie hemelwater</a>"),
                "the meeting page links the document in its report section: " + page);

        Http.Result otherAtrium = http.send("POST", "api/v1/meetings/" + meeting + "/documents/" + elsewhere,
                as(g.moderator()), null);
        assertEquals(400, otherAtrium.status(), otherAtrium.toString());
        assertEquals("document.meeting.otherAtrium", otherAtrium.object().getString("error"));
        Http.Result outside = http.send("POST", "api/v1/meetings/" + meeting + "/documents/" + minutes, as(outsider), null);
        assertEquals(404, outside.status(), "a member-only Atrium's meeting does not exist for outsiders: " + outside);
        assertEquals(404, http.get("api/v1/meetings/" + meeting, as(outsider)).status());
        assertEquals(404, http.send("POST", "api/v1/meetings/" + meeting + "/documents/999999999", as(g.moderator()),
                null).status(), "an unknown document");
        assertEquals(403, http.send("POST", "api/v1/meetings/" + meeting + "/documents/" + minutes, as(g.member(1)),
                null).status(), "a member not asked to write the report");
        assertEquals(List.of(minutes), ids(http.get("api/v1/meetings/" + meeting, as(g.member(1))).object()));

        assertEquals(200, http.send("DELETE", "api/v1/documents/" + minutes, as(g.member(0)), null).status());
        assertEquals(List.of(), ids(http.get("api/v1/meetings/" + meeting, as(g.member(1))).object()),
                "a document in the bin is not listed");
        assertEquals(200, http.send("POST", "api/v1/documents/" + minutes + "/restore", as(g.moderator()), null).status());
        assertEquals(List.of(minutes), ids(http.get("api/v1/meetings/" + meeting, as(g.member(1))).object()));
        assertEquals(204, http.send("DELETE", "api/v1/meetings/" + meeting + "/documents/" + minutes, as(g.moderator()),
                null).status());
        assertEquals(List.of(), ids(http.get("api/v1/meetings/" + meeting, as(g.member(1))).object()));
        assertEquals(404, http.send("DELETE", "api/v1/meetings/" + meeting + "/documents/" + minutes, as(g.moderator()),
                null).status(), "no longer linked");
        assertEquals(200, http.get("api/v1/documents/" + minutes, as(g.member(0))).status(), "the document stays");
    }

    @Test
    void aMeetingIsFoundByItsReportThroughTheApiAndTheSearchPageAndMarkedOnceCancelled() {
        Http http = new Http(base);
        Group g = group(http, false, 1);
        String word = uniqueWord("zqm");
        long meeting = plan(http, g, inDays(-1));
        assertEquals(200, http.send("PUT", "api/v1/meetings/" + meeting + "/report", as(g.moderator()),
                "{\"body\": \"We bespraken de " + word + " bij de verkaveling.\"}").status());
        assertEquals(200, http.send("POST", "api/v1/meetings/" + meeting + "/cancel", as(g.moderator()), null).status());
        String search = "api/v1/search?type=meeting&q=" + word;
        JsonObject found = await().atMost(Duration.ofSeconds(30)).until(() -> http.get(search, as(g.member(0))).object(),
                r -> r.getInt("total") == 1 && "CANCELLED".equals(r.getJsonArray("hits").getJsonObject(0).getString("status", null)));
        JsonObject hit = found.getJsonArray("hits").getJsonObject(0);
        assertEquals("meeting", hit.getString("type"));
        assertEquals("/meetings/meeting.xhtml?id=" + meeting, hit.getString("url"));
        assertTrue(hit.getString("snippet").contains("<mark>" + word + "</mark>"), hit.toString());

        String page = PageSession.signedIn(base, g.member(0), PASSWORD, null).get("search/index.xhtml?q=" + word).body();
        int at = page.indexOf("id=\"hit-meeting-" + meeting + "\"");
        assertTrue(at > 0, "the meeting is a hit on the search page: " + page);
        String hitHtml = page.substring(at, page.indexOf("</li>", at));
        assertTrue(hitHtml.contains("guidance-status-CANCELLED") && (hitHtml.contains(">Geannuleerd<")
                || hitHtml.contains(">Cancelled<")), "marked cancelled: " + hitHtml);
        assertTrue(hitHtml.contains(">Samenkomst<") || hitHtml.contains(">Meeting<"), "labelled a meeting: " + hitHtml);
    }

    private static List<Long> ids(JsonObject meeting) {
        return meeting.getJsonArray("documents").stream().map(d -> d.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    /** A small text file uploaded to an Atrium's library; its id. */
    private static long uploadDocument(Http http, String slug, String username, String title) {
        String boundary = "atrium-" + suffix();
        StringBuilder body = new StringBuilder();
        for (String[] f : new String[][] {{"title", title}, {"kind", "PRESENTATION"}, {"folder", ""}}) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(f[0])
                    .append("\"\r\n\r\n").append(f[1]).append("\r\n");
        }
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; ")
                .append("filename=\"nota.txt\"\r\nContent-Type: text/plain\r\n\r\n")
                .append("Nota bij de samenkomst ").append(suffix()).append("\r\n--").append(boundary).append("--\r\n");
        Http.Result created = http.sendBytes("POST", "api/v1/atria/" + slug + "/documents", as(username),
                "multipart/form-data; boundary=" + boundary, body.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(201, created.status(), created.toString());
        return created.object().getJsonNumber("id").longValue();
    }

    @Test
    void aReportIsWrittenOnceTheMeetingHasBegunByOrganisersAndTheMemberAskedToWriteIt() {
        Http http = new Http(base);
        Group g = group(http, false, 2);
        long future = plan(http, g, inDays(3));
        Http.Result tooEarly = http.send("PUT", "api/v1/meetings/" + future + "/report", as(g.moderator()),
                "{\"body\": \"Wat we zullen bespreken\"}");
        assertEquals(400, tooEarly.status(), tooEarly.toString());
        assertEquals("meeting.report.notStarted", tooEarly.object().getString("error"));

        long past = plan(http, g, inDays(-2));
        Http.Result notAsked = http.send("PUT", "api/v1/meetings/" + past + "/report", as(g.member(1)), "{\"body\": \"Ik schrijf\"}");
        assertEquals(403, notAsked.status(), notAsked.toString());
        assertEquals(201, http.send("POST", "api/v1/meetings/" + past + "/tasks", as(g.moderator()),
                "{\"kind\": \"WRITE_REPORT\", \"assignee\": \"" + g.member(0) + "\"}").status());
        Http.Result empty = http.send("PUT", "api/v1/meetings/" + past + "/report", as(g.member(0)), "{\"body\": \"  \"}");
        assertEquals("body", empty.object().getString("field"), empty.toString());
        Http.Result written = http.send("PUT", "api/v1/meetings/" + past + "/report", as(g.member(0)),
                "{\"body\": \"We bespraken **hemelwater**.\"}");
        assertEquals(200, written.status(), written.toString());
        JsonObject report = written.object().getJsonObject("report");
        assertTrue(report.getString("bodyHtml").contains("<strong>hemelwater</strong>"), report.toString());
        assertEquals(g.member(0), report.getString("author"));
        long version = report.getJsonNumber("version").longValue();
        Http.Result edited = http.send("PUT", "api/v1/meetings/" + past + "/report", as(g.moderator()),
                "{\"body\": \"We bespraken hemelwater en de GSV.\", \"version\": " + version + "}");
        assertEquals(200, edited.status(), edited.toString());
        Http.Result stale = http.send("PUT", "api/v1/meetings/" + past + "/report", as(g.member(0)),
                "{\"body\": \"Mijn oude versie\", \"version\": " + version + "}");
        assertEquals(409, stale.status(), "two writers do not overwrite each other: " + stale);

        Http.Result attendance = http.send("PUT", "api/v1/meetings/" + past + "/attendance", as(g.moderator()),
                "{\"attendance\": {\"" + g.member(0) + "\": \"PRESENT\", \"" + g.member(1) + "\": \"ABSENT\"}}");
        assertEquals(200, attendance.status(), attendance.toString());
        assertTrue(attendance.object().getJsonArray("invitations").stream().map(JsonValue::asJsonObject)
                .anyMatch(i -> i.getString("username").equals(g.member(1)) && "ABSENT".equals(i.getString("attendance"))));
        assertEquals(400, http.send("PUT", "api/v1/meetings/" + future + "/attendance", as(g.moderator()),
                "{\"attendance\": {\"" + g.member(0) + "\": \"PRESENT\"}}").status(), "attendance once it has begun");
        assertEquals(403, http.send("PUT", "api/v1/meetings/" + past + "/attendance", as(g.member(0)),
                "{\"attendance\": {\"" + g.member(0) + "\": \"PRESENT\"}}").status(), "organisers record attendance");

        JsonObject pastList = http.get("api/v1/atria/" + g.slug() + "/meetings?when=past", as(g.member(1))).object();
        assertEquals(1, pastList.getInt("total"), pastList.toString());
        assertTrue(pastList.getJsonArray("items").getJsonObject(0).getBoolean("hasReport"));
        assertEquals(400, http.get("api/v1/atria/" + g.slug() + "/meetings?when=yesterday", as(g.member(1))).status());
    }

    @Test
    void aMemberOnlyAtriumsMeetingsDoNotExistForOutsiders() {
        Http http = new Http(base);
        Group g = group(http, true, 1);
        long id = plan(http, g, inDays(5));
        String outsider = newOfficials(http, 1).get(0);
        assertEquals(200, http.get("api/v1/meetings/" + id, as(g.member(0))).status());
        assertEquals(404, http.get("api/v1/meetings/" + id, as(outsider)).status());
        assertEquals(404, http.getAccepting("api/v1/meetings/" + id + ".ics", CALENDAR, as(outsider)).status());
        assertEquals(404, http.send("PUT", "api/v1/meetings/" + id + "/answer", as(outsider), "{\"answer\": \"YES\"}").status());
        assertEquals(404, http.get("api/v1/atria/" + g.slug() + "/meetings", as(outsider)).status());
        assertEquals(404, http.send("POST", "api/v1/atria/" + g.slug() + "/meetings", as(outsider),
                meetingJson("Binnendringen", inDays(6), inDays(7), "Gent")).status(), "as for an Atrium that does not exist");
        assertEquals(404, http.get("api/v1/meetings/999999999", as(g.member(0))).status());
        assertEquals(200, http.get("api/v1/meetings/" + id, ADMIN).status(), "administrators see every Atrium");
    }

    @Test
    void theIcsKeepsItsUidItsSequenceGrowsWithEveryChangeAndACancelledMeetingSaysSo() throws Exception {
        Http http = new Http(base);
        Group g = group(http, false, 1);
        long id = plan(http, g, inDays(20));
        VEvent first = onlyEvent(ics(http, id, as(g.member(0))));
        String uid = value(first, Property.UID);
        assertTrue(uid.startsWith("meeting-"), uid);
        assertEquals("0", value(first, Property.SEQUENCE));
        assertEquals("CONFIRMED", value(first, Property.STATUS));
        assertEquals("Stadhuis Gent, zaal 3", value(first, Property.LOCATION));
        assertTrue(value(first, Property.DTSTART).endsWith("Z"), "times in UTC: " + value(first, Property.DTSTART));

        JsonObject before = http.get("api/v1/meetings/" + id, as(g.moderator())).object();
        Http.Result moved = http.send("PUT", "api/v1/meetings/" + id, as(g.moderator()), "{\"start\": \""
                + inDays(21) + "\", \"end\": \"" + inDays(21).plus(Duration.ofHours(2)) + "\", \"version\": "
                + before.getJsonNumber("version") + "}");
        assertEquals(200, moved.status(), moved.toString());
        assertEquals(before.getString("title"), moved.object().getString("title"), "fields not sent stay as they were");
        assertEquals(409, http.send("PUT", "api/v1/meetings/" + id, as(g.moderator()), "{\"title\": \"Oud\", \"version\": "
                + before.getJsonNumber("version") + "}").status(), "a change from an old version is a conflict");
        VEvent second = onlyEvent(ics(http, id, as(g.member(0))));
        assertEquals(uid, value(second, Property.UID), "the UID never changes");
        assertEquals("1", value(second, Property.SEQUENCE));

        assertEquals(200, http.send("POST", "api/v1/meetings/" + id + "/cancel", as(g.moderator()), null).status());
        VEvent cancelled = onlyEvent(ics(http, id, as(g.member(0))));
        assertEquals(uid, value(cancelled, Property.UID));
        assertEquals("2", value(cancelled, Property.SEQUENCE));
        assertEquals("CANCELLED", value(cancelled, Property.STATUS));
        Http.Result afterCancel = http.send("PUT", "api/v1/meetings/" + id, as(g.moderator()), "{\"title\": \"Toch\"}");
        assertEquals(400, afterCancel.status(), afterCancel.toString());
        assertEquals(400, http.send("PUT", "api/v1/meetings/" + id + "/answer", as(g.member(0)), "{\"answer\": \"YES\"}").status(),
                "a cancelled meeting takes no answers");
    }

    @Test
    void thePersonalFeedHoldsTheMeetingsOfMyAtriaUntilItsSecretIsRenewedOrRevoked() throws Exception {
        Http http = new Http(base);
        Group g = group(http, true, 1);
        long id = plan(http, g, inDays(8));
        String uid = onlyEvent(ics(http, id, as(g.member(0)))).getProperty(Property.UID).orElseThrow().getValue();
        String otherUid = onlyEvent(ics(http, plan(http, group(http, false, 0), inDays(9)), ADMIN))
                .getProperty(Property.UID).orElseThrow().getValue();

        assertFalse(http.get("api/v1/me/calendar-feed", as(g.member(0))).object().getBoolean("active"));
        Http.Result made = http.send("POST", "api/v1/me/calendar-feed", as(g.member(0)), null);
        assertEquals(201, made.status(), made.toString());
        String path = made.object().getString("path").substring(1);
        assertTrue(made.object().getString("url").endsWith(made.object().getString("path")), made.toString());
        Http.Result feed = http.getAccepting(path, CALENDAR);
        assertEquals(200, feed.status(), "no login for a calendar program: " + feed);
        assertTrue(feed.header("Content-Type").startsWith(CALENDAR), feed.header("Content-Type"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<String> uids = calendar.<VEvent>getComponents().stream()
                .map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
        assertTrue(uids.contains(uid), uids.toString());
        assertFalse(uids.contains(otherUid), "only the meetings of my own Atria");
        assertTrue(http.get("api/v1/me/calendar-feed", as(g.member(0))).object().getBoolean("active"));

        String renewed = http.send("POST", "api/v1/me/calendar-feed", as(g.member(0)), null).object().getString("path").substring(1);
        assertEquals(404, http.getAccepting(path, CALENDAR).status(), "the old address stops working");
        assertEquals(200, http.getAccepting(renewed, CALENDAR).status());
        assertEquals(204, http.send("DELETE", "api/v1/me/calendar-feed", as(g.member(0)), null).status());
        assertEquals(404, http.getAccepting(renewed, CALENDAR).status(), "a revoked feed is gone");
        assertEquals(404, http.getAccepting("feeds/meetings/cal_guessed.ics", CALENDAR).status());
    }

    @Test
    void meetingsAreImportedOnceWithTheirReportAndABadLineIsReported() {
        Http http = new Http(base);
        String n = suffix();
        String slug = "it-samenkomstimport-" + n;
        String corpus = "{\"id\": \"m-" + n + "\", \"type\": \"meeting\", \"atrium\": \"" + slug + "\", \"author\": \"imp" + n
                + "\", \"created\": \"2026-01-10T09:00:00Z\", \"title\": \"Samenkomst januari\", \"start\": \"2026-01-20T10:00\", "
                + "\"end\": \"2026-01-20T12:00\", \"place\": \"Provinciehuis Brugge\", \"agenda\": \"- RUP\", "
                + "\"report\": \"Besproken: het **RUP**.\"}\n"
                + "{\"id\": \"m2-" + n + "\", \"type\": \"meeting\", \"atrium\": \"" + slug + "\", \"author\": \"imp" + n
                + "\", \"title\": \"Toekomst\", \"start\": \"2099-01-20T10:00\", \"end\": \"2099-01-20T12:00\", "
                + "\"place\": \"Brugge\", \"report\": \"Te vroeg\"}\n";
        Http.Result first = http.sendRaw("POST", "api/v1/import", ADMIN, "application/x-ndjson", corpus);
        assertEquals(200, first.status(), first.toString());
        assertEquals(1, first.object().getInt("created"), first.toString());
        assertEquals(1, first.object().getInt("failed"), "a report for a meeting in the future: " + first);
        Http.Result again = http.sendRaw("POST", "api/v1/import", ADMIN, "application/x-ndjson",
                corpus.replace("Besproken: het", "Besproken: opnieuw het"));
        assertEquals(1, again.object().getInt("updated"), again.toString());
        JsonObject past = http.get("api/v1/atria/" + slug + "/meetings?when=past", ADMIN).object();
        assertEquals(1, past.getInt("total"), "imported once, not twice: " + past);
        JsonObject meeting = http.get("api/v1/meetings/" + past.getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue(), ADMIN).object();
        assertEquals("2026-01-20T09:00:00Z", meeting.getString("start"));
        assertNotNull(meeting.getJsonObject("report"));
        assertTrue(meeting.getJsonObject("report").getString("body").contains("opnieuw"), meeting.toString());
        assertEquals(1, meeting.getInt("sequence"), "calendars follow an imported change");
    }

    private static String ics(Http http, long id, String authorization) {
        Http.Result r = http.getAccepting("api/v1/meetings/" + id + ".ics", CALENDAR, authorization);
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.header("Content-Type").startsWith(CALENDAR), r.header("Content-Type"));
        return r.body();
    }

    private static VEvent onlyEvent(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents();
        assertEquals(1, events.size(), text);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }
}

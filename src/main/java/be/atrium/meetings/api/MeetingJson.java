package be.atrium.meetings.api;

import be.atrium.documents.DocumentLink;
import be.atrium.identity.Account;
import be.atrium.meetings.Answer;
import be.atrium.meetings.Invitation;
import be.atrium.meetings.Meeting;
import be.atrium.meetings.MeetingDetails;
import be.atrium.meetings.MeetingList;
import be.atrium.meetings.MeetingReport;
import be.atrium.meetings.MeetingTask;
import be.atrium.meetings.MeetingView;
import be.atrium.meetings.TaskInput;
import be.atrium.meetings.TaskKind;
import be.atrium.platform.Dates;
import be.atrium.platform.api.JsonInput;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * JSON shapes of meetings (API-CONTRACT.md, "Documents and meetings"). Moments as ISO instants in
 * UTC ({@code start}, {@code end}) and, for people, in Brussels time with its offset
 * ({@code startLocal}, {@code endLocal}); days as {@code yyyy-MM-dd}.
 */
final class MeetingJson {

    private MeetingJson() {
    }

    static String url(long id) {
        return "/meetings/meeting.xhtml?id=" + id;
    }

    static String ics(long id) {
        return "/api/v1/meetings/" + id + ".ics";
    }

    /** A meeting in a list: what it is, when and where, and its status. */
    static JsonObjectBuilder summary(Meeting m) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", m.getId())
                .add("title", m.getTitle())
                .add("url", url(m.getId()))
                .add("atrium", m.getAtrium().getSlug())
                .add("start", m.getStartsAt().toString())
                .add("end", m.getEndsAt().toString())
                .add("startLocal", local(m.getStartsAt()))
                .add("endLocal", local(m.getEndsAt()));
        text(b, "place", m.getPlace());
        text(b, "link", m.getOnlineUrl());
        return b.add("status", m.getStatus().name())
                .add("sequence", m.getSequence())
                .add("uid", m.getUid())
                .add("ics", ics(m.getId()));
    }

    static JsonObject list(MeetingList page) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.getItems().forEach(m -> items.add(summary(m).add("hasReport", page.hasReport(m))));
        return Json.createObjectBuilder().add("total", page.getTotal()).add("items", items).build();
    }

    static JsonObject calendar(List<Meeting> meetings) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        meetings.forEach(m -> items.add(summary(m)));
        return Json.createObjectBuilder().add("items", items).build();
    }

    /** One meeting with invitees, tasks, report and what the caller may do. */
    static JsonObject detail(MeetingView view) {
        Meeting m = view.getMeeting();
        JsonArrayBuilder invitations = Json.createArrayBuilder();
        for (Invitation i : view.getInvitations()) {
            JsonObjectBuilder ib = Json.createObjectBuilder().add("username", i.getAccount().getUsername())
                    .add("displayName", i.getAccount().getDisplayName());
            text(ib, "answer", i.getAnswer() == null ? null : i.getAnswer().name());
            text(ib, "attendance", i.getAttendance() == null ? null : i.getAttendance().name());
            invitations.add(ib);
        }
        JsonArrayBuilder tasks = Json.createArrayBuilder();
        view.getTasks().forEach(t -> tasks.add(task(t, null)));
        JsonObjectBuilder b = summary(m)
                .add("version", m.getVersion())
                .add("organiser", m.getOrganiser().getUsername())
                .add("invitations", invitations)
                .add("answers", Json.createObjectBuilder().add("yes", view.getYes()).add("no", view.getNo())
                        .add("maybe", view.getMaybe()).add("none", view.getUnanswered()))
                .add("tasks", tasks)
                .add("invited", view.getMine() != null)
                .add("canOrganise", view.isOrganiser())
                .add("canWriteReport", view.isReportWriter() && view.isReportable());
        text(b, "agenda", m.getAgenda());
        text(b, "agendaHtml", m.getAgendaHtml());
        Answer mine = view.getMine() == null ? null : view.getMine().getAnswer();
        text(b, "myAnswer", mine == null ? null : mine.name());
        JsonArrayBuilder documents = Json.createArrayBuilder();
        for (DocumentLink d : view.getDocuments()) {
            documents.add(Json.createObjectBuilder().add("id", d.getId()).add("title", d.getTitle())
                    .add("url", d.getUrl()));
        }
        b.add("documents", documents);
        MeetingReport r = view.getReport();
        if (r == null) {
            b.addNull("report");
        } else {
            b.add("report", Json.createObjectBuilder().add("body", r.getBody()).add("bodyHtml", r.getBodyHtml())
                    .add("author", r.getAuthor().getUsername()).add("writtenAt", r.getWrittenAt().toString())
                    .add("updatedAt", r.getUpdatedAt().toString()).add("version", r.getVersion()));
        }
        return b.build();
    }

    static JsonObjectBuilder task(MeetingTask t, LocalDate today) {
        Account assignee = t.getAssignee();
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", t.getId())
                .add("meeting", t.getMeeting().getId())
                .add("kind", t.getKind().name())
                .add("assignee", assignee.getUsername())
                .add("assigneeName", assignee.getDisplayName())
                .add("status", t.getStatus().name());
        text(b, "description", t.getDescription());
        text(b, "due", t.getDue() == null ? null : t.getDue().toString());
        if (today != null) {
            b.add("late", t.isLate(today));
        }
        return b;
    }

    /** Details from a body; fields not sent keep the values of {@code current} (null: a new meeting). */
    static MeetingDetails details(JsonObject body, Meeting current) {
        JsonInput in = JsonInput.of(body);
        return MeetingDetails.parse(
                field(in, body, "title", current == null ? null : current.getTitle()),
                field(in, body, "start", current == null ? null : current.getStartsAt().toString()),
                field(in, body, "end", current == null ? null : current.getEndsAt().toString()),
                field(in, body, "place", current == null ? null : current.getPlace()),
                field(in, body, "link", current == null ? null : current.getOnlineUrl()),
                field(in, body, "agenda", current == null ? null : current.getAgenda()));
    }

    static TaskInput taskInput(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        TaskKind kind = in.enumValue("kind", TaskKind.class, "meeting.task.kind.invalid").orElse(null);
        LocalDate due = Dates.day(in.string("due").orElse(null), "due", "meeting.task.due.invalid");
        return new TaskInput(kind, in.string("assignee").orElse(null), due, in.string("description").orElse(null));
    }

    private static String field(JsonInput in, JsonObject body, String name, String current) {
        return body.containsKey(name) ? in.string(name).orElse(null) : current;
    }

    private static String local(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(MeetingDetails.ZONE).toOffsetDateTime());
    }

    private static void text(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }
}

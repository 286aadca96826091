package be.atrium.meetings.api;

import be.atrium.identity.CurrentUser;
import be.atrium.meetings.Answer;
import be.atrium.meetings.Attendance;
import be.atrium.meetings.Meeting;
import be.atrium.meetings.MeetingCalendar;
import be.atrium.meetings.MeetingDetails;
import be.atrium.meetings.MeetingService;
import be.atrium.meetings.MeetingTask;
import be.atrium.meetings.TaskStatus;
import be.atrium.platform.DomainException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.api.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One meeting: read (also as iCalendar), change, cancel, answer, attendance, tasks and the
 * report; and the meetings of all the caller's Atria in a period ({@code GET /meetings?from&to}).
 */
@Path("/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    static final String CALENDAR = "text/calendar";
    static final Duration MAX_PERIOD = Duration.ofDays(400);

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingService meetings;

    @Context
    UriInfo uri;

    /**
     * Meetings overlapping {@code from}..{@code to} (ISO instants or Brussels local times; default:
     * from now, 90 days), of one Atrium ({@code atrium=slug}) or of all the caller's own Atria.
     */
    @GET
    public JsonObject calendar(@QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("atrium") String atrium) {
        Instant start = moment(from, "from", meetings.now());
        Instant end = moment(to, "to", start.plus(Duration.ofDays(90)));
        if (!end.isAfter(start) || end.isAfter(start.plus(MAX_PERIOD))) {
            throw new DomainException("meeting.period.invalid", "to", MAX_PERIOD.toDays());
        }
        return MeetingJson.calendar(meetings.calendar(currentUser.get(),
                atrium == null || atrium.isBlank() ? null : atrium.strip(), start, end));
    }

    @GET
    @Path("{id: \\d+}")
    public JsonObject get(@PathParam("id") long id) {
        return MeetingJson.detail(meetings.meeting(currentUser.get(), id));
    }

    /** The meeting as an iCalendar file, for a calendar program. */
    @GET
    @Path("{id: \\d+}.ics")
    @Produces(CALENDAR)
    public Response ics(@PathParam("id") long id) {
        Meeting meeting = meetings.meeting(currentUser.get(), id).getMeeting();
        String text = MeetingCalendar.of(List.of(meeting), null, m -> page(m.getId()));
        return Response.ok(text, CALENDAR + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"meeting-" + id + ".ics\"").build();
    }

    /**
     * Body as for planning; fields not sent keep their value; {@code version} (optional): the version
     * the change starts from, 409 when someone saved since.
     */
    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject revise(@PathParam("id") long id, JsonObject body) {
        Meeting current = meetings.forEdit(currentUser.get(), id);
        MeetingDetails details = MeetingJson.details(body, current);
        meetings.revise(currentUser.get(), id, details, JsonInput.of(body).number("version").orElse(null));
        return get(id);
    }

    @POST
    @Path("{id: \\d+}/cancel")
    public JsonObject cancel(@PathParam("id") long id) {
        meetings.cancel(currentUser.get(), id);
        return get(id);
    }

    /**
     * Body {@code {"invitees": [username...]}}: organisers invite more members; without names every
     * member not invited yet (those who joined after the meeting was planned).
     */
    @POST
    @Path("{id: \\d+}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject invite(@PathParam("id") long id, JsonObject body) {
        meetings.invite(currentUser.get(), id, body == null ? List.of() : JsonInput.of(body).strings("invitees"));
        return get(id);
    }

    /** Body {@code {"answer": "YES|NO|MAYBE"}}. */
    @PUT
    @Path("{id: \\d+}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject answer(@PathParam("id") long id, JsonObject body) {
        Answer answer = JsonInput.of(body).enumValue("answer", Answer.class, "meeting.answer.invalid")
                .orElseThrow(() -> new DomainException("meeting.answer.required", "answer"));
        meetings.answer(currentUser.get(), id, answer);
        return get(id);
    }

    /** Body {@code {"attendance": {"username": "PRESENT|ABSENT|null", ...}}}: organisers, once the meeting has begun. */
    @PUT
    @Path("{id: \\d+}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject attendance(@PathParam("id") long id, JsonObject body) {
        JsonInput.of(body);
        JsonValue value = body.get("attendance");
        if (!(value instanceof JsonObject byUser)) {
            throw new DomainException("meeting.attendance.required", "attendance");
        }
        Map<String, Attendance> records = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : byUser.entrySet()) {
            if (e.getValue().getValueType() == JsonValue.ValueType.NULL) {
                records.put(e.getKey(), null);
            } else if (e.getValue() instanceof JsonString s) {
                try {
                    records.put(e.getKey(), Attendance.valueOf(s.getString().strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException bad) {
                    throw new DomainException("meeting.attendance.invalid", "attendance", s.getString());
                }
            } else {
                throw new DomainException("meeting.attendance.invalid", "attendance", e.getValue().toString());
            }
        }
        meetings.recordAttendance(currentUser.get(), id, records);
        return get(id);
    }

    /** Body {@code {"kind", "assignee", "due", "description"}}: an organiser assigns a task to a member. */
    @POST
    @Path("{id: \\d+}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addTask(@PathParam("id") long id, JsonObject body) {
        MeetingTask task = meetings.addTask(currentUser.get(), id, MeetingJson.taskInput(body));
        return Response.created(URI.create("/api/v1/meetings/" + id + "/tasks/" + task.getId()))
                .entity(MeetingJson.task(task, meetings.today()).build()).build();
    }

    /**
     * Body {@code {"status": "OPEN|DONE"}} (the assignee or an organiser) and/or the task's
     * {@code kind}, {@code assignee}, {@code due}, {@code description} (organisers).
     */
    @PUT
    @Path("{id: \\d+}/tasks/{task: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject changeTask(@PathParam("id") long id, @PathParam("task") long taskId, JsonObject body) {
        requireTaskOf(id, taskId);
        JsonInput in = JsonInput.of(body);
        TaskStatus status = in.enumValue("status", TaskStatus.class, "meeting.task.status.invalid").orElse(null);
        MeetingTask task = null;
        if (body.containsKey("kind") || body.containsKey("assignee") || body.containsKey("due")
                || body.containsKey("description")) {
            task = meetings.changeTask(currentUser.get(), taskId, MeetingJson.taskInput(body));
        }
        if (status != null) {
            task = meetings.markTask(currentUser.get(), taskId, status);
        }
        if (task == null) {
            throw new DomainException("meeting.task.status.required", "status");
        }
        return MeetingJson.task(task, meetings.today()).build();
    }

    @DELETE
    @Path("{id: \\d+}/tasks/{task: \\d+}")
    public Response removeTask(@PathParam("id") long id, @PathParam("task") long taskId) {
        requireTaskOf(id, taskId);
        meetings.removeTask(currentUser.get(), taskId);
        return Response.noContent().build();
    }

    /** Body {@code {"body": "Markdown", "version": n}} (version optional: 409 when someone saved since). */
    @PUT
    @Path("{id: \\d+}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject report(@PathParam("id") long id, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        meetings.writeReport(currentUser.get(), id, in.string("body").orElse(null), in.number("version").orElse(null));
        return get(id);
    }

    /**
     * Links a document of the meeting's Atrium to the meeting's report (organisers and report
     * writers who may change the document); answers the meeting with its {@code documents}.
     */
    @POST
    @Path("{id: \\d+}/documents/{document: \\d+}")
    public JsonObject linkDocument(@PathParam("id") long id, @PathParam("document") long documentId) {
        meetings.linkDocument(currentUser.get(), id, documentId);
        return get(id);
    }

    /** Takes a document off the meeting's report (the document itself stays in its library). */
    @DELETE
    @Path("{id: \\d+}/documents/{document: \\d+}")
    public Response unlinkDocument(@PathParam("id") long id, @PathParam("document") long documentId) {
        meetings.unlinkDocument(currentUser.get(), id, documentId);
        return Response.noContent().build();
    }

    private void requireTaskOf(long meetingId, long taskId) {
        boolean ours = meetings.meeting(currentUser.get(), meetingId).getTasks().stream()
                .anyMatch(t -> t.getId() == taskId);
        if (!ours) {
            throw new NotFoundException("task " + taskId);
        }
    }

    private URI page(long id) {
        return uri.getBaseUri().resolve("../../" + MeetingJson.url(id).substring(1));
    }

    private static Instant moment(String text, String field, Instant otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        Instant at = MeetingDetails.parseTime(text.strip());
        if (at == null) {
            throw new DomainException("meeting.time.invalid", field, text.strip());
        }
        return at;
    }

    static int number(String value, String field, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new DomainException("api.field.number", field, field);
        }
    }
}

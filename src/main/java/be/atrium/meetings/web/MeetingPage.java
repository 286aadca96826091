package be.atrium.meetings.web;

import be.atrium.content.AttachmentStore;
import be.atrium.documents.DocumentLink;
import be.atrium.documents.DocumentService;
import be.atrium.documents.web.UploadOutcome;
import be.atrium.identity.Account;
import be.atrium.identity.CurrentUser;
import be.atrium.meetings.Answer;
import be.atrium.meetings.Attendance;
import be.atrium.meetings.Invitation;
import be.atrium.meetings.MeetingService;
import be.atrium.meetings.MeetingView;
import be.atrium.meetings.TaskInput;
import be.atrium.meetings.TaskKind;
import be.atrium.meetings.TaskStatus;
import be.atrium.platform.DomainException;
import be.atrium.platform.web.Messages;
import be.atrium.platform.web.PageMessages;
import be.atrium.platform.web.PageRedirect;
import be.atrium.platform.web.QueryParams;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A meeting's page: details and agenda, my answer, the invitees with their answers (and
 * attendance, which organisers record once it has begun), the tasks (organisers assign, the
 * assignee marks done), the report (written by organisers and the member asked to) and the .ics
 * download. Every change is a POST followed by a redirect to the plain address; a refused change
 * keeps what was typed and says why beside the field.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingService meetings;

    private String idParam;
    private long id;
    private transient MeetingView view;
    private boolean loaded;
    private boolean confirmingCancel;
    private final Map<String, String> attendance = new HashMap<>();
    private TaskKind kind = TaskKind.HOST_GROUP;
    private String assignee;
    private LocalDate due;
    private String description;
    private String reportBody;
    private Long reportVersion;
    private transient Long uninvited;
    private String picked;
    private final List<UploadOutcome> uploads = new ArrayList<>();

    /** Between a suggestion's title and its document id (the picker's text stays readable). */
    static final String PICKED = " · #";

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        id = QueryParams.id(idParam);
        view = meetings.meeting(currentUser.get(), id);
        for (Invitation i : view.getInvitations()) {
            attendance.put(i.getAccount().getUsername(), i.getAttendance() == null ? "" : i.getAttendance().name());
        }
        if (view.getReport() != null) {
            reportBody = view.getReport().getBody();
            reportVersion = view.getReport().getVersion();
        }
    }

    public MeetingView getView() {
        if (view == null) {
            view = meetings.meeting(currentUser.get(), id);
        }
        return view;
    }

    public void answer(String answer) {
        meetings.answer(currentUser.get(), id, Answer.valueOf(answer));
        PageMessages.info("meeting.page.answered");
        redirect("#myAnswer");
    }

    /** Invites the members of the Atrium who are not invited yet (who joined since it was planned). */
    public void inviteNewMembers() {
        int added = meetings.invite(currentUser.get(), id, List.of());
        PageMessages.info("meeting.page.invited", added);
        redirect("#invitees");
    }

    /** How many members of the Atrium are not invited (organisers of a meeting still to come). */
    public long getUninvited() {
        MeetingView v = getView();
        if (uninvited == null) {
            uninvited = v.isOrganiser() && !v.getMeeting().isCancelled() && !v.isPast()
                    ? meetings.uninvitedMembers(currentUser.get(), id) : 0L;
        }
        return uninvited;
    }

    public void saveAttendance() {
        Map<String, Attendance> records = new LinkedHashMap<>();
        attendance.forEach((username, value) -> records.put(username,
                value == null || value.isBlank() ? null : Attendance.valueOf(value)));
        meetings.recordAttendance(currentUser.get(), id, records);
        PageMessages.info("meeting.page.attendance.saved");
        redirect("#invitees");
    }

    public void addTask() {
        meetings.addTask(currentUser.get(), id, new TaskInput(kind, assignee, due, description));
        PageMessages.info("meeting.page.task.added");
        redirect("#tasks");
    }

    public void markTask(long taskId, boolean done) {
        meetings.markTask(currentUser.get(), taskId, done ? TaskStatus.DONE : TaskStatus.OPEN);
        PageMessages.info("meeting.page.task.marked");
        redirect("#tasks");
    }

    public void removeTask(long taskId) {
        meetings.removeTask(currentUser.get(), taskId);
        PageMessages.info("meeting.page.task.removed");
        redirect("#tasks");
    }

    public void saveReport() {
        meetings.writeReport(currentUser.get(), id, reportBody, reportVersion);
        PageMessages.info("meeting.page.report.saved");
        redirect("#report");
    }

    /**
     * One file dropped or chosen in the report's upload: it becomes a report document of the
     * Atrium's library, linked to the meeting; a refused file names its reason in the list and
     * the other files go on (as in the library's upload).
     */
    public void attachFile(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String filename = file.getFileName();
        try (InputStream content = file.getInputStream()) {
            DocumentLink link = meetings.attachFile(currentUser.get(), id,
                    new DocumentService.Upload(filename, file.getSize(), content));
            addOutcome(new UploadOutcome(filename, link.getId(), link.getTitle(), null));
        } catch (DomainException e) {
            addOutcome(new UploadOutcome(filename, null, null, Messages.text(Messages.pageLocale(), e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // the container removes its temporary file at the end of the request anyway
            }
        }
        view = null;
    }

    private synchronized void addOutcome(UploadOutcome outcome) {
        uploads.add(outcome);
    }

    /** The files uploaded with the report during this visit, in the order they arrived. */
    public synchronized List<UploadOutcome> getUploads() {
        return List.copyOf(uploads);
    }

    /** Suggestions for the document picker: "title · #id" of documents of the Atrium not linked yet. */
    public List<String> completeDocument(String typed) {
        return meetings.linkableDocuments(currentUser.get(), id, typed, 10).stream()
                .map(d -> d.getTitle() + PICKED + d.getId()).toList();
    }

    /** Links the document picked (or whose whole title was typed) to the meeting. */
    public void linkDocument() {
        Long documentId = pickedDocument(picked);
        if (documentId == null) {
            throw new DomainException("meeting.page.documents.pick", "document");
        }
        DocumentLink link = meetings.linkDocument(currentUser.get(), id, documentId);
        PageMessages.info("meeting.page.documents.linked", link.getTitle());
        redirect("#report");
    }

    private Long pickedDocument(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int mark = text.lastIndexOf(PICKED);
        if (mark >= 0) {
            try {
                return Long.valueOf(text.substring(mark + PICKED.length()).strip());
            } catch (NumberFormatException e) {
                // not one of the suggestions: look the title up
            }
        }
        String title = text.strip();
        return meetings.linkableDocuments(currentUser.get(), id, title, 10).stream()
                .filter(d -> d.getTitle().equalsIgnoreCase(title)).map(DocumentLink::getId).findFirst().orElse(null);
    }

    /** Takes a document off the meeting; it stays in the library. */
    public void unlinkDocument(long documentId) {
        meetings.unlinkDocument(currentUser.get(), id, documentId);
        PageMessages.info("meeting.page.documents.unlinked");
        redirect("#report");
    }

    public long getMaxUploadBytes() {
        return meetings.maxDocumentBytes();
    }

    public long getMaxUploadMegabytes() {
        return AttachmentStore.megabytes(meetings.maxDocumentBytes());
    }

    public void askCancel() {
        confirmingCancel = true;
    }

    public void keep() {
        confirmingCancel = false;
    }

    public void cancelMeeting() {
        meetings.cancel(currentUser.get(), id);
        PageMessages.info("meeting.page.cancelledNow");
        redirect("");
    }

    private void redirect(String anchor) {
        PageRedirect.to("/meetings/meeting.xhtml?id=" + id + anchor);
    }

    /** Members who can be given a task (organisers only). */
    public List<Account> getAssignable() {
        return getView().isOrganiser() ? meetings.assignable(currentUser.get(), id) : List.of();
    }

    public TaskKind[] getKinds() {
        return TaskKind.values();
    }

    public Answer[] getAnswers() {
        return Answer.values();
    }

    public Attendance[] getAttendances() {
        return Attendance.values();
    }

    public LocalDate getToday() {
        return meetings.today();
    }

    public String getIcsUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + MeetingIcsServlet.path(id);
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public long getId() {
        return id;
    }

    public Map<String, String> getAttendance() {
        return attendance;
    }

    public TaskKind getKind() {
        return kind;
    }

    public void setKind(TaskKind kind) {
        this.kind = kind;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPicked() {
        return picked;
    }

    public void setPicked(String picked) {
        this.picked = picked;
    }

    public String getReportBody() {
        return reportBody;
    }

    public void setReportBody(String reportBody) {
        this.reportBody = reportBody;
    }
}

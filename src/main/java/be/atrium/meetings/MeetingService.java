package be.atrium.meetings;

import be.atrium.content.MarkdownRenderer;
import be.atrium.documents.Document;
import be.atrium.documents.DocumentKind;
import be.atrium.documents.DocumentLink;
import be.atrium.documents.DocumentService;
import be.atrium.documents.DocumentView;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumDeleting;
import be.atrium.network.AtriumRepository;
import be.atrium.network.Membership;
import be.atrium.network.Reach;
import be.atrium.network.Reaches;
import be.atrium.platform.ConflictException;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.Secrets;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one transaction boundary of meetings. Who sees what follows the reach model
 * ({@link Reach}): a meeting of an Atrium the viewer may not see does not exist for them (404).
 * Organisers are the Atrium's moderators ({@link Reach#canModerate}: its members with the
 * moderator role, the relationship managers of its municipalities, administrators); others get
 * 403 for what only organisers do. Invitees answer for themselves; an assignee marks their task
 * done; organisers and the members asked to write the report (a WRITE_REPORT task) write it.
 * Every change records an outbox event of the aggregate {@code meeting}.
 */
@ApplicationScoped
@Transactional
public class MeetingService {

    public static final int MAX_PAGE = 100;
    /** How far back and ahead a calendar feed reaches. */
    static final Duration FEED_PAST = Duration.ofDays(183);
    static final Duration FEED_AHEAD = Duration.ofDays(2 * 366);
    static final int MAX_CALENDAR = 1000;
    static final String FEED_PREFIX = "cal_";
    /** The library folder that files uploaded with a report go into. */
    public static final String REPORT_FOLDER = "Verslagen";

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingRepository repository;

    @Inject
    AtriumRepository atria;

    @Inject
    AccountRepository accounts;

    @Inject
    Reaches reaches;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Outbox outbox;

    @Inject
    DocumentService documents;

    @Inject
    Clock clock;

    @Inject
    MeetingService self;

    /**
     * Plans a meeting of the Atrium and invites its members: all of them, or those named.
     *
     * @param invitees usernames of members to invite; empty: every member
     */
    public Meeting plan(Account viewer, String slug, MeetingDetails details, List<String> invitees) {
        Atrium atrium = organisedAtrium(viewer, slug);
        Account organiser = em.find(Account.class, viewer.getId());
        List<Account> invited = invitees(atrium, invitees);
        Instant now = clock.instant();
        Meeting meeting = Meeting.plan(atrium, organiser, details, agendaHtml(details), now);
        em.persist(meeting);
        for (Account account : invited) {
            em.persist(new Invitation(meeting, account));
        }
        em.flush();
        outbox.record(MeetingChanges.MEETING_CREATED, meeting.getId(), viewer.getId());
        return meeting;
    }

    /**
     * Changes a meeting's details.
     *
     * @param expectedVersion the version the organiser started from (409 when someone saved since); null: none
     */
    public Meeting revise(Account viewer, long id, MeetingDetails details, Long expectedVersion) {
        Meeting meeting = organised(viewer, id);
        requireVersion(expectedVersion, meeting.getVersion());
        meeting.revise(details, agendaHtml(details), em.find(Account.class, viewer.getId()), clock.instant());
        outbox.record(MeetingChanges.MEETING_EDITED, meeting.getId(), viewer.getId());
        return meeting;
    }

    public Meeting cancel(Account viewer, long id) {
        Meeting meeting = organised(viewer, id);
        meeting.cancel(em.find(Account.class, viewer.getId()), clock.instant());
        outbox.record(MeetingChanges.MEETING_CANCELLED, meeting.getId(), viewer.getId());
        return meeting;
    }

    /**
     * An organiser invites more members of the Atrium: those named, or (none named) every member
     * not invited yet, such as those who joined after the meeting was planned. Those already
     * invited stay as they are (with their answers).
     *
     * @return how many were newly invited
     */
    public int invite(Account viewer, long id, List<String> usernames) {
        Meeting meeting = organised(viewer, id);
        meeting.requirePlanned();
        if (meeting.isPast(clock.instant())) {
            throw new DomainException("meeting.invite.past", "invitees");
        }
        java.util.Set<Long> invited = new java.util.HashSet<>();
        repository.invitations(meeting).forEach(i -> invited.add(i.getAccount().getId()));
        int added = 0;
        for (Account account : invitees(meeting.getAtrium(), usernames)) {
            if (invited.add(account.getId())) {
                em.persist(new Invitation(meeting, account));
                added++;
            }
        }
        if (added > 0) {
            outbox.record(MeetingChanges.MEETING_INVITED, meeting.getId(), viewer.getId());
        }
        return added;
    }

    /** How many members of the meeting's Atrium are not invited (for organisers: "invite the new members"). */
    public long uninvitedMembers(Account viewer, long id) {
        Meeting meeting = organised(viewer, id);
        java.util.Set<Long> invited = new java.util.HashSet<>();
        repository.invitations(meeting).forEach(i -> invited.add(i.getAccount().getId()));
        return atria.members(meeting.getAtrium()).stream().filter(m -> !invited.contains(m.getAccount().getId())).count();
    }

    /** The viewer answers their invitation (403 when not invited). */
    public Invitation answer(Account viewer, long id, Answer answer) {
        Meeting meeting = visible(viewer, id);
        if (answer == null) {
            throw new DomainException("meeting.answer.required", "answer");
        }
        Invitation invitation = repository.invitation(meeting, viewer)
                .orElseThrow(() -> new ForbiddenException("meeting.answer.notInvited"));
        invitation.answer(answer, clock.instant());
        outbox.record(MeetingChanges.MEETING_ANSWERED, meeting.getId(), viewer.getId());
        return invitation;
    }

    /**
     * An organiser records who was there, by username (null: not recorded); a username that is not
     * invited is bad input, and nothing is saved then.
     */
    public void recordAttendance(Account viewer, long id, Map<String, Attendance> byUsername) {
        Meeting meeting = organised(viewer, id);
        Map<String, Invitation> invited = new LinkedHashMap<>();
        repository.invitations(meeting).forEach(i -> invited.put(i.getAccount().getUsername(), i));
        Instant now = clock.instant();
        meeting.requireAttendanceTakeable(now);
        for (Map.Entry<String, Attendance> e : byUsername.entrySet()) {
            Invitation invitation = invited.get(e.getKey() == null ? "" : e.getKey().strip().toLowerCase(Locale.ROOT));
            if (invitation == null) {
                throw new DomainException("meeting.attendance.notInvited", "attendance", e.getKey());
            }
            invitation.record(e.getValue(), now);
        }
        outbox.record(MeetingChanges.MEETING_ATTENDANCE, meeting.getId(), viewer.getId());
    }

    /** An organiser assigns a task to a member of the Atrium. */
    public MeetingTask addTask(Account viewer, long meetingId, TaskInput input) {
        Meeting meeting = organised(viewer, meetingId);
        MeetingTask task = new MeetingTask(meeting, kind(input), input.description(), member(meeting, input.assignee()),
                input.due(), em.find(Account.class, viewer.getId()), clock.instant());
        em.persist(task);
        em.flush();
        outbox.record(MeetingChanges.TASK_ADDED, meeting.getId(), viewer.getId());
        return task;
    }

    /** An organiser changes a task's kind, assignee, due day or description. */
    public MeetingTask changeTask(Account viewer, long taskId, TaskInput input) {
        MeetingTask task = visibleTask(viewer, taskId);
        requireOrganiser(viewer, task.getMeeting());
        task.getMeeting().requirePlanned();
        task.change(kind(input), input.description(), member(task.getMeeting(), input.assignee()), input.due());
        outbox.record(MeetingChanges.TASK_CHANGED, task.getMeeting().getId(), viewer.getId());
        return task;
    }

    /** The assignee or an organiser marks a task done, or open again. */
    public MeetingTask markTask(Account viewer, long taskId, TaskStatus status) {
        MeetingTask task = visibleTask(viewer, taskId);
        if (!task.isAssignedTo(viewer) && !organises(viewer, task.getMeeting())) {
            throw new ForbiddenException("meeting.task.notYours");
        }
        if (status == null) {
            throw new DomainException("meeting.task.status.required", "status");
        }
        task.mark(status, clock.instant());
        outbox.record(MeetingChanges.TASK_CHANGED, task.getMeeting().getId(), viewer.getId());
        return task;
    }

    public void removeTask(Account viewer, long taskId) {
        MeetingTask task = visibleTask(viewer, taskId);
        requireOrganiser(viewer, task.getMeeting());
        em.remove(task);
        outbox.record(MeetingChanges.TASK_REMOVED, task.getMeeting().getId(), viewer.getId());
    }

    /**
     * Writes or rewrites the report of a meeting that has begun.
     *
     * @param expectedVersion the report version the writer started from (409 when someone saved since); null: none
     */
    public MeetingReport writeReport(Account viewer, long id, String body, Long expectedVersion) {
        Meeting meeting = visible(viewer, id);
        if (!mayWriteReport(viewer, meeting)) {
            throw new ForbiddenException("meeting.report.forbidden");
        }
        Instant now = clock.instant();
        meeting.requireReportable(now);
        String text = MeetingReport.requireBody(body);
        String html = markdown.html(text);
        Account writer = em.find(Account.class, viewer.getId());
        Optional<MeetingReport> existing = repository.report(meeting);
        MeetingReport report;
        if (existing.isPresent()) {
            report = existing.get();
            requireVersion(expectedVersion, report.getVersion());
            report.rewrite(text, html, writer, now);
        } else {
            if (expectedVersion != null && expectedVersion > 0) {
                throw new ConflictException("meeting.report.conflict", "version");
            }
            report = new MeetingReport(meeting, text, html, writer, now);
            em.persist(report);
        }
        em.flush();
        outbox.record(MeetingChanges.REPORT_WRITTEN, meeting.getId(), viewer.getId());
        return report;
    }

    /**
     * Links a document of the meeting's Atrium to the meeting (its report's documents): for those
     * who may write the report and may change the document. A meeting or document the viewer does
     * not see is not found (404); a document of another library is refused (400).
     */
    public DocumentLink linkDocument(Account viewer, long id, long documentId) {
        Meeting meeting = reportDocumentsOf(viewer, id);
        DocumentLink link = documents.linkToMeeting(viewer, documentId, meeting.getAtrium(), meeting.getId());
        outbox.record(MeetingChanges.DOCUMENTS_CHANGED, meeting.getId(), viewer.getId());
        return link;
    }

    /**
     * Uploads a file into the library of the meeting's Atrium, as a report titled by its file name
     * in the folder {@value #REPORT_FOLDER} and dated on the meeting's day, and links it to the
     * meeting: for the same people as {@link #linkDocument}, checked before the bytes are stored.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DocumentLink attachFile(Account viewer, long id, DocumentService.Upload file) {
        Meeting meeting = self.reportDocumentsOf(viewer, id);
        Document.Details details = new Document.Details(Document.titleOf(file.filename()), null, DocumentKind.REPORT,
                REPORT_FOLDER, meeting.getStartsAt().atZone(MeetingDetails.ZONE).toLocalDate(), List.of(), null, null);
        DocumentView made = documents.upload(viewer, meeting.getAtrium().getSlug(), details, file);
        return self.linkDocument(viewer, id, made.id());
    }

    /** The largest file a report document may be (the document library's limit). */
    public long maxDocumentBytes() {
        return documents.maxBytes();
    }

    /** Suggestions for the report's document picker: documents of the Atrium by title, not linked yet. */
    public List<DocumentLink> linkableDocuments(Account viewer, long id, String typed, int max) {
        Meeting meeting = visible(viewer, id);
        if (!mayWriteReport(viewer, meeting)) {
            return List.of();
        }
        return documents.linkable(viewer, meeting.getAtrium(), meeting.getId(), typed, max);
    }

    /** A meeting whose report documents the viewer may change (404 or 403 otherwise). */
    public Meeting reportDocumentsOf(Account viewer, long id) {
        Meeting meeting = visible(viewer, id);
        if (!mayWriteReport(viewer, meeting)) {
            throw new ForbiddenException("meeting.documents.forbidden");
        }
        return meeting;
    }

    /** Takes a document off the meeting (the same people as {@link #linkDocument}). */
    public void unlinkDocument(Account viewer, long id, long documentId) {
        Meeting meeting = reportDocumentsOf(viewer, id);
        documents.unlinkFromMeeting(viewer, documentId, meeting.getId());
        outbox.record(MeetingChanges.DOCUMENTS_CHANGED, meeting.getId(), viewer.getId());
    }

    /** One meeting with everything its page shows. */
    public MeetingView meeting(Account viewer, long id) {
        Meeting meeting = visible(viewer, id);
        List<Invitation> invitations = repository.invitations(meeting);
        Invitation mine = invitations.stream().filter(i -> i.getAccount().getId().equals(viewer.getId())).findFirst()
                .orElse(null);
        boolean organiser = organises(viewer, meeting);
        Instant now = clock.instant();
        return new MeetingView(meeting, invitations, mine, repository.tasks(meeting),
                repository.report(meeting).orElse(null), documents.ofMeeting(viewer, meeting.getId()), organiser,
                organiser || repository.isReportWriter(meeting, viewer), meeting.hasStarted(now), meeting.isPast(now));
    }

    /** A meeting for its edit form (403 for others than organisers, 400 once cancelled). */
    public Meeting forEdit(Account viewer, long id) {
        Meeting meeting = organised(viewer, id);
        meeting.requirePlanned();
        return meeting;
    }

    /** The Atrium a meeting is planned in, for the form (404 when not visible, 403 when not an organiser). */
    public Atrium atriumForPlanning(Account viewer, String slug) {
        return organisedAtrium(viewer, slug);
    }

    /** Whether the viewer may plan meetings in the Atrium (which the viewer sees). */
    public boolean mayOrganise(Account viewer, Atrium atrium) {
        return reaches.of(viewer).canModerate(atrium);
    }

    /** A page of an Atrium's upcoming (soonest first) or past (latest first) meetings. */
    public MeetingList list(Account viewer, String slug, boolean upcoming, int offset, int limit) {
        Atrium atrium = visibleAtrium(viewer, slug);
        Instant now = clock.instant();
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        int from = Math.max(0, offset);
        long total = repository.count(atrium, now, upcoming);
        List<Meeting> items = total == 0 ? List.of()
                : upcoming ? repository.upcoming(atrium, now, from, size) : repository.past(atrium, now, from, size);
        return new MeetingList(total, items, upcoming ? java.util.Set.of() : repository.withReport(items));
    }

    /**
     * Meetings overlapping [from, to) for a calendar: of one Atrium (slug), or of all the viewer's
     * own Atria (memberships and, for relationship managers, the Atria they coach) when slug is null.
     */
    public List<Meeting> calendar(Account viewer, String slug, Instant from, Instant to) {
        List<Long> ids = slug == null ? new ArrayList<>(reaches.of(viewer).ownAtria())
                : List.of(visibleAtrium(viewer, slug).getId());
        return repository.between(ids, from, to, MAX_CALENDAR);
    }

    /** Planned meetings of the viewer's own Atria that are not over, soonest first (the home page). */
    public List<Meeting> upcomingForMe(Account viewer, int limit) {
        return repository.upcomingIn(reaches.of(viewer).ownAtria(), clock.instant(), Math.max(1, Math.min(MAX_PAGE, limit)));
    }

    /** Planned meetings of one Atrium that are not over (the Atrium page). */
    public List<Meeting> upcomingIn(Account viewer, Atrium atrium, int limit) {
        reaches.of(viewer).requireVisible(atrium);
        return repository.upcomingIn(List.of(atrium.getId()), clock.instant(), Math.max(1, Math.min(MAX_PAGE, limit)));
    }

    /** The viewer's open tasks of planned meetings in Atria the viewer still sees, by due day. */
    public List<MeetingTask> myOpenTasks(Account viewer, int limit) {
        Reach reach = reaches.of(viewer);
        List<Long> ids = new ArrayList<>(reach.ownAtria());
        return repository.openTasksOf(viewer, ids, Math.max(1, Math.min(MAX_PAGE, limit)));
    }

    /**
     * For a relationship manager: the open tasks of the meetings of the Atria they coach (late ones
     * first, as they come by due day); empty for anyone else.
     */
    public List<MeetingTask> openTasksOfCoachedAtria(Account viewer, int limit) {
        if (!viewer.isRelationshipManager()) {
            return List.of();
        }
        return repository.openTasksIn(atria.managedAtriumIds(viewer), Math.max(1, Math.min(MAX_PAGE, limit)));
    }

    /** Today in Brussels (for "late" tasks). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), MeetingDetails.ZONE);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Members of the meeting's Atrium who can be given a task, by name (organisers only). */
    public List<Account> assignable(Account viewer, long meetingId) {
        Meeting meeting = organised(viewer, meetingId);
        return atria.members(meeting.getAtrium()).stream().map(Membership::getAccount).toList();
    }

    /** Members of an Atrium who can be invited, by name (organisers only). */
    public List<Account> invitable(Account viewer, String slug) {
        Atrium atrium = organisedAtrium(viewer, slug);
        return atria.members(atrium).stream().map(Membership::getAccount).toList();
    }

    /** Whether the viewer has a personal calendar feed. */
    public boolean hasFeed(Account viewer) {
        return repository.feed(viewer).isPresent();
    }

    /**
     * Makes a new secret for the viewer's calendar feed (the old address stops working). The
     * secret is returned once; only its hash is kept.
     */
    public String renewFeed(Account viewer) {
        String token = Secrets.create(FEED_PREFIX);
        Instant now = clock.instant();
        Optional<CalendarFeed> existing = repository.feed(viewer);
        if (existing.isPresent()) {
            existing.get().renew(hash(token), now);
        } else {
            em.persist(new CalendarFeed(em.find(Account.class, viewer.getId()), hash(token), now));
        }
        return token;
    }

    /** Ends the viewer's calendar feed: its address answers 404 from now on. */
    public void revokeFeed(Account viewer) {
        repository.feed(viewer).ifPresent(em::remove);
    }

    /**
     * The meetings of a feed's owner's Atria, half a year back to two years ahead; empty when the
     * secret is unknown, revoked or its account may no longer log in.
     */
    public Optional<FeedContent> feed(String token) {
        if (token == null || !token.startsWith(FEED_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<CalendarFeed> feed = repository.feedByHash(hash(token));
        if (feed.isEmpty() || !feed.get().getAccount().canAuthenticate()) {
            return Optional.empty();
        }
        Account owner = feed.get().getAccount();
        Instant now = clock.instant();
        List<Meeting> meetings = repository.between(reaches.of(owner).ownAtria(), now.minus(FEED_PAST),
                now.plus(FEED_AHEAD), MAX_CALENDAR);
        return Optional.of(new FeedContent(owner, meetings));
    }

    /** What a calendar feed holds: whose it is and their meetings. */
    public record FeedContent(Account owner, List<Meeting> meetings) {
    }

    /** Meetings are part of an Atrium's history: an Atrium that has meetings is not deleted. */
    void onAtriumDeleting(@Observes AtriumDeleting event) {
        long meetings = repository.countIn(event.atrium());
        if (meetings > 0) {
            throw new DomainException("atrium.delete.hasMeetings", null, meetings);
        }
    }

    /** The title of a meeting the viewer may see; empty when it does not exist or is out of their reach. */
    public Optional<String> visibleTitle(Account viewer, long id) {
        try {
            return Optional.of(visible(viewer, id).getTitle());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    Meeting visible(Account viewer, long id) {
        Meeting meeting = repository.find(id).orElseThrow(() -> new NotFoundException("meeting " + id));
        if (!reaches.of(viewer).canSee(meeting.getAtrium())) {
            throw new NotFoundException("meeting " + id);
        }
        return meeting;
    }

    private Meeting organised(Account viewer, long id) {
        Meeting meeting = visible(viewer, id);
        requireOrganiser(viewer, meeting);
        return meeting;
    }

    private boolean organises(Account viewer, Meeting meeting) {
        return reaches.of(viewer).canModerate(meeting.getAtrium());
    }

    private void requireOrganiser(Account viewer, Meeting meeting) {
        if (!organises(viewer, meeting)) {
            throw new ForbiddenException("meeting.organise.forbidden");
        }
    }

    private boolean mayWriteReport(Account viewer, Meeting meeting) {
        return organises(viewer, meeting) || repository.isReportWriter(meeting, viewer);
    }

    private MeetingTask visibleTask(Account viewer, long taskId) {
        MeetingTask task = repository.task(taskId).orElseThrow(() -> new NotFoundException("task " + taskId));
        visible(viewer, task.getMeeting().getId());
        return task;
    }

    /** An Atrium by slug, not found when the viewer may not see it. */
    public Atrium visibleAtrium(Account viewer, String slug) {
        Atrium atrium = atria.findBySlug(slug).orElseThrow(() -> new NotFoundException("atrium " + slug));
        reaches.of(viewer).requireVisible(atrium);
        return atrium;
    }

    private Atrium organisedAtrium(Account viewer, String slug) {
        Atrium atrium = visibleAtrium(viewer, slug);
        if (!reaches.of(viewer).canModerate(atrium)) {
            throw new ForbiddenException("meeting.organise.forbidden");
        }
        return atrium;
    }

    private List<Account> invitees(Atrium atrium, List<String> usernames) {
        List<Membership> members = atria.members(atrium);
        if (usernames == null || usernames.isEmpty()) {
            return members.stream().map(Membership::getAccount).toList();
        }
        Map<String, Account> byName = new LinkedHashMap<>();
        members.forEach(m -> byName.put(m.getAccount().getUsername(), m.getAccount()));
        List<Account> chosen = new ArrayList<>();
        for (String username : usernames) {
            String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
            Account account = byName.get(name);
            if (account == null) {
                throw new DomainException("meeting.invitee.notMember", "invitees", username);
            }
            if (!chosen.contains(account)) {
                chosen.add(account);
            }
        }
        return chosen;
    }

    /** The account of a username that is a member of the meeting's Atrium; bad input otherwise. */
    private Account member(Meeting meeting, String username) {
        if (username == null || username.isBlank()) {
            throw new DomainException("meeting.task.assignee.required", "assignee");
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        Account account = accounts.findByUsername(name)
                .orElseThrow(() -> new DomainException("meeting.task.assignee.notMember", "assignee", username.strip()));
        if (atria.membership(meeting.getAtrium(), account).isEmpty()) {
            throw new DomainException("meeting.task.assignee.notMember", "assignee", username.strip());
        }
        return account;
    }

    private static TaskKind kind(TaskInput input) {
        if (input.kind() == null) {
            throw new DomainException("meeting.task.kind.required", "kind");
        }
        return input.kind();
    }

    private static void requireVersion(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new ConflictException("meeting.conflict", "version");
        }
    }

    String agendaHtml(MeetingDetails details) {
        return details.agenda() == null ? null : markdown.html(details.agenda());
    }

    static String hash(String token) {
        return Secrets.hash(token);
    }
}

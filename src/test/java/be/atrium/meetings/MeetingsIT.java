package be.atrium.meetings;

import be.atrium.content.LinkedTitles;
import be.atrium.documents.Document;
import be.atrium.documents.DocumentKind;
import be.atrium.documents.DocumentLink;
import be.atrium.documents.DocumentService;
import be.atrium.documents.DocumentView;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.network.AtriumKind;
import be.atrium.network.MembershipRole;
import be.atrium.network.MembershipService;
import be.atrium.network.NetworkService;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.StatementCounter;
import be.atrium.testsupport.Deployments;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Meetings against the real MariaDB: a meeting's page and the lists of the home page read what
 * they show in a fixed number of statements, however many invitees, tasks, meetings, Atria and
 * documents linked to the report.
 */
@ExtendWith(ArquillianExtension.class)
public class MeetingsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    MeetingService meetings;
    @Inject
    NetworkService network;
    @Inject
    MembershipService memberships;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;
    @Inject
    DocumentService documents;
    @Inject
    LinkedTitles linkedTitles;

    @Test
    void aMeetingsPageAndTheHomePageListsReadInAFixedNumberOfStatements() {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        String slug = "it-meet-n-" + suffix();
        network.createAtrium(admin, slug, "Samenkomsten " + slug, AtriumKind.THEMATIC, false, null);
        Account moderator = member(admin, slug, MembershipRole.MODERATOR);
        Account member = member(admin, slug, MembershipRole.MEMBER);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(1));
        Meeting meeting = meetings.plan(moderator, slug, details(start), List.of());
        meetings.addTask(moderator, meeting.getId(), new TaskInput(TaskKind.WRITE_REPORT, member.getUsername(),
                LocalDate.now().plusDays(3), null));
        meetings.writeReport(moderator, meeting.getId(), "Besproken: **hemelwater**.", null);
        linkDocument(moderator, slug, meeting.getId());

        long few = statements(() -> page(moderator, meeting.getId()));
        long fewHome = statements(() -> home(member));
        List<Account> more = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            more.add(member(admin, slug, MembershipRole.MEMBER));
        }
        meetings.invite(moderator, meeting.getId(), List.of());
        for (Account a : more) {
            meetings.addTask(moderator, meeting.getId(), new TaskInput(TaskKind.HOST_GROUP, a.getUsername(), null, null));
            meetings.answer(a, meeting.getId(), Answer.MAYBE);
        }
        for (int i = 0; i < 4; i++) {
            String other = "it-meet-o-" + suffix();
            network.createAtrium(admin, other, "Ander " + other, AtriumKind.THEMATIC, false, null);
            memberships.setMembership(admin, other, member.getUsername(), MembershipRole.MEMBER);
            memberships.setMembership(admin, other, moderator.getUsername(), MembershipRole.MODERATOR);
            Meeting elsewhere = meetings.plan(moderator, other, details(start.plus(Duration.ofDays(i + 1))), List.of());
            meetings.addTask(moderator, elsewhere.getId(), new TaskInput(TaskKind.FORWARD_DOCUMENTS, member.getUsername(),
                    null, null));
        }
        for (int i = 0; i < 3; i++) {
            linkDocument(moderator, slug, meeting.getId());
        }
        assertEquals(4, meetings.meeting(member, meeting.getId()).getDocuments().size());
        long many = statements(() -> page(moderator, meeting.getId()));
        assertEquals(few, many, "a meeting's page must not grow with invitees and tasks");
        assertTrue(many <= 12, "meeting page statements: " + many);
        long manyHome = statements(() -> home(member));
        assertEquals(fewHome, manyHome, "the home page lists must not grow with meetings and Atria");
        assertEquals(5, meetings.upcomingForMe(member, 10).size());
        assertEquals(5, meetings.myOpenTasks(member, 10).size());
    }

    @Test
    void aFileAddedToTheReportBecomesAReportOfTheLibraryAndThePickerSuggestsOnlyWhatMayBeLinked() {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        String slug = "it-meet-d-" + suffix();
        network.createAtrium(admin, slug, "Verslagen " + slug, AtriumKind.THEMATIC, false, null);
        Account moderator = member(admin, slug, MembershipRole.MODERATOR);
        Account writer = member(admin, slug, MembershipRole.MEMBER);
        Account bystander = member(admin, slug, MembershipRole.MEMBER);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(1));
        Meeting meeting = meetings.plan(moderator, slug, details(start), List.of());
        meetings.addTask(moderator, meeting.getId(), new TaskInput(TaskKind.WRITE_REPORT, writer.getUsername(), null, null));

        DocumentLink added = meetings.attachFile(writer, meeting.getId(), upload("C:\\Users\\jan\\verslag-juni.txt"));
        assertEquals("verslag-juni.txt", added.getTitle(), "titled by the file's name without the path");
        DocumentView stored = documents.read(writer, added.getId());
        assertEquals(DocumentKind.REPORT, stored.kind());
        assertEquals(MeetingService.REPORT_FOLDER, stored.folder());
        assertEquals(meeting.getId(), stored.meetingId());
        assertEquals(List.of(added.getId()), meetings.meeting(bystander, meeting.getId()).getDocuments().stream()
                .map(DocumentLink::getId).toList(), "everyone who sees the meeting sees its documents");

        long before = documents.library(moderator, slug, MeetingService.REPORT_FOLDER, null, null, 0, 100).total();
        assertThrows(ForbiddenException.class, () -> meetings.attachFile(bystander, meeting.getId(), upload("niet.txt")));
        assertEquals(before, documents.library(moderator, slug, MeetingService.REPORT_FOLDER, null, null, 0, 100).total(),
                "a refused file is not stored in the library either");

        long nota = documents.upload(moderator, slug, details("Nota waterbeheer"), upload("nota.txt")).id();
        long binned = documents.upload(moderator, slug, details("Nota water oud"), upload("oud.txt")).id();
        documents.moveToBin(moderator, binned);
        String other = "it-meet-x-" + suffix();
        network.createAtrium(admin, other, "Ander " + other, AtriumKind.THEMATIC, true, null);
        memberships.setMembership(admin, other, writer.getUsername(), MembershipRole.MEMBER);
        documents.upload(writer, other, details("Nota water elders"), upload("elders.txt"));
        Meeting closed = meetings.plan(admin, other, details(start), List.of());
        assertEquals("Samenkomst", linkedTitles.title(writer, "meeting", closed.getId()).orElseThrow());
        assertTrue(linkedTitles.title(bystander, "meeting", closed.getId()).isEmpty(),
                "a link names only what its reader may see (a members-only Atrium's meeting)");
        assertTrue(linkedTitles.title(writer, "meeting", Long.MAX_VALUE).isEmpty());
        assertEquals(List.of("Nota waterbeheer"), meetings.linkableDocuments(writer, meeting.getId(), "WATER", 10).stream()
                .map(DocumentLink::getTitle).toList(), "the meeting's Atrium only, none in the bin, any case");
        assertEquals(List.of(), meetings.linkableDocuments(writer, meeting.getId(), "juni", 10),
                "a document linked already is not suggested again");
        assertEquals(List.of(), meetings.linkableDocuments(bystander, meeting.getId(), "water", 10),
                "nothing to suggest to someone who may not link");
        assertEquals(List.of(), meetings.linkableDocuments(writer, meeting.getId(), "%", 10), "wildcards are literal");
        meetings.linkDocument(writer, meeting.getId(), nota);
        assertEquals(2, meetings.meeting(writer, meeting.getId()).getDocuments().size());
    }

    private static DocumentService.Upload upload(String filename) {
        return new DocumentService.Upload(filename, null, new ByteArrayInputStream(("Tekst " + suffix())
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static Document.Details details(String title) {
        return new Document.Details(title, null, DocumentKind.OTHER, null, null, List.of(), null, null);
    }

    /** What the meeting page reads. */
    private void page(Account viewer, long id) {
        MeetingView view = meetings.meeting(viewer, id);
        view.getMeeting().getOrganiser().getDisplayName();
        view.getMeeting().getAtrium().getName();
        view.getInvitations().forEach(i -> i.getAccount().getDisplayName());
        view.getTasks().forEach(t -> t.getAssignee().getDisplayName());
        view.getReport().getAuthor().getDisplayName();
        view.getDocuments().forEach(d -> d.getUrl().concat(d.getTitle()));
    }

    /** A document uploaded to the Atrium's library and linked to the meeting's report. */
    private void linkDocument(Account viewer, String slug, long meetingId) {
        DocumentView d = documents.upload(viewer, slug, new Document.Details("Nota " + suffix(), null,
                DocumentKind.REPORT, null, null, List.of(), null, null), new DocumentService.Upload("nota.txt", null,
                new ByteArrayInputStream(("Nota " + suffix()).getBytes(StandardCharsets.UTF_8))));
        meetings.linkDocument(viewer, meetingId, d.id());
    }

    /** What the home page's meeting boxes read. */
    private void home(Account viewer) {
        meetings.upcomingForMe(viewer, 5).forEach(m -> m.getAtrium().getName());
        meetings.myOpenTasks(viewer, 5).forEach(t -> t.getMeeting().getTitle());
    }

    private static MeetingDetails details(Instant start) {
        return MeetingDetails.parse("Samenkomst", start.toString(), start.plus(Duration.ofHours(3)).toString(), "Gent",
                null, "- RUP");
    }

    private Account member(Account admin, String slug, MembershipRole role) {
        String name = "meet" + suffix();
        Account a = accounts.createBySystem(new NewAccount(name, "Official " + name, null, null, Role.OFFICIAL, null));
        memberships.setMembership(admin, slug, name, role);
        return a;
    }

    private long statements(Runnable work) {
        work.run();
        long before = StatementCounter.current();
        work.run();
        return StatementCounter.current() - before;
    }

    private static String suffix() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}

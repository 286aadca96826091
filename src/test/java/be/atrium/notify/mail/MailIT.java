package be.atrium.notify.mail;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.ThreadKind;
import be.atrium.guidance.GuidanceInput;
import be.atrium.guidance.GuidanceKind;
import be.atrium.guidance.GuidanceService;
import be.atrium.identity.Account;
import be.atrium.organisation.Organisation;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.Grant;
import be.atrium.identity.Language;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.meetings.MeetingDetails;
import be.atrium.meetings.MeetingService;
import be.atrium.network.AtriumKind;
import be.atrium.network.MembershipRole;
import be.atrium.network.MembershipService;
import be.atrium.network.NetworkService;
import be.atrium.notify.NotificationCreated;
import be.atrium.platform.StatementCounter;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.TestQueries;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMultipart;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mail against a real SMTP server: the GreenMail of the test JVM (testsupport.TestMailServer), which
 * the server's ATRIUM_SMTP_HOST/PORT point at; this test, inside the server, reads what arrived over
 * GreenMail's IMAP. The notification engine is not needed: the test fires {@link NotificationCreated}
 * itself, in a transaction, as the engine does.
 */
@ExtendWith(ArquillianExtension.class)
public class MailIT {

    private static final AtomicLong NOTIFICATION_IDS = new AtomicLong(
            1_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000) * 1000L);

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    Event<NotificationCreated> notifications;
    @Inject
    UserTransaction transaction;
    @Inject
    MailRepository repository;
    @Inject
    MailDelivery delivery;
    @Inject
    MailQueue queue;
    @Inject
    MailSettings settings;
    @Inject
    MailPreferences preferences;
    @Inject
    MailWorker worker;
    @Inject
    Digests digests;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;
    @Inject
    NetworkService network;
    @Inject
    MembershipService memberships;
    @Inject
    DiscussionService discussions;
    @Inject
    GuidanceService guidance;
    @Inject
    MeetingService meetings;
    @Inject
    TestQueries db;
    /** The request of Arquillian's runner that runs this test: its port is the server's. */
    @Inject
    HttpServletRequest runner;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aDirectNotificationIsMailedOnceInTheReadersLanguageWithPlainTextAndOneClickUnsubscribe() throws Exception {
        Account english = person(Language.EN);
        Account dutch = person(Language.NL);
        long forEnglish = notify(english, "MENTION", "Rainwater wells", "/discussion/thread.xhtml?id=5#post-9", dutch, true);
        long forDutch = notify(dutch, "TASK_ASSIGNED", "Verslag schrijven", "/meetings/meeting.xhtml?id=7", english, true);
        long notDirect = notify(dutch, "REPLY", "Een reactie", "/discussion/thread.xhtml?id=8", english, false);
        assertTrue(repository.exists("notification:" + forEnglish));
        assertFalse(repository.exists("notification:" + notDirect), "the rest waits for the digest");

        delivery.deliverDue(settings.session(), 100);
        delivery.deliverDue(settings.session(), 100); // a second round (another node) sends nothing again
        notify(english, forEnglish, "MENTION", "Rainwater wells", "/discussion/thread.xhtml?id=5#post-9", dutch, true);
        delivery.deliverDue(settings.session(), 100);

        Received en = single(english, "notification:" + forEnglish);
        assertTrue(en.subject.contains(dutch.getDisplayName() + " mentioned you") && en.subject.contains("Rainwater wells"),
                en.subject);
        assertTrue(en.contentType.startsWith("multipart/alternative"), en.contentType);
        assertTrue(en.text.contains("Hello " + english.getDisplayName()), en.text);
        assertTrue(en.text.contains("https://atrium.test/discussion/thread.xhtml?id=5#post-9"), "absolute link: " + en.text);
        assertTrue(org.owasp.html.Encoding.decodeHtml(en.html).contains(
                "href=\"https://atrium.test/discussion/thread.xhtml?id=5#post-9\""), en.html);
        assertTrue(en.text.contains("https://atrium.test/notify/mail.xhtml"), "the way to the preferences: " + en.text);
        assertEquals("en", en.language);
        assertTrue(en.listUnsubscribe.matches("<https://atrium\\.test/mail/unsubscribe\\?t=[A-Za-z0-9._-]+>"),
                en.listUnsubscribe);
        assertEquals("List-Unsubscribe=One-Click", en.listUnsubscribePost);

        Received nl = single(dutch, "notification:" + forDutch);
        assertTrue(nl.subject.contains(english.getDisplayName() + " gaf je een taak"), nl.subject);
        assertTrue(nl.text.contains("Dag " + dutch.getDisplayName()), nl.text);
        assertEquals(MailStatus.SENT, repository.byDedupeKey("notification:" + forDutch).orElseThrow().getStatus());

        // one click in the mail program: a POST without login stops the mail at once
        String token = en.listUnsubscribe.substring(en.listUnsubscribe.indexOf("?t=") + 3, en.listUnsubscribe.length() - 1);
        HttpResponse<String> tampered = post("/mail/unsubscribe?t=" + otherAccount(token, dutch));
        assertEquals(400, tampered.statusCode());
        assertTrue(tampered.body().contains("Deze uitschrijflink werkt niet"), tampered.body());
        assertTrue(preferences.of(english).isImmediate());
        HttpResponse<String> oneClick = post("/mail/unsubscribe?t=" + token);
        assertEquals(200, oneClick.statusCode(), oneClick.body());
        assertFalse(preferences.of(english).isImmediate());
        assertEquals(DigestFrequency.DAILY, preferences.of(english).getDigest(), "only what the link names stops");
        long after = notify(english, "MENTION", "Another", "/discussion/thread.xhtml?id=6", dutch, true);
        assertFalse(repository.exists("notification:" + after), "no mail after unsubscribing");
    }

    @Test
    void theUnsubscribePageAsksFirstAndExplainsABrokenLinkInDutch() throws Exception {
        Account reader = person(Language.NL);
        String token = settingsTokens().issue(reader.getId(), UnsubscribeScope.DIGEST);
        HttpResponse<String> link = get("/mail/unsubscribe?t=" + token);
        assertEquals(302, link.statusCode(), "opening the link goes to the page that asks");
        HttpResponse<String> page = get("/mail/unsubscribe.xhtml?t=" + token);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Wil je het overzicht per mail niet meer krijgen?"), page.body());
        assertEquals(DigestFrequency.DAILY, preferences.of(reader).getDigest(), "opening the page changes nothing");
        HttpResponse<String> confirmed = confirm("/mail/unsubscribe.xhtml?t=" + token);
        assertTrue(confirmed.body().contains("Je krijgt het overzicht niet meer."), confirmed.body());
        assertEquals(DigestFrequency.NONE, preferences.of(reader).getDigest(), "one click, no login");
        for (String bad : List.of("", "nonsense", token + "x", otherAccount(token, person(Language.NL)), "v1.1.D.1.abc")) {
            HttpResponse<String> broken = get("/mail/unsubscribe.xhtml?t=" + bad);
            assertEquals(200, broken.statusCode(), bad);
            assertTrue(broken.body().contains("Deze uitschrijflink werkt niet"), broken.body());
        }
    }

    @Test
    void aMailServerThatIsDownDelaysMailAndLosesNone() throws Exception {
        Account reader = person(Language.NL);
        long id = notify(reader, "ANSWER", "Wanneer is een RUP nodig?", "/discussion/thread.xhtml?id=3", null, true);
        String key = "notification:" + id;

        int sent = delivery.deliverDue(settings.session("127.0.0.1", deadPort()), 100);
        assertEquals(0, sent);
        MailMessage waiting = repository.byDedupeKey(key).orElseThrow();
        assertEquals(MailStatus.QUEUED, waiting.getStatus());
        assertEquals(1, waiting.getAttempts());
        assertNotNull(waiting.getLastError());
        assertTrue(waiting.getNextAttemptAt().isAfter(Instant.now().plusSeconds(30)), "waits before the next attempt");
        delivery.deliverDue(settings.session(), 100);
        assertEquals(1, repository.byDedupeKey(key).orElseThrow().getAttempts(), "not tried again before its time");
        assertEquals(0, find(reader, key).size());

        db.nativeUpdate("UPDATE mail_message SET next_attempt_at = NOW(3) - INTERVAL 1 SECOND WHERE dedupe_key = '" + key + "'");
        worker.nudge(); // the background worker of the server takes it from here
        Received mail = await().atMost(Duration.ofSeconds(60)).until(() -> find(reader, key), r -> r.size() == 1).get(0);
        assertTrue(mail.subject.contains("beantwoordde je vraag"), mail.subject);
        MailMessage done = repository.byDedupeKey(key).orElseThrow();
        assertEquals(MailStatus.SENT, done.getStatus());
        assertEquals(2, done.getAttempts());
        delivery.deliverDue(settings.session(), 100);
        assertEquals(1, find(reader, key).size(), "never twice");
    }

    @Test
    void aMailThatKeepsFailingWaitsForAnAdministratorToRetryIt() throws Exception {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        Account reader = person(Language.EN);
        String key = "notification:" + notify(reader, "ESCALATED_TO_BOARD", "Hemelwater", "/discussion/thread.xhtml?id=4",
                null, true);
        int dead = deadPort();
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            db.nativeUpdate("UPDATE mail_message SET next_attempt_at = NOW(3) - INTERVAL 1 SECOND WHERE dedupe_key = '"
                    + key + "' AND status = 'QUEUED'");
            delivery.deliverDue(settings.session("127.0.0.1", dead), 100);
        }
        MailMessage failed = repository.byDedupeKey(key).orElseThrow();
        assertEquals(MailStatus.FAILED, failed.getStatus());
        assertEquals(settings.maxAttempts(), failed.getAttempts());
        assertTrue(queue.failures(admin, 1000).stream().anyMatch(m -> m.getDedupeKey().equals(key)), "on the admin page");
        assertTrue(queue.counts(admin).get(MailStatus.FAILED) >= 1);
        delivery.deliverDue(settings.session(), 100);
        assertEquals(MailStatus.FAILED, repository.byDedupeKey(key).orElseThrow().getStatus(), "not tried on its own");

        queue.retry(admin, failed.getId());
        delivery.deliverDue(settings.session(), 100);
        assertTrue(single(reader, key).subject.contains("escalated a question to your board"));
        assertEquals(MailStatus.SENT, repository.byDedupeKey(key).orElseThrow().getStatus());
    }

    @Test
    void theReadinessDataNameTheMailServer() throws Exception {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runner.getLocalPort()
                + "/health/ready")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"mail\"") && ready.body().contains("configured (127.0.0.1:"), ready.body());
    }

    @Test
    void twoNodesSendingAtOnceSendEachMailOnce() throws Exception {
        Account reader = person(Language.NL);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            keys.add("notification:" + notify(reader, "MENTION", "Vraag " + i, "/discussion/thread.xhtml?id=" + i, null, true));
        }
        Instant until = Instant.now().plus(Duration.ofMinutes(10));
        List<MailMessage> first = queue.claim("node-a:" + keys.get(0), 3, until);
        List<MailMessage> second = queue.claim("node-b:" + keys.get(0), 100, until);
        assertEquals(3, first.size());
        assertTrue(second.size() >= 3, "the rest: " + second.size());
        for (MailMessage m : first) {
            assertTrue(second.stream().noneMatch(o -> o.getId().equals(m.getId())), "one lease per mail");
        }
        db.nativeUpdate("UPDATE mail_message SET claimed_until = NOW(3) - INTERVAL 1 SECOND WHERE claimed_by LIKE 'node-_:"
                + keys.get(0) + "'"); // both "nodes" died: their leases run out and the mails go out once
        delivery.deliverDue(settings.session(), 100);
        delivery.deliverDue(settings.session(), 100);
        for (String key : keys) {
            assertEquals(1, find(reader, key).size(), key);
        }
    }

    @Test
    void theDigestGroupsWhatIsNewInAFixedNumberOfStatementsAndComesOncePerPeriod() throws Exception {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        Account publisher = publisher(admin);
        Account reader = person(Language.EN);
        Account busy = person(Language.NL);
        Account quiet = person(Language.NL);
        Account asker = person(Language.NL);
        Account warm = person(Language.NL);
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        String first = atrium(admin, publisher, asker, reader, busy, warm);
        discussions.ask(asker, first, ThreadKind.QUESTION, "Hemelwaterput bij verbouwing?", "Tekst", null, false);
        guidance.publish(publisher, guidance.create(publisher, new GuidanceInput(GuidanceKind.GUIDELINE,
                "Richtlijn hemelwater " + first, "Samenvatting", "Tekst", List.of(), LocalDate.of(2027, 1, 1), null,
                List.of(), false, List.of(first), Set.of())).getId());
        meetings.plan(publisher, first, MeetingDetails.parse("Samenkomst " + first, start.toString(),
                start.plus(Duration.ofHours(2)).toString(), "Gent", null, null), List.of());
        for (int i = 0; i < 3; i++) { // the busy reader has more of everything
            String more = atrium(admin, publisher, asker, busy);
            discussions.ask(asker, more, ThreadKind.QUESTION, "Vraag " + i + " " + more, "Tekst", null, false);
            meetings.plan(publisher, more, MeetingDetails.parse("Overleg " + more, start.plusSeconds(3600L * i).toString(),
                    start.plusSeconds(3600L * i + 3600).toString(), "Brugge", null, null), List.of());
        }

        assertTrue(digests.digestFor(warm.getId())); // what is read once per server (the key of the links) is read
        long few = statements(() -> assertTrue(digests.digestFor(reader.getId())));
        long many = statements(() -> assertTrue(digests.digestFor(busy.getId())));
        System.out.println("MailIT: digest statements per recipient: " + few + " (3 items), " + many + " (9 items)");
        assertEquals(few, many, "a digest's statements must not grow with what it lists");
        assertTrue(many <= 20, "digest statements per recipient: " + many);
        assertFalse(digests.digestFor(reader.getId()), "once per period");
        // in no Atrium, and nothing new since a moment ago (network-wide guidance of other tests is older)
        db.nativeUpdate("INSERT INTO mail_preference (account_id, immediate, digest, last_digest_at, updated_at) VALUES ("
                + quiet.getId() + ", TRUE, 'DAILY', NOW(3), NOW(3))");
        assertFalse(digests.digestFor(quiet.getId()), "nothing to tell: no mail");
        String period = Digests.period(DigestFrequency.DAILY, Instant.now());
        assertFalse(repository.exists("digest:" + quiet.getId() + ":" + period));
        assertNotNull(preferences.of(quiet).getLastDigestAt(), "the period is done also without a mail");

        delivery.deliverDue(settings.session(), 100);
        delivery.deliverDue(settings.session(), 100);
        Received en = single(reader, "digest:" + reader.getId() + ":" + period);
        assertEquals("Atrium: your daily digest", en.subject);
        int unanswered = en.text.indexOf("Unanswered in your Atria");
        int news = en.text.indexOf("New guidance for you");
        int coming = en.text.indexOf("Upcoming meetings");
        assertTrue(unanswered > 0 && news > unanswered && coming > news, en.text);
        assertTrue(en.text.indexOf("Hemelwaterput bij verbouwing?") > unanswered
                && en.text.indexOf("Hemelwaterput bij verbouwing?") < news, en.text);
        assertTrue(en.text.indexOf("Richtlijn hemelwater " + first) > news, en.text);
        assertTrue(en.text.indexOf("Samenkomst " + first) > coming, en.text);
        assertTrue(en.html.contains("<h2"), en.html);
        assertTrue(en.listUnsubscribe.contains("/mail/unsubscribe?t="), en.listUnsubscribe);
        Received nl = single(busy, "digest:" + busy.getId() + ":" + period);
        assertTrue(nl.text.contains("Onbeantwoord in je Atria") && nl.text.contains("Komende samenkomsten"), nl.text);
        for (int i = 0; i < 3; i++) {
            assertTrue(nl.text.contains("Vraag " + i + " it-mail-"), nl.text);
        }
        assertTrue(nl.text.contains("Hemelwaterput bij verbouwing?"), nl.text);

        // the one-click link of a digest stops the digest, not the mail at once
        String link = en.listUnsubscribe;
        assertEquals(200, post(link.substring(link.indexOf("/mail/unsubscribe"), link.length() - 1)).statusCode());
        assertEquals(DigestFrequency.NONE, preferences.of(reader).getDigest());
        assertTrue(preferences.of(reader).isImmediate());
    }

    @Test
    void aRelationshipManagersDigestNamesTheirMunicipalitiesThatWaitForAnswers() throws Exception {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        Organisation waiting = db.municipality("Wachtegem " + suffix());
        Organisation calm = db.municipality("Rustegem " + suffix());
        String name = "mailrb" + suffix();
        NewAccount input = new NewAccount(name, "Relatiebeheerder " + name, name + "@example.test", null,
                Role.RELATIONSHIP_MANAGER, null);
        Account manager = accounts.createBySystem(input);
        accounts.setManagedMunicipalities(admin, manager.getId(), List.of(waiting.getId(), calm.getId()));
        Account asker = accounts.createBySystem(new NewAccount("mailamb" + suffix(), "Ambtenaar", null, waiting.getId(),
                Role.OFFICIAL, null));
        String slug = atrium(admin, admin, asker);
        discussions.ask(asker, slug, ThreadKind.QUESTION, "Bufferbekken bij verkaveling?", "Tekst", null, false);

        assertTrue(digests.digestFor(manager.getId()), "what waits in their municipalities is worth a mail");
        delivery.deliverDue(settings.session(), 100);
        Received digest = single(manager, "digest:" + manager.getId() + ":" + Digests.period(DigestFrequency.DAILY,
                Instant.now()));
        int heading = digest.text.indexOf("Je gemeenten: wat wacht");
        assertTrue(heading > 0, digest.text);
        assertTrue(digest.text.indexOf(waiting.getName()) > heading, digest.text);
        assertTrue(digest.text.contains("1 open vraag (0 ouder dan 30 dagen)"), digest.text);
        assertFalse(digest.text.contains(calm.getName()), "a municipality where nothing waits is left out");
        assertTrue(digest.text.contains("/notify/relations.xhtml"), digest.text);
    }

    // --- helpers

    private long notify(Account to, String kind, String title, String path, Account actor, boolean direct) throws Exception {
        long id = NOTIFICATION_IDS.incrementAndGet();
        notify(to, id, kind, title, path, actor, direct);
        return id;
    }

    private void notify(Account to, long id, String kind, String title, String path, Account actor, boolean direct)
            throws Exception {
        transaction.begin();
        try {
            notifications.fire(new NotificationCreated(id, to.getId(), kind, title, path,
                    actor == null ? null : actor.getId(), direct));
            transaction.commit();
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }

    private Account person(Language language) {
        String name = "mail" + suffix();
        NewAccount input = new NewAccount(name, "Persoon " + name, name + "@example.test", null, Role.OFFICIAL, null);
        input.setLanguage(language);
        return accounts.createBySystem(input);
    }

    private Account publisher(Account admin) {
        Long agency = ((Number) db.nativeSingle("SELECT id FROM organisation WHERE level = 'FLEMISH' ORDER BY id LIMIT 1"))
                .longValue();
        String name = "mailpub" + suffix();
        Account a = accounts.createBySystem(new NewAccount(name, "Publicist " + name, null, agency, Role.OFFICIAL, null));
        return accounts.setGrants(admin, a.getId(), List.of(Grant.PUBLISHER));
    }

    /** A new Atrium moderated by the publisher, with the others as members; its slug. */
    private String atrium(Account admin, Account moderator, Account... members) {
        String slug = "it-mail-" + suffix();
        network.createAtrium(admin, slug, "Atrium " + slug, AtriumKind.THEMATIC, false, null);
        memberships.setMembership(admin, slug, moderator.getUsername(), MembershipRole.MODERATOR);
        for (Account m : members) {
            memberships.setMembership(admin, slug, m.getUsername(), MembershipRole.MEMBER);
        }
        return slug;
    }

    /** The token with another account's id in it (and the first account's signature). */
    private static String otherAccount(String token, Account other) {
        return token.replaceFirst("^v1\\.\\d+\\.", "v1." + other.getId() + ".");
    }

    private UnsubscribeTokens settingsTokens() {
        return jakarta.enterprise.inject.spi.CDI.current().select(UnsubscribeTokens.class).get();
    }

    private static int deadPort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort(); // closed again: nothing listens there
        }
    }

    private long statements(Runnable work) {
        long before = StatementCounter.current();
        work.run();
        return StatementCounter.current() - before;
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(local(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the unsubscribe page in a fresh session (no login) and clicks its button, as a browser does. */
    private HttpResponse<String> confirm(String path) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = browser.send(HttpRequest.newBuilder(local(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher state = java.util.regex.Pattern.compile(
                "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
        assertTrue(state.find(), page);
        java.util.regex.Matcher action = java.util.regex.Pattern.compile(
                "<form id=\"unsubscribeForm\"[^>]*action=\"([^\"]*)\"").matcher(page);
        assertTrue(action.find(), page);
        String form = "unsubscribeForm=unsubscribeForm&unsubscribeForm%3Aconfirm=x&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(org.owasp.html.Encoding.decodeHtml(state.group(1)),
                java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(page);
        if (nonce.find()) { // PrimeFaces' script sends it back with a form
            form += "&primefaces.nonce=" + java.net.URLEncoder.encode(org.owasp.html.Encoding.decodeHtml(nonce.group(1)),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        URI target = URI.create("http://127.0.0.1:" + runner.getLocalPort())
                .resolve(org.owasp.html.Encoding.decodeHtml(action.group(1)));
        return browser.send(HttpRequest.newBuilder(target).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(local(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI local(String path) {
        return URI.create("http://127.0.0.1:" + runner.getLocalPort() + runner.getContextPath() + path);
    }

    private static String suffix() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The one mail with this key in the reader's mailbox, waiting for it to arrive. */
    private Received single(Account reader, String key) {
        List<Received> found = await().atMost(Duration.ofSeconds(30)).until(() -> find(reader, key), r -> !r.isEmpty());
        assertEquals(1, found.size(), "mails with key " + key);
        return found.get(0);
    }

    /** The mails with this key that reached the reader's mailbox at GreenMail, read over IMAP. */
    private List<Received> find(Account reader, String key) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", Integer.getInteger("atrium.smtp.port") + 1, reader.getEmail(), "any");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Received> found = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                String[] header = m.getHeader("X-Atrium-Mail");
                if (header != null && key.equals(header[0])) {
                    found.add(new Received(m));
                }
            }
            inbox.close(false);
            return found;
        } finally {
            store.close();
        }
    }

    /** What a reader received, read while the folder is open. */
    static final class Received {
        final String subject;
        final String contentType;
        final String language;
        final String listUnsubscribe;
        final String listUnsubscribePost;
        String text = "";
        String html = "";

        Received(Message m) throws Exception {
            subject = m.getSubject();
            contentType = m.getContentType();
            language = first(m, "Content-Language");
            listUnsubscribe = first(m, "List-Unsubscribe");
            listUnsubscribePost = first(m, "List-Unsubscribe-Post");
            if (m.getContent() instanceof MimeMultipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    }
                }
            }
        }

        private static String first(Message m, String name) throws Exception {
            String[] values = m.getHeader(name);
            return values == null ? null : values[0];
        }
    }
}

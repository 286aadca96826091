package be.atrium.notify.relations;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.FlagReason;
import be.atrium.discussion.ModerationService;
import be.atrium.discussion.Post;
import be.atrium.discussion.ThreadKind;
import be.atrium.home.HomeQuestions;
import be.atrium.home.QuestionItem;
import be.atrium.home.QuestionState;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.network.AtriumKind;
import be.atrium.network.ConditionKind;
import be.atrium.network.ConditionStatus;
import be.atrium.network.NetworkService;
import be.atrium.network.OntvoogdingService;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
import be.atrium.organisation.OrganisationRepository;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.StatementCounter;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.TestQueries;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relationship manager's figures and the home page's questions against the real MariaDB:
 * open questions fall in the right age bucket, escalations and flags are counted where they
 * belong, a relationship manager sees only their municipalities and the Atria covering them, and
 * both read in a fixed number of statements however many municipalities, Atria and questions.
 */
@ExtendWith(ArquillianExtension.class)
public class RelationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    RelationshipFigures figures;
    @Inject
    HomeQuestions questions;
    @Inject
    NetworkService network;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;
    @Inject
    OrganisationRepository organisations;
    @Inject
    OntvoogdingService ontvoogding;
    @Inject
    DiscussionService discussions;
    @Inject
    ModerationService moderation;
    @Inject
    TestQueries db;

    @Test
    void openQuestionsFallInTheirAgeBucketAndARelationshipManagerSeesOnlyTheirs() {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        Organisation mine = db.municipality("Relatiegem " + suffix());
        Organisation other = db.municipality("Andergem " + suffix());
        String slug = regionalAtrium(admin, mine);
        String otherSlug = regionalAtrium(admin, other);
        Account manager = relationshipManager(admin, mine);
        Account asker = official(mine);
        Account peer = official(mine);
        ontvoogding.update(manager, mine.getId(), ConditionKind.PLANS_REGISTER, ConditionStatus.MET,
                LocalDate.now().minusYears(1), null);

        DiscussionThread fresh = ask(asker, slug, "Verse vraag over hemelwater");
        DiscussionThread month = ask(asker, slug, "Vraag over een RUP van vorige week");
        DiscussionThread old = ask(asker, slug, "Oude vraag over een BPA");
        DiscussionThread solved = ask(asker, slug, "Opgeloste vraag over de GSV");
        DiscussionThread escalated = ask(asker, slug, "Vraag voor de Vlaamse overheid");
        ask(official(other), otherSlug, "Vraag van een andere gemeente");
        age(month, Duration.ofDays(15));
        age(old, Duration.ofDays(45));
        Post answer = discussions.answer(peer, solved.getId(), "Zo doe je dat.", null);
        discussions.accept(asker, answer.getId());
        moderation.escalate(admin, escalated.getId(), "expert-vlaanderen");
        moderation.flag(peer, openingOf(fresh).getId(), FlagReason.LIVE_PROCEDURE, "Lopend dossier");

        RelationsOverview seen = figures.of(manager);
        assertEquals(List.of(mine.getName()), seen.municipalities().stream().map(Figures::name).toList(),
                "a relationship manager sees the municipalities they coach, no others");
        assertEquals(List.of(slug), seen.atria().stream().map(Figures::slug).toList(),
                "and the Atria covering them");
        Figures municipality = seen.municipalities().get(0);
        assertEquals(2, municipality.openThisWeek(), "the fresh question and the escalated one");
        assertEquals(1, municipality.openThisMonth());
        assertEquals(1, municipality.openOlder());
        assertEquals(1, municipality.escalations());
        assertEquals(1, municipality.flagsWaiting());
        assertEquals(1, municipality.conditionsMet());
        assertEquals(ConditionStatus.MET, municipality.ontvoogding().status(ConditionKind.PLANS_REGISTER));
        assertTrue(municipality.lastActivity() != null);
        Figures atrium = seen.atria().get(0);
        assertEquals(1, atrium.openThisWeek(), "the escalated question left the Atrium's board");
        assertEquals(1, atrium.openThisMonth());
        assertEquals(1, atrium.openOlder());
        assertEquals(1, atrium.escalations(), "escalated from this Atrium, not solved yet");
        assertEquals(1, atrium.flagsWaiting());

        RelationsOverview all = figures.of(admin);
        Map<String, Figures> byName = all.municipalities().stream()
                .collect(Collectors.toMap(Figures::name, Function.identity()));
        assertTrue(byName.containsKey(mine.getName()) && byName.containsKey(other.getName()),
                "administrators see the whole network");
        assertEquals(1, byName.get(other.getName()).openThisWeek());
        assertTrue(all.atria().stream().anyMatch(f -> f.slug().equals(otherSlug)));

        assertThrows(ForbiddenException.class, () -> figures.of(asker), "officials do not see the view");

        String csv = RelationsCsv.of(seen, Locale.forLanguageTag("nl"));
        assertTrue(csv.startsWith("Soort;Naam;Open, 0-7 dagen"), csv);
        assertTrue(csv.contains("Gemeente;" + mine.getName() + ";2;1;1;1;1;"), csv);
    }

    @Test
    void theFiguresReadInAFixedNumberOfStatementsWhateverTheNumberOfMunicipalities() {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        Organisation first = db.municipality("Telgem " + suffix());
        String slug = regionalAtrium(admin, first);
        Account manager = relationshipManager(admin, first);
        Account asker = official(first);
        ask(asker, slug, "Een vraag om te tellen");

        long few = statements(() -> read(figures.of(manager)));
        List<Long> managed = new ArrayList<>(List.of(first.getId()));
        for (int i = 0; i < 4; i++) {
            Organisation more = db.municipality("Telgem " + suffix());
            managed.add(more.getId());
            String moreSlug = regionalAtrium(admin, more);
            Account someone = official(more);
            ask(someone, moreSlug, "Nog een vraag om te tellen");
            age(ask(someone, moreSlug, "Een oudere vraag om te tellen"), Duration.ofDays(40));
        }
        accounts.setManagedMunicipalities(admin, manager.getId(), managed);
        RelationsOverview more = figures.of(manager);
        assertEquals(5, more.municipalities().size());
        assertEquals(5, more.atria().size());
        long many = statements(() -> read(figures.of(manager)));
        assertEquals(few, many, "the view must not grow with municipalities, Atria and questions");
        assertTrue(many <= 25, "statements for the view: " + many);
        long all = statements(() -> read(figures.of(admin)));
        assertTrue(all <= 25, "statements for the whole network: " + all);
    }

    @Test
    void myQuestionsKeepEscalatedOnesAndExpertsSeeQuestionsForTheirLevel() {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        Organisation municipality = db.municipality("Vraaggem " + suffix());
        String slug = regionalAtrium(admin, municipality);
        Account asker = official(municipality);
        Account peer = official(municipality);
        Account flemish = accounts.createBySystem(new NewAccount("vlaams" + suffix(), "Expert Vlaanderen", null,
                organisations.byLevel(GovernmentLevel.FLEMISH).get(0).getId(), Role.OFFICIAL, null));

        DiscussionThread open = ask(asker, slug, "Mijn open vraag");
        DiscussionThread answered = ask(asker, slug, "Mijn beantwoorde vraag");
        discussions.answer(peer, answered.getId(), "Een antwoord.", null);
        DiscussionThread solved = ask(asker, slug, "Mijn opgeloste vraag");
        discussions.accept(asker, discussions.answer(peer, solved.getId(), "Het antwoord.", null).getId());
        DiscussionThread escalated = ask(asker, slug, "Mijn geëscaleerde vraag");
        moderation.escalate(admin, escalated.getId(), "expert-vlaanderen");
        discussions.ask(peer, slug, ThreadKind.DISCUSSION, "Een discussie, geen vraag", "Tekst", null, false);

        long few = statements(() -> home(asker, flemish));
        Map<Long, QuestionState> states = questions.mine(asker, 10).stream()
                .collect(Collectors.toMap(q -> q.thread().getId(), QuestionItem::state));
        assertEquals(Map.of(open.getId(), QuestionState.OPEN, answered.getId(), QuestionState.ANSWERED,
                solved.getId(), QuestionState.SOLVED, escalated.getId(), QuestionState.ESCALATED), states);
        QuestionItem forwarded = questions.mine(asker, 10).stream()
                .filter(q -> q.thread().getId().equals(escalated.getId())).findFirst().orElseThrow();
        assertTrue(forwarded.originName() != null, "the asker sees where it came from");
        assertEquals(GovernmentLevel.FLEMISH, HomeQuestions.expertLevel(flemish));
        assertTrue(questions.forMyLevel(flemish, 10).stream().anyMatch(q -> q.thread().getId().equals(escalated.getId())),
                "the Flemish expert sees the question escalated to their board");
        assertEquals(List.of(), questions.forMyLevel(asker, 10), "municipal officials have no expert board");
        assertNull(HomeQuestions.expertLevel(asker));

        for (int i = 0; i < 4; i++) {
            moderation.escalate(admin, ask(asker, slug, "Nog een vraag voor Vlaanderen " + i).getId(), "expert-vlaanderen");
        }
        assertEquals(8, questions.mine(asker, 10).size());
        long many = statements(() -> home(asker, flemish));
        assertEquals(few, many, "the home page's questions must not grow with questions");
        assertFalse(questions.mine(peer, 10).stream().anyMatch(q -> q.thread().getKind() == ThreadKind.DISCUSSION),
                "discussions are no questions");
    }

    /** What the page shows of each row. */
    private static void read(RelationsOverview overview) {
        overview.municipalities().forEach(f -> f.ontvoogding().getMunicipality().getName().concat(f.name()));
        overview.atria().forEach(f -> f.name().concat(String.valueOf(f.lastActivity())));
    }

    /** What the home page shows of each question. */
    private void home(Account asker, Account expert) {
        questions.mine(asker, 10).forEach(q -> q.thread().getBoard().getName().concat(q.thread().getTitle()));
        questions.forMyLevel(expert, 10).forEach(q -> q.thread().getAuthor().getDisplayName()
                .concat(q.thread().getBoard().getName()));
    }

    private DiscussionThread ask(Account asker, String slug, String title) {
        return discussions.ask(asker, slug, ThreadKind.QUESTION, title + " " + suffix(), "Wat is de regel?", null, false);
    }

    /** Moves the question's creation back in time. */
    private void age(DiscussionThread thread, Duration age) {
        String at = Instant.now().minus(age).toString().replace("T", " ").replace("Z", "");
        assertEquals(1, db.nativeUpdate("UPDATE discussion_thread SET created_at = '" + at + "' WHERE id = " + thread.getId()));
    }

    private Post openingOf(DiscussionThread thread) {
        return discussions.thread(thread.getAuthor(), thread.getId(), 0, 1).getPosts().get(0).getPost();
    }

    private String regionalAtrium(Account admin, Organisation municipality) {
        String slug = "it-rel-" + suffix();
        network.createAtrium(admin, slug, "Regio " + slug, AtriumKind.REGIONAL, false, null);
        network.updateAtrium(admin, slug, "Regio " + slug, null, false, null, List.of(municipality.getId()));
        return slug;
    }

    private Account relationshipManager(Account admin, Organisation municipality) {
        String name = "rb" + suffix();
        Account a = accounts.createBySystem(new NewAccount(name, "Relatiebeheerder " + name, null, null,
                Role.RELATIONSHIP_MANAGER, null));
        accounts.setManagedMunicipalities(admin, a.getId(), List.of(municipality.getId()));
        return accountRepository.findByUsername(name).orElseThrow();
    }

    private Account official(Organisation municipality) {
        String name = "amb" + suffix();
        return accounts.createBySystem(new NewAccount(name, "Ambtenaar " + name, null, municipality.getId(),
                Role.OFFICIAL, null));
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

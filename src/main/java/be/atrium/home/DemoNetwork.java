package be.atrium.home;

import be.atrium.content.imports.ImportOutcome;
import be.atrium.content.imports.Importer;
import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.ModerationService;
import be.atrium.discussion.Post;
import be.atrium.guidance.GuidanceService;
import be.atrium.home.DemoCorpus.Action;
import be.atrium.home.DemoCorpus.Edit;
import be.atrium.home.DemoCorpus.Escalation;
import be.atrium.home.DemoCorpus.Helpful;
import be.atrium.home.DemoCorpus.Promotion;
import be.atrium.home.DemoCorpus.Reply;
import be.atrium.home.DemoCorpus.Supersession;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.knowledge.KnowledgeService;
import be.atrium.notify.NotificationConsumer;
import be.atrium.platform.AtriumConfig;
import be.atrium.platform.PlatformSettings;
import be.atrium.platform.SchemaMigrated;
import be.atrium.platform.outbox.OutboxRelay;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Loads the generated demo network ({@link DemoCorpus}) once, after the demo's people
 * ({@link DemoContent}): its history through the importer (batches of lines, authors and dates
 * kept), then what people do with it through the services (votes, edits, escalations answered
 * at the provincial and Flemish level, promotions into the knowledge base, superseded guidance),
 * and finally marks older threads read for the demo accounts, so each of them has a few unread
 * ones.
 */
@ApplicationScoped
public class DemoNetwork {

    static final String LOADED = "demo.network.loaded";
    /** The same seed gives the same network. */
    static final long SEED = 20250101L;
    private static final int BATCH = 250;
    private static final Locale CONTENT_LANGUAGE = Locale.forLanguageTag("nl");
    /** The accounts that log in (README). */
    static final List<String> ACCOUNTS = List.of("an.peeters", "bart.declercq", "sofie.maes", "lies.janssens",
            "piet.vermeulen");
    private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());

    @Inject
    AtriumConfig config;

    @Inject
    PlatformSettings settings;

    @Inject
    DemoContent demo;

    @Inject
    Importer importer;

    @Inject
    AccountRepository accounts;

    @Inject
    DiscussionService discussions;

    @Inject
    ModerationService moderation;

    @Inject
    KnowledgeService knowledge;

    @Inject
    GuidanceService guidance;

    @Inject
    OutboxRelay relay;

    @Inject
    Clock clock;

    private final Map<String, Account> people = new HashMap<>();

    public void loadOnce(@Observes @Priority(SchemaMigrated.SAMPLE_CONTENT + 10) SchemaMigrated event) {
        if (!config.demo() || settings.get(LOADED).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        DemoCorpus corpus = DemoCorpus.generate(SEED, clock.instant());
        Account admin = person("admin");
        List<String> lines = corpus.lines();
        int made = 0;
        for (int from = 0; from < lines.size(); from += BATCH) {
            for (ImportOutcome outcome : importer.importLines(admin, lines.subList(from, Math.min(lines.size(),
                    from + BATCH)))) {
                made += outcome.created() ? 1 : 0;
            }
        }
        importer.audit(admin, made, lines.size() - made, 0);
        long imported = System.nanoTime();
        // Notifications start here: the history is older than they are, today's actions are not.
        relay.reader(NotificationConsumer.NAME, false);
        act(corpus.actions());
        for (String username : ACCOUNTS) {
            discussions.markAllRead(person(username), corpus.readUntil());
        }
        demo.remember(LOADED);
        people.clear();
        long done = System.nanoTime();
        LOG.info(() -> String.format("Atrium: demo network loaded: %d threads, %d answers and %d other lines imported "
                        + "in %d ms, then %d actions in %d ms", corpus.threadCount(), corpus.answerCount(),
                lines.size() - corpus.threadCount() - corpus.answerCount(), (imported - started) / 1_000_000,
                corpus.actions().size(), (done - imported) / 1_000_000));
    }

    private void act(List<Action> actions) {
        List<String> questionIds = new ArrayList<>();
        List<String> answerIds = new ArrayList<>();
        List<String> guidanceSources = new ArrayList<>();
        for (Action action : actions) {
            if (action instanceof Escalation e) {
                questionIds.add(e.question());
            } else if (action instanceof Reply r) {
                questionIds.add(r.question());
            } else if (action instanceof Promotion p) {
                questionIds.add(p.question());
                answerIds.add(p.answer());
            } else if (action instanceof Edit e) {
                answerIds.add(e.answer());
            } else if (action instanceof Helpful h) {
                answerIds.add(h.answer());
            } else if (action instanceof Supersession s) {
                guidanceSources.addAll(List.of(s.older(), s.newer()));
            }
        }
        Map<String, Long> questions = importer.imported("question", questionIds);
        Map<String, Long> answers = importer.imported("answer", answerIds.stream().distinct().toList());
        Map<String, Long> guidanceIds = importer.imported("guidance", guidanceSources);
        for (Action action : actions) {
            if (action instanceof Helpful h) {
                discussions.markHelpful(person(h.voter()), answers.get(h.answer()));
            } else if (action instanceof Edit e) {
                discussions.edit(person(e.author()), answers.get(e.answer()), e.body(), null);
            } else if (action instanceof Escalation e) {
                long thread = questions.get(e.question());
                moderation.escalate(person(e.moderator()), thread, e.expertBoard());
                Post answer = discussions.answer(person(e.expert()), thread, e.answer(), null);
                if (e.accepted()) {
                    discussions.accept(person(e.asker()), answer.getId());
                }
            } else if (action instanceof Reply r) {
                discussions.answer(person(r.author()), questions.get(r.question()), r.body(), null);
            } else if (action instanceof Promotion p) {
                knowledge.promoteToNewPageInPlace(person(p.promoter()), questions.get(p.question()),
                        answers.get(p.answer()), null, null, null, CONTENT_LANGUAGE);
            } else if (action instanceof Supersession s) {
                guidance.supersede(person(s.publisher()), guidanceIds.get(s.older()), guidanceIds.get(s.newer()));
            }
        }
    }

    private Account person(String username) {
        return people.computeIfAbsent(username, u -> accounts.findByUsername(u).orElseThrow(
                () -> new IllegalStateException("demo account missing: " + u)));
    }
}

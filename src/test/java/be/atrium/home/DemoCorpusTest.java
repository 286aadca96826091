package be.atrium.home;

import be.atrium.content.imports.ImportItem;
import be.atrium.home.DemoCorpus.Edit;
import be.atrium.home.DemoCorpus.Escalation;
import be.atrium.home.DemoCorpus.Helpful;
import be.atrium.home.DemoCorpus.Promotion;
import be.atrium.home.DemoCorpus.Supersession;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated demo network: lived-in, plausible, importable and the same every time. */
class DemoCorpusTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:15:30Z");
    private static final DemoCorpus corpus = DemoCorpus.generate(DemoNetwork.SEED, NOW);
    private static final List<ImportItem> items = corpus.lines().stream().map(ImportItem::parse).toList();

    private List<ImportItem> ofType(String type) {
        return items.stream().filter(i -> i.type().equals(type)).toList();
    }

    @Test
    void theSameSeedAndMomentGiveTheSameNetworkAndAnotherSeedAnother() {
        DemoCorpus again = DemoCorpus.generate(DemoNetwork.SEED, NOW);
        assertEquals(corpus.lines(), again.lines());
        assertEquals(corpus.actions(), again.actions());
        assertNotEquals(corpus.lines(), DemoCorpus.generate(DemoNetwork.SEED + 1, NOW).lines());
    }

    @Test
    void aFewHundredQuestionsOverSeveralAtriaAndTheThemeBoardsOnTheNetworksSubjects() {
        List<ImportItem> questions = ofType("question");
        assertEquals(corpus.threadCount(), questions.size());
        assertTrue(questions.size() >= 250, "a few hundred threads: " + questions.size());
        Map<String, Long> perPlace = questions.stream().collect(Collectors.groupingBy(
                q -> q.json().getString("atrium"), Collectors.counting()));
        assertTrue(perPlace.size() >= 8, "several Atria: " + perPlace.keySet());
        assertTrue(perPlace.containsKey("thema-omgevingsvergunning") && perPlace.containsKey("gent"));
        Set<String> tags = questions.stream().flatMap(q -> q.tags().stream()).collect(Collectors.toSet());
        for (String subject : List.of("rup", "omgevingsvergunning", "register", "ontvoogding", "gecoro", "handhaving")) {
            assertTrue(tags.contains(subject), "subject " + subject + " in " + tags);
        }
        long distinctTitles = questions.stream().map(q -> q.json().getString("title")).distinct().count();
        assertTrue(distinctTitles > questions.size() * 0.6, "titles vary: " + distinctTitles);
    }

    @Test
    void everySlotIsFilledAndEveryMomentLiesInTheYearAndAHalfBeforeNowWithAnswersAfterTheirQuestion() {
        Map<String, Instant> asked = new HashMap<>();
        for (ImportItem item : items) {
            for (String field : List.of("title", "body", "context", "approach")) {
                String text = item.json().getString(field, "");
                assertFalse(text.contains("{") || text.contains("}"), "unfilled slot in " + item.sourceId() + ": " + text);
            }
            assertTrue(!item.created().isAfter(NOW) && item.created().isAfter(NOW.minus(Duration.ofDays(560))),
                    item.sourceId() + " at " + item.created());
            if (item.type().equals("question")) {
                asked.put(item.sourceId(), item.created());
            }
        }
        for (ImportItem answer : ofType("answer")) {
            Instant question = asked.get(answer.json().getString("parent"));
            assertTrue(answer.created().isAfter(question), answer.sourceId());
        }
    }

    @Test
    void manyQuestionsAreSolvedSomeWaitAndNobodyAcceptsTheirOwnAnswer() {
        Map<String, String> askers = ofType("question").stream().collect(Collectors.toMap(ImportItem::sourceId,
                ImportItem::author));
        List<ImportItem> answers = ofType("answer");
        assertEquals(corpus.answerCount(), answers.size());
        List<ImportItem> accepted = answers.stream().filter(a -> a.json().getBoolean("accepted", false)).toList();
        assertTrue(accepted.size() > askers.size() / 4, "solved: " + accepted.size());
        Set<String> answered = answers.stream().map(a -> a.json().getString("parent")).collect(Collectors.toSet());
        assertTrue(askers.size() - answered.size() >= 15, "unanswered questions wait: " + (askers.size() - answered.size()));
        for (ImportItem a : accepted) {
            assertNotEquals(askers.get(a.json().getString("parent")), a.author(), a.sourceId());
        }
        assertEquals(accepted.size(), accepted.stream().map(a -> a.json().getString("parent")).distinct().count());
    }

    @Test
    void peopleActAsPeopleMay() {
        Map<String, String> authors = ofType("answer").stream().collect(Collectors.toMap(ImportItem::sourceId,
                ImportItem::author));
        Set<String> votes = new HashSet<>();
        int helpful = 0;
        int edits = 0;
        for (DemoCorpus.Action action : corpus.actions()) {
            if (action instanceof Helpful h) {
                helpful++;
                assertNotEquals(authors.get(h.answer()), h.voter(), "nobody votes for their own answer");
                assertTrue(votes.add(h.answer() + " " + h.voter()), "one vote per person per answer");
            } else if (action instanceof Edit e) {
                edits++;
                assertEquals(authors.get(e.answer()), e.author(), "only the author edits");
            }
        }
        assertTrue(helpful >= 100 && edits >= 5, helpful + " votes, " + edits + " edits");
    }

    @Test
    void anEscalationIsAnsweredAtTheFlemishLevelSolvedQuestionsArePromotedAndGuidanceIsSuperseded() {
        List<Escalation> escalations = corpus.actions().stream().filter(Escalation.class::isInstance)
                .map(Escalation.class::cast).toList();
        assertTrue(escalations.stream().anyMatch(e -> e.expertBoard().equals("expert-vlaanderen") && e.accepted()),
                "an escalation answered and accepted at the Flemish level: " + escalations);
        assertTrue(escalations.stream().anyMatch(e -> e.expertBoard().equals("expert-oost-vlaanderen")));
        Set<String> unanswered = ofType("question").stream().map(ImportItem::sourceId).collect(Collectors.toSet());
        ofType("answer").forEach(a -> unanswered.remove(a.json().getString("parent")));
        escalations.forEach(e -> assertTrue(unanswered.contains(e.question()), "escalated while waiting: " + e));

        Map<String, JsonObject> answers = ofType("answer").stream().collect(Collectors.toMap(ImportItem::sourceId,
                ImportItem::json));
        List<Promotion> promotions = corpus.actions().stream().filter(Promotion.class::isInstance)
                .map(Promotion.class::cast).toList();
        assertTrue(promotions.size() >= 3, "promotions: " + promotions);
        promotions.forEach(p -> assertTrue(answers.get(p.answer()).getBoolean("accepted", false), p.toString()));

        Supersession supersession = corpus.actions().stream().filter(Supersession.class::isInstance)
                .map(Supersession.class::cast).findFirst().orElseThrow();
        Set<String> guidance = ofType("guidance").stream().map(ImportItem::sourceId).collect(Collectors.toSet());
        assertTrue(guidance.contains(supersession.older()) && guidance.contains(supersession.newer()));
        assertTrue(ofType("wiki").size() >= 8 && ofType("practice").size() >= 5);
    }

    @Test
    void colleaguesAnswerTheDemoAccountsQuestionsTodayAndOneNamesAnotherDemoAccount() {
        Map<String, String> askers = ofType("question").stream().collect(Collectors.toMap(ImportItem::sourceId,
                ImportItem::author));
        List<DemoCorpus.Reply> replies = corpus.actions().stream().filter(DemoCorpus.Reply.class::isInstance)
                .map(DemoCorpus.Reply.class::cast).toList();
        assertEquals(Set.of("an.peeters", "sofie.maes", "bart.declercq"),
                replies.stream().map(r -> askers.get(r.question())).collect(Collectors.toSet()));
        replies.forEach(r -> assertFalse(DemoNetwork.ACCOUNTS.contains(r.author()), r.toString()));
        assertTrue(replies.stream().anyMatch(r -> r.body().contains("@an.peeters")));
    }

    @Test
    void recentActivityStaysUnreadForTheDemoAccounts() {
        long recent = ofType("question").stream().filter(q -> q.created().isAfter(corpus.readUntil())).count()
                + ofType("answer").stream().filter(a -> a.created().isAfter(corpus.readUntil())).count();
        assertTrue(recent >= 5, "new since the read mark: " + recent);
    }
}

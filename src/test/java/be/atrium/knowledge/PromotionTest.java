package be.atrium.knowledge;

import be.atrium.discussion.Board;
import be.atrium.discussion.DiscussionFixtures;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.Post;
import be.atrium.discussion.ThreadKind;
import be.atrium.identity.Account;
import be.atrium.identity.Role;
import be.atrium.organisation.Organisation;
import be.atrium.platform.ConflictException;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static be.atrium.discussion.DiscussionFixtures.NOW;
import static be.atrium.discussion.DiscussionFixtures.withId;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who takes a question into the knowledge base, what may be taken, and the Markdown it becomes. */
class PromotionTest {

    private static final Locale NL = Locale.forLanguageTag("nl");

    private final Organisation gent = Organisation.municipality("Gent", "44021", "44000", "Gent",
            Organisation.province("Oost-Vlaanderen", "40000"));
    private final Account asker = withId(new Account("an.peeters", "An Peeters", null, gent, Role.OFFICIAL, NOW), 1L);
    private final Account answerer = withId(new Account("sofie.maes", "Sofie Maes", null, null, Role.OFFICIAL, NOW), 2L);
    private final Account other = DiscussionFixtures.account("bart.declercq");
    private final Board board = DiscussionFixtures.theme("gent");
    private final DiscussionThread thread = DiscussionFixtures.question(board, asker);
    private final Post question = DiscussionFixtures.opening(thread);
    private final Post accepted = DiscussionFixtures.reply(thread, answerer);
    private final Post second = DiscussionFixtures.reply(thread, other);

    @Test
    void onlyASolvedQuestionIsPromotedByTheAskerOrAModerator() {
        assertFalse(Promotion.mayPromote(thread, asker, false), "not solved yet");
        assertEquals("knowledge.promote.notSolved", assertThrows(DomainException.class,
                () -> Promotion.requirePromotable(thread, null, asker, false)).code());
        DiscussionFixtures.accept(thread, accepted, asker);
        assertTrue(Promotion.mayPromote(thread, asker, false));
        assertTrue(Promotion.mayPromote(thread, other, true), "a moderator of the board");
        assertFalse(Promotion.mayPromote(thread, other, false));
        assertThrows(ForbiddenException.class, () -> Promotion.requirePromotable(thread, null, other, false));
        assertThrows(ForbiddenException.class, () -> Promotion.requirePromotable(thread, accepted, answerer, false),
                "the author of the answer is not the asker");
        assertDoesNotThrow(() -> Promotion.requirePromotable(thread, null, asker, false));
        assertDoesNotThrow(() -> Promotion.requirePromotable(thread, accepted, other, true));
    }

    @Test
    void onlyTheAcceptedAnswerIsPromotedOnItsOwn() {
        DiscussionFixtures.accept(thread, accepted, asker);
        DomainException e = assertThrows(DomainException.class,
                () -> Promotion.requirePromotable(thread, second, asker, false));
        assertEquals("knowledge.promote.notAccepted", e.code());
        assertEquals("post", e.field().orElseThrow());
        assertEquals("knowledge.promote.notAccepted", assertThrows(DomainException.class,
                () -> Promotion.requirePromotable(thread, question, asker, false)).code());
    }

    @Test
    void aHiddenAcceptedAnswerIsNotPromoted() {
        DiscussionFixtures.accept(thread, accepted, asker);
        DiscussionFixtures.hide(accepted, "moderator", NOW);
        assertEquals("knowledge.promote.hidden", assertThrows(DomainException.class,
                () -> Promotion.requirePromotable(thread, null, asker, true)).code());
    }

    @Test
    void aDiscussionIsNeverPromotedNorLinked() {
        DiscussionThread discussion = withId(new DiscussionThread(board, ThreadKind.DISCUSSION, "Een discussie",
                asker, false, List.of(), NOW), 77L);
        assertFalse(Promotion.mayPromote(discussion, asker, true));
        assertFalse(Promotion.mayLink(discussion, asker, true));
        assertEquals("knowledge.link.notQuestion", assertThrows(DomainException.class,
                () -> Promotion.requireLinkable(discussion, asker, true)).code());
        assertEquals("knowledge.link.notQuestion", assertThrows(DomainException.class,
                () -> ThreadKnowledge.answeredBy(discussion, KnowledgeTargetType.WIKI, 5, asker, NOW)).code());
    }

    @Test
    void theAskerAModeratorOrARelationshipManagerLinksAQuestionEvenUnsolved() {
        Account manager = withId(new Account("lies.janssens", "Lies Janssens", null, null, Role.RELATIONSHIP_MANAGER,
                NOW), 9L);
        assertTrue(Promotion.mayLink(thread, asker, false));
        assertTrue(Promotion.mayLink(thread, other, true));
        assertTrue(Promotion.mayLink(thread, manager, false));
        assertFalse(Promotion.mayLink(thread, answerer, false));
        assertThrows(ForbiddenException.class, () -> Promotion.requireLinkable(thread, answerer, false));
    }

    @Test
    void promotingIntoAPageTheQuestionWasLinkedToTurnsTheLinkIntoAPromotionButNeverTwice() {
        ThreadKnowledge link = ThreadKnowledge.answeredBy(thread, KnowledgeTargetType.WIKI, 5, asker, NOW);
        assertEquals(KnowledgeKind.ANSWERED_BY, link.getKind());
        link.promotedAgain(accepted, other, NOW.plusSeconds(60));
        assertEquals(KnowledgeKind.PROMOTED, link.getKind());
        assertEquals(other, link.getCreatedBy());
        assertEquals("knowledge.promote.already", assertThrows(ConflictException.class,
                () -> link.promotedAgain(null, asker, NOW)).code());
    }

    @Test
    void aPageTitleFromAQuestionLosesTheCharactersThatMakeLinks() {
        assertEquals("Wanneer is een RUP (gewestelijk) nodig / verplicht?",
                Promotion.suggestTitle("  Wanneer is een RUP [gewestelijk]   nodig | verplicht? "));
    }

    @Test
    void headingsMoveDownUnderThePageOrSectionButFencedCodeStays() {
        String md = "# Titel\n\ntekst\n\n## Onder\n\n```\n# geen kop\n```\n\n###### Diep";
        assertEquals("### Titel\n\ntekst\n\n#### Onder\n\n```\n# geen kop\n```\n\n###### Diep", Promotion.demote(md, 3));
        assertEquals(md, Promotion.demote(md, 1), "nothing above the minimum: unchanged");
        assertEquals("geen koppen\n\n- lijst", Promotion.demote("geen koppen\n\n- lijst", 3));
    }

    @Test
    void setextHeadingsBecomeAtxWhenMovedAndAThematicBreakIsNoHeading() {
        String md = "Grote titel\n===\n\nEen alinea\nover twee regels\n---\n\ntekst\n\n---\n\nslot";
        assertEquals("## Grote titel\n\n### Een alinea over twee regels\n\ntekst\n\n---\n\nslot", Promotion.demote(md, 2));
        assertEquals("- item\n---", Promotion.demote("- item\n---", 3), "after a list item: a thematic break");
    }

    @Test
    void aSectionIsTheQuestionTitleAsLevelTwoHeadingAppendedAtTheEnd() {
        String section = Promotion.section("Wat is een *GRUP*?", "## Vraag\n\nInhoud");
        assertEquals("## Wat is een \\*GRUP\\*?\n\n### Vraag\n\nInhoud\n", section);
        assertEquals("# FAQ\n\nIntro\n\n" + section, Promotion.appendSection("# FAQ\n\nIntro\n\n\n", section));
        assertEquals(section, Promotion.appendSection("", section));
    }

    @Test
    void aWholeThreadKeepsWhoWroteWhatAndLinksBackToTheQuestion() {
        DiscussionFixtures.accept(thread, accepted, asker);
        DiscussionFixtures.markHelpful(second, asker);
        String md = Promotion.compose(NL, thread, question, accepted, List.of(second), false);
        assertTrue(md.startsWith("## Vraag\n\n*Gesteld door [An Peeters](/identity/person.xhtml?username=an.peeters) (Gent), "
                + "28 november 2026.*\n\nMoet er een put komen?\n\n## Aanvaard antwoord\n\n"
                + "*Door [Sofie Maes](/identity/person.xhtml?username=sofie.maes), 28 november 2026.*\n\n"
                + "Ja, volgens de GSV.\n\n## Andere nuttige antwoorden\n\n### Antwoord van [bart.declercq]"), md);
        assertTrue(md.contains("*28 november 2026 · 1 keer nuttig bevonden*"), md);
        assertTrue(md.endsWith("---\n\n*Overgenomen uit de vraag [«Hemelwaterput bij verbouwing»](thread:" + thread.getId()
                + ").*\n"), md);
    }

    @Test
    void anAnswerOnItsOwnIsTheAnswerWithItsAuthorAndTheQuestionInEnglishToo() {
        DiscussionFixtures.accept(thread, accepted, asker);
        String md = Promotion.compose(Locale.ENGLISH, thread, null, accepted, List.of(), true);
        assertEquals("Ja, volgens de GSV.\n\n*Answer by [Sofie Maes](/identity/person.xhtml?username=sofie.maes), "
                + "28 November 2026, to the question [«Hemelwaterput bij verbouwing»](thread:" + thread.getId() + ").*\n", md);
    }

    @Test
    void everyTextOfTheKnowledgeLinksIsInDutchAndInEnglish() {
        java.util.ResourceBundle nl = java.util.ResourceBundle.getBundle("be.atrium.i18n.messages", NL);
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("be.atrium.i18n.messages", Locale.ENGLISH);
        java.util.Set<String> nlKeys = new java.util.TreeSet<>(nl.keySet());
        java.util.Set<String> enKeys = new java.util.TreeSet<>(en.keySet());
        nlKeys.removeIf(k -> !k.startsWith("knowledge.") && !k.startsWith("import.wiki."));
        enKeys.removeIf(k -> !k.startsWith("knowledge.") && !k.startsWith("import.wiki."));
        assertEquals(nlKeys, enKeys);
        assertTrue(nlKeys.size() > 50, nlKeys.toString());
        assertEquals("Overgenomen uit vraag «Wat is een RUP?»",
                be.atrium.platform.web.Messages.text(NL, "knowledge.promote.summary", "Wat is een RUP?"));
        assertEquals("28 november 2026 · marked helpful 3 times", be.atrium.platform.web.Messages.text(Locale.ENGLISH,
                "knowledge.compose.helpfulCount", "28 november 2026", 3));
    }
}

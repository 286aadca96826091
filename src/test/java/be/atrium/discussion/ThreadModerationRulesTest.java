package be.atrium.discussion;

import be.atrium.identity.Account;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static be.atrium.discussion.DiscussionFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The moderation rules the thread and its posts keep themselves. */
class ThreadModerationRulesTest {

    private final Account asker = DiscussionFixtures.account("an.peeters");
    private final Account answerer = DiscussionFixtures.account("sofie.maes");
    private final Account other = DiscussionFixtures.account("bart.declercq");
    private final Board gent = DiscussionFixtures.theme("gent");
    private final Board theme = DiscussionFixtures.theme("thema-omgevingsvergunning");
    private final Board expert = DiscussionFixtures.expert("expert-oost-vlaanderen");
    private final DiscussionThread thread = DiscussionFixtures.question(gent, asker);

    @Test
    void aLockedThreadTakesNoReplyUntilUnlocked() {
        thread.lock(true);
        DomainException e = assertThrows(DomainException.class, () -> thread.replied(answerer, NOW));
        assertEquals("thread.locked", e.code());
        assertEquals(0, thread.getReplyCount());
        thread.lock(false);
        thread.replied(answerer, NOW.plusSeconds(1));
        assertEquals(1, thread.getReplyCount());
    }

    @Test
    void pinAndUnpin() {
        thread.pin(true);
        assertTrue(thread.isPinned());
        thread.pin(false);
        assertFalse(thread.isPinned());
    }

    @Test
    void movingToTheSameBoardIsRefused() {
        DomainException e = assertThrows(DomainException.class, () -> thread.moveTo(gent, false, other));
        assertEquals("thread.move.sameBoard", e.code());
        assertEquals("board", e.field().orElseThrow());
    }

    @Test
    void aPlainMoveKeepsNoOrigin() {
        thread.moveTo(theme, false, other);
        assertSame(theme, thread.getBoard());
        assertNull(thread.getOriginBoard());
    }

    @Test
    void escalationGoesOnlyToAnExpertBoard() {
        DomainException e = assertThrows(DomainException.class, () -> thread.moveTo(theme, true, other));
        assertEquals("thread.escalate.notExpert", e.code());
        assertSame(gent, thread.getBoard());
        assertNull(thread.getOriginBoard());
    }

    @Test
    void escalationRemembersWhereTheQuestionCameFrom() {
        thread.moveTo(expert, true, other);
        assertSame(expert, thread.getBoard());
        assertSame(gent, thread.getOriginBoard());
    }

    @Test
    void aThreadIsNotMergedIntoItself() {
        DomainException e = assertThrows(DomainException.class, () -> thread.mergeInto(thread));
        assertEquals("thread.merge.self", e.code());
        assertNull(thread.getMergedInto());
    }

    @Test
    void notIntoAThreadThatWasItselfMerged() {
        DiscussionThread target = DiscussionFixtures.question(gent, other);
        DiscussionThread third = DiscussionFixtures.question(gent, other);
        target.mergeInto(third);
        DomainException e = assertThrows(DomainException.class, () -> thread.mergeInto(target));
        assertEquals("thread.merge.targetMerged", e.code());
    }

    @Test
    void aMergedThreadIsNotMergedAgain() {
        DiscussionThread target = DiscussionFixtures.question(gent, other);
        DiscussionThread third = DiscussionFixtures.question(gent, other);
        thread.mergeInto(target);
        DomainException e = assertThrows(DomainException.class, () -> thread.mergeInto(third));
        assertEquals("thread.merged", e.code());
        assertSame(target, thread.getMergedInto());
    }

    @Test
    void aMergedThreadIsClosedAndTheTargetAbsorbsItsPosts() {
        DiscussionThread target = DiscussionFixtures.question(gent, other);
        Post opening = DiscussionFixtures.opening(thread);
        thread.mergeInto(target);
        assertTrue(thread.isLocked());
        DomainException e = assertThrows(DomainException.class, () -> thread.replied(answerer, NOW));
        assertEquals("thread.locked", e.code());
        thread.lock(false);
        assertEquals("thread.merged", assertThrows(DomainException.class, () -> thread.replied(answerer, NOW)).code());

        opening.mergedInto(target);
        target.absorbed(1, NOW.plusSeconds(3600));
        assertSame(target, opening.getThread());
        assertFalse(opening.isOpening());
        assertEquals(1, target.getReplyCount());
        assertEquals(NOW.plusSeconds(3600), target.getLastActivityAt());
        target.absorbed(2, NOW.minusSeconds(3600));
        assertEquals(NOW.plusSeconds(3600), target.getLastActivityAt());
    }

    @Test
    void hideAndRestoreAPost() {
        Post answer = DiscussionFixtures.reply(thread, answerer);
        answer.hide("lies.janssens", NOW);
        assertTrue(answer.isHidden());
        assertEquals("lies.janssens", answer.getHiddenBy());
        assertEquals(NOW, answer.getHiddenAt());
        assertEquals("post.withdrawn", assertThrows(DomainException.class, () -> answer.requireHelpfulMarkBy(other)).code());
        answer.restore();
        assertFalse(answer.isHidden());
        assertNull(answer.getHiddenBy());
        assertDoesNotThrow(() -> answer.requireHelpfulMarkBy(other));
        assertEquals("post.vote.own", assertThrows(DomainException.class, () -> answer.requireHelpfulMarkBy(answerer)).code());
    }

    @Test
    void aHiddenAnswerIsNotAccepted() {
        Post answer = DiscussionFixtures.reply(thread, answerer);
        answer.hide("lies.janssens", NOW);
        assertEquals("thread.accept.withdrawn",
                assertThrows(DomainException.class, () -> thread.accept(answer, asker, false)).code());
        answer.restore();
        thread.accept(answer, asker, false);
        assertTrue(thread.isSolved());
    }

    @Test
    void onlyTheAskerOrAModeratorAccepts() {
        Post answer = DiscussionFixtures.reply(thread, answerer);
        assertThrows(ForbiddenException.class, () -> thread.accept(answer, other, false));
        thread.accept(answer, other, true);
        assertSame(answer, thread.getAcceptedPost());
    }

    @Test
    void theOpeningPostAndAnswersOfOtherThreadsAreNotAccepted() {
        Post opening = DiscussionFixtures.opening(thread);
        assertEquals("thread.accept.opening",
                assertThrows(DomainException.class, () -> thread.accept(opening, asker, false)).code());
        DiscussionThread elsewhere = DiscussionFixtures.question(gent, other);
        Post foreign = DiscussionFixtures.reply(elsewhere, answerer);
        assertEquals("thread.accept.otherThread",
                assertThrows(DomainException.class, () -> thread.accept(foreign, asker, false)).code());
    }

    @Test
    void onlyQuestionsHaveAnAcceptedAnswer() {
        DiscussionThread discussion = DiscussionFixtures.withId(new DiscussionThread(gent, ThreadKind.DISCUSSION,
                "Ervaringen met het nieuwe GRS", asker, false, List.of(), NOW), 77L);
        Post reply = DiscussionFixtures.reply(discussion, answerer);
        assertEquals("thread.accept.notQuestion",
                assertThrows(DomainException.class, () -> discussion.accept(reply, asker, false)).code());
    }

    @Test
    void anEscalationIsUndoneByItsModeratorAndRestoresBoardAndOrigin() {
        Account moderator = DiscussionFixtures.account("lies.janssens");
        thread.moveTo(expert, true, moderator);
        assertTrue(thread.isUndoableBy(moderator));
        assertFalse(thread.isUndoableBy(other));
        assertEquals(TransferKind.ESCALATION, thread.getUndoKind());
        assertThrows(ForbiddenException.class, () -> thread.undoTransfer(other, false),
                "someone else undoes it only as a moderator of the board it is on");
        assertSame(expert, thread.undoTransfer(moderator, false));
        assertSame(gent, thread.getBoard());
        assertNull(thread.getOriginBoard(), "the question is no longer marked escalated");
        assertNull(thread.getUndoBoard());
        assertEquals("thread.undo.nothing",
                assertThrows(DomainException.class, () -> thread.undoTransfer(moderator, true)).code());
    }

    @Test
    void aMoveCanBeUndoneOnlyWhileItIsTheLastModerationAction() {
        Account moderator = DiscussionFixtures.account("lies.janssens");
        thread.moveTo(expert, true, moderator);
        thread.moveTo(theme, false, other);
        thread.undoTransfer(other, false);
        assertSame(expert, thread.getBoard(), "undo goes one step back");
        assertSame(gent, thread.getOriginBoard(), "and keeps the origin of the escalation before it");
        thread.moveTo(theme, false, other);
        thread.pin(true);
        assertNull(thread.getUndoBoard());
        assertEquals("thread.undo.nothing",
                assertThrows(DomainException.class, () -> thread.undoTransfer(other, true)).code());
    }

    @Test
    void theQuestionOfAMergedThreadKeepsItsOriginAndIsNeverAnAcceptedAnswer() {
        DiscussionThread target = DiscussionFixtures.question(gent, other);
        Post opening = DiscussionFixtures.opening(thread);
        Post answer = DiscussionFixtures.reply(thread, answerer);
        thread.mergeInto(target);
        opening.mergedInto(target);
        answer.mergedInto(target);
        assertSame(thread, opening.getMergedFrom());
        assertSame(thread, answer.getMergedFrom());
        assertTrue(opening.isMergedOpening());
        assertFalse(opening.isAcceptable());
        assertTrue(answer.isAcceptable());
        assertEquals("thread.accept.mergedQuestion",
                assertThrows(DomainException.class, () -> target.accept(opening, other, false)).code());
        target.accept(answer, other, false);
        assertSame(answer, target.getAcceptedPost());
    }

    @Test
    void aPostMergedTwiceKeepsTheQuestionItFirstCameFrom() {
        DiscussionThread middle = DiscussionFixtures.question(gent, other);
        DiscussionThread last = DiscussionFixtures.question(gent, other);
        Post opening = DiscussionFixtures.opening(thread);
        opening.mergedInto(middle);
        opening.mergedInto(last);
        assertSame(thread, opening.getMergedFrom());
        assertTrue(opening.isMergedOpening());
    }
}

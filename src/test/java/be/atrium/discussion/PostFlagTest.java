package be.atrium.discussion;

import be.atrium.identity.Account;
import be.atrium.platform.ConflictException;
import be.atrium.platform.DomainException;
import org.junit.jupiter.api.Test;

import static be.atrium.discussion.DiscussionFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostFlagTest {

    private final Account asker = DiscussionFixtures.account("an.peeters");
    private final Account answerer = DiscussionFixtures.account("sofie.maes");
    private final Account reporter = DiscussionFixtures.account("bart.declercq");
    private final Account moderator = DiscussionFixtures.account("lies.janssens");
    private final DiscussionThread thread = DiscussionFixtures.question(DiscussionFixtures.theme("thema-rup"), asker);
    private final Post answer = DiscussionFixtures.reply(thread, answerer);

    @Test
    void aFlagIsOpenWithReasonAndNote() {
        PostFlag flag = PostFlag.raise(answer, reporter, FlagReason.LIVE_PROCEDURE, "  Gaat over dossier 2026/123 ",
                false, NOW);
        assertTrue(flag.isOpen());
        assertEquals(FlagReason.LIVE_PROCEDURE, flag.getReason());
        assertEquals("Gaat over dossier 2026/123", flag.getNote());
        assertEquals(NOW, flag.getCreatedAt());
    }

    @Test
    void aBlankNoteIsNoNote() {
        assertNull(PostFlag.raise(answer, reporter, FlagReason.SPAM, "   ", false, NOW).getNote());
    }

    @Test
    void aReasonIsRequired() {
        DomainException e = assertThrows(DomainException.class,
                () -> PostFlag.raise(answer, reporter, null, null, false, NOW));
        assertEquals("flag.reason.required", e.code());
        assertEquals("reason", e.field().orElseThrow());
    }

    @Test
    void aNoteHasAtMostAThousandCharacters() {
        PostFlag.raise(answer, reporter, FlagReason.OFF_TOPIC, "x".repeat(PostFlag.MAX_NOTE), false, NOW);
        DomainException e = assertThrows(DomainException.class, () -> PostFlag.raise(answer, reporter,
                FlagReason.OFF_TOPIC, "x".repeat(PostFlag.MAX_NOTE + 1), false, NOW));
        assertEquals("flag.note.tooLong", e.code());
        assertEquals("note", e.field().orElseThrow());
    }

    @Test
    void nobodyFlagsTheirOwnPost() {
        DomainException e = assertThrows(DomainException.class,
                () -> PostFlag.raise(answer, answerer, FlagReason.SPAM, null, false, NOW));
        assertEquals("flag.ownPost", e.code());
    }

    @Test
    void oneOpenFlagPerPersonPerPost() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> PostFlag.raise(answer, reporter, FlagReason.SPAM, null, true, NOW));
        assertEquals("flag.duplicate", e.code());
    }

    @Test
    void aHiddenPostIsNotFlaggedAgain() {
        answer.hide("lies.janssens", NOW);
        DomainException e = assertThrows(DomainException.class,
                () -> PostFlag.raise(answer, reporter, FlagReason.SPAM, null, false, NOW));
        assertEquals("flag.postHidden", e.code());
    }

    @Test
    void aModeratorDecidesOnce() {
        PostFlag flag = PostFlag.raise(answer, reporter, FlagReason.PERSONAL_DATA, null, false, NOW);
        flag.resolve(moderator, FlagDecision.DISMISS, NOW.plusSeconds(5));
        assertFalse(flag.isOpen());
        assertEquals(FlagDecision.DISMISS, flag.getDecision());
        assertEquals(moderator, flag.getResolvedBy());
        assertEquals(NOW.plusSeconds(5), flag.getResolvedAt());
        ConflictException e = assertThrows(ConflictException.class,
                () -> flag.resolve(moderator, FlagDecision.HIDE_POST, NOW.plusSeconds(9)));
        assertEquals("flag.resolved", e.code());
        assertEquals(FlagDecision.DISMISS, flag.getDecision());
    }

    @Test
    void aDecisionIsRequired() {
        PostFlag flag = PostFlag.raise(answer, reporter, FlagReason.DISRESPECTFUL, null, false, NOW);
        DomainException e = assertThrows(DomainException.class, () -> flag.resolve(moderator, null, NOW));
        assertEquals("flag.decision.required", e.code());
        assertTrue(flag.isOpen());
    }
}

package be.atrium.notify.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The queue's rules: back-off that doubles, giving up after the last attempt, retry from the start. */
class MailMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-06T21:00:00Z");

    private static MailMessage message() {
        return new MailMessage(1L, "an@example.test", "nl", MailQueue.KIND_NOTIFICATION, "notification:1",
                new ComposedMail("Onderwerp", "tekst", "<p>tekst</p>", null), NOW);
    }

    @Test
    void aFailedAttemptWaitsTwiceAsLongAsTheOneBeforeUpToTheMaximum() {
        assertEquals(Duration.ofMinutes(1), MailMessage.backOff(1));
        assertEquals(Duration.ofMinutes(2), MailMessage.backOff(2));
        assertEquals(Duration.ofMinutes(4), MailMessage.backOff(3));
        assertEquals(Duration.ofMinutes(256), MailMessage.backOff(9));
        assertEquals(Duration.ofHours(6), MailMessage.backOff(10));
        assertEquals(Duration.ofHours(6), MailMessage.backOff(60));

        MailMessage m = message();
        m.failed("connection refused", NOW, 3);
        assertEquals(MailStatus.QUEUED, m.getStatus());
        assertEquals(NOW.plus(Duration.ofMinutes(1)), m.getNextAttemptAt());
        m.failed("connection refused", NOW, 3);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), m.getNextAttemptAt());
        assertNull(m.getClaimedBy());
    }

    @Test
    void afterTheLastAttemptTheMailFailsUntilAnAdministratorRetriesIt() {
        MailMessage m = message();
        assertThrows(IllegalStateException.class, () -> m.retry(NOW), "only failed mail is retried");
        m.failed("550 no such user", NOW, 2);
        m.failed("550 no such user", NOW, 2);
        assertEquals(MailStatus.FAILED, m.getStatus());
        assertEquals("550 no such user", m.getLastError());
        m.retry(NOW.plusSeconds(60));
        assertEquals(MailStatus.QUEUED, m.getStatus());
        assertEquals(0, m.getAttempts());
        assertEquals(NOW.plusSeconds(60), m.getNextAttemptAt());
        m.sent(NOW.plusSeconds(61));
        assertEquals(MailStatus.SENT, m.getStatus());
        assertNull(m.getLastError());
    }

    @Test
    void anErrorTooLongForItsColumnIsCut() {
        MailMessage m = message();
        m.failed("x".repeat(5000), NOW, 5);
        assertEquals(MailMessage.MAX_ERROR, m.getLastError().length());
    }
}

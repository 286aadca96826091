package be.atrium.discussion;

import java.time.Instant;

/**
 * A thread with something the reader has not read yet, as the home page's "Nieuw sinds mijn
 * vorige bezoek" shows it: the same per-thread read state as the board's "nieuw" badge, counting
 * only what others wrote. {@code neverOpened}: the reader has not opened the thread at all (then
 * {@code newReplies} counts every reply by others).
 */
public record NewActivity(long threadId, String title, String boardName, boolean neverOpened, long newReplies,
                          Instant lastActivityAt) {

    public long getThreadId() {
        return threadId;
    }

    public String getTitle() {
        return title;
    }

    public String getBoardName() {
        return boardName;
    }

    public boolean isNeverOpened() {
        return neverOpened;
    }

    public long getNewReplies() {
        return newReplies;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }
}

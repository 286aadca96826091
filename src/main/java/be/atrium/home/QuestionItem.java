package be.atrium.home;

import be.atrium.discussion.DiscussionThread;

/**
 * A question on the home page with its state, decided in the query that read it (so a list
 * needs no query per question).
 *
 * @param originName the board an escalated question came from, when the viewer may see it; else null
 */
public record QuestionItem(DiscussionThread thread, QuestionState state, String originName) {

    public boolean isEscalated() {
        return thread.getOriginBoard() != null;
    }
}

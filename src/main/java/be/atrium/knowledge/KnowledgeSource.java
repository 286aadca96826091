package be.atrium.knowledge;

/**
 * A thread linked to a wiki page, as the page shows it: the question the page (or a section of
 * it) was taken from, or a question the page answers.
 */
public record KnowledgeSource(long linkId, KnowledgeKind kind, long threadId, String title, boolean solved,
                              boolean answerOnly) {

    public long getLinkId() {
        return linkId;
    }

    public KnowledgeKind getKind() {
        return kind;
    }

    public long getThreadId() {
        return threadId;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return "/discussion/thread.xhtml?id=" + threadId;
    }

    public boolean isSolved() {
        return solved;
    }

    /** Only the accepted answer was taken into the page, not the whole thread. */
    public boolean isAnswerOnly() {
        return answerOnly;
    }

    public boolean isPromoted() {
        return kind == KnowledgeKind.PROMOTED;
    }
}

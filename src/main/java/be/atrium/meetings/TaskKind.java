package be.atrium.meetings;

/** The shares of the work around a meeting that members take on (DOMAIN.md: everyone takes a share). */
public enum TaskKind {
    HOST_GROUP, WRITE_REPORT, FORWARD_DOCUMENTS, ANSWER_QUESTIONS, OTHER
}

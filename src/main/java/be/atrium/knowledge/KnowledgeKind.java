package be.atrium.knowledge;

/**
 * How a thread is linked to knowledge: its content was taken into a wiki page ({@code PROMOTED}),
 * or the question is answered by a page or a guidance publication ({@code ANSWERED_BY}).
 */
public enum KnowledgeKind {
    PROMOTED,
    ANSWERED_BY
}

package be.atrium.knowledge;

/** What a thread's knowledge link points to: a wiki page or a guidance publication. */
public enum KnowledgeTargetType {
    WIKI,
    GUIDANCE
}

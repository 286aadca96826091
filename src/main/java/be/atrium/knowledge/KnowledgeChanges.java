package be.atrium.knowledge;

import be.atrium.platform.outbox.ChangeType;

/** The changes the links between answers and the knowledge base record in the outbox (on the thread). */
public final class KnowledgeChanges {

    public static final ChangeType THREAD_PROMOTED = ChangeType.of("thread", "promoted");
    public static final ChangeType THREAD_LINKED = ChangeType.of("thread", "linked");
    public static final ChangeType THREAD_UNLINKED = ChangeType.of("thread", "unlinked");

    private KnowledgeChanges() {
    }
}

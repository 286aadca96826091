package be.atrium.wiki;

import be.atrium.platform.outbox.ChangeType;

/** The changes of the knowledge base recorded in the outbox. */
public final class WikiChanges {

    public static final ChangeType PAGE_CREATED = ChangeType.of("wiki", "created");
    public static final ChangeType PAGE_EDITED = ChangeType.of("wiki", "edited");
    public static final ChangeType PAGE_RETAGGED = ChangeType.of("wiki", "retagged");
    public static final ChangeType PAGE_RESTORED = ChangeType.of("wiki", "restored");
    public static final ChangeType PAGE_RERENDERED = ChangeType.of("wiki", "rerendered");

    private WikiChanges() {
    }
}

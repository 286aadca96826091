package be.atrium.documents;

import be.atrium.platform.outbox.ChangeType;

/** The outbox changes of the document library (search reads them). */
public final class DocumentChanges {

    public static final ChangeType CREATED = ChangeType.of("document", "created");
    public static final ChangeType EDITED = ChangeType.of("document", "edited");
    public static final ChangeType VERSIONED = ChangeType.of("document", "versioned");
    public static final ChangeType BINNED = ChangeType.of("document", "binned");
    public static final ChangeType RESTORED = ChangeType.of("document", "restored");
    public static final ChangeType DELETED = ChangeType.of("document", "deleted");
    public static final ChangeType TEXT = ChangeType.of("document", "file-text");

    private DocumentChanges() {
    }
}

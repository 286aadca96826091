package be.atrium.practice;

import be.atrium.platform.outbox.ChangeType;

/** The changes of practice cases recorded in the outbox. */
public final class PracticeChanges {

    public static final ChangeType CASE_CREATED = ChangeType.of("practice", "created");
    public static final ChangeType CASE_EDITED = ChangeType.of("practice", "edited");
    public static final ChangeType CASE_DELETED = ChangeType.of("practice", "deleted");
    public static final ChangeType CASE_HIGHLIGHTED = ChangeType.of("practice", "highlighted");
    public static final ChangeType CASE_UNHIGHLIGHTED = ChangeType.of("practice", "unhighlighted");

    private PracticeChanges() {
    }
}

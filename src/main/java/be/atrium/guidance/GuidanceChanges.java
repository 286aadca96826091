package be.atrium.guidance;

import be.atrium.platform.outbox.ChangeType;

/** The changes of guidance recorded in the outbox. */
public final class GuidanceChanges {

    public static final ChangeType GUIDANCE_CREATED = ChangeType.of("guidance", "created");
    public static final ChangeType GUIDANCE_EDITED = ChangeType.of("guidance", "edited");
    public static final ChangeType GUIDANCE_PUBLISHED = ChangeType.of("guidance", "published");
    public static final ChangeType GUIDANCE_SUPERSEDED = ChangeType.of("guidance", "superseded");
    public static final ChangeType GUIDANCE_WITHDRAWN = ChangeType.of("guidance", "withdrawn");

    private GuidanceChanges() {
    }
}

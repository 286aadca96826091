package be.atrium.network;

import be.atrium.platform.outbox.ChangeType;

/** The changes of the network recorded in the outbox: Atria and their members (on the Atrium), mergers (on the municipality that merged). */
public final class NetworkChanges {

    public static final ChangeType ATRIUM_CREATED = ChangeType.of("atrium", "created");
    public static final ChangeType ATRIUM_UPDATED = ChangeType.of("atrium", "updated");
    public static final ChangeType ATRIUM_MEMBERS_ONLY = ChangeType.of("atrium", "members-only");
    public static final ChangeType ATRIUM_OPENED = ChangeType.of("atrium", "opened");
    public static final ChangeType ATRIUM_DELETED = ChangeType.of("atrium", "deleted");
    public static final ChangeType MEMBER_ADDED = ChangeType.of("atrium", "member-added");
    public static final ChangeType MEMBER_ROLE_CHANGED = ChangeType.of("atrium", "member-changed");
    public static final ChangeType MEMBER_REMOVED = ChangeType.of("atrium", "member-removed");
    public static final ChangeType MUNICIPALITY_MERGED = ChangeType.of("organisation", "merged");

    private NetworkChanges() {
    }
}

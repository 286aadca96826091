package be.atrium.network;

/**
 * An Atrium as one viewer sees it in a list: counts, the viewer's role, what the viewer may do.
 * A class with getters (not a record) so Jakarta EL can display it.
 */
public class AtriumView {
    private final Atrium atrium;
    private final long members;
    private final long municipalities;
    private final MembershipRole viewerRole;
    private final boolean moderator;

    public AtriumView(Atrium atrium, long members, long municipalities, MembershipRole viewerRole, boolean moderator) {
        this.atrium = atrium;
        this.members = members;
        this.municipalities = municipalities;
        this.viewerRole = viewerRole;
        this.moderator = moderator;
    }

    public Atrium getAtrium() {
        return atrium;
    }

    public long getMembers() {
        return members;
    }

    public long getMunicipalities() {
        return municipalities;
    }

    /** The viewer's role in the Atrium, or null when not a member. */
    public MembershipRole getViewerRole() {
        return viewerRole;
    }

    public boolean isMember() {
        return viewerRole != null;
    }

    /** May the viewer moderate this Atrium (as moderator, relationship manager or administrator)? */
    public boolean isModerator() {
        return moderator;
    }
}

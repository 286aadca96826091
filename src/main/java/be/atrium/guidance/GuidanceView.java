package be.atrium.guidance;

import be.atrium.network.Atrium;
import be.atrium.organisation.GovernmentLevel;

import java.util.List;

/**
 * One piece of guidance as a viewer sees it: what the viewer may do with it, whether the viewer
 * read it, what replaced it (the end of its supersede chain) and what it replaced. A class with
 * getters so Jakarta EL can show it.
 */
public final class GuidanceView {

    private final Guidance guidance;
    private final boolean manageable;
    private final boolean inAudience;
    private final boolean read;
    private final boolean receiptsVisible;
    private final Guidance current;
    private final List<Guidance> supersedes;
    private final List<Atrium> audienceAtria;
    private final List<GovernmentLevel> audienceLevels;

    public GuidanceView(Guidance guidance, boolean manageable, boolean inAudience, boolean read,
                        boolean receiptsVisible, Guidance current, List<Guidance> supersedes,
                        List<Atrium> audienceAtria, List<GovernmentLevel> audienceLevels) {
        this.guidance = guidance;
        this.manageable = manageable;
        this.inAudience = inAudience;
        this.read = read;
        this.receiptsVisible = receiptsVisible;
        this.current = current;
        this.supersedes = List.copyOf(supersedes);
        this.audienceAtria = List.copyOf(audienceAtria);
        this.audienceLevels = List.copyOf(audienceLevels);
    }

    public Guidance getGuidance() {
        return guidance;
    }

    /** The viewer is a publisher of its organisation or an administrator. */
    public boolean isManageable() {
        return manageable;
    }

    public boolean isInAudience() {
        return inAudience;
    }

    public boolean isRead() {
        return read;
    }

    /** The viewer may mark it as read: in the audience, not yet read, and not a draft. */
    public boolean isMarkable() {
        return inAudience && !read && guidance.getStatus() != GuidanceStatus.DRAFT;
    }

    public boolean isReceiptsVisible() {
        return receiptsVisible;
    }

    /** What is in force in its place: the end of the supersede chain (itself when never superseded). */
    public Guidance getCurrent() {
        return current;
    }

    /** Superseded, and the guidance in force now is another than the direct successor. */
    public boolean isChainLonger() {
        return guidance.getSupersededById() != null && current != null
                && !current.getId().equals(guidance.getSupersededById());
    }

    public List<Guidance> getSupersedes() {
        return supersedes;
    }

    public List<Atrium> getAudienceAtria() {
        return audienceAtria;
    }

    public List<GovernmentLevel> getAudienceLevels() {
        return audienceLevels;
    }

    public boolean isEditable() {
        return manageable && guidance.getStatus() == GuidanceStatus.DRAFT;
    }

    public boolean isPublishable() {
        return manageable && guidance.getStatus() == GuidanceStatus.DRAFT;
    }

    public boolean isSupersedable() {
        return manageable && guidance.getStatus() == GuidanceStatus.PUBLISHED;
    }

    public boolean isWithdrawable() {
        return manageable && guidance.getStatus() == GuidanceStatus.PUBLISHED;
    }
}

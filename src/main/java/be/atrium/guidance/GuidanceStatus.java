package be.atrium.guidance;

/**
 * Life cycle of a publication: a DRAFT is seen only by its publishers; PUBLISHED guidance reaches
 * its audience; SUPERSEDED (by newer published guidance) and WITHDRAWN (with a reason) stay readable
 * and clearly marked. Only DRAFT -> PUBLISHED, PUBLISHED -> SUPERSEDED and PUBLISHED -> WITHDRAWN.
 */
public enum GuidanceStatus {
    DRAFT, PUBLISHED, SUPERSEDED, WITHDRAWN;

    /** No longer in force: kept for reference, pointing to what replaces it. */
    public boolean isRetired() {
        return this == SUPERSEDED || this == WITHDRAWN;
    }
}

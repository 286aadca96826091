package be.atrium.notify.relations;

import be.atrium.network.OntvoogdingRow;

import java.time.Instant;

/**
 * What a relationship manager follows of one municipality or one Atrium: open questions by age,
 * escalations still without an accepted answer, flags waiting, how much of the guidance in force
 * its people marked as read, when it was last active and, for a municipality, where it stands on
 * the ontvoogding conditions.
 *
 * @param id             the municipality's or the Atrium's id
 * @param slug           the Atrium's slug; null for a municipality
 * @param openThisWeek   open questions 0-7 days old
 * @param openThisMonth  open questions 8-30 days old
 * @param openOlder      open questions more than 30 days old
 * @param escalations    questions escalated to an expert board without an accepted answer yet
 * @param flagsWaiting   flags no moderator decided on yet
 * @param guidanceRead   read receipts of guidance in force by its people
 * @param guidanceToRead guidance in force times its people: every receipt there could be
 * @param lastActivity   the latest post (municipality) or thread activity (Atrium); null when none
 * @param ontvoogding    the municipality's conditions; null for an Atrium
 */
public record Figures(long id, String name, String slug, long openThisWeek, long openThisMonth, long openOlder,
                      long escalations, long flagsWaiting, long guidanceRead, long guidanceToRead,
                      Instant lastActivity, OntvoogdingRow ontvoogding) {

    public long open() {
        return openThisWeek + openThisMonth + openOlder;
    }

    /** Percentage of the possible read receipts, rounded; 0 when nothing is to be read. */
    public int guidanceReadPercent() {
        return guidanceToRead == 0 ? 0 : (int) Math.round(100.0 * guidanceRead / guidanceToRead);
    }

    /** Conditions met, for a municipality; -1 for an Atrium. */
    public long conditionsMet() {
        return ontvoogding == null ? -1 : ontvoogding.getMetCount();
    }

    public boolean isMunicipality() {
        return ontvoogding != null;
    }
}

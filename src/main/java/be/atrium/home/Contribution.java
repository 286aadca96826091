package be.atrium.home;

import java.time.Instant;

/**
 * One thing a person wrote, as their person page lists it: what it is called, where it lives
 * (a board or an Atrium; null for network-wide), when, and where the link leads.
 * {@code accepted}: an answer that the asker (or a moderator) accepted.
 */
public record Contribution(String title, String place, Instant at, String outcome, long id, String fragment,
                           boolean accepted) {

    public String getTitle() {
        return title;
    }

    public String getPlace() {
        return place;
    }

    public Instant getAt() {
        return at;
    }

    /** The page the link leads to, as a JSF outcome ({@code /discussion/thread}). */
    public String getOutcome() {
        return outcome;
    }

    public long getId() {
        return id;
    }

    /** The part of the page to go to ({@code post-12}), or null. */
    public String getFragment() {
        return fragment;
    }

    public boolean isAccepted() {
        return accepted;
    }
}

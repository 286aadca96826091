package be.atrium.meetings;

import be.atrium.identity.Account;
import be.atrium.identity.PersonalFeedSecret;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** An account's personal calendar feed of the meetings of its Atria ({@link PersonalFeedSecret}). */
@Entity
@Table(name = "meeting_calendar_feed")
public class CalendarFeed extends PersonalFeedSecret {

    protected CalendarFeed() {
    }

    public CalendarFeed(Account account, String tokenHash, Instant createdAt) {
        super(account, tokenHash, createdAt);
    }
}

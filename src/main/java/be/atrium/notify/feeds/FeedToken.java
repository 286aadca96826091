package be.atrium.notify.feeds;

import be.atrium.identity.Account;
import be.atrium.identity.PersonalFeedSecret;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** An account's personal Atom feed token, for the members-only content it may see ({@link PersonalFeedSecret}). */
@Entity
@Table(name = "feed_token")
@NamedQuery(name = "FeedToken.byHash", query = "SELECT f FROM FeedToken f JOIN FETCH f.account WHERE f.tokenHash = :hash")
public class FeedToken extends PersonalFeedSecret {

    protected FeedToken() {
    }

    public FeedToken(Account account, String tokenHash, Instant createdAt) {
        super(account, tokenHash, createdAt);
    }
}

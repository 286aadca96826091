package be.atrium.notify.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import be.atrium.identity.Account;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** What mail people want: their own choice on the preferences page, or one click in a mail. */
@ApplicationScoped
public class MailPreferences {

    @Inject
    MailRepository repository;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    Clock clock;

    /** The viewer's preference (the defaults when they never chose). */
    @Transactional
    public MailPreference of(Account viewer) {
        long id = viewer.getId();
        return repository.preference(id).orElseGet(() -> MailPreference.defaults(id, clock.instant()));
    }

    @Transactional
    public MailPreference choose(Account viewer, boolean immediate, DigestFrequency digest) {
        Objects.requireNonNull(digest, "digest");
        MailPreference p = stored(viewer.getId());
        p.choose(immediate, digest, clock.instant());
        return p;
    }

    /** What a link's token would stop, if it is genuine and current (nothing changes). */
    public Optional<UnsubscribeTokens.Claim> check(String token) {
        return tokens.verify(token);
    }

    /**
     * Stops what a genuine, current token names, without a login (the link in a mail, RFC 8058).
     * Empty for a token that is not genuine or has expired; doing it twice is harmless.
     */
    @Transactional
    public Optional<UnsubscribeTokens.Claim> unsubscribe(String token) {
        Optional<UnsubscribeTokens.Claim> claim = tokens.verify(token);
        claim.ifPresent(c -> {
            if (repository.accountExists(c.accountId())) {
                stored(c.accountId()).stop(c.scope(), clock.instant());
            }
        });
        return claim;
    }

    /** The stored row, made with the defaults first when there is none. */
    MailPreference stored(long accountId) {
        return repository.preference(accountId).orElseGet(() -> {
            MailPreference p = MailPreference.defaults(accountId, clock.instant());
            repository.add(p);
            return p;
        });
    }
}

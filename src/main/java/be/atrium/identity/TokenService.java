package be.atrium.identity;

import be.atrium.platform.AuditLog;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens: made, listed and revoked by their owner (audited, with the client
 * address); checked on every API call.
 */
@ApplicationScoped
@Transactional
public class TokenService {

    static final String PREFIX = "atr_";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** A token just made: its secret value is shown once and never stored. */
    public record IssuedToken(AccessToken token, String value) {
        public String getValue() {
            return value;
        }

        public String getName() {
            return token.getName();
        }
    }

    public IssuedToken create(Account owner, String name) {
        String value = Secrets.create(PREFIX);
        AccessToken token = new AccessToken(em.merge(owner), name, hash(value), clock.instant());
        em.persist(token);
        audit.record(owner.getUsername(), "token.create", owner.getUsername(), token.getName());
        return new IssuedToken(token, value);
    }

    /** Registers a value chosen elsewhere (the bootstrap admin token) unless already known. */
    void register(Account owner, String name, String value) {
        if (findActive(value).isEmpty()) {
            em.persist(new AccessToken(em.merge(owner), name, hash(value), clock.instant()));
        }
    }

    public List<AccessToken> activeTokens(Account owner) {
        return em.createNamedQuery("AccessToken.ofAccount", AccessToken.class)
                .setParameter("account", owner).getResultList();
    }

    public void revoke(Account owner, long tokenId) {
        AccessToken token = em.find(AccessToken.class, tokenId);
        if (token == null || !token.getAccount().getId().equals(owner.getId())) {
            throw new NotFoundException("token " + tokenId);
        }
        token.revoke(clock.instant());
        audit.record(owner.getUsername(), "token.revoke", owner.getUsername(), token.getName());
    }

    /** Revokes every active token of the owner (asked after a password change); how many. */
    public int revokeAll(Account owner) {
        int revoked = em.createQuery("UPDATE AccessToken t SET t.revokedAt = :now WHERE t.account.id = :owner "
                        + "AND t.revokedAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("owner", owner.getId()).executeUpdate();
        audit.record(owner.getUsername(), "token.revokeAll", owner.getUsername(), revoked + " tokens");
        return revoked;
    }

    /** The account a token belongs to, if the token is active and its account may authenticate. */
    public Optional<Account> authenticate(String value) {
        Optional<AccessToken> token = findActive(value);
        token.ifPresent(t -> {
            // Record use at most once a minute, to keep API calls from writing on every request.
            if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(clock.instant().minusSeconds(60))) {
                t.used(clock.instant());
            }
        });
        return token.map(AccessToken::getAccount).filter(Account::canAuthenticate);
    }

    private Optional<AccessToken> findActive(String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            return Optional.empty();
        }
        return em.createNamedQuery("AccessToken.byHash", AccessToken.class)
                .setParameter("hash", hash(value.strip()))
                .getResultStream().filter(AccessToken::isActive).findFirst();
    }

    static String hash(String value) {
        return Secrets.hash(value);
    }
}

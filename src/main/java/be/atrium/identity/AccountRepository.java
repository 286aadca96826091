package be.atrium.identity;

import be.atrium.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Queries on accounts; changes go through {@link AccountService}. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    EntityManager em;

    /** The accounts of many usernames in one query (those that exist). */
    public List<Account> findByUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Account a LEFT JOIN FETCH a.organisation WHERE a.username IN :names",
                Account.class).setParameter("names", usernames).getResultList();
    }

    public Optional<Account> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", username.strip())
                .getResultStream().findFirst();
    }

    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** Accounts whose username, name or email contains {@code text}; all when blank. */
    public List<Account> search(String text, int offset, int limit) {
        var query = text == null || text.isBlank()
                ? em.createNamedQuery("Account.all", Account.class)
                : em.createNamedQuery("Account.search", Account.class)
                .setParameter("q", "%" + text.strip().toLowerCase() + "%");
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count() {
        return em.createNamedQuery("Account.countAll", Long.class).getSingleResult();
    }

    /** How many accounts {@link #search} finds for {@code text}, over all pages. */
    public long count(String text) {
        if (text == null || text.isBlank()) {
            return count();
        }
        return em.createNamedQuery("Account.countSearch", Long.class)
                .setParameter("q", "%" + text.strip().toLowerCase() + "%").getSingleResult();
    }

    /** The municipalities a relationship manager coaches, by name. */
    public List<Organisation> managedMunicipalities(long accountId) {
        return em.createNamedQuery("Account.managedMunicipalities", Organisation.class)
                .setParameter("id", accountId).getResultList();
    }

    public List<Account> ofOrganisation(Organisation organisation) {
        return em.createNamedQuery("Account.ofOrganisation", Account.class)
                .setParameter("organisation", organisation).getResultList();
    }

    public List<Account> managersOf(Organisation municipality) {
        return em.createNamedQuery("Account.managersOf", Account.class)
                .setParameter("municipality", municipality).getResultList();
    }
}

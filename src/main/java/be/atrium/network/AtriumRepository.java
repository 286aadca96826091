package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries on Atria and memberships. */
@ApplicationScoped
public class AtriumRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Atrium> findBySlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Atrium.bySlug", Atrium.class).setParameter("slug", slug.strip())
                .getResultStream().findFirst();
    }

    public List<Atrium> all() {
        return em.createNamedQuery("Atrium.all", Atrium.class).getResultList();
    }

    public Optional<Membership> membership(Atrium atrium, Account account) {
        if (account == null || account.getId() == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Membership.find", Membership.class)
                .setParameter("atrium", atrium).setParameter("account", account)
                .getResultStream().findFirst();
    }

    /** The account's memberships, keyed by Atrium id, in one query. */
    public Map<Long, Membership> membershipsOf(Account account) {
        Map<Long, Membership> byAtrium = new HashMap<>();
        if (account == null || account.getId() == null) {
            return byAtrium;
        }
        for (Membership m : em.createNamedQuery("Membership.ofAccount", Membership.class)
                .setParameter("account", account).getResultList()) {
            byAtrium.put(m.getAtrium().getId(), m);
        }
        return byAtrium;
    }

    public List<Membership> members(Atrium atrium) {
        return em.createNamedQuery("Membership.ofAtrium", Membership.class)
                .setParameter("atrium", atrium).getResultList();
    }

    /** Number of members per Atrium id, in one query. */
    public Map<Long, Long> memberCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery("Membership.countByAtrium", Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Number of municipalities per Atrium id, in one query. */
    public Map<Long, Long> municipalityCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.id, COUNT(m) FROM Atrium a JOIN a.municipalities m GROUP BY a.id",
                Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Ids of the Atria covering a municipality that a relationship manager coaches, in one query. */
    public java.util.Set<Long> managedAtriumIds(Account account) {
        if (account == null || account.getId() == null || !account.isRelationshipManager()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(em.createQuery("SELECT DISTINCT a.id FROM Atrium a JOIN a.municipalities m, "
                        + "Account acc JOIN acc.managedMunicipalities mm WHERE acc = :account AND mm = m", Long.class)
                .setParameter("account", account).getResultList());
    }

    public List<Atrium> covering(Organisation municipality) {
        return em.createNamedQuery("Atrium.coveringMunicipality", Atrium.class)
                .setParameter("municipality", municipality).getResultList();
    }

    /** Ids of the Atria open to the whole network (for the reach model only). */
    List<Long> openAtriumIds() {
        return em.createQuery("SELECT a.id FROM Atrium a WHERE a.membersOnly = FALSE", Long.class).getResultList();
    }
}

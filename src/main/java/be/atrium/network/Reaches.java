package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.identity.AccountChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes an account's {@link Reach} at most once per request and account; it reads the account's
 * memberships and the Atria of the municipalities it coaches (two queries) when first needed. A change of memberships,
 * of an account's role or coached municipalities, or of Atria forgets what the request had
 * computed, so a page that changes a membership and then reads sees the new reach.
 */
@ApplicationScoped
public class Reaches {

    @Inject
    AtriumRepository atria;

    @Inject
    PerRequest perRequest;

    public Reach of(Account account) {
        if (account == null || account.getId() == null) {
            return Reach.nobody();
        }
        try {
            return perRequest.get(account.getId(), id -> compute(account));
        } catch (ContextNotActiveException e) {
            return compute(account);
        }
    }

    /**
     * The ids of every Atrium whose content the account may see: those open to the network and
     * its own; null for administrators, who see every Atrium. For filters outside the database
     * (the search index), where {@link Reach#atriumVisible} cannot be used.
     */
    public Set<Long> visibleAtriumIds(Account account) {
        Reach reach = of(account);
        if (reach.seesEverything()) {
            return null;
        }
        if (!reach.isSignedIn()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>(atria.openAtriumIds());
        ids.addAll(reach.ownAtria());
        return ids;
    }

    private Reach compute(Account account) {
        return Reach.of(account, () -> {
            Map<Long, MembershipRole> roles = new HashMap<>();
            atria.membershipsOf(account).forEach((atriumId, m) -> roles.put(atriumId, m.getRole()));
            return roles;
        }, () -> atria.managedAtriumIds(account));
    }

    /** The reaches computed in this request, by account id. */
    @RequestScoped
    public static class PerRequest {

        private final Map<Long, Reach> byAccount = new HashMap<>();

        Reach get(long accountId, Function<Long, Reach> compute) {
            Reach reach = byAccount.get(accountId);
            if (reach == null) {
                reach = compute.apply(accountId);
                byAccount.put(accountId, reach);
            }
            return reach;
        }

        void forget() {
            byAccount.clear();
        }

        void onMembership(@Observes(notifyObserver = Reception.IF_EXISTS) MembershipChanged event) {
            forget();
        }

        void onAccount(@Observes(notifyObserver = Reception.IF_EXISTS) AccountChanged event) {
            forget();
        }

        void onAtrium(@Observes(notifyObserver = Reception.IF_EXISTS) AtriumChanged event) {
            forget();
        }
    }
}

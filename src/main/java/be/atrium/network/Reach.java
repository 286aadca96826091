package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.platform.NotFoundException;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What one account may see and moderate in the network: the one place where Atrium visibility
 * is decided. Every capability asks it (boards, wiki, guidance, practice, knowledge links, and
 * search, which turns {@link #atriumVisible} into its filter), so nothing decides on its own.
 * <ul>
 * <li>Content without an Atrium (network-wide) is visible to every signed-in account.</li>
 * <li>An Atrium open to the network is visible to every signed-in account; a member-only Atrium
 * only to its members, to the relationship managers of its municipalities and to
 * administrators (to others it does not exist).</li>
 * <li>An Atrium's moderators are its members with the moderator role, the relationship
 * managers of its municipalities, and administrators; network-wide content is moderated by
 * relationship managers and administrators.</li>
 * </ul>
 * Made at most once per request by {@link Reaches}; the account's memberships are read the first
 * time a question needs them (an administrator, an open Atrium or network-wide content need none).
 */
public final class Reach {

    private static final Reach NOBODY = new Reach(null, false, false, Map::of, Set::of);
    private static final Reach PUBLIC = new Reach(null, false, false, Map::of, Set::of);

    private final Long accountId;
    private final boolean administrator;
    private final boolean relationshipManager;
    private final Supplier<Map<Long, MembershipRole>> loadMemberships;
    private final Supplier<Set<Long>> loadCoached;
    private Map<Long, MembershipRole> memberships;
    private Set<Long> coached;

    private Reach(Long accountId, boolean administrator, boolean relationshipManager,
                  Supplier<Map<Long, MembershipRole>> memberships, Supplier<Set<Long>> coached) {
        this.accountId = accountId;
        this.administrator = administrator;
        this.relationshipManager = relationshipManager;
        this.loadMemberships = memberships;
        this.loadCoached = coached;
    }

    /**
     * @param memberships the account's roles by Atrium id
     * @param coached     ids of the Atria covering a municipality the account coaches as relationship manager
     */
    public static Reach of(Account account, Map<Long, MembershipRole> memberships, Set<Long> coached) {
        return of(account, () -> memberships, () -> coached);
    }

    /** As {@link #of(Account, Map, Set)}, reading memberships and coached Atria only when a question needs them. */
    public static Reach of(Account account, Supplier<Map<Long, MembershipRole>> memberships,
                           Supplier<Set<Long>> coached) {
        if (account == null) {
            return NOBODY;
        }
        return new Reach(account.getId(), account.isAdministrator(), account.isRelationshipManager(), memberships,
                account.isRelationshipManager() ? coached : Set::of);
    }

    private synchronized Map<Long, MembershipRole> memberships() {
        if (memberships == null) {
            memberships = Map.copyOf(loadMemberships.get());
        }
        return memberships;
    }

    private synchronized Set<Long> coached() {
        if (coached == null) {
            coached = Set.copyOf(loadCoached.get());
        }
        return coached;
    }

    /** The reach of nobody (not signed in): nothing is visible. */
    public static Reach nobody() {
        return NOBODY;
    }

    /**
     * The reach of what is open to everyone, without signing in: network-wide content and
     * Atria open to the network (for Atom feeds read without a personal token).
     */
    public static Reach everyone() {
        return PUBLIC;
    }

    public boolean isSignedIn() {
        return accountId != null;
    }

    /** Administrators see every Atrium; queries need no filter for them. */
    public boolean seesEverything() {
        return administrator;
    }

    /** Whether the Atrium exists for this account; null (network-wide) is visible to everyone signed in. */
    public boolean canSee(Atrium atrium) {
        if (!isSignedIn()) {
            return this == PUBLIC && (atrium == null || !atrium.isMembersOnly());
        }
        return atrium == null || !atrium.isMembersOnly() || administrator || memberships().containsKey(atrium.getId())
                || coached().contains(atrium.getId());
    }

    /** Whether this account moderates the Atrium; null: network-wide content (relationship managers, administrators). */
    public boolean canModerate(Atrium atrium) {
        if (!isSignedIn()) {
            return false;
        }
        if (administrator) {
            return true;
        }
        if (atrium == null) {
            return relationshipManager;
        }
        return memberships().get(atrium.getId()) == MembershipRole.MODERATOR || coached().contains(atrium.getId());
    }

    /**
     * For content of an Atrium: not found when the Atrium does not exist for this account;
     * otherwise whether the account moderates it.
     */
    public boolean requireVisible(Atrium atrium) {
        if (!canSee(atrium)) {
            throw new NotFoundException("atrium " + atrium.getSlug());
        }
        return canModerate(atrium);
    }

    public boolean isMember(Atrium atrium) {
        return atrium != null && memberships().containsKey(atrium.getId());
    }

    /** The role in the Atrium, or null when not a member. */
    public MembershipRole roleIn(Atrium atrium) {
        return atrium == null ? null : memberships().get(atrium.getId());
    }

    /** Ids of the Atria the account is a member of (for audiences: "guidance for my Atria"). */
    public Set<Long> memberAtria() {
        return Collections.unmodifiableSet(memberships().keySet());
    }

    /** Ids of the Atria the account belongs to or coaches: every member-only Atrium it sees (administrators: all). */
    public Set<Long> ownAtria() {
        Set<Long> own = new HashSet<>(memberships().keySet());
        own.addAll(coached());
        return own;
    }

    /**
     * A JPQL condition that holds when the Atrium at {@code alias} (a LEFT JOIN; null for
     * network-wide content) is visible to this account. Bind its parameter with {@link #bind}.
     * The same rule as {@link #canSee}, stated for a query, so lists, counts and facets are
     * filtered inside the database and never afterwards.
     */
    public String atriumVisible(String alias) {
        if (!isSignedIn()) {
            return this == PUBLIC ? "(" + alias + " IS NULL OR " + alias + ".membersOnly = FALSE)" : "1 = 0";
        }
        if (administrator) {
            return "1 = 1";
        }
        return "(" + alias + " IS NULL OR " + alias + ".membersOnly = FALSE OR " + alias + ".id IN :reachAtria)";
    }

    /** Binds the parameter of {@link #atriumVisible} (if the query uses it). */
    public void bind(Query query) {
        if (isSignedIn() && !administrator) {
            query.setParameter("reachAtria", atriaParameter());
        }
    }

    /** {@link #ownAtria()} as a query parameter: never empty (an empty IN list is not valid JPQL). */
    public List<Long> atriaParameter() {
        List<Long> ids = new ArrayList<>(ownAtria());
        if (ids.isEmpty()) {
            ids.add(-1L);
        }
        return ids;
    }
}

package be.atrium.network;

import be.atrium.identity.Account;

/**
 * Who may see and who may moderate an Atrium. One place for the rule, used by pages, API and
 * (later) search filters alike:
 * <ul>
 * <li>an Atrium open to the network is visible to every signed-in account; a member-only
 * Atrium only to its members, to the relationship managers of its municipalities and to
 * administrators (to others it does not exist);</li>
 * <li>moderators are the members with the moderator role, the relationship managers of
 * its municipalities, and administrators.</li>
 * </ul>
 */
public final class AtriumAccess {

    private AtriumAccess() {
    }

    /**
     * @param membership the account's membership of the Atrium, or null
     * @param managed    whether the account is a relationship manager of one of the Atrium's municipalities
     */
    public static boolean canSee(Account account, Atrium atrium, Membership membership, boolean managed) {
        if (account == null) {
            return false;
        }
        return !atrium.isMembersOnly() || membership != null || account.isAdministrator()
                || managed && account.isRelationshipManager();
    }

    public static boolean canModerate(Account account, Atrium atrium, Membership membership, boolean managed) {
        if (account == null) {
            return false;
        }
        return account.isAdministrator() || membership != null && membership.isModerator()
                || managed && account.isRelationshipManager();
    }
}

package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.organisation.Organisation;

import java.util.List;

/**
 * What a merger of {@code source} into {@code target} will move, shown before the administrator
 * confirms: the accounts, the Atria that cover the source and its relationship managers.
 */
public class MergePreview {
    private final Organisation source;
    private final Organisation target;
    private final long accounts;
    private final List<Atrium> atria;
    private final List<Account> relationshipManagers;

    public MergePreview(Organisation source, Organisation target, long accounts, List<Atrium> atria,
                        List<Account> relationshipManagers) {
        this.source = source;
        this.target = target;
        this.accounts = accounts;
        this.atria = atria;
        this.relationshipManagers = relationshipManagers;
    }

    public Organisation getSource() {
        return source;
    }

    public Organisation getTarget() {
        return target;
    }

    public long getAccounts() {
        return accounts;
    }

    public List<Atrium> getAtria() {
        return atria;
    }

    public List<Account> getRelationshipManagers() {
        return relationshipManagers;
    }
}

package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.organisation.Organisation;

import java.util.List;

/**
 * Everything the Atrium page shows to one viewer, read in one transaction: the Atrium as the
 * viewer sees it, its members, the relationship managers of its municipalities and the
 * municipalities it covers (by name).
 */
public class AtriumDetail {
    private final AtriumView view;
    private final List<Membership> members;
    private final List<Account> relationshipManagers;
    private final List<Organisation> municipalities;

    public AtriumDetail(AtriumView view, List<Membership> members, List<Account> relationshipManagers,
                        List<Organisation> municipalities) {
        this.view = view;
        this.members = members;
        this.relationshipManagers = relationshipManagers;
        this.municipalities = municipalities;
    }

    public AtriumView getView() {
        return view;
    }

    public Atrium getAtrium() {
        return view.getAtrium();
    }

    public List<Membership> getMembers() {
        return members;
    }

    public List<Account> getRelationshipManagers() {
        return relationshipManagers;
    }

    public List<Organisation> getMunicipalities() {
        return municipalities;
    }
}

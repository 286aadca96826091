package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.organisation.Organisation;

import java.util.List;

/**
 * One organisation as a viewer sees it: where it stands after mergers, who works there, which
 * of the Atria the viewer may see cover it, who coaches it and (for a province) its municipalities.
 */
public class OrganisationDetail {
    private final Organisation organisation;
    private final List<Organisation> mergedFrom;
    private final List<Account> members;
    private final List<Atrium> atria;
    private final List<Account> relationshipManagers;
    private final List<Organisation> municipalities;

    public OrganisationDetail(Organisation organisation, List<Organisation> mergedFrom, List<Account> members,
                              List<Atrium> atria, List<Account> relationshipManagers,
                              List<Organisation> municipalities) {
        this.organisation = organisation;
        this.mergedFrom = mergedFrom;
        this.members = members;
        this.atria = atria;
        this.relationshipManagers = relationshipManagers;
        this.municipalities = municipalities;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    /** The municipalities that merged into this one. */
    public List<Organisation> getMergedFrom() {
        return mergedFrom;
    }

    public List<Account> getMembers() {
        return members;
    }

    /** The Atria covering this municipality that the viewer may see. */
    public List<Atrium> getAtria() {
        return atria;
    }

    public List<Account> getRelationshipManagers() {
        return relationshipManagers;
    }

    /** For a province: its existing municipalities. */
    public List<Organisation> getMunicipalities() {
        return municipalities;
    }
}

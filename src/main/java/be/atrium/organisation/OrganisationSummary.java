package be.atrium.organisation;

/** An organisation in the administrators' list, with the number of accounts it holds. */
public class OrganisationSummary {
    private final Organisation organisation;
    private final long accounts;

    public OrganisationSummary(Organisation organisation, long accounts) {
        this.organisation = organisation;
        this.accounts = accounts;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public long getAccounts() {
        return accounts;
    }
}

package be.atrium.network.web;

import be.atrium.identity.CurrentUser;
import be.atrium.network.NetworkService;
import be.atrium.network.OntvoogdingRow;
import be.atrium.network.OntvoogdingService;
import be.atrium.network.OrganisationDetail;
import be.atrium.network.OrganisationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** One organisation: its place after mergers, its people, Atria, relationship managers and ontvoogding. */
@Named
@RequestScoped
public class OrganisationPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkService network;

    @Inject
    OrganisationService organisationService;

    @Inject
    OntvoogdingService ontvoogding;

    private String id;
    private OrganisationDetail detail;
    private OntvoogdingRow row;
    private List<ConditionLine> conditions;
    private boolean mayEdit;

    public void load() {
        long organisationId = Ids.parse(id);
        detail = organisationService.organisationDetail(currentUser.get(), organisationId);
        if (detail.getOrganisation().isMunicipality()) {
            row = ontvoogding.row(organisationId);
            conditions = ConditionLine.of(row);
            mayEdit = !detail.getOrganisation().isMerged() && ontvoogding.mayEdit(currentUser.get(), organisationId);
        }
    }

    public OrganisationDetail getDetail() {
        return detail;
    }

    /** The day of the merger on the Brussels calendar, for display. */
    public java.time.LocalDate getMergedOn() {
        java.time.Instant at = detail == null ? null : detail.getOrganisation().getMergedAt();
        return at == null ? null : java.time.LocalDate.ofInstant(at, java.time.ZoneId.of("Europe/Brussels"));
    }

    public OntvoogdingRow getRow() {
        return row;
    }

    public List<ConditionLine> getConditions() {
        return conditions;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

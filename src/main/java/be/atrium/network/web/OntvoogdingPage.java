package be.atrium.network.web;

import be.atrium.identity.CurrentUser;
import be.atrium.network.ConditionKind;
import be.atrium.network.NetworkService;
import be.atrium.network.OntvoogdingGroup;
import be.atrium.network.OntvoogdingRow;
import be.atrium.network.OntvoogdingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which municipalities are autonomous ("ontvoogd"), per province or per Atrium. Relationship
 * managers can narrow the overview to the municipalities they coach.
 */
@Named
@RequestScoped
public class OntvoogdingPage {

    public static final String BY_ATRIUM = "atrium";

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkService network;

    @Inject
    OntvoogdingService ontvoogding;

    private String by;
    private boolean mine;
    private List<OntvoogdingGroup> groups;
    private Set<Long> managed;

    public List<OntvoogdingGroup> getGroups() {
        if (groups == null) {
            List<OntvoogdingGroup> all = isByAtrium()
                    ? ontvoogding.byAtrium(network.visibleAtria(currentUser.get()))
                    : ontvoogding.byProvince();
            if (isMineActive()) {
                List<OntvoogdingGroup> narrowed = new ArrayList<>();
                for (OntvoogdingGroup g : all) {
                    List<OntvoogdingRow> rows = g.getRows().stream()
                            .filter(r -> managed().contains(r.getMunicipality().getId())).toList();
                    if (!rows.isEmpty()) {
                        narrowed.add(new OntvoogdingGroup(g.getName(), g.getSlug(), rows));
                    }
                }
                all = narrowed;
            }
            groups = all;
        }
        return groups;
    }

    private Set<Long> managed() {
        if (managed == null) {
            managed = ontvoogding.managedMunicipalityIds(currentUser.get());
        }
        return managed;
    }

    /** Shows the edit link; the service decides again when saving. */
    public boolean mayEdit(OntvoogdingRow row) {
        return currentUser.isAdministrator() || managed().contains(row.getMunicipality().getId());
    }

    public boolean isMineActive() {
        return mine && currentUser.isRelationshipManager();
    }

    public boolean isByAtrium() {
        return BY_ATRIUM.equals(by);
    }

    public ConditionKind[] getKinds() {
        return ConditionKind.values();
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}

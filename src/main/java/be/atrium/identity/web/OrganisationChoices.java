package be.atrium.identity.web;

import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
import be.atrium.organisation.OrganisationRepository;
import be.atrium.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The organisations an administrator can choose from in account forms, grouped by level of
 * government, and the municipalities a relationship manager can coach. Merged municipalities
 * are left out, except the one an account still belongs to (so its form shows the truth).
 */
@ApplicationScoped
public class OrganisationChoices {

    @Inject
    OrganisationRepository organisations;

    public List<SelectItem> assignable(Locale locale, Organisation current) {
        List<SelectItem> groups = new ArrayList<>();
        groups.add(group(locale, GovernmentLevel.FLEMISH, organisations.byLevel(GovernmentLevel.FLEMISH)));
        groups.add(group(locale, GovernmentLevel.PROVINCIAL, organisations.byLevel(GovernmentLevel.PROVINCIAL)));
        List<Organisation> municipalities = new ArrayList<>(organisations.activeMunicipalities());
        if (current != null && current.isMunicipality()
                && municipalities.stream().noneMatch(m -> m.getId().equals(current.getId()))) {
            municipalities.add(0, current);
        }
        groups.add(group(locale, GovernmentLevel.MUNICIPAL, municipalities));
        return groups;
    }

    public List<SelectItem> municipalities() {
        return organisations.activeMunicipalities().stream()
                .map(o -> new SelectItem(o.getId(), o.getName())).toList();
    }

    private static SelectItem group(Locale locale, GovernmentLevel level, List<Organisation> members) {
        SelectItemGroup group = new SelectItemGroup(Messages.text(locale, "level." + level));
        group.setSelectItems(members.stream().map(o -> new SelectItem(o.getId(), o.getName())).toList());
        return group;
    }
}

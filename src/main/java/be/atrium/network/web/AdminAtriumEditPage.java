package be.atrium.network.web;

import be.atrium.identity.CurrentUser;
import be.atrium.network.Atrium;
import be.atrium.network.NetworkService;
import be.atrium.network.OrganisationService;
import be.atrium.organisation.Organisation;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An administrator edits one Atrium: name, description, visibility, province and covered municipalities. */
@Named
@ViewScoped
public class AdminAtriumEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkService network;

    @Inject
    OrganisationService organisationService;

    private String slug;
    private boolean created;
    private String atriumName;
    private String kindName;
    private String name;
    private String description;
    private boolean membersOnly;
    private Long province;
    private List<Long> municipalities = new ArrayList<>();
    private transient List<Organisation> provinces;
    private transient List<Organisation> municipalityOptions;

    public void load() {
        Atrium atrium = network.atriumForEdit(currentUser.get(), slug);
        atriumName = atrium.getName();
        kindName = atrium.getKind().name();
        name = atrium.getName();
        description = atrium.getDescription();
        membersOnly = atrium.isMembersOnly();
        province = atrium.getProvince() == null ? null : atrium.getProvince().getId();
        municipalities = new ArrayList<>(atrium.getMunicipalities().stream()
                .sorted(java.util.Comparator.comparing(Organisation::getName)).map(Organisation::getId).toList());
        if (created) {
            PageMessages.info("admin.atria.created", atriumName);
        }
    }

    public void save() {
        Atrium saved = network.updateAtrium(currentUser.get(), slug, name, description, membersOnly, province,
                municipalities);
        atriumName = saved.getName();
        PageMessages.info("admin.atria.saved", atriumName, municipalities.size());
    }

    public List<Organisation> getProvinces() {
        if (provinces == null) {
            provinces = organisationService.provinces();
        }
        return provinces;
    }

    public List<Organisation> getMunicipalityOptions() {
        if (municipalityOptions == null) {
            municipalityOptions = organisationService.activeMunicipalities();
        }
        return municipalityOptions;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public boolean isCreated() {
        return created;
    }

    public void setCreated(boolean created) {
        this.created = created;
    }

    public String getAtriumName() {
        return atriumName;
    }

    public String getKindName() {
        return kindName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isMembersOnly() {
        return membersOnly;
    }

    public void setMembersOnly(boolean membersOnly) {
        this.membersOnly = membersOnly;
    }

    public Long getProvince() {
        return province;
    }

    public void setProvince(Long province) {
        this.province = province;
    }

    public List<Long> getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(List<Long> municipalities) {
        this.municipalities = municipalities;
    }
}

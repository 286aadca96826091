package be.atrium.network.web;

import be.atrium.identity.CurrentUser;
import be.atrium.network.MergePreview;
import be.atrium.network.MergerService;
import be.atrium.network.NetworkService;
import be.atrium.network.OrganisationService;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
import be.atrium.organisation.OrganisationSummary;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Administrators' view of the organisations: a filterable list by level, a new municipality
 * (e.g. the result of a merger), and merging one municipality into another after a preview of
 * what will move.
 */
@Named
@ViewScoped
public class AdminOrganisationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkService network;

    @Inject
    MergerService mergers;

    @Inject
    OrganisationService organisationService;

    private String level;
    private String q;
    private transient List<OrganisationSummary> all;
    private transient List<Organisation> provinces;
    private transient List<Organisation> municipalities;
    private transient List<String> arrondissements;

    private String name;
    private String nisCode;
    private Long province;
    private String arrondissement;

    private Long source;
    private Long target;
    private Long previewSource;
    private Long previewTarget;
    private transient MergePreview preview;

    public void load() {
        all = organisationService.organisationsForAdministrator(currentUser.get());
    }

    private List<OrganisationSummary> all() {
        if (all == null) {
            load();
        }
        return all;
    }

    public List<OrganisationSummary> getOrganisations() {
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        return all().stream()
                .filter(s -> level == null || level.isBlank() || s.getOrganisation().getLevel().name().equals(level))
                .filter(s -> text.isEmpty() || matches(s.getOrganisation(), text))
                .toList();
    }

    private static boolean matches(Organisation o, String text) {
        return o.getName().toLowerCase(Locale.ROOT).contains(text)
                || o.getNisCode() != null && o.getNisCode().startsWith(text)
                || o.getArrondissement() != null && o.getArrondissement().toLowerCase(Locale.ROOT).contains(text);
    }

    public int getTotal() {
        return all().size();
    }

    public GovernmentLevel[] getLevels() {
        return GovernmentLevel.values();
    }

    public List<Organisation> getProvinces() {
        if (provinces == null) {
            provinces = organisationService.provinces();
        }
        return provinces;
    }

    public List<Organisation> getMunicipalities() {
        if (municipalities == null) {
            municipalities = organisationService.activeMunicipalities();
        }
        return municipalities;
    }

    public List<String> getArrondissements() {
        if (arrondissements == null) {
            arrondissements = organisationService.arrondissementNames();
        }
        return arrondissements;
    }

    public void create() {
        Organisation created = organisationService.createMunicipality(currentUser.get(), name, nisCode, province, arrondissement);
        PageMessages.info("admin.organisations.created", created.getName(), created.getNisCode());
        name = null;
        nisCode = null;
        province = null;
        arrondissement = null;
        reload();
    }

    public void previewMerge() {
        preview = mergers.mergePreview(currentUser.get(), source, target);
        previewSource = source;
        previewTarget = target;
    }

    public MergePreview getPreview() {
        if (preview == null && previewSource != null) {
            preview = mergers.mergePreview(currentUser.get(), previewSource, previewTarget);
        }
        return preview;
    }

    public void confirmMerge() {
        if (previewSource == null || previewTarget == null) {
            return;
        }
        MergePreview done = getPreview();
        mergers.mergeMunicipalities(currentUser.get(), previewSource, previewTarget);
        PageMessages.info("admin.organisations.merged", done.getSource().getName(), done.getTarget().getName(),
                done.getAccounts());
        cancelMerge();
        source = null;
        target = null;
        reload();
    }

    public void cancelMerge() {
        preview = null;
        previewSource = null;
        previewTarget = null;
    }

    private void reload() {
        all = null;
        municipalities = null;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNisCode() {
        return nisCode;
    }

    public void setNisCode(String nisCode) {
        this.nisCode = nisCode;
    }

    public Long getProvince() {
        return province;
    }

    public void setProvince(Long province) {
        this.province = province;
    }

    public String getArrondissement() {
        return arrondissement;
    }

    public void setArrondissement(String arrondissement) {
        this.arrondissement = arrondissement;
    }

    public Long getSource() {
        return source;
    }

    public void setSource(Long source) {
        this.source = source;
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }
}

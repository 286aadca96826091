package be.atrium.network.web;

import be.atrium.platform.web.PageMessages;
import be.atrium.identity.CurrentUser;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumKind;
import be.atrium.network.AtriumView;
import be.atrium.network.NetworkService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Administrators' list of Atria: create one, open one for editing, delete one after confirming. */
@Named
@ViewScoped
public class AdminAtriaPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkService network;

    private transient List<AtriumView> atria;
    private String slug;
    private String name;
    private AtriumKind kind;
    private boolean membersOnly;
    private String description;
    private String pendingDelete;

    public void load() {
        atria = network.atriaForAdministrator(currentUser.get());
    }

    public List<AtriumView> getAtria() {
        if (atria == null) {
            load();
        }
        return atria;
    }

    public String create() {
        Atrium created = network.createAtrium(currentUser.get(), slug, name, kind, membersOnly, description);
        return "/network/admin-atrium-edit?faces-redirect=true&created=true&slug=" + created.getSlug();
    }

    public void askDelete(String atriumSlug) {
        pendingDelete = atriumSlug;
    }

    public void cancelDelete() {
        pendingDelete = null;
    }

    public void confirmDelete() {
        if (pendingDelete == null) {
            return;
        }
        AtriumView view = getPendingDeleteView();
        network.deleteAtrium(currentUser.get(), pendingDelete);
        PageMessages.info("admin.atria.deleted", view == null ? pendingDelete : view.getAtrium().getName());
        pendingDelete = null;
        atria = null;
    }

    public AtriumView getPendingDeleteView() {
        if (pendingDelete == null) {
            return null;
        }
        return getAtria().stream().filter(v -> v.getAtrium().getSlug().equals(pendingDelete)).findFirst().orElse(null);
    }

    public AtriumKind[] getKinds() {
        return AtriumKind.values();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AtriumKind getKind() {
        return kind;
    }

    public void setKind(AtriumKind kind) {
        this.kind = kind;
    }

    public boolean isMembersOnly() {
        return membersOnly;
    }

    public void setMembersOnly(boolean membersOnly) {
        this.membersOnly = membersOnly;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPendingDelete() {
        return pendingDelete;
    }
}

package be.atrium.identity.web;

import be.atrium.identity.Account;
import be.atrium.identity.AccountService;
import be.atrium.identity.CurrentUser;
import be.atrium.identity.Grant;
import be.atrium.identity.Role;
import be.atrium.organisation.Organisation;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.web.Messages;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An administrator edits one account: name, email, organisation and role; the municipalities
 * of a relationship manager; enabled or not; a new password. Each form keeps what was typed
 * when the service refuses it.
 */
@Named
@ViewScoped
public class AdminAccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationChoices choices;

    private String id;
    private long accountId;
    private transient Account account;
    private transient List<Organisation> managed;

    private String displayName;
    private String email;
    private Long organisationId;
    private Role role;
    private List<Long> managedMunicipalities = new ArrayList<>();
    private String password;
    private List<Grant> grants = new ArrayList<>();

    private List<SelectItem> organisations;
    private List<SelectItem> municipalities;

    /** View action on every request, postbacks included: administrators only. */
    public void check() {
        accounts.checkAdministrator(currentUser.get());
    }

    /** View action on the first request: an unknown or unreadable id is a 404. */
    public void load() {
        try {
            accountId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("account " + id);
        }
        refresh();
        displayName = account.getDisplayName();
        email = account.getEmail();
        organisationId = account.getOrganisation() == null ? null : account.getOrganisation().getId();
        role = account.getRole();
        grants = new ArrayList<>(account.getGrants());
        organisations = choices.assignable(Messages.pageLocale(),
                account.getOrganisation());
        municipalities = choices.municipalities();
    }

    private void refresh() {
        account = accounts.forAdministration(currentUser.get(), accountId);
        managed = accounts.managedMunicipalities(currentUser.get(), accountId);
        managedMunicipalities = new ArrayList<>(managed.stream().map(Organisation::getId).toList());
    }

    public Account getAccount() {
        if (account == null && accountId != 0) {
            refresh();
        }
        return account;
    }

    public List<Organisation> getManaged() {
        if (managed == null && accountId != 0) {
            refresh();
        }
        return managed;
    }

    public void save() {
        accounts.update(currentUser.get(), accountId, displayName, email, organisationId, role);
        refresh();
        info("common.saved");
    }

    public void saveGrants() {
        accounts.setGrants(currentUser.get(), accountId, grants);
        refresh();
        info("admin.account.grants.saved");
    }

    public Grant[] getGrantChoices() {
        return Grant.values();
    }

    public List<Grant> getGrants() {
        return grants;
    }

    public void setGrants(List<Grant> grants) {
        this.grants = grants == null ? new ArrayList<>() : new ArrayList<>(grants);
    }

    public void saveManaged() {
        accounts.setManagedMunicipalities(currentUser.get(), accountId, managedMunicipalities);
        refresh();
        info("admin.account.managed.saved");
    }

    public void disable() {
        accounts.disable(currentUser.get(), accountId);
        refresh();
        info("admin.account.disabled");
    }

    public void enable() {
        accounts.enable(currentUser.get(), accountId);
        refresh();
        info("admin.account.enabled");
    }

    public void resetPassword() {
        try {
            accounts.resetPassword(currentUser.get(), accountId, password);
        } finally {
            password = null;
        }
        info("admin.account.passwordReset");
    }

    public boolean isSelf() {
        return currentUser.get().getId().equals(accountId);
    }

    public Role[] getRoles() {
        return Role.values();
    }

    private static void info(String key) {
        be.atrium.platform.web.PageMessages.info(key);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public List<Long> getManagedMunicipalities() {
        return managedMunicipalities;
    }

    public void setManagedMunicipalities(List<Long> managedMunicipalities) {
        this.managedMunicipalities = managedMunicipalities == null ? new ArrayList<>() : managedMunicipalities;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<SelectItem> getOrganisations() {
        return organisations;
    }

    public List<SelectItem> getMunicipalities() {
        return municipalities;
    }
}

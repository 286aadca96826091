package be.atrium.identity.web;

import be.atrium.identity.Account;
import be.atrium.identity.AccountService;
import be.atrium.identity.CurrentUser;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.platform.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Administration of accounts: search and page through them (by GET, so a result can be
 * bookmarked) and create one. Administrators only; the service checks it on every call.
 */
@Named
@ViewScoped
public class AdminAccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationChoices choices;

    private String q;
    private String pageParam;
    private final NewAccount newAccount = new NewAccount();
    private List<SelectItem> organisations;

    private transient List<Account> results;
    private transient Long total;

    /** View action: administrators only, also before anything is shown. */
    public void check() {
        accounts.checkAdministrator(currentUser.get());
    }

    public List<Account> getResults() {
        if (results == null) {
            results = accounts.search(currentUser.get(), q, (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return results;
    }

    public long getTotal() {
        if (total == null) {
            total = accounts.count(currentUser.get(), q);
        }
        return total;
    }

    /** The page asked for, from 1; anything unreadable is the first page. */
    public int getPage() {
        try {
            return pageParam == null ? 1 : Math.max(1, Integer.parseInt(pageParam.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getFirstShown() {
        return getResults().isEmpty() ? 0 : (getPage() - 1) * PAGE_SIZE + 1;
    }

    public int getLastShown() {
        return (getPage() - 1) * PAGE_SIZE + getResults().size();
    }

    public boolean isHasPrevious() {
        return getPage() > 1;
    }

    public boolean isHasNext() {
        return getPage() < getPageCount();
    }

    public List<SelectItem> getOrganisations() {
        if (organisations == null) {
            organisations = choices.assignable(Messages.pageLocale(), null);
        }
        return organisations;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String create() {
        Account created = accounts.create(currentUser.get(), newAccount);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        be.atrium.platform.web.PageMessages.info("admin.account.created", created.getUsername());
        return "/identity/admin-account?faces-redirect=true&id=" + created.getId();
    }

    public NewAccount getNewAccount() {
        return newAccount;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getPageParam() {
        return pageParam;
    }

    public void setPageParam(String pageParam) {
        this.pageParam = pageParam;
    }
}

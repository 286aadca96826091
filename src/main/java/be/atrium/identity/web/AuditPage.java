package be.atrium.identity.web;

import be.atrium.identity.CurrentUser;
import be.atrium.platform.AuditEntry;
import be.atrium.platform.AuditLog;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The audit log for administrators: newest first, a page at a time (by GET, bookmarkable). */
@Named
@RequestScoped
public class AuditPage {

    static final int PAGE_SIZE = 50;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    private String pageParam;
    private List<AuditEntry> entries;
    private boolean hasNext;

    /** View action: administrators only. */
    public void check() {
        if (!currentUser.isAdministrator()) {
            throw new ForbiddenException("audit log");
        }
    }

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            check();
            // One row more than shown tells whether there is a next page, without counting.
            List<AuditEntry> found = audit.latest((getPage() - 1) * PAGE_SIZE, PAGE_SIZE + 1);
            hasNext = found.size() > PAGE_SIZE;
            entries = hasNext ? found.subList(0, PAGE_SIZE) : found;
        }
        return entries;
    }

    public boolean isHasNext() {
        getEntries();
        return hasNext;
    }

    public boolean isHasPrevious() {
        return getPage() > 1;
    }

    public int getPage() {
        try {
            return pageParam == null ? 1 : Math.max(1, Integer.parseInt(pageParam.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The action in words when the bundle knows it (audit.action.account.create), else its code. */
    public String actionLabel(String action) {
        String key = "audit.action." + action;
        String text = Messages.text(Messages.pageLocale(), key);
        return key.equals(text) ? action : text;
    }

    public String getPageParam() {
        return pageParam;
    }

    public void setPageParam(String pageParam) {
        this.pageParam = pageParam;
    }
}

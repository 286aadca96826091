package be.atrium.notify.web;

import be.atrium.identity.CurrentUser;
import be.atrium.notify.Notification;
import be.atrium.notify.NotificationList;
import be.atrium.notify.NotificationService;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.web.PageMessages;
import be.atrium.platform.web.PageRedirect;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The viewer's notifications, newest first, a page at a time, all or only the unread ones; opening
 * one marks it read and goes to its place; one or all can be marked read.
 */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    private String pageParam;
    private boolean unreadOnly;
    private int page = 1;
    private transient NotificationList list;

    public void load() {
        page = parsePage(pageParam);
        list = notifications.list(currentUser.get(), unreadOnly, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    private static int parsePage(String value) {
        try {
            return value == null || value.isBlank() ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private NotificationList list() {
        if (list == null) {
            load();
        }
        return list;
    }

    public List<Notification> getItems() {
        return list().items();
    }

    public long getUnread() {
        return list().unread();
    }

    public int getPageCount() {
        return (int) Math.max(1, (list().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Opens a notification's place, marking it read. */
    public void open(long id, String path) {
        try {
            notifications.markRead(currentUser.get(), id);
        } catch (NotFoundException e) {
            PageRedirect.to(here());
            return;
        }
        PageRedirect.to(path);
    }

    public void markRead(long id) {
        notifications.markRead(currentUser.get(), id);
        PageMessages.info("notify.page.markedOne");
        PageRedirect.to(here());
    }

    public void markAllRead() {
        int n = notifications.markAllRead(currentUser.get());
        PageMessages.info("notify.page.markedAll", n);
        PageRedirect.to(here());
    }

    private String here() {
        return "/notify/index.xhtml?" + (unreadOnly ? "unread=true&" : "") + "page=" + page;
    }

    public String query(int otherPage) {
        return (unreadOnly ? "unread=true&" : "") + "page=" + otherPage;
    }

    public String getPageParam() {
        return pageParam;
    }

    public void setPageParam(String pageParam) {
        this.pageParam = pageParam;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }

    public int getPage() {
        return page;
    }
}

package be.atrium.notify;

import java.util.List;

/**
 * A page of a person's notifications, newest first, with how many are unread and how many there are
 * in all (for paging).
 */
public record NotificationList(long unread, long total, List<Notification> items) {
}

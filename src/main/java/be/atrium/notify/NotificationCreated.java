package be.atrium.notify;

/**
 * A CDI event fired in the transaction that stores a notification for one person, so whatever
 * acts on it (the mail queue, for what concerns the person directly) records its work in that
 * same transaction: a notification and its mail are made together or not at all, once.
 *
 * @param notificationId the stored notification
 * @param recipientId    the account it is for
 * @param kind           what happened ({@code NotificationKind} name, e.g. {@code MENTION})
 * @param title          the title of the place it is about, as the recipient may see it
 * @param path           the place, below the context root (e.g. {@code /discussion/thread.xhtml?id=5#post-9})
 * @param actorId        who caused it (null: the system)
 * @param direct         whether it concerns the person directly (a mention, an answer to their
 *                       question, a task, an escalation to their board): mailed at once, unless
 *                       they chose otherwise; the rest waits for their digest
 */
public record NotificationCreated(long notificationId, long recipientId, String kind, String title, String path,
                                  Long actorId, boolean direct) {
}

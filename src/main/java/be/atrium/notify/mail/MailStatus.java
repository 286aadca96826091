package be.atrium.notify.mail;

/** Where a queued mail is: waiting (also between attempts), being sent by a node, sent, given up. */
public enum MailStatus {
    QUEUED, SENDING, SENT, FAILED
}

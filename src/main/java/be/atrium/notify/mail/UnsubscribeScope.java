package be.atrium.notify.mail;

/** What an unsubscribe link stops: the mails sent at once, or the digest. */
public enum UnsubscribeScope {
    IMMEDIATE, DIGEST
}

package be.atrium.notify.mail;

/** How often a person gets the digest of what did not concern them directly. */
public enum DigestFrequency {
    NONE, DAILY, WEEKLY
}

package be.atrium.discussion;

/**
 * Why someone flags a post. {@link #LIVE_PROCEDURE} keeps the network's agreement: a
 * discussion takes no position on a permit application that is still being decided.
 */
public enum FlagReason {
    LIVE_PROCEDURE, PERSONAL_DATA, OFF_TOPIC, DISRESPECTFUL, SPAM
}

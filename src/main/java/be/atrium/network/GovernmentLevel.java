package be.atrium.network;

/** The level of government an organisation belongs to. */
public enum GovernmentLevel {
    FLEMISH, PROVINCIAL, MUNICIPAL
}

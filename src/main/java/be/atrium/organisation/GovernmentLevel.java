package be.atrium.organisation;

/** The level of government an organisation belongs to. */
public enum GovernmentLevel {
    FLEMISH, PROVINCIAL, MUNICIPAL
}

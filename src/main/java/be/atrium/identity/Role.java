package be.atrium.identity;

/** The network-wide role of an account. Roles within one Atrium are memberships. */
public enum Role {
    OFFICIAL, RELATIONSHIP_MANAGER, ADMINISTRATOR
}

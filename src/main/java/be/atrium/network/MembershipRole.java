package be.atrium.network;

/** The role of an account within one Atrium. */
public enum MembershipRole {
    MEMBER, MODERATOR
}

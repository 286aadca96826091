package be.atrium.network;

/** Where a municipality stands on one ontvoogding condition. */
public enum ConditionStatus {
    UNKNOWN, NOT_MET, IN_PROGRESS, MET
}

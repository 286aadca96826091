package be.atrium.network;

/** The five conditions of an autonomous ("ontvoogde") municipality, decree of 1999. */
public enum ConditionKind {
    STRUCTURE_PLAN, PLANNING_OFFICIAL, PLANS_REGISTER, PERMITS_REGISTER, UNDEVELOPED_PLOTS_REGISTER
}

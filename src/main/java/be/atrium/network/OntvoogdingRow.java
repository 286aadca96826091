package be.atrium.network;

import be.atrium.organisation.Organisation;

import java.util.EnumMap;
import java.util.Map;

/** One municipality's five ontvoogding conditions, for overviews. Missing conditions count as unknown. */
public class OntvoogdingRow {
    private final Organisation municipality;
    private final Map<ConditionKind, OntvoogdingCondition> conditions = new EnumMap<>(ConditionKind.class);

    public OntvoogdingRow(Organisation municipality) {
        this.municipality = municipality;
    }

    void add(OntvoogdingCondition condition) {
        conditions.put(condition.getKind(), condition);
    }

    public Organisation getMunicipality() {
        return municipality;
    }

    public ConditionStatus status(ConditionKind kind) {
        OntvoogdingCondition c = conditions.get(kind);
        return c == null ? ConditionStatus.UNKNOWN : c.getStatus();
    }

    /** Status per condition kind name, for pages ({@code row.statuses['PLANS_REGISTER']}). */
    public Map<String, ConditionStatus> getStatuses() {
        Map<String, ConditionStatus> map = new java.util.LinkedHashMap<>();
        for (ConditionKind kind : ConditionKind.values()) {
            map.put(kind.name(), status(kind));
        }
        return map;
    }

    public OntvoogdingCondition condition(ConditionKind kind) {
        return conditions.get(kind);
    }

    public long getMetCount() {
        return java.util.Arrays.stream(ConditionKind.values()).filter(k -> status(k) == ConditionStatus.MET).count();
    }

    /** An "ontvoogde gemeente" meets all five conditions. */
    public boolean isAutonomous() {
        return getMetCount() == ConditionKind.values().length;
    }
}

package be.atrium.network;

import be.atrium.platform.DomainException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Saving several ontvoogding conditions at once broke a rule for one or more of them; nothing
 * was saved. Carries the broken rule per condition so the page can show each beside its input.
 */
public class ConditionsRejected extends DomainException {

    private final transient Map<ConditionKind, DomainException> errors;

    public ConditionsRejected(Map<ConditionKind, DomainException> errors) {
        super(errors.values().iterator().next().code(), errors.values().iterator().next().field().orElse(null),
                errors.values().iterator().next().arguments());
        this.errors = Collections.unmodifiableMap(new EnumMap<>(errors));
    }

    public Map<ConditionKind, DomainException> errors() {
        return errors;
    }
}

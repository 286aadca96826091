package be.atrium.meetings;

import be.atrium.platform.DomainException;

import java.util.List;

/**
 * Input for a meeting broke one or more rules; nothing was saved. Carries every broken rule, so a
 * form shows them all at once beside their fields; as a {@link DomainException} it is the first
 * of them (what the API answers).
 */
public class MeetingRejected extends DomainException {

    private final transient List<DomainException> errors;

    public MeetingRejected(List<DomainException> errors) {
        super(errors.get(0).code(), errors.get(0).field().orElse(null), errors.get(0).arguments());
        this.errors = List.copyOf(errors);
    }

    public List<DomainException> errors() {
        return errors;
    }
}

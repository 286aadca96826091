package be.atrium.platform.outbox;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The kind of a change written to the outbox: the kind of thing that changed (its aggregate:
 * {@code thread}, {@code wiki}, {@code membership}, ...) and what happened to it ({@code created},
 * {@code edited}, ...). Each capability declares the changes it records as constants (for example
 * {@code DiscussionChanges.THREAD_CREATED}); consumers match on them instead of on loose strings.
 */
public record ChangeType(String aggregate, String action) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z-]{0,39}");

    public ChangeType {
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(action, "action");
        if (!NAME.matcher(aggregate).matches() || !NAME.matcher(action).matches()) {
            throw new IllegalArgumentException("a change type is two lower-case words: " + aggregate + "." + action);
        }
    }

    public static ChangeType of(String aggregate, String action) {
        return new ChangeType(aggregate, action);
    }

    /** Whether the event is of this type. */
    public boolean matches(OutboxEvent event) {
        return aggregate.equals(event.getAggregateType()) && action.equals(event.getEventType());
    }

    @Override
    public String toString() {
        return aggregate + "." + action;
    }
}

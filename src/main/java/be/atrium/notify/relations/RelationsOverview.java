package be.atrium.notify.relations;

import java.time.Instant;
import java.util.List;

/**
 * The relationship manager's view of their municipalities and of the Atria covering them
 * (administrators: the whole network), as of one moment.
 *
 * @param guidanceInForce how many publications are in force (the denominator of "read")
 */
public record RelationsOverview(Instant asOf, List<Figures> municipalities, List<Figures> atria, long guidanceInForce) {
}

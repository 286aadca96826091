package be.atrium.guidance;

import be.atrium.organisation.GovernmentLevel;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a publisher types for a piece of guidance, as typed: the entity checks it
 * ({@link Guidance#revise}). The audience is the whole network ({@code network}), or the Atria
 * (by slug) and/or levels chosen.
 */
public record GuidanceInput(GuidanceKind kind, String title, String summary, String body, List<String> legalBasis,
                            LocalDate effectiveFrom, LocalDate validUntil, List<String> tags, boolean network,
                            List<String> atria, Set<GovernmentLevel> levels) {

    public GuidanceInput {
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis.stream().map(s -> s == null ? "" : s).toList());
        tags = tags == null ? List.of() : List.copyOf(tags);
        atria = atria == null ? List.of() : List.copyOf(atria);
        levels = levels == null ? Set.of() : Set.copyOf(levels);
    }
}

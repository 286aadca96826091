package be.atrium.network;

/** What an Atrium gathers: a region, a theme, the central cities, a province or local politicians. */
public enum AtriumKind {
    REGIONAL, THEMATIC, CENTRAL_CITIES, PROVINCIAL, MANDATARIES
}

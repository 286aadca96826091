package be.atrium.discussion;

/** An Atrium's own board, a network-wide theme board, or an expert board of a higher level. */
public enum BoardKind {
    ATRIUM, THEME, EXPERT
}

package be.atrium.guidance;

/** What a publication is: a circular (omzendbrief), a guideline (richtlijn), a manual (handleiding) or an FAQ. */
public enum GuidanceKind {
    CIRCULAR, GUIDELINE, MANUAL, FAQ
}

package be.atrium.content.imports;

/** What one imported line did: created or updated, and the Atrium it had to create, if any. */
public record ImportOutcome(boolean created, String createdAtrium) {

    public static ImportOutcome made() {
        return new ImportOutcome(true, null);
    }

    public static ImportOutcome changed() {
        return new ImportOutcome(false, null);
    }
}

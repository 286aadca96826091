package be.atrium.organisation;

/**
 * Fired inside the merge transaction, after accounts, Atria and relationship managers have
 * moved. Capabilities that keep an organisation on their own rows (posts, practice cases,
 * documents) observe it and move those rows too, so nothing stays behind.
 */
public record MunicipalityMerged(Organisation source, Organisation target) {
}

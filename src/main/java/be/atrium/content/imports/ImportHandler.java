package be.atrium.content.imports;

import be.atrium.identity.Account;

import java.util.Set;

/**
 * Imports the lines of some types (CORPUS.md). Each capability that can be imported has one, as
 * an {@code @ApplicationScoped} bean; {@link Importer} finds it by type and calls it inside the
 * line's own transaction. Idempotent by source id, through {@link ImportSupport}.
 */
public interface ImportHandler {

    /** The types handled, in lower case ({@code "question"}, {@code "wiki"}, ...). */
    Set<String> types();

    /** Creates or updates the item of one line; fails with a {@code DomainException} for a bad line. */
    ImportOutcome importItem(Account actor, ImportItem item);
}

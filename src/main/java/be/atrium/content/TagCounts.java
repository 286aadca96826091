package be.atrium.content;

import be.atrium.identity.Account;

import java.util.List;
import java.util.Optional;

/**
 * The most used tags of a kind of content among what a reader may read, from a source faster
 * than counting every tag in the database (the search index, through the reach model). A list
 * page asks it first and counts in the database only when it cannot answer (empty).
 */
public interface TagCounts {

    /**
     * @param type        the kind of content ({@code wiki}, {@code practice}, ...)
     * @param atriumSlug  only the content of this Atrium, or null
     * @param networkWide only content without an Atrium (when {@code atriumSlug} is null)
     */
    Optional<List<String>> top(Account viewer, String type, String atriumSlug, boolean networkWide, int limit);
}

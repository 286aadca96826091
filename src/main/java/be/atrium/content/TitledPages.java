package be.atrium.content;

import be.atrium.identity.Account;

import java.util.Collection;
import java.util.Map;

/**
 * Finds knowledge-base pages by title for {@code [[Page title]]} links written outside the wiki
 * (posts, guidance, practice cases, meeting reports): offered by the wiki, found through
 * {@link LinkedHtml}, so the folders that write Markdown need not know the wiki.
 */
public interface TitledPages {

    /**
     * The pages the viewer may read with these titles, by the title as given: a page of the
     * Atrium {@code atriumSlug} (when the viewer may see it) before a network-wide page of that
     * title, as the wiki's own links choose. Titles without such a page are absent.
     */
    Map<String, Long> find(Account viewer, String atriumSlug, Collection<String> titles);
}

package be.atrium.wiki;

import be.atrium.content.imports.ImportItem;

import java.time.Instant;
import java.util.List;

/**
 * One {@code wiki} line of an import (CORPUS.md), checked before anything is written: a title
 * and a text under the page rules, the author, and optionally the Atrium (slug; none: a
 * network-wide page), the parent (the source id of another wiki line), creation time and tags.
 */
public record WikiImportLine(String sourceId, String title, String body, String atrium, String parent,
                             String author, Instant created, List<String> tags) {

    public static WikiImportLine of(ImportItem item) {
        String author = item.requiredAuthor();
        String title = WikiPage.requireTitle(item.text("title"));
        String body = WikiPage.requireBody(item.text("body"));
        String parent = item.text("parent");
        return new WikiImportLine(item.sourceId(), title, body, item.slug("atrium"),
                parent == null || parent.isBlank() ? null : parent.strip(), author, item.created(), item.tags());
    }
}

package be.atrium.content;

import java.util.Map;

/**
 * A table that stores Markdown beside its rendered HTML, so that {@link HtmlRefresh} can render it
 * again when the renderer's rules change ({@link MarkdownRenderer#VERSION}). Each capability that
 * stores rendered text declares one (posts, wiki pages, guidance, practice cases).
 */
public interface RenderedContent {

    /** The table; its key is the column {@code id}. */
    String table();

    /** Each Markdown column with the column of its HTML. */
    Map<String, String> columns();

    /** The HTML of a row's Markdown, as the capability renders it when the text is saved (null: no text). */
    String html(long id, String markdown);
}

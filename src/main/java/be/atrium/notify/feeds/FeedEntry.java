package be.atrium.notify.feeds;

import java.time.Instant;

/**
 * One entry of an Atom feed, as plain values: what it is ({@code thread}, {@code guidance}) and
 * its id make its stable tag URI; the path is relative to the application's root; the summary is
 * plain text, never HTML.
 */
public record FeedEntry(String kind, long id, String title, String path, Instant updated, String author,
                        String summary) {
}

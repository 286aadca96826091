package be.atrium.search;

import be.atrium.organisation.GovernmentLevel;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One piece of content as the index sees it: plain text, where it lives (for the reach filter),
 * who may read guidance, and the signals that rank it. Made by {@link SearchSources} from the
 * database, turned into a Lucene document by {@link SearchDocuments}.
 *
 * @param atriumId null for network-wide content
 * @param audience null for everything but guidance
 * @param standing a static weight: 1 is ordinary, more for a solved question or guidance in
 *                 force, less for superseded or withdrawn guidance
 */
public record SearchItem(String type, long id, String title, String body, String accepted, String answers,
                         Long atriumId, String atriumSlug, GovernmentLevel level, Set<String> tags, Instant created,
                         Instant changed, Boolean solved, String status, Audience audience, float standing) {

    /** Who may read a piece of guidance besides its publishers: the whole network, levels, Atria. */
    public record Audience(boolean network, Set<GovernmentLevel> levels, Set<Long> atria, Long publisher) {
    }

    public String key() {
        return key(type, id);
    }

    public static String key(String type, long id) {
        return type + ":" + id;
    }

    public String url() {
        return url(type, id);
    }

    /** The page of a piece of content (relative to the context root). */
    public static String url(String type, long id) {
        return switch (type) {
            case SearchTypes.THREAD -> "/discussion/thread.xhtml?id=" + id;
            case SearchTypes.WIKI -> "/wiki/page.xhtml?id=" + id;
            case SearchTypes.GUIDANCE -> "/guidance/guidance.xhtml?id=" + id;
            case SearchTypes.PRACTICE -> "/practice/case.xhtml?id=" + id;
            case SearchTypes.DOCUMENT -> be.atrium.documents.DocumentView.url(id);
            case SearchTypes.MEETING -> "/meetings/meeting.xhtml?id=" + id;
            default -> "/";
        };
    }

    static List<String> textsOf(SearchItem item) {
        return List.of(item.title(), item.body(), item.accepted(), item.answers());
    }
}

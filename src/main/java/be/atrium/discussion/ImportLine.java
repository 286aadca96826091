package be.atrium.discussion;

import be.atrium.content.imports.ImportItem;
import be.atrium.platform.DomainException;

import java.time.Instant;
import java.util.List;



/**
 * One line of an  * can be known without the database is checked here, so a bad line is reported with a clear
 * message before anything is written. Throws {@link DomainException} with an {@code import.*}
 * code for a line that cannot be imported.
 */
public record ImportLine(String sourceId, Type type, String title, String body, String parent, boolean accepted,
                         String atrium, String author, Instant created, List<String> tags) {

    public enum Type {
        QUESTION, ANSWER
    }

    /** Parses and checks one line of text (tests and tools; the import goes through {@link #of}). */
    public static ImportLine parse(String line) {
        return of(ImportItem.parse(line));
    }

    public static ImportLine of(ImportItem item) {
        Type type = switch (item.type()) {
            case "question" -> Type.QUESTION;
            case "answer" -> Type.ANSWER;
            default -> throw new DomainException("import.type.unknown", "type", item.type());
        };
        String author = item.requiredAuthor();
        String body = Post.requireBody(item.text("body"));
        String title = null;
        String parent = null;
        String atrium = null;
        if (type == Type.QUESTION) {
            title = item.requiredText("title");
            atrium = item.slug("atrium");
        } else {
            parent = item.requiredText("parent");
        }
        return new ImportLine(item.sourceId(), type, title, body, parent, item.bool("accepted"), atrium,
                author, item.created(), item.tags());
    }
}

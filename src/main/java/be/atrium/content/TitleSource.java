package be.atrium.content;

import be.atrium.identity.Account;

import java.util.Optional;

/**
 * Where the title of something that content links to comes from, as a viewer may see it: a
 * folder that owns a kind of thing (threads, guidance, meetings) offers one, so a folder below it
 * (a document linked to a thread or a meeting) can name the link by its title without depending
 * on that folder. Found through {@link LinkedTitles}.
 */
public interface TitleSource {

    /** The kind of thing, as links name it: {@code thread}, {@code guidance}, {@code meeting}. */
    String kind();

    /** The title of the thing with this id; empty when it does not exist or the viewer may not see it. */
    Optional<String> title(Account viewer, long id);
}

package be.atrium.content;

import be.atrium.identity.Account;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The titles of linked things by kind and id, through the {@link TitleSource} of the folder that
 * owns each kind; a kind nobody offers has no titles. Whether the viewer may see the thing is
 * the source's decision (through the reach model), so a link never shows a title its reader may
 * not see.
 */
@ApplicationScoped
public class LinkedTitles {

    @Inject
    @Any
    Instance<TitleSource> found;

    private final Map<String, TitleSource> sources = new HashMap<>();

    @PostConstruct
    void collect() {
        for (TitleSource source : found) {
            sources.put(source.kind(), source);
        }
    }

    /** The title of a linked thing as the viewer may see it; empty when not found or not visible. */
    public Optional<String> title(Account viewer, String kind, Long id) {
        TitleSource source = sources.get(kind);
        return source == null || id == null ? Optional.empty() : source.title(viewer, id);
    }
}

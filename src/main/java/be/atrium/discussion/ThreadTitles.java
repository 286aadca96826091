package be.atrium.discussion;

import be.atrium.content.TitleSource;
import be.atrium.identity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The titles of threads for links from other folders, as the viewer may see them. */
@ApplicationScoped
public class ThreadTitles implements TitleSource {

    @Inject
    DiscussionService service;

    @Override
    public String kind() {
        return "thread";
    }

    @Override
    public Optional<String> title(Account viewer, long id) {
        return service.visibleTitle(viewer, id);
    }
}

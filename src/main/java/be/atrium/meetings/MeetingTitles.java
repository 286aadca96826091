package be.atrium.meetings;

import be.atrium.content.TitleSource;
import be.atrium.identity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The titles of meetings for links from other folders, as the viewer may see them. */
@ApplicationScoped
public class MeetingTitles implements TitleSource {

    @Inject
    MeetingService service;

    @Override
    public String kind() {
        return "meeting";
    }

    @Override
    public Optional<String> title(Account viewer, long id) {
        return service.visibleTitle(viewer, id);
    }
}

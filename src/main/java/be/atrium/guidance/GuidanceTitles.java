package be.atrium.guidance;

import be.atrium.content.TitleSource;
import be.atrium.identity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The titles of guidances for links from other folders, as the viewer may see them. */
@ApplicationScoped
public class GuidanceTitles implements TitleSource {

    @Inject
    GuidanceService service;

    @Override
    public String kind() {
        return "guidance";
    }

    @Override
    public Optional<String> title(Account viewer, long id) {
        return service.visibleTitle(viewer, id);
    }
}

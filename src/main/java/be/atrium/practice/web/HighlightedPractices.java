package be.atrium.practice.web;

import be.atrium.identity.CurrentUser;
import be.atrium.practice.PracticeCase;
import be.atrium.practice.PracticeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The home page's box "Uitgelichte praktijk": the latest highlighted cases the viewer may read. */
@Named
@RequestScoped
public class HighlightedPractices {

    @Inject
    CurrentUser currentUser;

    @Inject
    PracticeService practices;

    private List<PracticeCase> latest;

    public List<PracticeCase> getLatest() {
        if (latest == null) {
            latest = practices.highlighted(currentUser.get(), PracticeService.HOME_HIGHLIGHTS);
        }
        return latest;
    }
}

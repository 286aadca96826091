package be.atrium.practice.web;

import be.atrium.identity.CurrentUser;
import be.atrium.practice.PracticeCase;
import be.atrium.practice.PracticeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Praktijk bij deze richtlijn" on the guidance page (include guidance-practice.xhtml): the
 * practice cases linked to a piece of guidance that the viewer may read, loaded once per request.
 */
@Named
@RequestScoped
public class GuidancePracticePanel {

    public static final int LIMIT = 50;

    @Inject
    CurrentUser currentUser;

    @Inject
    PracticeService practices;

    private final Map<Long, List<PracticeCase>> loaded = new HashMap<>();

    public List<PracticeCase> of(long guidanceId) {
        return loaded.computeIfAbsent(guidanceId, id -> practices.forGuidance(currentUser.get(), id, LIMIT));
    }
}

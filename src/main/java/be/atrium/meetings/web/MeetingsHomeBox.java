package be.atrium.meetings.web;

import be.atrium.identity.CurrentUser;
import be.atrium.meetings.Meeting;
import be.atrium.meetings.MeetingService;
import be.atrium.meetings.MeetingTask;
import be.atrium.network.Atrium;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The meetings boxes of other pages: on the home page the upcoming meetings of my Atria and my open
 * tasks (at most five each); on an Atrium's page its upcoming meetings (at most three).
 */
@Named
@RequestScoped
public class MeetingsHomeBox {

    static final int ITEMS = 5;
    static final int ATRIUM_ITEMS = 3;

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingService meetings;

    private List<Meeting> upcoming;
    private List<MeetingTask> tasks;
    private final Map<Long, List<Meeting>> ofAtrium = new HashMap<>();

    public List<Meeting> getUpcoming() {
        if (upcoming == null) {
            upcoming = meetings.upcomingForMe(currentUser.get(), ITEMS);
        }
        return upcoming;
    }

    public List<MeetingTask> getTasks() {
        if (tasks == null) {
            tasks = meetings.myOpenTasks(currentUser.get(), ITEMS);
        }
        return tasks;
    }

    /** The upcoming meetings of an Atrium the viewer sees (the Atrium page). */
    public List<Meeting> upcomingIn(Atrium atrium) {
        return ofAtrium.computeIfAbsent(atrium.getId(), a -> meetings.upcomingIn(currentUser.get(), atrium, ATRIUM_ITEMS));
    }

    public LocalDate getToday() {
        return meetings.today();
    }
}

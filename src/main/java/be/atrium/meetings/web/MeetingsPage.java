package be.atrium.meetings.web;

import be.atrium.identity.CurrentUser;
import be.atrium.meetings.Meeting;
import be.atrium.meetings.MeetingCalendar;
import be.atrium.meetings.MeetingDetails;
import be.atrium.meetings.MeetingList;
import be.atrium.meetings.MeetingService;
import be.atrium.meetings.MeetingTask;
import be.atrium.network.Atrium;
import be.atrium.platform.web.PageMessages;
import be.atrium.platform.web.PageRedirect;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The meetings of one Atrium ({@code ?atrium=slug}) or of all my Atria (no parameter): a calendar
 * (p:schedule) of the year around today, the upcoming meetings, the past ones with their reports;
 * for all my Atria also my open tasks (and, for relationship managers, the open tasks of the Atria
 * they coach) and my personal calendar feed, whose secret address is shown once when made.
 */
@Named
@ViewScoped
public class MeetingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ITEMS = 50;
    static final Duration CALENDAR_REACH = Duration.ofDays(366);

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingService meetings;

    private String atriumParam;
    private boolean loaded;
    private String slug;
    private String atriumName;
    private boolean mayPlan;
    private String issuedFeedUrl;
    private transient MeetingList upcoming;
    private transient MeetingList past;
    private transient List<Meeting> mine;
    private transient ScheduleModel schedule;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (atriumParam != null && !atriumParam.isBlank()) {
            upcoming = meetings.list(currentUser.get(), atriumParam.strip(), true, 0, ITEMS);
            Atrium atrium = meetings.visibleAtrium(currentUser.get(), atriumParam.strip());
            slug = atrium.getSlug();
            atriumName = atrium.getName();
            mayPlan = meetings.mayOrganise(currentUser.get(), atrium);
        }
    }

    public boolean isOneAtrium() {
        return slug != null;
    }

    public MeetingList getUpcoming() {
        if (upcoming == null && slug != null) {
            upcoming = meetings.list(currentUser.get(), slug, true, 0, ITEMS);
        }
        return upcoming;
    }

    public MeetingList getPast() {
        if (past == null && slug != null) {
            past = meetings.list(currentUser.get(), slug, false, 0, ITEMS);
        }
        return past;
    }

    /** All my Atria: the planned meetings that are not over. */
    public List<Meeting> getMine() {
        if (mine == null) {
            mine = meetings.upcomingForMe(currentUser.get(), ITEMS);
        }
        return mine;
    }

    public List<MeetingTask> getMyTasks() {
        return meetings.myOpenTasks(currentUser.get(), ITEMS);
    }

    public List<MeetingTask> getCoachedTasks() {
        return meetings.openTasksOfCoachedAtria(currentUser.get(), ITEMS);
    }

    public LocalDate getToday() {
        return meetings.today();
    }

    /** The calendar: the meetings of the year before and after today. */
    public ScheduleModel getSchedule() {
        if (schedule == null) {
            Instant now = meetings.now();
            DefaultScheduleModel model = new DefaultScheduleModel();
            String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            for (Meeting m : meetings.calendar(currentUser.get(), slug, now.minus(CALENDAR_REACH), now.plus(CALENDAR_REACH))) {
                model.addEvent(DefaultScheduleEvent.builder()
                        .id(String.valueOf(m.getId()))
                        .title((m.isCancelled() ? "\u2716 " : "") + m.getTitle())
                        .startDate(LocalDateTime.ofInstant(m.getStartsAt(), MeetingDetails.ZONE))
                        .endDate(LocalDateTime.ofInstant(m.getEndsAt(), MeetingDetails.ZONE))
                        .url(context + "/meetings/meeting.xhtml?id=" + m.getId())
                        .styleClass(m.isCancelled() ? "meeting-cancelled" : "meeting-planned")
                        .editable(false)
                        .build());
            }
            schedule = model;
        }
        return schedule;
    }

    /** The month the calendar opens on: today. */
    public LocalDate getInitialDate() {
        return meetings.today();
    }

    public boolean isFeedActive() {
        return meetings.hasFeed(currentUser.get());
    }

    public void renewFeed() {
        String token = meetings.renewFeed(currentUser.get());
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        issuedFeedUrl = MeetingIcsServlet.root(request) + MeetingCalendar.feedPath(token);
    }

    public void revokeFeed() {
        meetings.revokeFeed(currentUser.get());
        PageMessages.info("meeting.feed.revoked");
        PageRedirect.to("/meetings/index.xhtml#feed");
    }

    /** The feed address just made; shown this once (the view keeps it until the page is left). */
    public String getIssuedFeedUrl() {
        return issuedFeedUrl;
    }

    public String getSlug() {
        return slug;
    }

    public String getAtriumName() {
        return atriumName;
    }

    public boolean isMayPlan() {
        return mayPlan;
    }

    public String getAtriumParam() {
        return atriumParam;
    }

    public void setAtriumParam(String atriumParam) {
        this.atriumParam = atriumParam;
    }
}

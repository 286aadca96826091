package be.atrium.meetings.web;

import be.atrium.identity.Account;
import be.atrium.identity.CurrentUser;
import be.atrium.meetings.Meeting;
import be.atrium.meetings.MeetingDetails;
import be.atrium.meetings.MeetingRejected;
import be.atrium.meetings.MeetingService;
import be.atrium.network.Atrium;
import be.atrium.platform.web.FormErrors;
import be.atrium.platform.web.PageMessages;
import be.atrium.platform.web.PageRedirect;
import be.atrium.platform.web.QueryParams;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Planning a meeting of an Atrium ({@code ?atrium=slug}) or changing one ({@code ?id=}): title,
 * start and end in Brussels time, place and/or online link, agenda, and (when planning) whom to
 * invite. Organisers only. A refused save shows every broken rule at once beside its field and
 * keeps everything as typed.
 */
@Named
@ViewScoped
public class EditMeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingService meetings;

    private String idParam;
    private String atriumParam;
    private Long id;
    private long version;
    private boolean loaded;
    private String atriumSlug;
    private String atriumName;
    private String title;
    private String start;
    private String end;
    private String place;
    private String link;
    private String agenda;
    private boolean inviteAll = true;
    private List<String> invitees = new ArrayList<>();
    private transient List<Account> members;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (idParam != null && !idParam.isBlank()) {
            Meeting m = meetings.forEdit(currentUser.get(), QueryParams.id(idParam));
            id = m.getId();
            version = m.getVersion();
            atriumSlug = m.getAtrium().getSlug();
            atriumName = m.getAtrium().getName();
            title = m.getTitle();
            start = MeetingTimes.input(m.getStartsAt());
            end = MeetingTimes.input(m.getEndsAt());
            place = m.getPlace();
            link = m.getOnlineUrl();
            agenda = m.getAgenda();
            return;
        }
        Atrium atrium = meetings.atriumForPlanning(currentUser.get(), atriumParam == null ? "" : atriumParam);
        atriumSlug = atrium.getSlug();
        atriumName = atrium.getName();
    }

    public void save() {
        try {
            MeetingDetails details = MeetingDetails.parse(title, start, end, place, link, agenda);
            long saved;
            if (id == null) {
                saved = meetings.plan(currentUser.get(), atriumSlug, details, inviteAll ? List.of() : invitees).getId();
                PageMessages.info("meeting.edit.created");
            } else {
                saved = meetings.revise(currentUser.get(), id, details, version).getId();
                PageMessages.info("meeting.edit.saved");
            }
            PageRedirect.to("/meetings/meeting.xhtml?id=" + saved);
        } catch (MeetingRejected rejected) {
            FormErrors.show(rejected.errors());
        }
    }

    /** The members of the Atrium who can be invited (when planning). */
    public List<Account> getMembers() {
        if (members == null) {
            members = id == null ? meetings.invitable(currentUser.get(), atriumSlug) : List.of();
        }
        return members;
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getAtriumSlug() {
        return atriumSlug;
    }

    public String getAtriumName() {
        return atriumName;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getAtriumParam() {
        return atriumParam;
    }

    public void setAtriumParam(String atriumParam) {
        this.atriumParam = atriumParam;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public boolean isInviteAll() {
        return inviteAll;
    }

    public void setInviteAll(boolean inviteAll) {
        this.inviteAll = inviteAll;
    }

    public List<String> getInvitees() {
        return invitees;
    }

    public void setInvitees(List<String> invitees) {
        this.invitees = invitees == null ? new ArrayList<>() : new ArrayList<>(invitees);
    }
}

package be.atrium.guidance.web;

import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceService;
import be.atrium.guidance.GuidanceView;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Reading one piece of guidance: everything it says, its validity, a banner when it was
 * superseded or withdrawn (pointing to what is in force now), the "mark as read" button for its
 * audience, and for its publishers: edit the draft, publish, supersede by newer guidance, withdraw
 * with a reason. Each action is a POST followed by a redirect; a refused action keeps what was
 * typed and shows why beside the field.
 */
@Named
@ViewScoped
public class GuidancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    GuidanceService guidance;

    private String idParam;
    private long id;
    private transient GuidanceView view;
    private transient List<Guidance> candidates;
    private Long by;
    private String reason;
    private boolean confirmingWithdraw;
    private boolean confirmingSupersede;

    public void load() {
        id = Redirect.id(idParam);
        view = guidance.guidance(currentUser.get(), id);
    }

    public GuidanceView getView() {
        if (view == null) {
            view = guidance.guidance(currentUser.get(), id);
        }
        return view;
    }

    public Guidance getGuidance() {
        return getView().getGuidance();
    }

    public void markRead() {
        guidance.markRead(currentUser.get(), id);
        PageMessages.info("guidance.read.done");
        Redirect.to(Redirect.guidance(id));
    }

    public void publish() {
        guidance.publish(currentUser.get(), id);
        PageMessages.info("guidance.publish.done");
        Redirect.to(Redirect.guidance(id));
    }

    public void askSupersede() {
        confirmingSupersede = true;
        confirmingWithdraw = false;
    }

    public void supersede() {
        guidance.supersede(currentUser.get(), id, by);
        PageMessages.info("guidance.supersede.done");
        Redirect.to(Redirect.guidance(id));
    }

    public void askWithdraw() {
        confirmingWithdraw = true;
        confirmingSupersede = false;
    }

    public void withdraw() {
        guidance.withdraw(currentUser.get(), id, reason);
        PageMessages.info("guidance.withdraw.done");
        Redirect.to(Redirect.guidance(id));
    }

    public void cancel() {
        confirmingWithdraw = false;
        confirmingSupersede = false;
    }

    /** Published guidance that may replace this one (only asked for when superseding). */
    public List<Guidance> getCandidates() {
        if (candidates == null) {
            candidates = getView().isSupersedable() ? guidance.supersedeCandidates(currentUser.get(), id) : List.of();
        }
        return candidates;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public long getId() {
        return id;
    }

    public Long getBy() {
        return by;
    }

    public void setBy(Long by) {
        this.by = by;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConfirmingWithdraw() {
        return confirmingWithdraw;
    }

    public boolean isConfirmingSupersede() {
        return confirmingSupersede;
    }
}

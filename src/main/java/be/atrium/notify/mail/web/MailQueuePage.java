package be.atrium.notify.mail.web;

import be.atrium.identity.CurrentUser;
import be.atrium.notify.mail.MailMessage;
import be.atrium.notify.mail.MailQueue;
import be.atrium.notify.mail.MailSettings;
import be.atrium.notify.mail.MailStatus;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The mail queue for administrators: how many mails are queued, being sent, sent and failed,
 * whether an SMTP server is configured, the failed mails with their last error, and retrying
 * them. Administrators only; the service checks it on every call.
 */
@Named
@ViewScoped
public class MailQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_FAILURES = 100;

    @Inject
    CurrentUser currentUser;

    @Inject
    MailQueue queue;

    @Inject
    MailSettings settings;

    private transient Map<MailStatus, Long> counts;
    private transient List<MailMessage> failures;

    /** View action: administrators only, also before anything is shown. */
    public void check() {
        queue.counts(currentUser.get());
    }

    public Map<MailStatus, Long> getCounts() {
        if (counts == null) {
            counts = queue.counts(currentUser.get());
        }
        return counts;
    }

    public List<MailStatus> getStatuses() {
        return List.of(MailStatus.values());
    }

    public List<MailMessage> getFailures() {
        if (failures == null) {
            failures = queue.failures(currentUser.get(), MAX_FAILURES);
        }
        return failures;
    }

    /** Why mail is not sent, or null when an SMTP server is configured. */
    public String getProblem() {
        return settings.problem().orElse(null);
    }

    public String getServer() {
        return settings.server();
    }

    public String retry(long id) {
        queue.retry(currentUser.get(), id);
        return done("mail.queue.retried", 1);
    }

    public String retryAll() {
        return done("mail.queue.retried", queue.retryAll(currentUser.get()));
    }

    private String done(String key, int count) {
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info(key, count);
        return "/notify/mail-queue?faces-redirect=true";
    }
}

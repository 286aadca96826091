package be.atrium.identity;

import be.atrium.platform.Started;
import be.atrium.platform.cluster.BackgroundWork;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Prunes the login throttle's forgotten pairs hourly ({@link LoginAttempts#prune}), on the node doing the {@link BackgroundWork}. */
@ApplicationScoped
public class LoginThrottleSweep {

    private static final Logger LOG = Logger.getLogger(LoginThrottleSweep.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    LoginAttempts attempts;

    @Inject
    BackgroundWork background;

    private ScheduledFuture<?> sweeping;

    void onStarted(@Observes Started event) {
        sweeping = scheduler.scheduleWithFixedDelay(this::sweep, 7, 60, TimeUnit.MINUTES);
    }

    private void sweep() {
        if (!background.isHere()) {
            return;
        }
        try {
            int deleted = attempts.prune();
            LOG.fine(() -> "Atrium: " + deleted + " forgotten login throttle pairs deleted");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Atrium: pruning the login throttle failed; trying again in an hour", e);
        }
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }
}

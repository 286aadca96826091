package be.atrium.notify.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Mail in the readiness data ({@code /health/ready}): whether an SMTP server is configured and
 * why not. Always UP: without mail Atrium still serves, and mail waits in the queue.
 */
@Readiness
@ApplicationScoped
public class MailReadiness implements HealthCheck {

    @Inject
    MailSettings settings;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("mail").up()
                .withData("smtp", settings.problem().orElse("configured (" + settings.server() + ")"))
                .build();
    }
}

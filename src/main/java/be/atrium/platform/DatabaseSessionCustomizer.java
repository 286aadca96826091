package be.atrium.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink's session as Atrium needs it: statements counted ({@link StatementCounter}), and a
 * query that fails because its connection broke retried once at once, with a fresh connection
 * from the pool (a database restarted behind idle connections), instead of EclipseLink's default
 * of up to three retries five seconds apart, which made every request wait ten seconds and more
 * while the database was down.
 */
public class DatabaseSessionCustomizer implements SessionCustomizer {

    static final int QUERY_RETRIES = 1;

    @Override
    public void customize(Session session) throws Exception {
        new StatementCounter().customize(session);
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(QUERY_RETRIES);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}

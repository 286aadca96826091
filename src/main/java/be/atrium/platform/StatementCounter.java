package be.atrium.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends, per thread, so tests can prove that list pages
 * use a bounded number of queries (no N+1) and metrics can show database load.
 */
public class StatementCounter implements SessionCustomizer {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                Call call = event.getCall();
                if (call != null) {
                    COUNT.get()[0]++;
                }
            }
        });
    }

    /** Statements sent by the current thread since it started. */
    public static long current() {
        return COUNT.get()[0];
    }
}

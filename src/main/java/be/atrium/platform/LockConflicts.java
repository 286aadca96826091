package be.atrium.platform;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Recognises a transaction that the database gave up on because of other transactions' locks: an
 * InnoDB deadlock (MariaDB error 1213, SQLState 40001, the whole transaction rolled back) or a
 * lock wait timeout (1205). Nothing was wrong with what the transaction did, so doing it again in
 * a new transaction is right ({@link TransactionRetry}). EclipseLink, the transaction manager and
 * JAX-RS wrap the driver's {@link SQLException} in their own exceptions, so the whole cause chain
 * is searched.
 */
public final class LockConflicts {

    static final int ER_LOCK_DEADLOCK = 1213;
    static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    static final String SERIALIZATION_FAILURE = "40001";

    private LockConflicts() {
    }

    /** Whether the failure is (or was caused by) a deadlock or a lock wait timeout. */
    public static boolean isLockConflict(Throwable failure) {
        SQLException sql = sqlCause(failure);
        return sql != null && (sql.getErrorCode() == ER_LOCK_DEADLOCK || sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT
                || SERIALIZATION_FAILURE.equals(sql.getSQLState()));
    }

    /**
     * Whether the failure is a lock wait timeout: the transaction already waited seconds for a lock
     * ({@link UtcMariaDbDataSource#LOCK_WAIT_SECONDS}), unlike a deadlock, which InnoDB finds at once.
     */
    public static boolean isLockWaitTimeout(Throwable failure) {
        SQLException sql = sqlCause(failure);
        return sql != null && sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT;
    }

    private static SQLException sqlCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == ER_LOCK_DEADLOCK
                    || sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return sql;
            }
        }
        return null;
    }
}

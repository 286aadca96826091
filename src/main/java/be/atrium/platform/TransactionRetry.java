package be.atrium.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where a service method starts a transaction ({@code @Transactional}, REQUIRED), a transaction
 * that the database rolled back for a deadlock or gave up on after a lock wait
 * ({@link LockConflicts}) is done again, as a whole, in a new transaction: at most
 * {@value #ATTEMPTS} times, after a short random pause so the transactions that collided do not
 * collide again; a lock wait timeout, which already cost seconds of waiting, is done again only
 * {@value #LOCK_WAIT_ATTEMPTS} times in all. Two people answering the same thread never conflict; a deadlock between their
 * transactions is the database's problem, not theirs. A method that joins a transaction already
 * running is not retried here: the method that started it is.
 *
 * <p>Bound to {@code @Transactional} itself, so every service boundary gets it, and placed before
 * the transaction interceptor ({@code PLATFORM_BEFORE + 200}), so each attempt is a transaction of
 * its own. Retrying is safe because nothing of a rolled-back attempt stays: entities made by it are
 * thrown away with it and the method starts again from its arguments.
 *
 * <p>A conflict that outlives its attempts is answered "busy, try again" (503 with
 * {@code Retry-After} on the API, a message above the form that keeps what was typed on pages), not
 * as an error of the application.
 *
 * <p>A transaction that failed for anything but a broken rule or a lock conflict may have left
 * EclipseLink's shared cache behind the database: a commit whose connection was killed may still
 * have committed, and an optimistic lock failure says the cached version is old. The shared cache
 * is then emptied, so no request goes on working from a stale entity (and answering 409 to every
 * write of it until the entry expires). Only organisations are in it (persistence.xml).
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TransactionRetry {

    static final int ATTEMPTS = 5;
    static final int LOCK_WAIT_ATTEMPTS = 2;
    private static final Logger LOG = Logger.getLogger(TransactionRetry.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PersistenceUnit
    EntityManagerFactory persistence;

    @AroundInvoke
    public Object retryLockConflicts(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (DomainException | NotFoundException | ForbiddenException refused) {
                throw refused;
            } catch (Exception failed) {
                if (!LockConflicts.isLockConflict(failed)) {
                    forgetSharedCache(failed);
                    throw failed;
                }
                if (attempt == ATTEMPTS || attempt >= LOCK_WAIT_ATTEMPTS && LockConflicts.isLockWaitTimeout(failed)) {
                    throw failed;
                }
                LOG.log(Level.FINE, "Lock conflict in {0}, attempt {1} of {2}",
                        new Object[] {invocation.getMethod(), attempt, ATTEMPTS});
                pause(attempt);
            }
        }
    }

    /**
     * Empties the shared cache after a failure that may have left it behind the database (not after
     * a lock conflict: the database rolled that transaction back and EclipseLink merged nothing).
     */
    private void forgetSharedCache(Exception failure) {
        try {
            persistence.getCache().evictAll();
        } catch (RuntimeException e) { // a database that is down: nothing cached either
            LOG.log(Level.FINE, "Shared cache not emptied after " + failure, e);
        }
    }

    /** A random pause that grows with the attempts: 1-10 ms, then up to 20, 40, 80 ms. */
    private static void pause(int attempt) throws InterruptedException {
        Thread.sleep(1 + ThreadLocalRandom.current().nextLong(10L << (attempt - 1)));
    }
}

package be.atrium.platform;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockConflictsTest {

    @Test
    void deadlocksAndLockWaitTimeoutsAreFoundDeepInTheCauses() {
        SQLException deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
        RollbackException atCommit = new RollbackException("commit failed");
        atCommit.initCause(new PersistenceException("flush", new RuntimeException("EclipseLink", deadlock)));

        assertTrue(LockConflicts.isLockConflict(deadlock));
        assertTrue(LockConflicts.isLockConflict(new IllegalStateException(atCommit)));
        assertTrue(LockConflicts.isLockConflict(new PersistenceException(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
        assertTrue(LockConflicts.isLockConflict(new SQLException("serialization failure", "40001")), "by SQLState alone");
    }

    @Test
    void onlyALockWaitTimeoutIsOne() {
        assertTrue(LockConflicts.isLockWaitTimeout(new PersistenceException(
                new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
        assertFalse(LockConflicts.isLockWaitTimeout(
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213)));
        assertFalse(LockConflicts.isLockWaitTimeout(new SQLException("Connection reset", "08S01")));
    }

    @Test
    void otherFailuresAreNoLockConflicts() {
        assertFalse(LockConflicts.isLockConflict(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertFalse(LockConflicts.isLockConflict(new SQLException("Connection reset", "08S01")));
        assertFalse(LockConflicts.isLockConflict(new DomainException("thread.locked", null)));
        assertFalse(LockConflicts.isLockConflict(null));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(LockConflicts.isLockConflict(a));
    }
}

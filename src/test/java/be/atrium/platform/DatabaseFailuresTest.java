package be.atrium.platform;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which failures answer 503 ("the database is away, try again") and which stay what they were:
 * decided on the cause chain as EclipseLink, the transaction and the pool wrap it.
 */
class DatabaseFailuresTest {

    /** How EclipseLink hands a failed query to the application: the driver's exception, wrapped twice. */
    private static RuntimeException asEclipseLinkThrowsIt(Throwable driver) {
        SQLException pool = new SQLException("Error in allocating a connection. Cause: " + driver.getMessage(), driver);
        return new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException("DatabaseException", pool));
    }

    @Test
    void aDatabaseThatRefusesOrDoesNotAnswerIsUnavailable() {
        assertTrue(DatabaseFailures.meanUnavailable(asEclipseLinkThrowsIt(new SQLNonTransientConnectionException(
                "Socket fail to connect to 127.0.0.1:3306. Connection refused", "08000", new ConnectException()))));
        assertTrue(DatabaseFailures.meanUnavailable(asEclipseLinkThrowsIt(new SQLTimeoutException(
                "Socket timeout when connecting", "08000"))));
        assertTrue(DatabaseFailures.meanUnavailable(asEclipseLinkThrowsIt(new SQLException("Communications link failure",
                "08S01"))));
        assertTrue(DatabaseFailures.meanUnavailable(new PersistenceException(new ConnectException("refused"))));
    }

    @Test
    void aDatabaseThatRefusesOurAccountOrLostItsSchemaIsUnavailable() {
        assertTrue(DatabaseFailures.meanUnavailable(asEclipseLinkThrowsIt(new SQLInvalidAuthorizationSpecException(
                "Access denied for user 'atrium'@'10.0.0.5'", "28000", 1045))));
        assertTrue(DatabaseFailures.meanUnavailable(asEclipseLinkThrowsIt(new SQLSyntaxErrorException(
                "Unknown database 'atrium'", "42000", 1049))));
        assertTrue(DatabaseFailures.meanUnavailable(asEclipseLinkThrowsIt(new SQLException("Too many connections",
                "HY000", 1040))));
    }

    @Test
    void faultsOfTheRequestOrTheCodeAreNot() {
        assertFalse(DatabaseFailures.meanUnavailable(asEclipseLinkThrowsIt(new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'x' for key 'uq'", "23000", 1062))));
        assertFalse(DatabaseFailures.meanUnavailable(asEclipseLinkThrowsIt(new SQLSyntaxErrorException(
                "You have an error in your SQL syntax", "42000", 1064))));
        assertFalse(DatabaseFailures.meanUnavailable(new OptimisticLockException("stale")));
        assertFalse(DatabaseFailures.meanUnavailable(new IllegalArgumentException("bad input")));
        assertFalse(DatabaseFailures.meanUnavailable(null));
        assertFalse(DatabaseFailures.meanUnavailable(new java.io.IOException(new java.net.SocketTimeoutException(
                "a client sending its upload too slowly"))), "a client's timeout is not the database's");
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseFailures.meanUnavailable(b));
    }
}

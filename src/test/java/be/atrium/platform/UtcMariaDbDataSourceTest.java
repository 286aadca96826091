package be.atrium.platform;

import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.Configuration;
import org.mariadb.jdbc.export.SslMode;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever URL the environment gives, the driver is set to UTC (the URL cannot undo it). */
class UtcMariaDbDataSourceTest {

    @Test
    void aPlainUrlGetsTheUtcOptions() throws SQLException {
        Configuration conf = Configuration.parse(UtcMariaDbDataSource.inUtc("jdbc:mariadb://db:3306/atrium"));

        assertEquals("UTC", conf.connectionTimeZone());
        assertTrue(conf.forceConnectionTimeZoneToSession());
        assertTrue(conf.preserveInstants());
        assertEquals("atrium", conf.database());
        assertEquals(UtcMariaDbDataSource.CONNECT_TIMEOUT_MILLIS, conf.connectTimeout());
        assertEquals(UtcMariaDbDataSource.SOCKET_TIMEOUT_MILLIS, conf.socketTimeout());
        assertEquals("innodb_lock_wait_timeout=" + UtcMariaDbDataSource.LOCK_WAIT_SECONDS, conf.sessionVariables());
    }

    @Test
    void timeoutsOfTheUrlWin() throws SQLException {
        Configuration conf = Configuration.parse(UtcMariaDbDataSource.inUtc(
                "jdbc:mariadb://db:3306/atrium?SocketTimeout=0&connectTimeout=10000"));

        assertEquals(0, conf.socketTimeout());
        assertEquals(10000, conf.connectTimeout());
    }

    @Test
    void otherOptionsStayAndTimeZoneOptionsOfTheUrlAreReplaced() throws SQLException {
        String url = UtcMariaDbDataSource.inUtc("jdbc:mariadb://db:3306/atrium?sslMode=trust&TIMEZONE=Europe/Brussels"
                + "&connectionTimeZone=LOCAL&preserveInstants=false&forceConnectionTimeZoneToSession=false&connectTimeout=5000");
        Configuration conf = Configuration.parse(url);

        assertEquals("jdbc:mariadb://db:3306/atrium?sslMode=trust&connectTimeout=5000&socketTimeout=30000&"
                + "sessionVariables=innodb_lock_wait_timeout=10&" + UtcMariaDbDataSource.UTC_OPTIONS, url);
        assertEquals("UTC", conf.connectionTimeZone());
        assertTrue(conf.forceConnectionTimeZoneToSession());
        assertTrue(conf.preserveInstants());
        assertNull(conf.timezone());
        assertEquals(SslMode.TRUST, conf.sslMode());
        assertEquals(5000, conf.connectTimeout());
    }
}

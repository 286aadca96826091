package be.atrium.notify.relations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For client tests: which municipalities a relationship manager coaches and an Atrium covers.
 * The API offers neither (the administrator's pages do), so they are written to the test
 * database directly; the figures read them with queries, never from a cache.
 */
final class Coaching {

    private Coaching() {
    }

    /** The relationship manager coaches the municipality. */
    static void coach(String username, long municipalityId) {
        update("INSERT INTO managed_municipality (account_id, organisation_id) SELECT id, ? FROM account WHERE username = ?",
                municipalityId, username);
    }

    /** The Atrium covers the municipality. */
    static void cover(String slug, long municipalityId) {
        update("INSERT INTO atrium_municipality (atrium_id, organisation_id) SELECT id, ? FROM atrium WHERE slug = ?",
                municipalityId, slug);
    }

    private static void update(String sql, long id, String name) {
        try (Connection c = DriverManager.getConnection(System.getProperty("atrium.it.db.url"),
                System.getProperty("atrium.it.db.user"), System.getProperty("atrium.it.db.password"));
             PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.setString(2, name);
            assertEquals(1, statement.executeUpdate(), sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

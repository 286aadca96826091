package be.atrium.identity;

import be.atrium.organisation.Organisation;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An e-mail address is for administrators and the person themself (the person page promises it). */
class EmailVisibilityTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final Organisation GENT = Organisation.municipality("Gent", "44021", "44000", "Gent",
            Organisation.province("Oost-Vlaanderen", "40000"));

    @Test
    void onlyAdministratorsAndThePersonThemselfSeeAnEmailAddress() {
        Account sofie = account("sofie.maes", Role.OFFICIAL, 1);
        Account colleague = account("an.peeters", Role.OFFICIAL, 2);
        Account manager = account("lies.janssens", Role.RELATIONSHIP_MANAGER, 3);
        Account admin = account("admin", Role.ADMINISTRATOR, 4);

        assertTrue(sofie.maySeeEmailOf(sofie));
        assertTrue(sofie.maySeeEmailOf(account("sofie.maes", Role.OFFICIAL, 1)), "the same account loaded again");
        assertTrue(admin.maySeeEmailOf(sofie));
        assertFalse(colleague.maySeeEmailOf(sofie));
        assertFalse(manager.maySeeEmailOf(sofie), "relationship managers neither");
        assertFalse(sofie.maySeeEmailOf(null));
        assertFalse(new Account("nieuw", "Nieuw", null, GENT, Role.OFFICIAL, NOW).maySeeEmailOf(
                new Account("ander", "Ander", null, GENT, Role.OFFICIAL, NOW)), "two unsaved accounts are not one");
    }

    private static Account account(String username, Role role, long id) {
        Account a = new Account(username, username, username + "@gent.example", GENT, role, NOW);
        try {
            Field field = Account.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(a, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return a;
    }
}

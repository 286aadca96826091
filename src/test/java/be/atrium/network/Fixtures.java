package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.identity.Role;
import be.atrium.organisation.Organisation;

import java.lang.reflect.Field;
import java.time.Instant;

/** Builds unsaved domain objects for tests; ids are set by reflection where a rule compares them. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private Fixtures() {
    }

    public static Organisation province(String name, String nis) {
        return Organisation.province(name, nis);
    }

    public static Organisation municipality(String name, String nis, Organisation province) {
        return Organisation.municipality(name, nis, "44000", "Gent", province);
    }

    public static Account account(String username, Role role) {
        return new Account(username, username, null, null, role, NOW);
    }

    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

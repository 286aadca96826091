package be.atrium.identity;

import be.atrium.platform.outbox.ChangeType;

/** The changes of accounts recorded in the outbox (on the account): what other capabilities must follow, such as names shown in search results or access that ends. */
public final class AccountChanges {

    public static final ChangeType ACCOUNT_CREATED = ChangeType.of("account", "created");
    public static final ChangeType ACCOUNT_RENAMED = ChangeType.of("account", "renamed");
    public static final ChangeType ACCOUNT_DISABLED = ChangeType.of("account", "disabled");
    public static final ChangeType ACCOUNT_ENABLED = ChangeType.of("account", "enabled");
    public static final ChangeType ROLE_CHANGED = ChangeType.of("account", "role-changed");
    public static final ChangeType GRANTS_CHANGED = ChangeType.of("account", "grants-changed");
    public static final ChangeType COACHING_CHANGED = ChangeType.of("account", "coaching-changed");
    public static final ChangeType ORGANISATION_CHANGED = ChangeType.of("account", "organisation-changed");

    private AccountChanges() {
    }
}

package be.atrium.identity;

import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
import be.atrium.platform.AtriumConfig;
import be.atrium.platform.SchemaMigrated;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.logging.Logger;

/**
 * Makes sure the administrator {@code admin} exists (created on first start with
 * {@code ATRIUM_ADMIN_PASSWORD}, or the demo password in demo mode) and registers
 * {@code ATRIUM_ADMIN_TOKEN} as its access token, once the reference data is there.
 */
@ApplicationScoped
public class BootstrapAccounts {

    public static final String ADMIN = "admin";
    /** The password of every demo account (and of admin in demo mode without ATRIUM_ADMIN_PASSWORD). */
    public static final String DEMO_PASSWORD = "atrium-demo";
    private static final Logger LOG = Logger.getLogger(BootstrapAccounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AtriumConfig config;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountService accountService;

    @Inject
    TokenService tokens;

    @Transactional
    public void ensure(@Observes @Priority(SchemaMigrated.ACCOUNTS) SchemaMigrated event) {
        Account admin = accounts.findByUsername(ADMIN).orElse(null);
        if (admin == null) {
            Organisation agency = em.createNamedQuery("Organisation.byLevel", Organisation.class)
                    .setParameter("level", GovernmentLevel.FLEMISH).getResultStream().findFirst().orElse(null);
            NewAccount input = new NewAccount(ADMIN, "Beheerder", null,
                    agency == null ? null : agency.getId(), Role.ADMINISTRATOR, null);
            admin = accountService.createBySystem(input);
            String password = config.adminPassword().orElse(config.demo() ? DEMO_PASSWORD : null);
            if (password != null) {
                accountService.setPasswordBySystem(admin, password);
            } else {
                LOG.warning("Atrium: ATRIUM_ADMIN_PASSWORD is not set, so 'admin' has no password and cannot log in"
                        + " with a form; set it before the first start (or use ATRIUM_ADMIN_TOKEN).");
            }
        }
        config.adminToken().ifPresent(value -> tokens.register(em.merge(accounts.findByUsername(ADMIN).orElseThrow()),
                "ATRIUM_ADMIN_TOKEN", value));
    }
}

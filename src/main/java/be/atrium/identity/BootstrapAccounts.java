package be.atrium.identity;

import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
import be.atrium.platform.AtriumConfig;
import be.atrium.home.DemoContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.logging.Logger;

/**
 * Makes sure the administrator {@code admin} exists (created on first start with
 * {@code ATRIUM_ADMIN_PASSWORD}), registers {@code ATRIUM_ADMIN_TOKEN} as its access token,
 * and loads the demo content when asked for.
 */
@ApplicationScoped
public class BootstrapAccounts {

    public static final String ADMIN = "admin";
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

    @Inject
    DemoContent demo;

    @Transactional
    public void ensure() {
        Account admin = accounts.findByUsername(ADMIN).orElse(null);
        if (admin == null) {
            Organisation agency = em.createNamedQuery("Organisation.byLevel", Organisation.class)
                    .setParameter("level", GovernmentLevel.FLEMISH).getResultStream().findFirst().orElse(null);
            NewAccount input = new NewAccount(ADMIN, "Beheerder", null,
                    agency == null ? null : agency.getId(), Role.ADMINISTRATOR, null);
            admin = accountService.createBySystem(input);
            String password = config.adminPassword().orElse(config.demo() ? DemoContent.DEMO_PASSWORD : null);
            if (password != null) {
                accountService.setPasswordBySystem(admin, password);
            } else {
                LOG.warning("Atrium: ATRIUM_ADMIN_PASSWORD is not set, so 'admin' has no password and cannot log in"
                        + " with a form; set it before the first start (or use ATRIUM_ADMIN_TOKEN).");
            }
        }
        config.adminToken().ifPresent(value -> tokens.register(em.merge(accounts.findByUsername(ADMIN).orElseThrow()),
                "ATRIUM_ADMIN_TOKEN", value));
        if (config.demo()) {
            demo.loadOnce();
        }
    }
}

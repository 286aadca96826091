package be.atrium.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.time.Duration;

/**
 * What every browser test shares: the one shared deployment, a fresh headless Chromium with its
 * {@link PageSteps} for each test, and the checks at the end of each test ({@link
 * Browser#closeAfterChecks}: nothing refused by the pages' policy, no axe-core violation on any
 * page the steps loaded). A browser test class extends this one and carries
 * {@code @ExtendWith(ArquillianExtension.class)} and {@code @RunAsClient} itself.
 */
public abstract class BrowserTest {

    /** Generous for a busy machine: a wait ends as soon as its condition holds. */
    protected static final Duration PATIENCE = Duration.ofSeconds(60);

    @ArquillianResource
    protected URL base;

    protected Browser browser;
    protected WebDriver driver;
    protected PageSteps steps;

    @Deployment
    public static WebArchive deployment() {
        return Deployments.shared();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        driver = browser.driver();
        steps = new PageSteps(driver, base, PATIENCE);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.closeAfterChecks(steps);
        }
    }
}

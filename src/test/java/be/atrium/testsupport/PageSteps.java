package be.atrium.testsupport;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The steps every browser test takes, each waiting for the state it expects, never for a time: open
 * a page, click what loads a new page (and wait until the old one is gone), log in accepting the
 * charter, log out, wait for a heading. Every page loaded through them is checked with axe-core
 * ({@link Axe}); the test asserts at its end that none had a WCAG A/AA violation.
 */
public final class PageSteps {

    private final WebDriver driver;
    private final String root;
    private final Duration patience;
    private final Set<String> violations = new LinkedHashSet<>();

    public PageSteps(WebDriver driver, URL deployment, Duration patience) {
        this.driver = driver;
        this.root = Deployments.local(deployment);
        this.patience = patience;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, patience);
    }

    public void open(String path) {
        driver.get(root + path);
        waitUntilLoaded();
        audit();
    }

    /** Clicks what loads a new page and waits until the old page is gone and the new one has loaded. */
    public void clickAndLoad(By target) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        waiting().until(gone(oldPage));
        waitUntilLoaded();
        audit();
    }

    /** Checks the page shown with axe-core; what it finds is kept for {@link #accessibilityViolations()}. */
    public void audit() {
        String page = driver.getCurrentUrl().replace(root, "").replaceFirst("#.*$", "");
        for (String violation : Axe.violations(driver)) {
            violations.add(page + ": " + violation);
        }
    }

    /** The WCAG A/AA violations axe-core found on every page loaded through these steps, each once. */
    public List<String> accessibilityViolations() {
        return List.copyOf(violations);
    }

    public void waitForHeading(String text) {
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    /** Logs in (from the login page, opened if need be) and accepts the charter when it is asked. */
    public void logInAccepting(String username, String password) {
        if (!driver.getCurrentUrl().contains("/identity/login.xhtml")) {
            open("identity/login.xhtml");
        }
        driver.findElement(By.id("loginForm:username")).clear();
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        clickAndLoad(By.id("loginForm:submit"));
        waiting().until(d -> !d.getCurrentUrl().contains("/identity/login.xhtml"));
        if (driver.getCurrentUrl().contains("/identity/charter.xhtml")) {
            clickAndLoad(By.id("charterForm:accept"));
            waiting().until(d -> !d.getCurrentUrl().contains("charter"));
        }
    }

    public void logOut() {
        clickAndLoad(By.id("logoutForm:logout"));
        waiting().until(ExpectedConditions.urlContains("/identity/login.xhtml"));
    }

    public void waitUntilLoaded() {
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * {@link ExpectedConditions#stalenessOf} for Chromium: while it replaces a document it may answer
     * for an element of the old one with "Node with given id does not belong to the document" instead
     * of "stale element", and both mean the old page is gone.
     */
    public static ExpectedCondition<Boolean> gone(WebElement element) {
        return d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }
}

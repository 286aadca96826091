package be.atrium.testsupport;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Headless Debian Chromium driven by Selenium, never reaching outside hosts. Without Chromium
 * the browser tests are skipped, unless {@code ATRIUM_REQUIRE_BROWSER=true} (CI) makes that a failure.
 * <p>
 * It keeps the browser's console: {@link #pageErrors()} lists what the Content-Security-Policy
 * refused and every uncaught script error, so a test can hold the pages to their policy.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && "true".equals(System.getenv("ATRIUM_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("Chromium and chromedriver are required (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed: browser tests skipped");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        try {
            Path profile = Files.createTempDirectory("atrium-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,1000", "--lang=nl-BE",
                    "--user-data-dir=" + profile,
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            // No implicit wait: tests wait explicitly for the state they expect (an implicit wait
            // would also make every explicit wait on an absent element slower and less predictable).
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    private final List<String> pageErrors = new ArrayList<>();

    /**
     * What the pages' Content-Security-Policy refused (a script, a handler, an image, a style) and
     * every uncaught script error, since the browser started (the console is read and kept).
     */
    public List<String> pageErrors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Uncaught")) {
                pageErrors.add(message);
            }
        }
        return List.copyOf(pageErrors);
    }

    /** Forgets the errors so far (after a test caused one on purpose). */
    public void forgetPageErrors() {
        pageErrors();
        pageErrors.clear();
    }

    /**
     * Ends a browser test: every page must have worked under its Content-Security-Policy and axe-core
     * must have found no WCAG A/AA violation on any page the steps loaded; the browser is closed either way.
     */
    public void closeAfterChecks(PageSteps steps) {
        try {
            assertEquals(List.of(), pageErrors(), "refused by the Content-Security-Policy or failed");
            assertEquals(List.of(), steps.accessibilityViolations(), "WCAG A/AA violations found by axe-core");
        } finally {
            close();
        }
    }

    /** Saves a screenshot under target/screenshots and returns its path. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("atrium.build.dir", "target"), "screenshots"));
            Path target = dir.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> walk = Files.walk(profile)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a left-over temp folder is harmless
        }
    }
}

package be.atrium.platform;

import be.atrium.testsupport.Browser;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static be.atrium.testsupport.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a person does in the browser: log in, accept the charter, find their Atria, switch language, log out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final String ADMIN = bearer("it-admin-token-0123456789");
    private static final String PASSWORD = "browser password 1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Browser browser;
    private WebDriver driver;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNewOfficialLogsInAcceptsTheCharterSeesTheirAtriaSwitchesLanguageAndLogsOut() throws Exception {
        String user = newOfficialInGent();

        driver.get(Deployments.local(base) + "index.xhtml");
        assertTrue(driver.getCurrentUrl().contains("/identity/login.xhtml"), "a visitor is sent to the login page");
        logIn(user, PASSWORD);

        assertEquals("Charter van het lerend netwerk", heading());
        assertEquals(6, driver.findElements(By.cssSelector("#agreements > li")).size(), "the six agreements");
        driver.findElement(By.id("charterForm:accept")).click();

        waitForHeading("Welkom, Tester " + user);
        String myAtria = driver.findElement(By.id("myAtria")).getText();
        assertTrue(myAtria.contains("Atrium Gent"), myAtria);
        assertTrue(driver.findElement(By.id("myOrganisation")).getText().contains("Gent"));
        Path screenshot = browser.screenshot("home");
        assertTrue(Files.size(screenshot) > 10_000, "screenshot of the home page at " + screenshot);

        driver.findElement(By.id("languageForm:en")).click();
        waitForHeading("Welcome, Tester " + user);
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.findElement(By.id("myAtria")).getText().contains("My Atria"));

        driver.findElement(By.id("logoutForm:logout")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/identity/login.xhtml"));
        assertTrue(driver.findElement(By.id("loggedOutMessage")).isDisplayed());
        driver.get(Deployments.local(base) + "index.xhtml");
        assertTrue(driver.getCurrentUrl().contains("/identity/login.xhtml"), "after logout the pages need a login again");

        logIn(user, PASSWORD);
        waitForHeading("Welcome, Tester " + user); // the language choice was kept on the account, the charter is not asked again
    }

    @Test
    void aWrongPasswordGivesAClearMessageAndKeepsTheUsername() {
        String user = newOfficialInGent();
        driver.get(Deployments.local(base) + "identity/login.xhtml");
        logIn(user, "not the password");
        String messages = driver.findElement(By.id("globalMessages")).getText();
        assertTrue(messages.contains("Aanmelden mislukt: de gebruikersnaam of het wachtwoord klopt niet."), messages);
        assertEquals(user, driver.findElement(By.id("loginForm:username")).getAttribute("value"));
        assertEquals("", driver.findElement(By.id("loginForm:password")).getAttribute("value"));
        assertTrue(driver.getCurrentUrl().contains("/identity/login.xhtml"));
    }

    private void logIn(String username, String password) {
        driver.findElement(By.id("loginForm:username")).clear();
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
    }

    private String heading() {
        return driver.findElement(By.tagName("h1")).getText().strip();
    }

    private void waitForHeading(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    /** An official of Gent, member of Atrium Gent, made through the API as an administrator would. */
    private String newOfficialInGent() {
        Http http = new Http(base);
        String username = "web" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        long gent = http.get("api/v1/organisations?level=MUNICIPAL", ADMIN).array().stream()
                .map(JsonValue::asJsonObject).filter(o -> "44021".equals(o.getString("nisCode"))).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        Http.Result created = http.send("POST", "api/v1/accounts", ADMIN, "{\"username\": \"" + username
                + "\", \"displayName\": \"Tester " + username + "\", \"organisationId\": " + gent
                + ", \"role\": \"OFFICIAL\", \"password\": \"" + PASSWORD + "\"}");
        assertEquals(201, created.status(), created.toString());
        Http.Result joined = http.send("PUT", "api/v1/atria/gent/members/" + username, ADMIN, "{\"role\": \"MEMBER\"}");
        assertEquals(200, joined.status(), joined.toString());
        return username;
    }
}

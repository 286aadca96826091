package be.atrium.meetings;

import be.atrium.testsupport.Browser;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.newOfficials;
import static be.atrium.testsupport.Api.suffix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A moderator plans a meeting in the browser (a refused form shows every error at once and keeps
 * what was typed), assigns the report to a member, who finds the task on the home page, writes
 * the report and marks the task done. Every step waits for the state it expects, never for a time
 * (as in platform.BrowserIT); every page works under its Content-Security-Policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingsBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
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
            try {
                assertEquals(List.of(), browser.pageErrors(), "refused by the Content-Security-Policy or failed");
            } finally {
                browser.close();
            }
        }
    }

    @Test
    void aModeratorPlansAMeetingAssignsTheReportAndTheMemberWritesIt() {
        Http http = new Http(base);
        String slug = "it-web-samenkomst-" + suffix();
        assertEquals(201, http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": \"Atrium "
                + slug + "\", \"kind\": \"THEMATIC\", \"membersOnly\": false}").status());
        List<String> people = newOfficials(http, 2);
        String moderator = people.get(0);
        String member = people.get(1);
        http.send("PUT", "api/v1/atria/" + slug + "/members/" + moderator, ADMIN, "{\"role\": \"MODERATOR\"}");
        http.send("PUT", "api/v1/atria/" + slug + "/members/" + member, ADMIN, "{\"role\": \"MEMBER\"}");
        String title = "Samenkomst hemelwater " + slug;

        open("identity/login.xhtml");
        logInAccepting(moderator);
        open("network/atrium.xhtml?slug=" + slug);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("atriumMeetings")));
        clickAndLoad(By.id("atriumMeetingsLink"));
        waitForHeading("Samenkomsten van Atrium " + slug);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calendar .fc-daygrid")));
        clickAndLoad(By.id("planLink"));
        waitForHeading("Samenkomst plannen");

        // begun an hour ago, so its report can be written today
        Instant start = Instant.now().minus(Duration.ofHours(1));
        driver.findElement(By.id("meetingForm:start")).sendKeys(TYPED.format(start));
        driver.findElement(By.id("meetingForm:end")).sendKeys(TYPED.format(start.minus(Duration.ofHours(2))));
        driver.findElement(By.id("meetingForm:place")).sendKeys("Stadhuis Gent, zaal 3");
        driver.findElement(By.id("meetingForm:agenda")).sendKeys("1. Welkom\n2. **Hemelwater**");
        clickAndLoad(By.id("meetingForm:save"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetingForm"), "Geef de samenkomst een titel."));
        String form = driver.findElement(By.id("meetingForm")).getText();
        assertTrue(form.contains("De samenkomst moet eindigen na het begin."), "every error at once: " + form);
        assertEquals("Stadhuis Gent, zaal 3", driver.findElement(By.id("meetingForm:place")).getAttribute("value"),
                "nothing typed is lost");
        assertTrue(driver.findElement(By.id("meetingForm:agenda")).getAttribute("value").contains("**Hemelwater**"));

        driver.findElement(By.id("meetingForm:title")).sendKeys(title);
        driver.findElement(By.id("meetingForm:end")).clear();
        driver.findElement(By.id("meetingForm:end")).sendKeys(TYPED.format(start.plus(Duration.ofHours(2))));
        clickAndLoad(By.id("meetingForm:save"));
        waitForHeading(title);
        assertEquals("Hemelwater", driver.findElement(By.cssSelector("#agenda strong")).getText(), "the agenda is Markdown");
        assertTrue(driver.findElement(By.id("reportNote")).getText().contains("geen afspraak of standpunt van het netwerk"));
        assertTrue(driver.findElement(By.id("inviteeTable")).getText().contains("Tester " + member), "members are invited");
        assertTrue(driver.findElement(By.id("icsLink")).getAttribute("href").endsWith(".ics"));

        new Select(driver.findElement(By.id("taskForm:kind"))).selectByValue("WRITE_REPORT");
        new Select(driver.findElement(By.id("taskForm:assignee"))).selectByValue(member);
        clickAndLoad(By.id("taskForm:addTask"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("taskList"), "Het verslag schrijven"));
        assertTrue(driver.findElement(By.id("taskList")).getText().contains("Tester " + member));
        logOut();

        logInAccepting(member);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("myOpenTasks"), title));
        assertTrue(driver.findElement(By.id("upcomingMeetings")).getText().contains(title), "it has not ended yet");
        clickAndLoad(By.linkText("Het verslag schrijven"));
        waitForHeading(title);
        clickAndLoad(By.cssSelector("#answerForm [data-answer='YES']"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("currentAnswer"), "U antwoordde: Ja."));
        driver.findElement(By.id("reportForm:body")).sendKeys("We bespraken de **hemelwaterput** bij de eindinspectie.");
        clickAndLoad(By.id("reportForm:saveReport"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reportBody strong")));
        assertEquals("hemelwaterput", driver.findElement(By.cssSelector("#reportBody strong")).getText());
        clickAndLoad(By.cssSelector("#taskList li[data-kind='WRITE_REPORT'] input[value='Gedaan']"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("taskList"), "Gedaan"));
        browser.screenshot("meeting-with-report");
        clickAndLoad(By.id("navHome"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("myOpenTasks"), "U heeft geen open taken."));
        clickAndLoad(By.id("navMeetings"));
        waitForHeading("Samenkomsten van mijn Atria");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calendar .fc-event")));
        assertTrue(driver.findElement(By.id("upcomingList")).getText().contains(title));
        browser.screenshot("meetings-of-my-atria");
    }

    private void logInAccepting(String username) {
        if (!driver.getCurrentUrl().contains("/identity/login.xhtml")) {
            open("identity/login.xhtml");
        }
        driver.findElement(By.id("loginForm:username")).clear();
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(PASSWORD);
        clickAndLoad(By.id("loginForm:submit"));
        waiting().until(d -> !d.getCurrentUrl().contains("/identity/login.xhtml"));
        if (driver.getCurrentUrl().contains("/identity/charter.xhtml")) {
            clickAndLoad(By.id("charterForm:accept"));
            waiting().until(d -> !d.getCurrentUrl().contains("charter"));
        }
    }

    private void logOut() {
        clickAndLoad(By.id("logoutForm:logout"));
        waiting().until(ExpectedConditions.urlContains("/identity/login.xhtml"));
    }

    private void waitForHeading(String text) {
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE);
    }

    private void open(String path) {
        driver.get(Deployments.local(base) + path);
        waitUntilLoaded();
    }

    /** Clicks what loads a new page and waits until the old page is gone and the new one has loaded. */
    private void clickAndLoad(By target) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        waiting().until(gone(oldPage));
        waitUntilLoaded();
    }

    private static ExpectedCondition<Boolean> gone(WebElement element) {
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

    private void waitUntilLoaded() {
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}

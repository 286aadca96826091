package be.atrium.meetings;

import be.atrium.documents.TestFiles;
import be.atrium.testsupport.BrowserTest;
import be.atrium.testsupport.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.newOfficials;
import static be.atrium.testsupport.Api.suffix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A moderator plans a meeting in the browser (a refused form shows every error at once and keeps
 * what was typed), assigns the report to a member, who finds the task on the home page, writes
 * the report, adds a file to it and links a document already in the library (picked by title), and
 * marks the task done. Every step waits for the state it expects, never for a time
 * (as in platform.BrowserIT); every page works under its Content-Security-Policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingsBrowserIT extends BrowserTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));

    @Test
    void aModeratorPlansAMeetingAssignsTheReportAndTheMemberWritesIt() throws IOException {
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
        String existing = "Nota regenwaterhergebruik " + slug;
        String boundary = "atrium-" + suffix();
        Http.Result uploaded = http.sendBytes("POST", "api/v1/atria/" + slug + "/documents", ADMIN,
                "multipart/form-data; boundary=" + boundary, TestFiles.multipart(boundary, Map.of("title", existing,
                        "kind", "PLAN"), "nota.txt", "Hergebruik van regenwater.".getBytes(StandardCharsets.UTF_8)));
        assertEquals(201, uploaded.status(), uploaded.toString());

        steps.open("identity/login.xhtml");
        steps.logInAccepting(moderator, PASSWORD);
        steps.open("network/atrium.xhtml?slug=" + slug);
        steps.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("atriumMeetings")));
        steps.clickAndLoad(By.id("atriumMeetingsLink"));
        steps.waitForHeading("Samenkomsten van Atrium " + slug);
        steps.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calendar .fc-daygrid")));
        steps.clickAndLoad(By.id("planLink"));
        steps.waitForHeading("Samenkomst plannen");

        // begun an hour ago, so its report can be written today
        Instant start = Instant.now().minus(Duration.ofHours(1));
        driver.findElement(By.id("meetingForm:start")).sendKeys(TYPED.format(start));
        driver.findElement(By.id("meetingForm:end")).sendKeys(TYPED.format(start.minus(Duration.ofHours(2))));
        driver.findElement(By.id("meetingForm:place")).sendKeys("Stadhuis Gent, zaal 3");
        driver.findElement(By.id("meetingForm:agenda")).sendKeys("1. Welkom\n2. **Hemelwater**");
        steps.clickAndLoad(By.id("meetingForm:save"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetingForm"), "Geef de samenkomst een titel."));
        String form = driver.findElement(By.id("meetingForm")).getText();
        assertTrue(form.contains("De samenkomst moet eindigen na het begin."), "every error at once: " + form);
        steps.waiting().until(ExpectedConditions.attributeToBe(By.id("meetingForm:end"), "aria-invalid", "true"));
        assertEquals("true", driver.findElement(By.id("meetingForm:title")).getAttribute("aria-invalid"),
                "each field with an error is marked for assistive technology");
        assertEquals("Stadhuis Gent, zaal 3", driver.findElement(By.id("meetingForm:place")).getAttribute("value"),
                "nothing typed is lost");
        assertTrue(driver.findElement(By.id("meetingForm:agenda")).getAttribute("value").contains("**Hemelwater**"));

        driver.findElement(By.id("meetingForm:title")).sendKeys(title);
        driver.findElement(By.id("meetingForm:end")).clear();
        driver.findElement(By.id("meetingForm:end")).sendKeys(TYPED.format(start.plus(Duration.ofHours(2))));
        steps.clickAndLoad(By.id("meetingForm:save"));
        steps.waitForHeading(title);
        assertEquals("Hemelwater", driver.findElement(By.cssSelector("#agenda strong")).getText(), "the agenda is Markdown");
        assertTrue(driver.findElement(By.id("reportNote")).getText().contains("geen afspraak of standpunt van het netwerk"));
        assertTrue(driver.findElement(By.id("inviteeTable")).getText().contains("Tester " + member), "members are invited");
        assertTrue(driver.findElement(By.id("icsLink")).getAttribute("href").endsWith(".ics"));

        new Select(driver.findElement(By.id("taskForm:kind"))).selectByValue("WRITE_REPORT");
        new Select(driver.findElement(By.id("taskForm:assignee"))).selectByValue(member);
        steps.clickAndLoad(By.id("taskForm:addTask"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("taskList"), "Het verslag schrijven"));
        assertTrue(driver.findElement(By.id("taskList")).getText().contains("Tester " + member));
        steps.logOut();

        steps.logInAccepting(member, PASSWORD);
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("myOpenTasks"), title));
        assertTrue(driver.findElement(By.id("upcomingMeetings")).getText().contains(title), "it has not ended yet");
        steps.clickAndLoad(By.linkText("Het verslag schrijven"));
        steps.waitForHeading(title);
        steps.clickAndLoad(By.cssSelector("#answerForm [data-answer='YES']"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("currentAnswer"), "U antwoordde: Ja."));
        driver.findElement(By.id("reportForm:body")).sendKeys("We bespraken de **hemelwaterput** bij de eindinspectie.");
        steps.clickAndLoad(By.id("reportForm:saveReport"));
        steps.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reportBody strong")));
        assertEquals("hemelwaterput", driver.findElement(By.cssSelector("#reportBody strong")).getText());

        // the report's documents: a file uploaded with it, and a document already in the library picked by title
        Path notes = Files.createTempDirectory("atrium-meeting").resolve("presentatie-hemelwater.txt");
        Files.writeString(notes, "Presentatie over de hemelwaterput.\n", StandardCharsets.UTF_8);
        driver.findElement(By.cssSelector("#attachForm\\:files input[type=file]")).sendKeys(notes.toString());
        steps.waiting().until(d -> d.findElements(By.cssSelector("#attachResultList li.upload-done")).size() == 1);
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportDocuments"),
                "presentatie-hemelwater.txt"));
        WebElement picker = driver.findElement(By.id("documentForm:document_input"));
        picker.sendKeys("regenwater");
        By suggestion = By.cssSelector("#documentForm\\:document_panel li.ui-autocomplete-item");
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(suggestion, existing));
        driver.findElement(suggestion).click();
        steps.waiting().until(d -> d.findElement(By.id("documentForm:document_input")).getAttribute("value").startsWith(existing));
        steps.clickAndLoad(By.id("documentForm:link"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportDocuments"), existing));
        assertTrue(driver.findElement(By.id("reportDocuments")).getText().contains("presentatie-hemelwater.txt"));
        steps.clickAndLoad(By.linkText("presentatie-hemelwater.txt"));
        steps.waitForHeading("presentatie-hemelwater.txt");
        assertEquals(title, driver.findElement(By.id("meetingLink")).getText(), "the document names its meeting");
        assertTrue(driver.findElement(By.id("kind")).getText().contains("Verslag"), driver.findElement(By.id("kind")).getText());
        steps.clickAndLoad(By.id("meetingLink"));
        steps.waitForHeading(title);

        steps.clickAndLoad(By.cssSelector("#taskList li[data-kind='WRITE_REPORT'] input[value='Gedaan']"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("taskList"), "Gedaan"));
        browser.screenshot("meeting-with-report");
        steps.clickAndLoad(By.id("navHome"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("myOpenTasks"), "U heeft geen open taken."));
        steps.clickAndLoad(By.id("navMeetings"));
        steps.waitForHeading("Samenkomsten van mijn Atria");
        steps.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calendar .fc-event")));
        assertTrue(driver.findElement(By.id("upcomingList")).getText().contains(title));
        browser.screenshot("meetings-of-my-atria");
    }
}

package be.atrium.notify;

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

import java.util.List;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.id;
import static be.atrium.testsupport.Api.newOfficials;
import static be.atrium.testsupport.Api.setMember;
import static be.atrium.testsupport.Api.suffix;
import static be.atrium.testsupport.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bell as its user meets it: someone answers my question, the bell in the header says 1 (also
 * to a screen reader), the list shows who answered what, unread; marking it read empties the bell;
 * the next answer is opened from the list and leads to the thread; "Niet meer volgen" on the thread
 * page turns into "Volgen". Every step waits for the state it expects, never for a time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsBrowserIT extends BrowserTest {

    @Test
    void someoneAnswersTheBellSaysOneTheListShowsItAndReadingItEmptiesTheBell() {
        Http http = new Http(base);
        List<String> people = newOfficials(http, 2);
        String asker = people.get(0);
        String peer = people.get(1);
        String title = "Bijgebouw in agrarisch gebied " + suffix();
        long thread = id(http.send("POST", "api/v1/atria/gent/threads", basic(asker, PASSWORD),
                "{\"kind\": \"QUESTION\", \"title\": \"" + title + "\", \"body\": \"Mag een tuinhuis daar?\"}"));

        steps.open("identity/login.xhtml");
        steps.logInAccepting(asker, PASSWORD);
        WebElement bell = driver.findElement(By.id("notificationBell"));
        assertEquals("Meldingen, geen ongelezen", bell.getAttribute("aria-label"));
        assertTrue(driver.findElements(By.id("notificationCount")).isEmpty(), "no count while nothing is unread");

        id(http.send("POST", "api/v1/threads/" + thread + "/posts", basic(peer, PASSWORD),
                "{\"body\": \"Alleen als het zonevreemd vergund is.\"}"));
        waitForBell("1");
        assertEquals("Meldingen, 1 ongelezen", driver.findElement(By.id("notificationBell")).getAttribute("aria-label"));

        steps.clickAndLoad(By.id("notificationBell"));
        steps.waitForHeading("Meldingen");
        WebElement item = driver.findElement(By.cssSelector("#notifications li.notification"));
        assertTrue(item.getAttribute("class").contains("is-unread"), item.getAttribute("class"));
        assertEquals("Ongelezen:", item.findElement(By.cssSelector(".sr-only")).getAttribute("textContent").strip(),
                "a screen reader hears that it is unread, not only sees it bold");
        assertEquals("Tester " + peer + " reageerde op je vraag “" + title + "”",
                item.findElement(By.cssSelector(".notification-text")).getText());

        steps.clickAndLoad(By.cssSelector("#notifications li.notification input[type=submit]"));
        steps.waiting().until(ExpectedConditions.attributeContains(By.cssSelector("#notifications li.notification"),
                "class", "is-read"));
        assertTrue(driver.findElements(By.id("notificationCount")).isEmpty(), "the bell is empty again");
        assertEquals("Meldingen, geen ongelezen", driver.findElement(By.id("notificationBell")).getAttribute("aria-label"));

        // the next answer is opened from the list: it leads to the thread and counts as read
        http.send("POST", "api/v1/threads/" + thread + "/posts", basic(peer, PASSWORD), "{\"body\": \"Of herbevestigd.\"}");
        waitForBell("1");
        steps.clickAndLoad(By.id("notificationBell"));
        steps.clickAndLoad(By.cssSelector("#notifications li.is-unread .notification-text"));
        steps.waitForHeading(title);
        assertTrue(driver.getCurrentUrl().contains("/discussion/thread.xhtml?id=" + thread), driver.getCurrentUrl());
        assertTrue(driver.findElements(By.id("notificationCount")).isEmpty());

        // my own question is followed by default; I can stop that
        WebElement follow = driver.findElement(By.id("watchForm:watch"));
        assertEquals("Niet meer volgen", follow.getAttribute("value"));
        steps.clickAndLoad(By.id("watchForm:watch"));
        steps.waiting().until(ExpectedConditions.attributeToBe(By.id("watchForm:watch"), "value", "Volgen"));
        assertTrue(driver.getCurrentUrl().contains("/discussion/thread.xhtml?id=" + thread), driver.getCurrentUrl());
    }

    @Test
    void aMemberChoosesHowMuchToHearOfAnAtriumAndFollowsSomeoneElsesThread() {
        Http http = new Http(base);
        String slug = "it-web-volgen-" + suffix();
        assertEquals(201, http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": \"Atrium "
                + slug + "\", \"kind\": \"THEMATIC\", \"membersOnly\": false}").status());
        List<String> people = newOfficials(http, 2);
        String member = people.get(0);
        String asker = people.get(1);
        setMember(http, slug, member, "MEMBER");
        String title = "Verharding in de tuinzone " + suffix();
        long thread = id(http.send("POST", "api/v1/atria/gent/threads", basic(asker, PASSWORD),
                "{\"kind\": \"QUESTION\", \"title\": \"" + title + "\", \"body\": \"Hoeveel mag?\"}"));

        steps.open("identity/login.xhtml");
        steps.logInAccepting(member, PASSWORD);
        steps.open("notify/subscriptions.xhtml");
        steps.waitForHeading("Wat ik volg");
        assertTrue(driver.findElement(By.id("noSubscriptions")).isDisplayed());
        assertEquals("Standaard", level(slug).getFirstSelectedOption().getText());
        level(slug).selectByVisibleText("Niets");
        steps.clickAndLoad(By.id("levelsForm:saveLevels"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"),
                "Je keuzes zijn opgeslagen."));
        assertEquals("Niets", level(slug).getFirstSelectedOption().getText(), "the choice is kept");

        steps.open("discussion/thread.xhtml?id=" + thread);
        steps.waitForHeading(title);
        assertEquals("Volgen", driver.findElement(By.id("watchForm:watch")).getAttribute("value"),
                "someone else's thread is not followed by default");
        steps.clickAndLoad(By.id("watchForm:watch"));
        steps.waiting().until(ExpectedConditions.attributeToBe(By.id("watchForm:watch"), "value", "Niet meer volgen"));

        steps.open("notify/subscriptions.xhtml");
        WebElement watched = driver.findElement(By.id("subscriptions"));
        assertTrue(watched.getText().contains(title), watched.getText());
        assertTrue(watched.getText().contains("Vraag of discussie"), watched.getText());
    }

    /** The level menu of an Atrium on the subscriptions page, found by its label (the Atrium's name). */
    private Select level(String slug) {
        WebElement label = driver.findElement(By.xpath("//label[normalize-space()='Atrium " + slug + "']"));
        return new Select(driver.findElement(By.id(label.getAttribute("for"))));
    }

    /** Reloads the page until the bell shows this count: the fan-out runs after the answer's commit. */
    private void waitForBell(String count) {
        steps.waiting().until(d -> {
            d.navigate().refresh();
            steps.waitUntilLoaded();
            List<WebElement> shown = d.findElements(By.id("notificationCount"));
            return !shown.isEmpty() && count.equals(shown.get(0).getText());
        });
    }
}

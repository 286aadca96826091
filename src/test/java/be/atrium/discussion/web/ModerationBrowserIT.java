package be.atrium.discussion.web;

import be.atrium.testsupport.BrowserTest;
import be.atrium.testsupport.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;


import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.id;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Api.setMember;
import static be.atrium.testsupport.Api.uniqueWord;
import static be.atrium.testsupport.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A moderator of Atrium Gent at work in the browser: escalating a question to the expert board of
 * the Atrium's own province (preselected, confirmed, then undone without ever meeting a 403), and
 * merging a duplicate into a question picked by its title, after which the merged question shows
 * where it came from and cannot be accepted as an answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModerationBrowserIT extends BrowserTest {

    @Test
    void aModeratorEscalatesToTheProvinceBoardUndoesItAndMergesADuplicatePickedByTitle() {
        Http http = new Http(base);
        String moderator = newOfficial(http);
        String asker = newOfficial(http);
        String answerer = newOfficial(http);
        setMember(http, "gent", moderator, "MODERATOR");
        for (String member : new String[] {asker, answerer}) {
            setMember(http, "gent", member, "MEMBER");
        }
        String word = uniqueWord("hemelwater");
        long question = ask(http, asker, "Infiltratievoorziening bij " + word, "Hoe groot moet ze zijn?");
        long duplicate = ask(http, answerer, "Dubbel over " + word + " en infiltratie", "Zelfde vraag, andere woorden.");
        long duplicateAnswer = id(http.send("POST", "api/v1/threads/" + duplicate + "/posts", basic(asker, PASSWORD),
                "{\"body\": \"Zie de gewestelijke verordening hemelwater.\"}"));
        JsonObject duplicateRead = http.get("api/v1/threads/" + duplicate, basic(asker, PASSWORD)).object();
        long duplicateOpening = duplicateRead.getJsonArray("posts").getJsonObject(0).getJsonNumber("id").longValue();

        steps.logInAccepting(moderator, PASSWORD);

        // escalation: the expert board of Oost-Vlaanderen (Gent's province) is chosen already; a confirm step
        steps.open("discussion/moderate-thread.xhtml?id=" + question);
        steps.waitForHeading("Onderwerp modereren");
        Select expertBoard = new Select(driver.findElement(By.id("escalateForm:expertBoard")));
        assertEquals("Expertenbord provincie Oost-Vlaanderen", expertBoard.getFirstSelectedOption().getText());
        steps.clickAndLoad(By.id("escalateForm:escalate"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmQuestion"),
                "Deze vraag doorverwijzen naar Expertenbord provincie Oost-Vlaanderen?"));
        assertEquals("escalateForm:confirmEscalate", driver.switchTo().activeElement().getAttribute("id"),
                "the confirmation has the focus");
        steps.clickAndLoad(By.id("escalateForm:confirmEscalate"));

        // not a moderator of the expert board, yet no 403: the page says where it went and offers the undo
        steps.waitForHeading("Onderwerp modereren");
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"),
                "De vraag is doorverwezen naar Expertenbord provincie Oost-Vlaanderen."));
        assertEquals("Doorverwezen van Atrium Gent naar Expertenbord provincie Oost-Vlaanderen.",
                driver.findElement(By.id("undoText")).getText());
        assertTrue(driver.findElements(By.id("escalateForm")).isEmpty(), "nothing else to moderate there");
        steps.clickAndLoad(By.id("undoForm:undo"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"),
                "Ongedaan gemaakt: het onderwerp staat weer op Atrium Gent."));
        assertEquals("Atrium Gent", driver.findElement(By.id("board")).getText());
        assertTrue(driver.findElements(By.id("origin")).isEmpty(), "no longer marked as escalated");
        assertTrue(driver.findElements(By.id("undoBox")).isEmpty(), "the undo was the last action");

        // merge: the target is picked by a part of its title, in another case
        steps.open("discussion/moderate-thread.xhtml?id=" + duplicate);
        driver.findElement(By.id("mergeForm:target_input")).sendKeys("INFILTRATIEVOORZIENING BIJ " + word.toUpperCase());
        By suggestion = By.cssSelector("#mergeForm\\:target_panel li.ui-autocomplete-item");
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(suggestion, "Infiltratievoorziening bij " + word));
        assertEquals(1, driver.findElements(suggestion).size(), "the thread itself is not offered");
        driver.findElement(suggestion).click();
        steps.waiting().until(d -> d.findElement(By.id("mergeForm:target_input")).getAttribute("value")
                .startsWith("Infiltratievoorziening bij " + word));
        steps.clickAndLoad(By.id("mergeForm:merge"));

        // the target thread: the merged question says where it came from and offers no "accept"
        steps.waiting().until(ExpectedConditions.urlContains("thread.xhtml?id=" + question));
        By header = By.id("post-" + duplicateOpening + "-mergedFrom");
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(header,
                "Samengevoegd uit «Dubbel over " + word + " en infiltratie»"));
        assertTrue(driver.findElement(By.id("post-" + duplicateAnswer + "-mergedFrom")).isDisplayed());
        assertTrue(driver.findElements(By.cssSelector("#post-" + duplicateOpening + " input[value='Aanvaard dit antwoord']"))
                .isEmpty(), "a merged question is not an answer");
        assertFalse(driver.findElements(By.cssSelector("#post-" + duplicateAnswer + " input[value='Aanvaard dit antwoord']"))
                .isEmpty(), "the answer merged in can be accepted by the moderator");

        // and the API says why, in JSON
        Http.Result refused = http.send("POST", "api/v1/posts/" + duplicateOpening + "/accept", basic(asker, PASSWORD), null);
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("thread.accept.mergedQuestion", refused.object().getString("error"));
    }

    private static long ask(Http http, String asker, String title, String body) {
        return id(http.send("POST", "api/v1/atria/gent/threads", basic(asker, PASSWORD),
                "{\"kind\": \"QUESTION\", \"title\": \"" + title + "\", \"body\": \"" + body + "\"}"));
    }
}

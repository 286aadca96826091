package be.atrium.search;

import be.atrium.testsupport.BrowserTest;
import be.atrium.testsupport.Http;
import be.atrium.testsupport.PageSteps;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search as a person uses it in the browser: titles suggested in the header while typing (a chosen
 * one opens), Enter to the search page with the word marked in the snippet, a facet that narrows
 * the search in the address, the language switched on the search page, and similar questions
 * while asking.
 * <p>
 * Set up as {@code BrowserIT}: the shared deployment, headless Chromium, every step waiting for the
 * state it expects (an element, a text, an address), never for a time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchBrowserIT extends BrowserTest {

    private static final String PASSWORD = "browser password 1";

    @Test
    void aQuestionIsSuggestedWhileTypingFoundWithItsWordMarkedNarrowedByKindAndShownWhileAskingASimilarOne() {
        String asker = newOfficialInGent();
        String reader = newOfficialInGent();
        String word = uniqueWord();
        String title = capitalised(word) + " langs de Schelde: is een omgevingsvergunning nodig?";
        Http http = new Http(base);
        Http.Result asked = http.send("POST", "api/v1/atria/gent/threads", basic(asker, PASSWORD),
                "{\"kind\": \"QUESTION\", \"title\": \"" + title + "\", \"body\": \"Wie heeft ervaring met de "
                        + word + " bij een verkaveling?\", \"tags\": [\"schelde\"]}");
        assertEquals(201, asked.status(), asked.toString());
        long thread = asked.object().getJsonNumber("id").longValue();
        steps.waiting().until(d -> {
            JsonObject found = http.get("api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8),
                    basic(reader, PASSWORD)).object();
            return found.getInt("total") == 1;
        });

        steps.logInAccepting(reader, PASSWORD);

        // The header box suggests the title from its first letters; choosing it opens the question.
        WebElement box = driver.findElement(By.id("siteSearchQuery_input"));
        assertEquals("q", box.getAttribute("name"), "the box is the q of a plain GET form to the search page");
        box.sendKeys(title.substring(0, 10));
        By suggestion = By.cssSelector("#siteSearchQuery_panel li[data-item-label]");
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("siteSearchQuery_panel"), title));
        steps.waiting().until(ExpectedConditions.visibilityOfElementLocated(suggestion));
        assertEquals(1, driver.findElements(suggestion).size(), "the unique beginning suggests one title");
        browser.screenshot("search-suggest");
        WebElement oldPage = driver.findElement(By.tagName("html"));
        box.sendKeys(Keys.ARROW_DOWN);
        steps.waiting().until(d -> d.findElement(suggestion).getAttribute("class").contains("ui-state-highlight"));
        box.sendKeys(Keys.ENTER);
        steps.waiting().until(PageSteps.gone(oldPage));
        steps.waitUntilLoaded();
        steps.waitForHeading(title);
        assertTrue(driver.getCurrentUrl().endsWith("/discussion/thread.xhtml?id=" + thread), driver.getCurrentUrl());

        // Enter searches the whole word: the hit shows the word marked in its snippet.
        box = driver.findElement(By.id("siteSearchQuery_input"));
        box.sendKeys(word);
        oldPage = driver.findElement(By.tagName("html"));
        box.sendKeys(Keys.ENTER);
        steps.waiting().until(PageSteps.gone(oldPage));
        steps.waitUntilLoaded();
        steps.waitForHeading("Zoeken");
        assertTrue(driver.getCurrentUrl().contains("/search/index.xhtml?q=" + word), driver.getCurrentUrl());
        By hit = By.id("hit-thread-" + thread);
        assertEquals(title, driver.findElement(hit).findElement(By.cssSelector(".search-hit-title a")).getText());
        WebElement marked = driver.findElement(hit).findElement(By.cssSelector(".search-snippet mark"));
        assertEquals(word, marked.getText().toLowerCase(Locale.ROOT), "the word is marked in the snippet");
        String meta = driver.findElement(hit).findElement(By.className("search-hit-meta")).getText();
        assertTrue(meta.contains("Vraag") && meta.contains("Atrium Gent"), meta);
        assertEquals("1 resultaat", driver.findElement(By.id("resultCount")).getText());
        browser.screenshot("search-results");

        // A facet narrows the search in the address, and can be dropped again.
        WebElement questions = driver.findElement(By.cssSelector("#facet-type a"));
        assertTrue(questions.getText().startsWith("Vraag"), questions.getText());
        steps.clickAndLoad(By.cssSelector("#facet-type a"));
        steps.waiting().until(ExpectedConditions.urlContains("type=thread"));
        assertEquals("true", driver.findElement(By.cssSelector("#facet-type a")).getAttribute("aria-current"));
        assertTrue(driver.findElement(By.id("activeFilters")).getText().contains("Soort: Vraag"));
        assertTrue(driver.findElement(hit).isDisplayed());
        browser.screenshot("search-facet");
        steps.clickAndLoad(By.cssSelector("#activeFilters a"));
        steps.waiting().until(d -> !d.getCurrentUrl().contains("type="));
        assertTrue(driver.findElements(By.id("activeFilters")).isEmpty());

        // A postback from the search page (here: the language) keeps the search.
        steps.clickAndLoad(By.id("languageForm:en"));
        steps.waitForHeading("Search");
        assertTrue(driver.getCurrentUrl().contains("q=" + word), driver.getCurrentUrl());
        assertEquals("1 result", driver.findElement(By.id("resultCount")).getText());
        steps.clickAndLoad(By.id("languageForm:nl"));
        steps.waitForHeading("Zoeken");

        // Asking something similar shows the question while the title is typed.
        steps.open("discussion/ask.xhtml?atrium=gent");
        driver.findElement(By.cssSelector("[id$='askForm:title']")).sendKeys("Is de " + word + " ook bij ons een probleem");
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("similarList"), title));
        assertEquals("Misschien is je vraag al beantwoord", driver.findElement(By.id("similarHeading")).getText());
        assertTrue(driver.findElement(By.cssSelector("#similarList a[href$='/discussion/thread.xhtml?id=" + thread + "']"))
                .isDisplayed());
        browser.screenshot("ask-similar");
    }

    /** Letters only, so that spelling and stemming treat it as one ordinary, unknown word. */
    private static String uniqueWord() {
        StringBuilder w = new StringBuilder("kwelder");
        for (int i = 0; i < 7; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return w.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** An official of Gent, member of Atrium Gent, made through the API as an administrator would. */
    private String newOfficialInGent() {
        Http http = new Http(base);
        String username = "srch" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
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

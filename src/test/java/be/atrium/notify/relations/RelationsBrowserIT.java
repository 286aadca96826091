package be.atrium.notify.relations;

import be.atrium.testsupport.Api;
import be.atrium.testsupport.BrowserTest;
import be.atrium.testsupport.Http;
import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.suffix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A relationship manager opens their view from the home page: the table names their municipality
 * and the Atrium covering it, with the open question counted, the chart is drawn and the CSV link
 * downloads the figures; an official gets "Geen toegang". An official finds their questions on
 * the home page with their state, the escalated one too; the board's Atom feed is linked, and a
 * personal feed token made on the feeds page works until it is revoked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RelationsBrowserIT extends BrowserTest {

    @Test
    void aRelationshipManagerSeesTheirMunicipalityWithAChartATableAndACsvDownload() {
        Http http = new Http(base);
        long municipality = Api.municipality(http, "71004");
        String slug = "it-rb-" + suffix();
        assertEquals(201, http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": \"Regio "
                + slug + "\", \"kind\": \"REGIONAL\", \"membersOnly\": false}").status());
        Coaching.cover(slug, municipality);
        String manager = Api.newAccount(http, Api.flemishAgency(http), "RELATIONSHIP_MANAGER");
        Coaching.coach(manager, municipality);
        String official = Api.newAccount(http, municipality, "OFFICIAL");
        assertEquals(201, http.send("POST", "api/v1/atria/" + slug + "/threads", Http.basic(official, PASSWORD),
                "{\"title\": \"Hoe registreer ik een onbebouwd perceel?\", \"body\": \"Wie weet het?\"}").status());

        steps.open("identity/login.xhtml");
        steps.logInAccepting(manager, PASSWORD);
        steps.clickAndLoad(By.id("relationsLink"));
        steps.waitForHeading("Relatiebeheer");
        WebElement municipalities = driver.findElement(By.id("municipalityTable"));
        assertTrue(municipalities.getText().contains("Beringen"), municipalities.getText());
        WebElement atria = driver.findElement(By.id("atriumTable"));
        WebElement row = atria.findElement(By.xpath(".//tr[th[contains(., '" + slug + "')]]"));
        assertEquals("1", row.findElements(By.tagName("td")).get(0).getText(), "the open question of this week");
        steps.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#atriumChart canvas")));
        steps.waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var c = document.querySelector('#atriumChart canvas'); return c != null && c.width > 0;"));
        WebElement csv = driver.findElement(By.id("relationsCsv"));
        assertTrue(csv.getAttribute("href").endsWith("/notify/relations.csv"));
        String text = fetch(csv.getAttribute("href"));
        assertTrue(text.startsWith("200 text/csv"), text);
        assertTrue(text.contains("attachment"), text);
        assertTrue(text.contains("\nAtrium;Regio " + slug + ";1;0;0;"), text);
        browser.screenshot("relations-page");
        steps.logOut();

        steps.logInAccepting(official, PASSWORD);
        assertTrue(driver.findElements(By.id("relationsLink")).isEmpty(), "no link for officials");
        steps.open("notify/relations.xhtml");
        steps.waitForHeading("Geen toegang");
    }

    @Test
    void anOfficialFollowsTheirQuestionsOnTheHomePageAlsoOnceEscalated() {
        Http http = new Http(base);
        String slug = "it-mv-" + suffix();
        assertEquals(201, http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": \"Atrium "
                + slug + "\", \"kind\": \"THEMATIC\", \"membersOnly\": false}").status());
        String asker = Api.newOfficial(http);
        String open = "Mag een carport in de voortuin? " + slug;
        String forwarded = "Geldt de GSV hemelwater ook hier? " + slug;
        ask(http, asker, slug, open);
        long escalated = ask(http, asker, slug, forwarded);
        Http.Result moved = http.send("POST", "api/v1/threads/" + escalated + "/escalate", ADMIN,
                "{\"board\": \"expert-vlaanderen\"}");
        assertEquals(200, moved.status(), moved.toString());

        steps.open("identity/login.xhtml");
        steps.logInAccepting(asker, PASSWORD);
        steps.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("myQuestionsList")));
        WebElement list = driver.findElement(By.id("myQuestionsList"));
        WebElement first = list.findElement(By.xpath(".//li[a[contains(., '" + open + "')]]"));
        assertTrue(first.getText().contains("Open"), first.getText());
        WebElement second = list.findElement(By.xpath(".//li[a[contains(., '" + forwarded + "')]]"));
        assertTrue(second.getText().contains("Geëscaleerd"), second.getText());
        assertTrue(second.getText().contains("Expertenbord Vlaamse overheid"), second.getText());
        browser.screenshot("home-my-questions");

        steps.open("discussion/board.xhtml?atrium=" + slug);
        WebElement feed = driver.findElement(By.cssSelector("head link[rel='alternate'][type='application/atom+xml']"));
        assertTrue(feed.getAttribute("href").endsWith("/feeds/boards/" + slug + ".atom"), feed.getAttribute("href"));
        assertEquals("Atom", driver.findElement(By.id("boardAtom")).getText(), "a visible link to the board's feed");

        steps.open("notify/feeds.xhtml");
        steps.waitForHeading("Atom-feeds");
        steps.clickAndLoad(By.id("tokenForm:renew"));
        String personal = driver.findElement(By.id("personalNetwork")).getAttribute("value");
        assertTrue(personal.contains("/feeds/atom_") && personal.endsWith("/network.atom"), personal);
        assertTrue(fetch(personal).startsWith("200 application/atom+xml"), "the personal feed answers");
        steps.clickAndLoad(By.id("tokenForm:revoke"));
        steps.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tokenRevoked")));
        assertTrue(fetch(personal).startsWith("404"), "a revoked token's feed is gone");
    }

    /** Status, content type and body of a GET from the page (with its cookies). */
    private String fetch(String url) {
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' "
                        + "+ r.headers.get('Content-Type') + ' ' + r.headers.get('Content-Disposition') + '\\n' + t)));",
                url));
    }

    private static long ask(Http http, String asker, String slug, String title) {
        return Api.id(http.send("POST", "api/v1/atria/" + slug + "/threads", Http.basic(asker, PASSWORD),
                Json.createObjectBuilder().add("title", title).add("body", "Wie weet het?").build().toString()));
    }
}

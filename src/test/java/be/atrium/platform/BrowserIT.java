package be.atrium.platform;

import be.atrium.testsupport.BrowserTest;
import be.atrium.testsupport.Http;
import be.atrium.testsupport.PageSteps;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static be.atrium.testsupport.Api.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a person does in the browser: log in, accept the charter, find their Atria, switch language,
 * log out; ask, answer, accept and edit; the wiki; promotion; practice.
 * <p>
 * Every step waits for the state it expects, never for a time: a click that loads a page waits
 * until the old page is gone ({@link PageSteps#clickAndLoad}) and then for what the new page must show
 * (its heading, address or text). The driver has no implicit wait, so a step that forgets to wait
 * fails at once instead of sometimes reading the old page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT extends BrowserTest {

    private static final String PASSWORD = "browser password 1";

    @Test
    void thePagesPolicyRefusesAnInjectedScriptAndAnOutsideImageAndTheBrowserSaysSo() {
        steps.open("identity/login.xhtml");
        steps.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!(window.PrimeFaces && PrimeFaces.csp && PrimeFaces.csp.NONCE_VALUE)")));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.violations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.violations.push(e.violatedDirective));"
                + "var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                + "document.head.appendChild(s);"
                + "var i = document.createElement('img'); i.src = 'https://tracker.example.org/pixel.png';"
                + "document.body.appendChild(i);");
        steps.waiting().until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.violations.length")).intValue() >= 2);
        assertEquals(null, js.executeScript("return window.injected"), "the injected inline script did not run");
        String directives = String.valueOf(js.executeScript("return window.violations.join(' ')"));
        assertTrue(directives.contains("script-src") && directives.contains("img-src"), directives);
        List<String> reported = browser.pageErrors();
        assertTrue(reported.stream().anyMatch(m -> m.contains("Content Security Policy")), "the console has it: " + reported);
        browser.forgetPageErrors(); // caused on purpose; the journeys below must cause none

        // the page's own handlers work under the policy: the language switch is an inline handler moved into a nonce script
        steps.clickAndLoad(By.id("languageForm:en"));
        steps.waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    @Test
    void aNewOfficialLogsInAcceptsTheCharterSeesTheirAtriaSwitchesLanguageAndLogsOut() throws Exception {
        String user = newOfficialInGent();

        steps.open("index.xhtml");
        assertTrue(driver.getCurrentUrl().contains("/identity/login.xhtml"), "a visitor is sent to the login page");
        logIn(user, PASSWORD);

        steps.waiting().until(ExpectedConditions.urlContains("/identity/charter.xhtml"));
        assertEquals("Charter van het lerend netwerk", heading());
        assertEquals(6, driver.findElements(By.cssSelector("#agreements > li")).size(), "the six agreements");
        steps.clickAndLoad(By.id("charterForm:accept"));

        steps.waitForHeading("Welkom, Tester " + user);
        String myAtria = driver.findElement(By.id("myAtria")).getText();
        assertTrue(myAtria.contains("Atrium Gent"), myAtria);
        assertTrue(driver.findElement(By.id("myOrganisation")).getText().contains("Gent"));
        Path screenshot = browser.screenshot("home");
        assertTrue(Files.size(screenshot) > 10_000, "screenshot of the home page at " + screenshot);

        steps.clickAndLoad(By.id("languageForm:en"));
        steps.waitForHeading("Welcome, Tester " + user);
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.findElement(By.id("myAtria")).getText().contains("My Atria"));

        steps.logOut();
        assertTrue(driver.findElement(By.id("loggedOutMessage")).isDisplayed());
        steps.open("index.xhtml");
        assertTrue(driver.getCurrentUrl().contains("/identity/login.xhtml"), "after logout the pages need a login again");

        logIn(user, PASSWORD);
        steps.waitForHeading("Welcome, Tester " + user); // the language choice was kept on the account, the charter is not asked again
    }

    @Test
    void aWrongPasswordGivesAClearMessageAndKeepsTheUsername() {
        String user = newOfficialInGent();
        steps.open("identity/login.xhtml");
        logIn(user, "not the password");
        String messages = driver.findElement(By.id("globalMessages")).getText();
        assertTrue(messages.contains("Aanmelden mislukt: de gebruikersnaam of het wachtwoord klopt niet."), messages);
        assertEquals(user, driver.findElement(By.id("loginForm:username")).getAttribute("value"));
        assertEquals("", driver.findElement(By.id("loginForm:password")).getAttribute("value"));
        assertTrue(driver.getCurrentUrl().contains("/identity/login.xhtml"));
    }

    @Test
    void aQuestionIsAskedAnsweredAcceptedAndEditedWithHistoryAndAScriptStaysText() {
        String asker = newOfficialInGent();
        String colleague = newOfficialInGent();
        String title = "Hemelwaterput bij verbouwing " + asker;

        steps.open("identity/login.xhtml");
        steps.logInAccepting(asker, PASSWORD);
        steps.open("discussion/ask.xhtml?atrium=gent");
        driver.findElement(By.cssSelector("[id$='askForm:title']")).sendKeys(title);
        driver.findElement(By.cssSelector("[id$='askForm:body']"))
                .sendKeys("Geldt de GSV hemelwater? <script>window.xss = 1</script> <img src=x onerror=\"window.xss=2\">"
                        + "\n\n![de teller](https://tracker.example.org/pixel.png)");
        driver.findElement(By.cssSelector("[id$='askForm:tags_input']")).sendKeys("hemelwater");
        steps.clickAndLoad(By.cssSelector("[id$='askForm:submit']"));
        steps.waitForHeading(title);
        String threadUrl = driver.getCurrentUrl();
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("<script>window.xss = 1</script>"),
                "the script is shown as text");
        assertEquals(null, ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.xss;"),
                "and never runs");
        assertTrue(driver.findElements(By.cssSelector("main img[src*='tracker.example.org']")).isEmpty(),
                "an image from another host is not loaded: its owner would see who reads the question");
        assertEquals("de teller", driver.findElement(By.cssSelector("main a[href='https://tracker.example.org/pixel.png']"))
                .getText(), "it is a link instead");
        steps.logOut();

        steps.logInAccepting(colleague, PASSWORD);
        driver.get(threadUrl);
        driver.findElement(By.cssSelector("[id$='replyForm:body']")).sendKeys("Ja, bij meer dan 40 m\u00b2 dakoppervlak.");
        steps.clickAndLoad(By.cssSelector("[id$='replyForm:submit']"));
        steps.waiting().until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "40 m\u00b2 dakoppervlak"));
        steps.logOut();

        steps.logInAccepting(asker, PASSWORD);
        driver.get(threadUrl);
        long threadId = Long.parseLong(threadUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        JsonArray posts = new Http(base).get("api/v1/threads/" + threadId, ADMIN).object().getJsonArray("posts");
        long question = posts.getJsonObject(0).getJsonNumber("id").longValue();
        long answer = posts.getJsonObject(1).getJsonNumber("id").longValue();
        steps.clickAndLoad(By.cssSelector("#post-" + answer + " [id$='accept']"));
        steps.waiting().until(d -> new Http(base)
                .get("api/v1/threads/" + threadId, ADMIN).object().getBoolean("solved"));
        assertTrue(driver.findElement(By.id("post-" + answer)).getText().contains("Aanvaard"),
                "the accepted answer is marked");

        // "Citeer" puts the answer in the reply box; the reply shows it quoted and remembers it
        driver.findElement(By.id("post-" + answer + "-quote")).click();
        steps.waiting().until(d -> d.findElement(By.cssSelector("[id$='replyForm:body']")).getDomProperty("value")
                .contains("> Ja, bij meer dan 40 m\u00b2 dakoppervlak."));
        driver.findElement(By.cssSelector("[id$='replyForm:body']")).sendKeys("Dank je, dat helpt.");
        steps.clickAndLoad(By.cssSelector("[id$='replyForm:submit']"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Dank je, dat helpt."));
        JsonArray after = new Http(base).get("api/v1/threads/" + threadId, ADMIN).object()
                .getJsonArray("posts");
        long reply = after.getJsonObject(after.size() - 1).getJsonNumber("id").longValue();
        WebElement quoted = driver.findElement(By.cssSelector("#post-" + reply + " blockquote"));
        assertTrue(quoted.getText().contains("40 m\u00b2 dakoppervlak"), "the reply shows the answer it quotes: "
                + quoted.getText());

        steps.clickAndLoad(By.cssSelector("#post-" + question + " [id$='edit']"));
        WebElement editor = driver.findElement(By.cssSelector("[id$='editForm:body']"));
        editor.clear();
        editor.sendKeys("Geldt de GSV hemelwater ook bij een verbouwing zonder uitbreiding?");
        steps.clickAndLoad(By.cssSelector("[id$='editForm:submit']"));
        steps.waiting().until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "zonder uitbreiding"));
        steps.clickAndLoad(By.cssSelector("#post-" + question + " [id$='history']"));
        String history = driver.findElement(By.id("revisions")).getText();
        assertTrue(history.contains("zonder uitbreiding") && history.contains("<script>window.xss = 1</script>"),
                "both versions are in the history: " + history);
        browser.screenshot("thread-history");
    }

    @Test
    void aWithdrawnAnswerKeepsItsNoticeButOffersNoFlagAndNoHelpfulCount() {
        Http http = new Http(base);
        String asker = newOfficialInGent();
        String answerer = newOfficialInGent();
        Http.Result asked = http.send("POST", "api/v1/atria/gent/threads", Http.basic(asker, PASSWORD),
                "{\"kind\": \"QUESTION\", \"title\": \"Terrasoverkapping in voortuinstrook " + answerer
                        + "\", \"body\": \"Vergunningsplichtig of vrijgesteld?\"}");
        assertEquals(201, asked.status(), asked.toString());
        long thread = asked.object().getJsonNumber("id").longValue();
        Http.Result answered = http.send("POST", "api/v1/threads/" + thread + "/posts", Http.basic(answerer, PASSWORD),
                "{\"body\": \"Vrijgesteld tot 40 m2, zie het vrijstellingsbesluit.\"}");
        assertEquals(201, answered.status(), answered.toString());
        long post = answered.object().getJsonNumber("id").longValue();

        steps.open("identity/login.xhtml");
        steps.logInAccepting(answerer, PASSWORD);
        steps.open("discussion/thread.xhtml?id=" + thread);
        By answer = By.id("post-" + post);
        assertEquals(1, driver.findElements(By.id("post-" + post + "-flag")).size(), "a live answer can be flagged");
        assertEquals(1, driver.findElements(By.id("post-" + post + "-helpfulCount")).size());
        steps.clickAndLoad(By.cssSelector("#post-" + post + " input[value='Intrekken']"));
        steps.clickAndLoad(By.cssSelector("#post-" + post + " input[value='Ja, intrekken']"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(answer,
                "Dit bericht werd ingetrokken door de auteur."));
        assertWithdrawnShowsNoActions(post);
        steps.logOut();

        steps.logInAccepting(asker, PASSWORD);
        steps.open("discussion/thread.xhtml?id=" + thread);
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(answer,
                "Dit bericht werd ingetrokken door de auteur."));
        assertWithdrawnShowsNoActions(post);
        assertTrue(driver.findElements(By.cssSelector("#post-" + post + " input[value='Aanvaard dit antwoord']")).isEmpty(),
                "a withdrawn answer cannot be accepted");
    }

    /** What no longer applies to a withdrawn post is gone: flagging, the helpful count and vote. */
    private void assertWithdrawnShowsNoActions(long post) {
        assertTrue(driver.findElements(By.id("post-" + post + "-flag")).isEmpty(), "nothing left to flag");
        assertTrue(driver.findElements(By.id("post-" + post + "-helpfulCount")).isEmpty(), "no helpful count");
        assertTrue(driver.findElements(By.cssSelector("#post-" + post + " input[value='Nuttig']")).isEmpty());
    }

    /** Fills in the login form of the open page and sends it; the answer is a new page, right or wrong. */
    private void logIn(String username, String password) {
        driver.findElement(By.id("loginForm:username")).clear();
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        steps.clickAndLoad(By.id("loginForm:submit"));
    }

    /** The heading of the page that is loaded now; call it only after waiting for that page. */
    private String heading() {
        return driver.findElement(By.tagName("h1")).getText().strip();
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

    /** Edits the open wiki page through its editor and waits for the new revision. */
    private void editWikiPage(String text, String summary, int expectedRevision) {
        steps.clickAndLoad(By.id("editLink"));
        WebElement editor = driver.findElement(By.cssSelector("[id$='editForm:body']"));
        editor.clear();
        editor.sendKeys(text);
        driver.findElement(By.cssSelector("[id$='editForm:summary']")).sendKeys(summary);
        steps.clickAndLoad(By.cssSelector("[id$='editForm:submit']"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("lastChange"), "versie " + expectedRevision));
    }

    @Test
    void aWikiPageIsEditedTwiceComparedRestoredAndItsRedLinkTurnsBlueOnceTheTargetExists() {
        String user = newOfficialInGent();
        String title = "Bouwshift " + user;
        String target = "Ruimterendement " + user;
        steps.logInAccepting(user, PASSWORD);

        steps.open("wiki/index.xhtml?atrium=gent");
        steps.clickAndLoad(By.id("newPageLink"));
        driver.findElement(By.cssSelector("[id$='editForm:title']")).sendKeys(title);
        driver.findElement(By.cssSelector("[id$='editForm:body']"))
                .sendKeys("De bouwshift beperkt het ruimtebeslag.\n\nZie [[" + target + "]].");
        String tag = "bouwshift-" + user;
        driver.findElement(By.cssSelector("[id$='editForm:tags_input']")).sendKeys(tag);
        steps.clickAndLoad(By.cssSelector("[id$='editForm:submit']"));
        steps.waitForHeading(title);
        String pageUrl = driver.getCurrentUrl();
        WebElement red = driver.findElement(By.linkText(target));
        assertEquals("new", red.getAttribute("class"), "a link to a page that does not exist yet is red");

        editWikiPage("De bouwshift beperkt het bijkomende ruimtebeslag tegen 2040.\n\nZie [[" + target + "]].", "doeljaar", 2);
        editWikiPage("De bouwshift stopt het bijkomende ruimtebeslag tegen 2040.\n\nZie [[" + target + "]].", "scherper", 3);

        steps.clickAndLoad(By.id("historyLink"));
        String history = driver.findElement(By.id("revisions")).getText();
        assertTrue(history.contains("doeljaar") && history.contains("scherper"), history);
        assertEquals(3, driver.findElements(By.cssSelector("#revisions tbody tr")).size());
        String historyUrl = driver.getCurrentUrl();
        driver.findElement(By.id("from-1")).click();
        driver.findElement(By.id("to-3")).click();
        steps.clickAndLoad(By.id("compareButton"));
        steps.waiting().until(ExpectedConditions.urlContains("/wiki/compare.xhtml"));
        List<String> removed = driver.findElements(By.cssSelector("#diff td.left del")).stream()
                .map(WebElement::getText).toList();
        List<String> added = driver.findElements(By.cssSelector("#diff td.right ins")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("beperkt"), removed, "the removed word is marked on the left");
        assertEquals(List.of("stopt", "bijkomende", "tegen 2040"), added, "the added words on the right");
        assertTrue(driver.findElement(By.id("diff")).getText().contains("Zie [[" + target + "]]."),
                "the unchanged line is shown on both sides");
        Path screenshot = browser.screenshot("wiki-compare");
        assertTrue(Files.exists(screenshot));

        driver.get(historyUrl);
        driver.findElement(By.id("restoreOpen-1")).click();
        steps.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#revision-1 [id$='restoreForm:summary']"))).sendKeys("terug naar het begin");
        steps.clickAndLoad(By.cssSelector("#revision-1 [id$='restoreButton']"));
        steps.waiting().until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("lastChange"), "versie 4"));
        String body = driver.findElement(By.id("pageBody")).getText();
        assertTrue(body.contains("De bouwshift beperkt het ruimtebeslag.") && !body.contains("2040"), body);
        assertTrue(driver.findElement(By.id("globalMessages")).getText().contains("Versie 1 is teruggezet als nieuwe versie 4"));

        steps.clickAndLoad(By.linkText(target));
        assertEquals(target, driver.findElement(By.cssSelector("[id$='editForm:title']")).getAttribute("value"),
                "the red link opens the editor with the title filled in");
        driver.findElement(By.cssSelector("[id$='editForm:body']")).sendKeys("Meer wonen en werken op dezelfde oppervlakte.");
        // the tag field suggests the tags of the Atrium's pages: one spelling of a tag
        driver.findElement(By.cssSelector("[id$='editForm:tags_input']")).sendKeys("Bouwshift-" + user.substring(0, 4));
        By suggestion = By.cssSelector("li.ui-autocomplete-item[data-item-value='" + tag + "']");
        steps.waiting().until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        steps.waiting().until(d -> tag.equals(d.findElement(By.cssSelector("[id$='editForm:tags_input']"))
                .getDomProperty("value")));
        steps.clickAndLoad(By.cssSelector("[id$='editForm:submit']"));
        steps.waitForHeading(target);
        assertTrue(driver.findElement(By.id("pageTags")).getText().contains(tag), "the suggested tag is kept");
        String targetId = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        driver.get(pageUrl);
        WebElement blue = driver.findElement(By.linkText(target));
        assertEquals("wiki", blue.getAttribute("class"), "once the page exists the link is an ordinary link");
        assertTrue(blue.getAttribute("href").endsWith("/wiki/page.xhtml?id=" + targetId), blue.getAttribute("href"));
    }

    @Test
    void anAcceptedAnswerIsPromotedIntoANewWikiPageThatLinksBackToTheQuestion() {
        String asker = newOfficialInGent();
        String colleague = newOfficialInGent();
        String title = "Bouwdiepte in woongebied " + asker;
        Http http = new Http(base);

        steps.open("identity/login.xhtml");
        steps.logInAccepting(asker, PASSWORD);
        steps.open("discussion/ask.xhtml?atrium=gent");
        driver.findElement(By.cssSelector("[id$='askForm:title']")).sendKeys(title);
        driver.findElement(By.cssSelector("[id$='askForm:body']")).sendKeys("Welke bouwdiepte geldt op de verdieping?");
        steps.clickAndLoad(By.cssSelector("[id$='askForm:submit']"));
        steps.waitForHeading(title);
        String threadUrl = driver.getCurrentUrl();
        long threadId = Long.parseLong(threadUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        steps.logOut();

        steps.logInAccepting(colleague, PASSWORD);
        driver.get(threadUrl);
        driver.findElement(By.cssSelector("[id$='replyForm:body']")).sendKeys("Meestal 12 m op de verdieping, zie de GSV.");
        steps.clickAndLoad(By.cssSelector("[id$='replyForm:submit']"));
        steps.waiting().until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "12 m op de verdieping"));
        steps.logOut();

        steps.logInAccepting(asker, PASSWORD);
        driver.get(threadUrl);
        long answer = http.get("api/v1/threads/" + threadId, ADMIN).object().getJsonArray("posts").getJsonObject(1)
                .getJsonNumber("id").longValue();
        steps.clickAndLoad(By.cssSelector("#post-" + answer + " [id$='accept']"));
        steps.waiting().until(d -> !d.findElements(By.id("post-" + answer + "-promote")).isEmpty());

        steps.clickAndLoad(By.id("post-" + answer + "-promote"));
        steps.waitForHeading("Opnemen in de kennisbank");
        WebElement text = driver.findElement(By.cssSelector("[id$='promoteForm:body']"));
        assertTrue(text.getAttribute("value").contains("Meestal 12 m op de verdieping"), "the answer is the text: "
                + text.getAttribute("value"));
        assertEquals(title, driver.findElement(By.cssSelector("[id$='promoteForm:title']")).getAttribute("value"),
                "the title comes from the question");
        text.sendKeys("\n\nAanvulling van de vraagsteller.");
        browser.screenshot("promote");
        steps.clickAndLoad(By.cssSelector("[id$='promoteForm:createPage']"));
        steps.waiting().until(ExpectedConditions.urlContains("/wiki/page.xhtml?id="));
        long page = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        steps.waitForHeading(title);
        String shown = driver.findElement(By.id("pageBody")).getText();
        assertTrue(shown.contains("Meestal 12 m op de verdieping") && shown.contains("Aanvulling van de vraagsteller"), shown);
        WebElement source = driver.findElement(By.cssSelector("#pageBody a[href$='/discussion/thread.xhtml?id=" + threadId + "']"));
        assertTrue(source.getText().contains(title), "the page links to the question it came from: " + source.getText());
        WebElement sources = driver.findElement(By.id("wikiSourcesPromoted"));
        assertTrue(sources.getText().contains("Bron: vraag") && sources.getText().contains(title), sources.getText());
        assertTrue(sources.findElement(By.tagName("a")).getAttribute("href")
                .endsWith("/discussion/thread.xhtml?id=" + threadId));
        browser.screenshot("wiki-promoted");

        driver.get(threadUrl);
        WebElement banner = driver.findElement(By.id("knowledgeBanner"));
        assertTrue(banner.getText().contains("Opgenomen in de kennisbank") && banner.getText().contains(title),
                banner.getText());
        assertTrue(driver.findElement(By.id("knowledgePage-" + page)).getAttribute("href")
                .endsWith("/wiki/page.xhtml?id=" + page));
        assertTrue(driver.findElements(By.id("answeredByNone")).isEmpty(),
                "a promoted thread does not also say that no knowledge page is linked");
        browser.screenshot("thread-promoted");
    }

    @Test
    void anOfficialSharesAPracticeCaseWithAFileAndARelationshipManagerHighlightsItForTheHomePage() throws Exception {
        String author = newOfficialInGent();
        String title = "Hemelwaterputten bij de eindinspectie " + author;
        steps.open("identity/login.xhtml");
        steps.logInAccepting(author, PASSWORD);
        steps.clickAndLoad(By.id("navPractice"));
        steps.waitForHeading("Praktijk");
        steps.clickAndLoad(By.id("shareLink"));
        steps.waitForHeading("Praktijk delen");
        assertEquals("Gent", new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("practiceForm:municipality")))
                .getFirstSelectedOption().getText(), "the author's municipality is chosen");
        driver.findElement(By.id("practiceForm:title")).sendKeys(title);
        driver.findElement(By.id("practiceForm:context")).sendKeys("Veel putten bleken **te klein** bij controle.");
        driver.findElement(By.id("practiceForm:tags")).sendKeys("hemelwater, handhaving");
        steps.clickAndLoad(By.id("practiceForm:save"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("practiceForm"), "Beschrijf de aanpak"));
        assertEquals(title, driver.findElement(By.id("practiceForm:title")).getAttribute("value"), "what was typed stays");
        driver.findElement(By.id("practiceForm:approach")).sendKeys("We controleren bij de eindinspectie, met foto.");
        steps.clickAndLoad(By.id("practiceForm:save"));
        steps.waitForHeading(title);
        assertTrue(driver.findElement(By.id("context")).getText().contains("te klein"));
        assertEquals("te klein", driver.findElement(By.cssSelector("#context strong")).getText(), "Markdown is rendered");
        assertTrue(driver.findElement(By.id("practiceMunicipality")).getText().contains("Gent"));

        Path plan = Files.createTempFile("plan", ".txt");
        Files.writeString(plan, "Controlelijst hemelwaterput");
        driver.findElement(By.id("filesForm:upload")).sendKeys(plan.toString());
        steps.clickAndLoad(By.id("filesForm:attach"));
        steps.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.id("practiceAttachments")));
        assertTrue(driver.findElement(By.id("practiceAttachments")).getText().contains(plan.getFileName().toString()));
        String caseUrl = driver.getCurrentUrl().replaceAll("#.*", "");
        assertTrue(driver.findElements(By.id("highlightForm:highlight")).isEmpty(), "an official does not highlight");
        steps.logOut();

        String manager = newRelationshipManager();
        steps.logInAccepting(manager, PASSWORD);
        driver.get(caseUrl);
        steps.clickAndLoad(By.id("highlightForm:highlight"));
        steps.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.id("highlightedBadge")));
        steps.clickAndLoad(By.id("navHome"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("highlightedPractice"), title));
        assertTrue(driver.findElement(By.id("highlightedPractice")).getText().contains("Uitgelichte praktijk"));
        browser.screenshot("home-highlighted-practice");
    }

    /** A relationship manager of the Flemish agency, made through the API as an administrator would. */
    private String newRelationshipManager() {
        Http http = new Http(base);
        String username = "rm" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        long agency = http.get("api/v1/organisations?level=FLEMISH", ADMIN).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        Http.Result created = http.send("POST", "api/v1/accounts", ADMIN, "{\"username\": \"" + username
                + "\", \"displayName\": \"Relatiebeheerder " + username + "\", \"organisationId\": " + agency
                + ", \"role\": \"RELATIONSHIP_MANAGER\", \"password\": \"" + PASSWORD + "\"}");
        assertEquals(201, created.status(), created.toString());
        return username;
    }
}

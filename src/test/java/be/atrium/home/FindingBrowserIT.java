package be.atrium.home;

import be.atrium.testsupport.Api;
import be.atrium.testsupport.BrowserTest;
import be.atrium.testsupport.Http;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.function.Consumer;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.suffix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding and following, as an official notices it in a week of use: the Kennisbank lists the
 * pages of every scope they may see with the Atrium on each row, "Nieuw sinds mijn vorige bezoek"
 * follows what they have read (never their own posts), a colleague's person page shows what they
 * contributed, and {@code thread:5}, {@code wiki:12} and {@code [[Page title]]} in a post read as
 * the titles this reader may see. Everything of a member-only Atrium the reader is not in stays
 * out of sight.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FindingBrowserIT extends BrowserTest {

    @Test
    void anOfficialFindsPagesAcrossAtriaFollowsWhatIsNewAndSeesWhatAColleagueContributed() {
        Http http = new Http(base);
        String word = Api.uniqueWord("vind");
        String open = "it-fo-" + suffix();
        String closed = "it-fc-" + suffix();
        atrium(http, open, "Regio " + word, false);
        atrium(http, closed, "Besloten " + word, true);
        String colleague = Api.newOfficial(http);
        String reader = Api.newOfficial(http);
        Api.setMember(http, open, colleague, "MEMBER");
        Api.setMember(http, closed, colleague, "MEMBER");
        Api.setMember(http, open, reader, "MEMBER");
        String colleagueAuth = Http.basic(colleague, PASSWORD);
        String readerAuth = Http.basic(reader, PASSWORD);

        long networkPage = Api.id(http.send("POST", "api/v1/wiki", ADMIN,
                json(b -> b.add("title", "Netwerkpagina " + word).add("body", "Voor iedereen."))));
        long openPage = Api.id(http.send("POST", "api/v1/wiki", colleagueAuth,
                json(b -> b.add("atrium", open).add("title", "Regiopagina " + word).add("body", "Voor de regio."))));
        long closedPage = Api.id(http.send("POST", "api/v1/wiki", colleagueAuth,
                json(b -> b.add("atrium", closed).add("title", "Geheime pagina " + word).add("body", "Besloten."))));
        long secret = Api.id(http.send("POST", "api/v1/atria/" + closed + "/threads", colleagueAuth,
                json(b -> b.add("kind", "QUESTION").add("title", "Geheime vraag " + word).add("body", "Alleen voor leden."))));
        long readersQuestion = Api.id(http.send("POST", "api/v1/atria/" + open + "/threads", readerAuth,
                json(b -> b.add("kind", "QUESTION").add("title", "Rooilijn langs gewestweg " + word)
                        .add("body", "Wie beslist over de rooilijn?"))));
        long accepted = Api.id(http.send("POST", "api/v1/threads/" + readersQuestion + "/posts", colleagueAuth,
                json(b -> b.add("body", "Het rooilijnplan van de gewestweg, vastgesteld door de Vlaamse regering."))));
        assertEquals(200, http.send("POST", "api/v1/posts/" + accepted + "/accept", readerAuth, null).status());
        long question = Api.id(http.send("POST", "api/v1/atria/" + open + "/threads", colleagueAuth,
                json(b -> b.add("kind", "QUESTION").add("title", "Verwijzingen " + word).add("body",
                        "Zie thread:" + readersQuestion + ", thread:" + secret + ", wiki:" + openPage + " en wiki:"
                                + closedPage + ". Lees ook [[Regiopagina " + word + "]], [[Netwerkpagina " + word
                                + "|de netwerkpagina]] en [[Nog te schrijven " + word + "]]."))));

        steps.open("identity/login.xhtml");
        steps.logInAccepting(reader, PASSWORD);

        // 1. the Kennisbank menu: one list across every scope the reader may see, the Atrium on each row
        steps.clickAndLoad(By.id("navWiki"));
        steps.waitForHeading("Kennisbank");
        driver.findElement(By.id("qInput")).sendKeys(word);
        steps.clickAndLoad(By.id("applyFilter"));
        assertEquals(List.of("Netwerkpagina " + word + " | Netwerkbreed", "Regiopagina " + word + " | Regio " + word),
                rows(), "network-wide and the reader's Atrium, never the member-only Atrium they are not in");
        browser.screenshot("finding-kennisbank");
        new Select(driver.findElement(By.id("scopeSelect"))).selectByVisibleText("Netwerkbreed");
        steps.clickAndLoad(By.id("applyFilter"));
        assertEquals(List.of("Netwerkpagina " + word + " | Netwerkbreed"), rows());
        new Select(driver.findElement(By.id("scopeSelect"))).selectByVisibleText("Mijn Atria");
        steps.clickAndLoad(By.id("applyFilter"));
        assertEquals(List.of("Regiopagina " + word + " | Regio " + word), rows());
        Select scopes = new Select(driver.findElement(By.id("scopeSelect")));
        assertTrue(scopes.getOptions().stream().anyMatch(o -> o.getText().equals("Regio " + word)));
        assertTrue(scopes.getOptions().stream().noneMatch(o -> o.getText().equals("Besloten " + word)),
                "a member-only Atrium the reader is not in is not offered");
        new Select(driver.findElement(By.id("scopeSelect"))).selectByVisibleText("Alles wat ik mag zien");
        steps.clickAndLoad(By.id("applyFilter"));
        steps.clickAndLoad(By.linkText("Regio " + word));
        steps.waitForHeading("Kennisbank van Regio " + word);
        assertTrue(driver.getCurrentUrl().contains("atrium=" + open), "the one-Atrium address stays as it was");
        assertEquals(List.of("Regiopagina " + word + " | Regio " + word), rows());

        // 2. new since my last visit: a thread of my Atrium I never opened
        steps.open("index.xhtml");
        String news = driver.findElement(By.id("newSinceList")).getText();
        assertTrue(news.contains("Nieuw: «Verwijzingen " + word + "»"), news);

        // 4. references read as the titles this reader may see
        steps.clickAndLoad(By.linkText("«Verwijzingen " + word + "»"));
        steps.waitForHeading("Verwijzingen " + word);
        WebElement body = driver.findElement(By.cssSelector("article .post-body"));
        String text = body.getText();
        assertTrue(text.contains("Zie Rooilijn langs gewestweg " + word + ", thread:" + secret + ", Regiopagina " + word
                + " en wiki:" + closedPage + "."), text);
        assertFalse(text.contains("Geheime"), "no title of what the reader may not see: " + text);
        assertTrue(body.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href")).noneMatch(
                h -> h.endsWith("/thread.xhtml?id=" + secret) || h.endsWith("/page.xhtml?id=" + closedPage)),
                "and no link to it");
        List<WebElement> toRegion = body.findElements(By.linkText("Regiopagina " + word));
        assertEquals(List.of("internal", "wiki"), toRegion.stream().map(a -> a.getAttribute("class")).toList(),
                "wiki:" + openPage + " and [[Regiopagina]] both read as the page's title");
        assertTrue(toRegion.stream().allMatch(a -> a.getAttribute("href").endsWith("/wiki/page.xhtml?id=" + openPage)),
                toRegion.get(0).getAttribute("href"));
        WebElement toNetwork = body.findElement(By.linkText("de netwerkpagina"));
        assertTrue(toNetwork.getAttribute("href").endsWith("/wiki/page.xhtml?id=" + networkPage), toNetwork.getAttribute("href"));
        WebElement unwritten = body.findElement(By.linkText("Nog te schrijven " + word));
        assertEquals("new", unwritten.getAttribute("class"), "red, as in the wiki");
        assertTrue(unwritten.getAttribute("href").contains("/wiki/edit.xhtml?atrium=" + open + "&title="),
                unwritten.getAttribute("href"));
        browser.screenshot("finding-references");
        steps.clickAndLoad(By.linkText("de netwerkpagina"));
        steps.waitForHeading("Netwerkpagina " + word);

        // 2. opening the thread took it off; replies by others come back as a count, one's own never
        steps.open("index.xhtml");
        assertFalse(driver.findElement(By.id("newSinceLastVisit")).getText().contains("Verwijzingen " + word),
                "opened, so no longer new");
        Api.id(http.send("POST", "api/v1/threads/" + question + "/posts", colleagueAuth,
                json(b -> b.add("body", "Aanvulling een."))));
        Api.id(http.send("POST", "api/v1/threads/" + question + "/posts", colleagueAuth,
                json(b -> b.add("body", "Aanvulling twee."))));
        Api.id(http.send("POST", "api/v1/threads/" + question + "/posts", readerAuth,
                json(b -> b.add("body", "Mijn eigen reactie telt niet mee."))));
        steps.open("index.xhtml");
        news = driver.findElement(By.id("newSinceList")).getText();
        assertTrue(news.contains("2 nieuwe reacties in «Verwijzingen " + word + "»"), news);
        browser.screenshot("finding-home");

        // 3. the colleague's person page: what they contributed, as far as the reader may see it
        steps.open("identity/person.xhtml?username=" + colleague);
        steps.waitForHeading("Tester " + colleague);
        browser.screenshot("finding-person");
        String questions = driver.findElement(By.id("personQuestions")).getText();
        assertTrue(questions.contains("Verwijzingen " + word), questions);
        assertFalse(questions.contains("Geheime vraag"), questions);
        List<WebElement> answers = driver.findElements(By.cssSelector("#personAnswersList > li"));
        assertTrue(answers.size() >= 3, "three answers: " + answers.size());
        assertTrue(answers.get(0).getText().contains("Rooilijn langs gewestweg " + word)
                && answers.get(0).getText().contains("Aanvaard antwoord"), "the accepted answer first, though the oldest: "
                + answers.get(0).getText());
        String pages = driver.findElement(By.id("personWikiPages")).getText();
        assertTrue(pages.contains("Regiopagina " + word) && !pages.contains("Geheime pagina"), pages);
        assertTrue(driver.findElement(By.id("personOrganisation")).getText().contains("Gent"));
        String atria = driver.findElement(By.id("personAtriaList")).getText();
        assertTrue(atria.contains("Regio " + word) && !atria.contains("Besloten"), atria);
        assertTrue(driver.findElements(By.id("personEmail")).isEmpty(), "a colleague's e-mail stays hidden");
        assertTrue(driver.findElement(By.id("personMention")).getText().contains("@" + colleague));

        // 3. "Mijn bijdragen" on the profile
        steps.clickAndLoad(By.id("profileLink"));
        steps.clickAndLoad(By.id("myContributions"));
        steps.waitForHeading("Tester " + reader);
        assertTrue(driver.findElement(By.id("personQuestions")).getText().contains("Rooilijn langs gewestweg " + word));
        assertEquals(reader + "@gent.example", driver.findElement(By.id("personEmail")).getText(),
                "one's own address, as the e-mail rule allows");
    }

    private List<String> rows() {
        return driver.findElements(By.cssSelector("#pages tbody tr")).stream()
                .map(r -> r.findElement(By.cssSelector(".wiki-title")).getText() + " | "
                        + r.findElement(By.cssSelector(".wiki-atrium")).getText())
                .toList();
    }

    private static void atrium(Http http, String slug, String name, boolean membersOnly) {
        assertEquals(201, http.send("POST", "api/v1/atria", ADMIN, json(b -> b.add("slug", slug).add("name", name)
                .add("kind", "REGIONAL").add("membersOnly", membersOnly))).status());
    }

    private static String json(Consumer<JsonObjectBuilder> fill) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        fill.accept(b);
        return b.build().toString();
    }
}

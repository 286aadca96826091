package be.atrium.home;

import be.atrium.testsupport.BrowserTest;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Api.setMember;
import static be.atrium.testsupport.Api.suffix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Atrium's nodes share the HTTP sessions (issue 14): a person keeps working, half-filled forms
 * and files waiting to be attached included, when the next request reaches another node. Here the
 * browser's session goes through what another node does with it ({@link
 * be.atrium.testsupport.SessionRoundTrip}: every attribute serialised, read back and put in place
 * of the original) after the main pages have put their view state in it (the subscriptions page
 * with a watched tag), and while a question with a file waits to be asked and an answer waits to
 * be sent; both are then sent from the page as it is and arrive.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class SessionReplicationBrowserIT extends BrowserTest {

    private static final Logger LOG = Logger.getLogger(SessionReplicationBrowserIT.class.getName());

    /** Pages whose view-scoped beans and view state stay in the session of someone who opened them. */
    private static final List<String> PAGES = List.of("identity/profile.xhtml", "notify/index.xhtml",
            "meetings/index.xhtml?atrium=gent", "documents/index.xhtml?atrium=gent", "practice/edit.xhtml",
            "wiki/edit.xhtml?atrium=gent");

    @Test
    void aQuestionWithAFileAndAnAnswerAreSentAfterTheSessionMovedToAnotherNode() throws IOException {
        Http http = new Http(base);
        String official = newOfficial(http);
        setMember(http, "gent", official, "MEMBER");
        steps.open("identity/login.xhtml");
        steps.logInAccepting(official, PASSWORD);
        for (String page : PAGES) {
            driver.get(Deployments.local(base) + page); // no accessibility audit: the pages' own tests do that
            steps.waitUntilLoaded();
            String heading = driver.findElement(By.tagName("h1")).getText();
            assertTrue(List.of("Pagina niet gevonden", "Geen toegang", "Er ging iets mis").stream()
                    .noneMatch(heading::equals), page + " opens: " + heading);
        }

        // a tag watched: the subscriptions page then holds its list
        String tag = "knooppunt-" + suffix();
        steps.open("notify/subscriptions.xhtml");
        driver.findElement(By.id("tagForm:tag")).sendKeys(tag);
        steps.clickAndLoad(By.id("tagForm:watchTag"));
        assertTrue(driver.findElement(By.id("watchedForm")).getText().contains(tag));

        // a question half written, with a file waiting to be attached
        steps.open("discussion/ask.xhtml?atrium=gent");
        String title = "Verhuist de sessie mee naar een ander knooppunt " + official;
        driver.findElement(By.id("askForm:title")).sendKeys(title);
        driver.findElement(By.id("askForm:body")).sendKeys("Ik schrijf op het ene knooppunt en verstuur op het andere.");
        Path notes = Files.createTempDirectory("atrium-sessions").resolve("nota-knooppunten.txt");
        Files.writeString(notes, "Twee knooppunten achter een load balancer.\n", StandardCharsets.UTF_8);
        driver.findElement(By.cssSelector("[id='askForm:files'] input[type=file]")).sendKeys(notes.toString());
        steps.waiting().until(d -> d.findElements(By.cssSelector("#askForm-pendingList li.upload-done")).size() == 1);

        String moved = roundTrip(http);
        assertTrue(List.of("atrium.user", "ServerSideStateHelper.LogicalViewMap", "activeViewMaps", "LocaleBean")
                .stream().allMatch(moved::contains), "the account, the view state, the view-scoped and the "
                + "session-scoped beans moved: " + moved);

        steps.clickAndLoad(By.id("askForm:submit"));
        steps.waitForHeading(title);
        assertTrue(driver.findElement(By.cssSelector(".attachments")).getText().contains("nota-knooppunten.txt"),
                "the file waiting in the moved session is attached");

        // an answer written on the thread page, sent after another move
        String answer = "Ja, ook het antwoord van " + official + " komt aan.";
        driver.findElement(By.id("replyForm:body")).sendKeys(answer);
        roundTrip(http);
        steps.clickAndLoad(By.id("replyForm:submit"));
        steps.waiting().until(d -> d.findElement(By.id("postsForm")).getText().contains(answer));
        assertEquals(title, driver.findElement(By.tagName("h1")).getText());
        Files.deleteIfExists(notes);
    }

    /** The browser's session through serialisation and back, as another node would read it. */
    private String roundTrip(Http http) {
        String cookies = driver.manage().getCookies().stream().map(Cookie::toString).map(c -> c.split(";")[0])
                .collect(Collectors.joining("; "));
        Http.Result result = http.send("POST", "test/session-round-trip", null, null, Map.of("Cookie", cookies));
        assertEquals(200, result.status(), "every attribute of the session serialises: " + result.body());
        LOG.info(() -> "The session moved (attribute, class, bytes):\n" + result.body());
        return result.body();
    }
}

package be.atrium.discussion.web;

import be.atrium.testsupport.BrowserTest;
import be.atrium.testsupport.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Api.setMember;
import static be.atrium.testsupport.Api.suffix;
import static be.atrium.testsupport.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writing in Atrium as an official notices it (issue 13): every error of a form at once, with the
 * fields marked; files attached while asking (an image shown as a thumbnail, a refused file named
 * with its reason while the others go on); a tag picked from the suggestions; the question's title
 * and tags changed afterwards and seen in its history; an error in the reply form that keeps the
 * reply form in view; a session that ends while writing, with the text back after the login; a
 * language chosen on the login page that stays, and Dutch headings when promoting in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WritingBrowserIT extends BrowserTest {

    @Test
    void aQuestionWithFilesAndAPickedTagIsRetitledAndEveryErrorShowsAtOnce() throws IOException {
        Http http = new Http(base);
        String asker = newOfficial(http);
        setMember(http, "gent", asker, "MEMBER");
        String tag = "omgevingsvergunning-" + suffix();
        // an earlier question of the board already uses the tag
        Http.Result earlier = http.send("POST", "api/v1/atria/gent/threads", basic(asker, PASSWORD),
                "{\"kind\": \"QUESTION\", \"title\": \"Een eerdere vraag " + tag + "\", \"body\": \"Eerder.\", "
                        + "\"tags\": [\"" + tag + "\"]}");
        assertEquals(201, earlier.status(), earlier.toString());

        steps.open("identity/login.xhtml");
        steps.logInAccepting(asker, PASSWORD);
        steps.open("discussion/ask.xhtml?atrium=gent");

        // all errors in one pass: a title too short, no text and too many tags
        driver.findElement(By.id("askForm:title")).sendKeys("Kap");
        driver.findElement(By.id("askForm:tags_input")).sendKeys("rup, gsv, gecoro, bpa, rup-wijziging, handhaving");
        steps.clickAndLoad(By.id("askForm:submit"));
        WebElement summary = driver.findElement(By.id("askForm-errors"));
        assertEquals("alert", summary.getAttribute("role"));
        assertTrue(summary.getText().startsWith("3 fouten"), summary.getText());
        assertEquals(3, summary.findElements(By.cssSelector("a[href^='#askForm']")).size(), summary.getText());
        assertTrue(summary.getText().contains("hoogstens 5"), "the tag limit is among them: " + summary.getText());
        steps.waiting().until(d -> "askForm-errors".equals(activeId()));
        for (String field : List.of("askForm:title", "askForm:body", "askForm:tags_input")) {
            WebElement input = driver.findElement(By.id(field));
            assertEquals("true", input.getAttribute("aria-invalid"), field);
            String describedBy = input.getAttribute("aria-describedby");
            assertTrue(describedBy != null && !describedBy.isBlank(), field + " is described by its message");
            String message = driver.findElement(By.id(describedBy.split(" ")[describedBy.split(" ").length - 1])).getText();
            assertFalse(message.isBlank(), field + ": " + describedBy);
        }
        assertEquals("Kap", driver.findElement(By.id("askForm:title")).getAttribute("value"), "what was typed stays");
        assertEquals("rup, gsv, gecoro, bpa, rup-wijziging, handhaving",
                driver.findElement(By.id("askForm:tags_input")).getDomProperty("value"), "the typed tags stay");

        // corrected: a real title and text, the six tags replaced by one picked from the suggestions
        String title = "Kappen van een boom in de tuin " + asker;
        driver.findElement(By.id("askForm:title")).clear();
        driver.findElement(By.id("askForm:title")).sendKeys(title);
        driver.findElement(By.id("askForm:body")).sendKeys("Is een vergunning nodig voor het kappen van een eik?");
        WebElement tagInput = driver.findElement(By.id("askForm:tags_input"));
        tagInput.clear();
        tagInput.sendKeys(tag.substring(0, tag.length() - 3).toUpperCase());
        By suggestion = By.cssSelector("li.ui-autocomplete-item[data-item-value='" + tag + "']");
        steps.waiting().until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        steps.waiting().until(d -> tag.equals(d.findElement(By.id("askForm:tags_input")).getDomProperty("value")));

        // two files and one that is refused; the others go on
        Path folder = Files.createTempDirectory("atrium-writing");
        Path photo = folder.resolve("eik.png");
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0x2e7d32);
        ImageIO.write(image, "png", photo.toFile());
        Path notes = folder.resolve("nota-kapvergunning.txt");
        Files.writeString(notes, "De boom staat op 3 m van de perceelsgrens.\n", StandardCharsets.UTF_8);
        Path binary = folder.resolve("programma.bin");
        Files.write(binary, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0});
        driver.findElement(By.cssSelector("[id='askForm:files'] input[type=file]"))
                .sendKeys(photo + "\n" + notes + "\n" + binary);
        steps.waiting().until(d -> d.findElements(By.cssSelector("#askForm-pendingList li")).size() == 3);
        String pending = driver.findElement(By.id("askForm-pendingList")).getText();
        assertEquals(2, driver.findElements(By.cssSelector("#askForm-pendingList li.upload-done")).size(), pending);
        assertTrue(pending.contains("eik.png") && pending.contains("nota-kapvergunning.txt"), pending);
        assertTrue(pending.contains("programma.bin") && pending.contains("Dit soort bestand kan niet"),
                "the refused file is named with its reason: " + pending);
        steps.waiting().until(d -> d.findElements(By.cssSelector("[id='askForm:files'] .ui-fileupload-row")).isEmpty());
        // the refused line taken out with "verwijderen"
        driver.findElement(By.cssSelector("#askForm-pendingList li[data-filename='programma.bin'] [id$='removeFile']")).click();
        steps.waiting().until(d -> d.findElements(By.cssSelector("#askForm-pendingList li")).size() == 2);

        steps.clickAndLoad(By.id("askForm:submit"));
        steps.waitForHeading(title);
        assertTrue(driver.findElement(By.id("threadTags")).getText().contains(tag));
        WebElement thumbnail = driver.findElement(By.cssSelector(".attachments a.thumbnail img[alt='eik.png']"));
        String full = thumbnail.findElement(By.xpath("..")).getAttribute("href");
        assertEquals(full, thumbnail.getAttribute("src"), "the thumbnail opens the image at full size");
        steps.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var i = document.querySelector('.attachments a.thumbnail img'); return i.complete && i.naturalWidth === 40;")));
        assertTrue(driver.findElement(By.cssSelector(".attachments")).getText().contains("nota-kapvergunning.txt"));
        assertFalse(driver.findElement(By.cssSelector(".attachments")).getText().contains("programma.bin"));
        assertTrue(driver.findElement(By.cssSelector(".attach-form details")).getAttribute("open") == null,
                "adding a file later is a link, not an open box");

        // the title and tags changed afterwards, kept in the history
        String newTitle = "Kapvergunning voor een eik in de tuin " + asker;
        steps.clickAndLoad(By.cssSelector("article.opening a[id$='retitle']"));
        driver.findElement(By.id("editForm:title")).clear();
        driver.findElement(By.id("editForm:title")).sendKeys(newTitle);
        driver.findElement(By.id("editForm:tags_input")).sendKeys(", Kappen");
        steps.clickAndLoad(By.id("editForm:submit"));
        steps.waitForHeading(newTitle);
        assertTrue(driver.findElement(By.id("threadTags")).getText().contains("kappen"));
        steps.clickAndLoad(By.cssSelector("article.opening a[id$='history']"));
        String change = driver.findElement(By.id("revision-2-title")).getText();
        assertTrue(change.contains(title) && change.contains(newTitle), change);
        assertTrue(driver.findElement(By.id("revision-2-tags")).getText().contains("kappen"));

        // an empty answer: the error keeps the reply form in view, with the focus on its summary
        steps.clickAndLoad(By.linkText(newTitle));
        steps.clickAndLoad(By.id("replyForm:submit"));
        steps.waiting().until(d -> "replyForm-errors".equals(activeId()));
        assertEquals("true", driver.findElement(By.id("replyForm:body")).getAttribute("aria-invalid"));
        assertTrue(Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var r = document.getElementById('replyForm-errors').getBoundingClientRect();"
                        + "return r.top >= 0 && r.bottom <= window.innerHeight;")),
                "the reply form is in view, not the top of the page");
    }

    @Test
    void textTypedWhenTheSessionEndsComesBackAfterLoginAndTheLanguageChosenThereStays() {
        Http http = new Http(base);
        String asker = newOfficial(http);
        String peer = newOfficial(http);
        setMember(http, "gent", asker, "MEMBER");

        steps.open("identity/login.xhtml");
        steps.logInAccepting(asker, PASSWORD);
        steps.open("discussion/ask.xhtml?atrium=gent");
        String title = "Vraag over een rooilijnplan " + asker;
        String text = "Geldt het rooilijnplan van 1972 nog voor de Kortrijksesteenweg?";
        driver.findElement(By.id("askForm:title")).sendKeys(title);
        driver.findElement(By.id("askForm:body")).sendKeys(text);
        steps.waiting().until(d -> d.findElement(By.id("askForm:preview")).getText().contains("rooilijnplan van 1972"));
        steps.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return PrimeFaces.ajax.Queue.isEmpty();")));

        // the session ends (its cookie is gone) before the question is sent
        driver.manage().deleteAllCookies();
        steps.clickAndLoad(By.id("askForm:submit"));
        steps.waiting().until(ExpectedConditions.urlContains("/identity/login.xhtml"));
        assertTrue(driver.findElement(By.id("keptMessage")).getText().contains("wat u typte"),
                driver.findElement(By.id("keptMessage")).getText());
        steps.logInAccepting(asker, PASSWORD);
        steps.waiting().until(ExpectedConditions.urlContains("/discussion/ask.xhtml?atrium=gent"));
        steps.waiting().until(d -> text.equals(d.findElement(By.id("askForm:body")).getDomProperty("value")));
        assertEquals(title, driver.findElement(By.id("askForm:title")).getDomProperty("value"));
        assertTrue(driver.findElement(By.id("globalMessages")).getText().contains("wat u typte, is bewaard"),
                driver.findElement(By.id("globalMessages")).getText());
        assertFalse(driver.findElements(By.cssSelector("#askForm .draft-notice")).isEmpty(), "the form says so too");
        steps.clickAndLoad(By.id("askForm:submit"));
        steps.waitForHeading(title);
        long thread = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        // an answer, accepted through the API
        Http.Result answered = http.send("POST", "api/v1/threads/" + thread + "/posts", basic(peer, PASSWORD),
                "{\"body\": \"Ja, tot een nieuw rooilijnplan het vervangt.\"}");
        assertEquals(201, answered.status(), answered.toString());
        long answer = answered.object().getJsonNumber("id").longValue();
        assertEquals(200, http.send("POST", "api/v1/posts/" + answer + "/accept", basic(asker, PASSWORD), null).status());

        // English chosen on the login page stays after the login, and on the account
        steps.logOut();
        steps.clickAndLoad(By.id("languageForm:en"));
        steps.waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        steps.logInAccepting(asker, PASSWORD);
        steps.waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("Welcome"), "the home page in English");
        steps.logOut(); // a new session, which knows no choice: the account's language counts
        steps.logInAccepting(asker, PASSWORD);
        steps.waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));

        // promoting in the English interface writes the Dutch knowledge base's headings in Dutch
        steps.open("knowledge/promote.xhtml?thread=" + thread);
        String draft = driver.findElement(By.cssSelector("[id$='promoteForm:body']")).getDomProperty("value");
        assertTrue(draft.contains("## Vraag") && draft.contains("## Aanvaard antwoord"), draft);
        assertFalse(draft.contains("## Question"), draft);
    }

    private String activeId() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.activeElement && document.activeElement.id"));
    }
}

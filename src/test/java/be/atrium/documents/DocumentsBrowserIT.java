package be.atrium.documents;

import be.atrium.testsupport.BrowserTest;
import be.atrium.testsupport.Http;
import be.atrium.testsupport.PageSteps;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.newOfficials;
import static be.atrium.testsupport.Api.setMember;
import static be.atrium.testsupport.Api.suffix;
import static be.atrium.testsupport.Api.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The document library in the browser: a member of a members-only Atrium drops two files at once
 * into the upload (a text file and a PDF), sees both uploaded, reads the text file's extracted
 * text in its preview once the worker has read it and the PDF's first page as an image, uploads a
 * new version with a comment, finds the document by a word inside it through the header search,
 * and moves the PDF to the bin; a moderator puts it back from the bin; someone who is no member
 * gets the 404 page for the document. Every step waits for the state it expects, never for a time
 * (as in platform.BrowserIT); every page works under its Content-Security-Policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsBrowserIT extends BrowserTest {

    @Test
    void aMemberUploadsTwoFilesReadsThePreviewAddsAVersionFindsItAndBinsOneThatAModeratorRestores()
            throws IOException {
        Http http = new Http(base);
        String slug = "it-web-documenten-" + suffix();
        assertEquals(201, http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": \"Atrium "
                + slug + "\", \"kind\": \"THEMATIC\", \"membersOnly\": true}").status());
        List<String> people = newOfficials(http, 3);
        String moderator = people.get(0);
        String member = people.get(1);
        String outsider = people.get(2);
        setMember(http, slug, moderator, "MODERATOR");
        setMember(http, slug, member, "MEMBER");

        String word = uniqueWord("hemelwaterbuffer");
        Path folder = Files.createTempDirectory("atrium-documents");
        Path notes = folder.resolve("notities-" + word + ".txt");
        Files.writeString(notes, "Verslag van de werkgroep: de " + word + " bij elke nieuwbouw.\n",
                StandardCharsets.UTF_8);
        Path plan = folder.resolve("inplantingsplan.pdf");
        Files.write(plan, TestFiles.pdf("Inplantingsplan met " + uniqueWord("bufferbekken")));
        Path notesAgain = folder.resolve("notities-herwerkt.txt");
        Files.writeString(notesAgain, "Herwerkt verslag: de " + word + " ook bij verbouwingen.\n",
                StandardCharsets.UTF_8);

        // The member drops both files at once into the library of the Atrium.
        steps.open("identity/login.xhtml");
        steps.logInAccepting(member, PASSWORD);
        steps.open("network/atrium.xhtml?slug=" + slug);
        steps.clickAndLoad(By.id("documentsLink"));
        steps.waitForHeading("Documenten van Atrium " + slug);
        WebElement input = driver.findElement(By.cssSelector("#uploadForm\\:files input[type=file]"));
        input.sendKeys(notes + "\n" + plan);
        steps.waiting().until(d -> d.findElements(By.cssSelector("#uploadResultList li.upload-done")).size() == 2);
        steps.waiting().until(d -> d.findElements(By.cssSelector("#uploadForm\\:files .ui-fileupload-row")).isEmpty());
        String results = driver.findElement(By.id("uploadResultList")).getText();
        assertTrue(results.contains(notes.getFileName().toString()) && results.contains("inplantingsplan.pdf"),
                results);
        WebElement table = driver.findElement(By.id("documents"));
        assertTrue(table.getText().contains(notes.getFileName().toString()), table.getText());
        assertTrue(table.getText().contains("inplantingsplan.pdf"), table.getText());
        assertTrue(driver.findElement(By.id("documentCount")).getText().startsWith("2 documenten"));
        browser.screenshot("documents-uploaded");

        // The text file: its text in the preview once read, then a new version with a comment.
        steps.clickAndLoad(By.linkText(notes.getFileName().toString()));
        steps.waitForHeading(notes.getFileName().toString());
        long notesId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("previewText"), word));
        assertEquals("Tekst doorzoekbaar", driver.findElement(By.cssSelector("#textState .badge")).getText());
        driver.findElement(By.id("versionForm:file")).sendKeys(notesAgain.toString());
        driver.findElement(By.id("versionForm:comment")).sendKeys("Verbouwingen toegevoegd");
        steps.clickAndLoad(By.id("versionForm:uploadVersion"));
        steps.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("version-2")));
        String second = driver.findElement(By.id("version-2")).getText();
        assertTrue(second.contains("Verbouwingen toegevoegd") && second.contains("notities-herwerkt.txt")
                && second.contains("nieuwste"), second);
        assertTrue(driver.findElement(By.id("version-1")).getText().contains(notes.getFileName().toString()));
        assertFalse(driver.findElements(By.cssSelector("#version-1 input[value='Herstel deze versie']")).isEmpty(),
                "an older version can be restored");
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("previewText"), "verbouwingen"));

        // Found through the header search by the word inside it (the index follows within moments).
        By hit = By.id("hit-document-" + notesId);
        WebElement box = driver.findElement(By.id("siteSearchQuery_input"));
        box.sendKeys(word);
        WebElement oldPage = driver.findElement(By.tagName("html"));
        box.sendKeys(Keys.ENTER);
        steps.waiting().until(PageSteps.gone(oldPage));
        steps.waitUntilLoaded();
        steps.waitForHeading("Zoeken");
        new WebDriverWait(driver, PATIENCE, Duration.ofSeconds(1)).until(d -> {
            if (!d.findElements(hit).isEmpty()) {
                return true;
            }
            d.navigate().refresh();
            steps.waitUntilLoaded();
            return false;
        });
        assertEquals(notes.getFileName().toString(),
                driver.findElement(hit).findElement(By.cssSelector(".search-hit-title a")).getText());

        // The PDF: its first page as an image, then into the bin.
        steps.open("documents/index.xhtml?atrium=" + slug);
        steps.clickAndLoad(By.linkText("inplantingsplan.pdf"));
        steps.waitForHeading("inplantingsplan.pdf");
        long planId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1"));
        steps.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var i = document.getElementById('pagePreview'); return i != null && i.complete && i.naturalWidth > 100;")));
        browser.screenshot("document-pdf-preview");
        steps.clickAndLoad(By.id("binForm:askBin"));
        steps.clickAndLoad(By.id("confirmBinForm:confirm"));
        steps.waitForHeading("Documenten van Atrium " + slug);
        assertTrue(driver.findElement(By.id("globalMessages")).getText().contains("zit nu in de prullenbak"));
        assertTrue(driver.findElements(By.id("document-" + planId)).isEmpty(), "the binned document is not listed");
        assertTrue(driver.findElements(By.id("binLink")).isEmpty(), "a member has no bin to manage");
        steps.logOut();

        // The moderator takes it out of the bin.
        steps.logInAccepting(moderator, PASSWORD);
        steps.open("documents/index.xhtml?atrium=" + slug);
        steps.clickAndLoad(By.id("binLink"));
        steps.waitForHeading("Prullenbak van de documenten van Atrium " + slug);
        steps.clickAndLoad(By.cssSelector("#binned-" + planId + " input[type=submit]"));
        steps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"),
                "staat weer in de bibliotheek"));
        assertTrue(driver.findElements(By.id("binned-" + planId)).isEmpty());
        steps.open("documents/index.xhtml?atrium=" + slug);
        assertFalse(driver.findElements(By.id("document-" + planId)).isEmpty(), "back in the library");
        steps.logOut();

        // Someone who is no member of the Atrium: the document does not exist.
        steps.logInAccepting(outsider, PASSWORD);
        steps.open("documents/document.xhtml?id=" + notesId);
        steps.waitForHeading("Pagina niet gevonden");
        assertFalse(driver.getPageSource().contains(word), "nothing of the document shows");
    }
}

package be.atrium.platform;

import be.atrium.testsupport.Browser;
import be.atrium.testsupport.BrowserTest;
import be.atrium.testsupport.Http;
import be.atrium.testsupport.PageSteps;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.id;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Api.setMember;
import static be.atrium.testsupport.Api.suffix;
import static be.atrium.testsupport.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Atrium on a phone (390 × 844 CSS pixels): every kind of page once, none wider than the screen
 * (no sideways scrolling), the main menu folded behind its button, which opens and closes it with
 * the keyboard too; and axe-core finds no WCAG 2.2 A/AA violation at this width on any of them
 * (every page opened through {@link PageSteps} is checked, {@link Browser#closeAfterChecks}). The
 * desktop width is covered by the other browser tests, so this one journey adds the narrow screen
 * without doubling the suite.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MobileBrowserIT extends BrowserTest {

    /** The headings of the error pages: a page that shows one was not the page to check. */
    private static final List<String> ERROR_HEADINGS = List.of("Pagina niet gevonden", "Geen toegang",
            "Er ging iets mis", "Pagina verlopen");

    @BeforeEach
    void phoneSize() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    @Test
    void everyKindOfPageFitsAPhoneWithTheMenuFoldedAndPassesAxe() {
        Http http = new Http(base);
        String official = newOfficial(http);
        String colleague = newOfficial(http);
        setMember(http, "gent", official, "MEMBER");
        setMember(http, "gent", colleague, "MEMBER");
        String n = suffix();
        // a long Atrium name makes the Atrium choices of the filters wide: they must still fit the phone
        Http.Result longAtrium = http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"it-lang-" + n + "\", "
                + "\"name\": \"Atrium voor de intergemeentelijke samenwerking rond ruimtelijke ordening " + n
                + "\", \"kind\": \"REGIONAL\", \"membersOnly\": false}");
        assertEquals(201, longAtrium.status(), longAtrium.toString());
        long thread = id(http.send("POST", "api/v1/atria/gent/threads", basic(colleague, PASSWORD),
                "{\"kind\": \"QUESTION\", \"title\": \"Zonnepanelen op een beschermd monument in de binnenstad " + n
                        + "\", \"body\": \"Welke omgevingsvergunningsprocedure geldt voor zonnepanelen op een beschermd "
                        + "monument, en wie moet advies geven?\", \"tags\": [\"omgevingsvergunning\", \"erfgoed\"]}"));
        id(http.send("POST", "api/v1/threads/" + thread + "/posts", basic(official, PASSWORD),
                "{\"body\": \"Het agentschap Onroerend Erfgoed geeft bindend advies.\"}"));
        long wikiPage = id(http.send("POST", "api/v1/wiki", basic(colleague, PASSWORD), "{\"title\": \"Zonnepanelen en erfgoed "
                + n + "\", \"body\": \"## Wanneer advies\\n\\nAltijd bij een beschermd monument.\", \"atrium\": \"gent\"}"));
        long guidance = id(http.send("POST", "api/v1/guidance", ADMIN, "{\"kind\": \"CIRCULAR\", \"title\": \"Omzendbrief "
                + "zonne-energie " + n + "\", \"summary\": \"Zonnepanelen en erfgoed.\", \"body\": \"De regels.\", "
                + "\"legalBasis\": [\"VCRO art. 4.2.1\"], \"effectiveFrom\": \"2026-01-01\"}"));
        Http.Result published = http.send("POST", "api/v1/guidance/" + guidance + "/publish", ADMIN, null);
        assertEquals(200, published.status(), published.toString());
        long practice = id(http.send("POST", "api/v1/practice", basic(colleague, PASSWORD), "{\"title\": \"Erfgoedtoets "
                + "voor zonnepanelen " + n + "\", \"context\": \"Een binnenstad met veel monumenten.\", "
                + "\"approach\": \"Een vooroverleg met Onroerend Erfgoed.\"}"));

        List<String> problems = new ArrayList<>();
        steps.open("identity/login.xhtml");
        assertTrue(((Number) js("return window.innerWidth;")).intValue() < 600, "a phone-sized window");
        checkFits("login", problems);
        steps.logInAccepting(official, PASSWORD);

        // the menu: folded, opened and closed with the keyboard, a link in it followed
        steps.open("index.xhtml");
        WebElement toggle = driver.findElement(By.id("menuToggle"));
        WebElement menu = driver.findElement(By.id("mainNav"));
        assertTrue(toggle.isDisplayed(), "the menu button shows on a phone");
        assertEquals("mainNav", toggle.getAttribute("aria-controls"));
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertTrue(!menu.isDisplayed(), "the menu is folded");
        toggle.sendKeys(Keys.ENTER);
        steps.waiting().until(d -> menu.isDisplayed());
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        driver.findElement(By.id("navWiki")).sendKeys(Keys.ESCAPE);
        steps.waiting().until(d -> !menu.isDisplayed());
        assertEquals("menuToggle", driver.switchTo().activeElement().getAttribute("id"), "Escape returns to the button");
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        toggle.click();
        steps.waiting().until(d -> menu.isDisplayed());
        steps.audit();
        browser.screenshot("mobile-menu-open");
        steps.clickAndLoad(By.id("navAtria"));
        steps.waitForHeading("Atria");
        checkFits("atria", problems);

        String[][] pages = {
                {"home", "index.xhtml"},
                {"atrium", "network/atrium.xhtml?slug=gent"},
                {"board", "discussion/board.xhtml?atrium=gent"},
                {"thread", "discussion/thread.xhtml?id=" + thread},
                {"ask", "discussion/ask.xhtml?atrium=gent"},
                {"boards", "discussion/boards.xhtml"},
                {"wiki index", "wiki/index.xhtml?atrium=gent"},
                {"wiki page", "wiki/page.xhtml?id=" + wikiPage},
                {"guidance index", "guidance/index.xhtml"},
                {"guidance", "guidance/guidance.xhtml?id=" + guidance},
                {"practice index", "practice/index.xhtml"},
                {"practice case", "practice/case.xhtml?id=" + practice},
                {"search", "search/index.xhtml?q=zonnepanelen"},
                {"documents", "documents/index.xhtml"},
                {"meetings", "meetings/index.xhtml"},
                {"notifications", "notify/index.xhtml"},
                {"profile", "identity/profile.xhtml"},
                {"person", "identity/person.xhtml?username=" + colleague},
        };
        for (String[] page : pages) {
            steps.open(page[1]);
            String heading = driver.findElement(By.tagName("h1")).getText();
            if (ERROR_HEADINGS.contains(heading)) {
                problems.add(page[0] + ": " + heading);
            }
            checkFits(page[0], problems);
            if (page[0].equals("board") || page[0].equals("wiki index")) {
                js("var list = document.querySelector('table.data'); if (list) { list.scrollIntoView(); }");
                browser.screenshot("mobile-" + page[0].replace(' ', '-'));
            }
            if (!driver.findElement(By.id("menuToggle")).isDisplayed() || driver.findElement(By.id("mainNav")).isDisplayed()) {
                problems.add(page[0] + ": the menu is not folded behind its button");
            }
        }
        assertEquals(List.of(), problems);

        // one focus style for everything the keyboard reaches in a form: links, fields, choices, buttons
        steps.open("discussion/ask.xhtml?atrium=gent");
        js("document.getElementById('content').focus();");
        List<String> focusStyles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            String style = String.valueOf(js(FOCUS_STYLE));
            if (style.startsWith("outside")) {
                break;
            }
            if (!style.endsWith("|solid 3px rgb(10, 79, 158)|none")) {
                focusStyles.add(style);
            }
        }
        assertEquals(List.of(), focusStyles, "a 3px dark blue outline, no pale glow, on every focused element");
    }

    /**
     * The focused element's outline and shadow ("id|style width colour|shadow"), for PrimeFaces'
     * hidden radio and checkbox inputs the box that shows their focus; "outside" past the main content.
     */
    private static final String FOCUS_STYLE = "var e = document.activeElement;"
            + "if (!e || !document.getElementById('content').contains(e)) { return 'outside'; }"
            + "var hidden = e.closest('.ui-helper-hidden-accessible');"
            + "if (hidden) { var w = e.closest('.ui-radiobutton, .ui-chkbox'); if (w && w.querySelector('.ui-state-focus')) {"
            + " e = w.querySelector('.ui-state-focus'); } }"
            + "var s = getComputedStyle(e);"
            + "return (e.id || e.tagName) + '|' + s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + '|' + s.boxShadow;";

    /** The page is no wider than the screen: nothing to scroll sideways. */
    private void checkFits(String page, List<String> problems) {
        int scrollWidth = ((Number) js("return document.documentElement.scrollWidth;")).intValue();
        int innerWidth = ((Number) js("return window.innerWidth;")).intValue();
        if (scrollWidth > innerWidth) {
            String widest = String.valueOf(js("var w = window.innerWidth, out = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                    + " if (r.right > w + 1 && out.length < 3) { out.push(e.tagName + (e.id ? '#' + e.id : '')"
                    + " + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' ' + Math.round(r.right)); } });"
                    + "return out.join(', ');"));
            problems.add(page + ": " + scrollWidth + "px wide on a " + innerWidth + "px screen (" + widest + ")");
            browser.screenshot("mobile-" + page.replace(' ', '-'));
        }
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}

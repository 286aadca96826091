package be.atrium.testsupport;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Runs axe-core (the script of Deque's axe-core jar) in the page a browser test shows and lists
 * its WCAG 2.2 A and AA violations, one line each: the rule, its impact, what it asks and where.
 * The script is put into the page through WebDriver, which the page's Content-Security-Policy does
 * not govern.
 */
public final class Axe {

    private static final String SCRIPT = load();
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},"
            + " resultTypes: ['violations']})"
            + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help"
            + " + ' at ' + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' ') + ' ' + n.html.substring(0, 200); })"
            + ".join(', '); })); })"
            + ".catch(function (e) { done(['axe could not run: ' + e]); });";

    private Axe() {
    }

    /** The violations of the page the browser shows now (empty: none). */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SCRIPT);
        }
        return List.copyOf((List<String>) js.executeAsyncScript(RUN));
    }

    private static String load() {
        try (InputStream in = Objects.requireNonNull(Axe.class.getClassLoader().getResourceAsStream("axe.min.js"),
                "axe.min.js of com.deque.html.axe-core:selenium on the test class path")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

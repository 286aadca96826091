package be.atrium.platform;

import be.atrium.discussion.web.BoardPage;
import be.atrium.discussion.web.ThreadPage;
import be.atrium.guidance.web.GuidanceListPage;
import be.atrium.practice.web.PracticesPage;
import be.atrium.search.web.SearchPage;
import be.atrium.testsupport.Api;
import be.atrium.testsupport.Browser;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import be.atrium.wiki.web.WikiIndexPage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 10's XSS corpus: every payload of {@code src/test/resources/xss/payloads.txt} (script tags,
 * event handlers, {@code javascript:}/{@code data:}/{@code vbscript:} URLs in HTML and Markdown,
 * reference links, attribute breakouts, namespace confusion, meta refresh, base, EL injection, …)
 * is written into every field where people type Markdown or a title, and every page that shows
 * those fields is opened in headless Chromium. Nothing may run.
 * <p>
 * Before any script of a page, a canary is installed in every frame through the DevTools protocol
 * ({@code Page.addScriptToEvaluateOnNewDocument}): {@code __xss}, {@code alert}, {@code confirm},
 * {@code prompt} and {@code print} record their calls, and every {@code securitypolicyviolation}
 * is recorded as well: a payload that only the Content-Security-Policy stopped got through the
 * sanitiser and fails the test just the same. After each page has settled the test reads the
 * record and scans the whole document: no foreign script, frame, object, embed, base, math or
 * active SVG element, no {@code on…}, {@code srcdoc} or {@code formaction} attribute, no
 * {@code javascript:}, {@code vbscript:} or active {@code data:} address, no meta refresh, no
 * changed base address, no navigation away, no evaluated EL. Each payload carries its id as text,
 * so the test also proves every payload reached the page it was meant for.
 * <p>
 * A self-check first proves that the detector sees a call, a dialog, a refused handler and a
 * forbidden element on a real page, so a broken detector cannot make the test pass.
 * <p>
 * Where a field holds much text (bodies, descriptions, notes) many payloads share one text,
 * separated by a paragraph that closes whatever an earlier payload left open; replies carry one
 * payload each, so every payload is also parsed on its own. Titles are packed a few to a title.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XssCorpusIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** 41381 * 17: what the EL payloads would show if anything evaluated them. */
    private static final String EL_RESULT = "703477";
    private static final Pattern ID = Pattern.compile("xss\\d{3}");
    /** Between payloads that share a Markdown text: ends any HTML block, comment or CDATA a payload left open. */
    private static final String SEPARATOR = "\n\nEinde van het voorbeeld. </script></pre></style></textarea> --> ?> > ]]>\n\n";

    /**
     * The canary, installed in every frame before the page's own scripts. Calls in a frame are also
     * reported to the top window (a srcdoc frame shares its origin).
     */
    private static final String CANARY = """
            (function () {
              if (window.__xssRecord) { return; }
              var record = [];
              function note(kind, value) {
                var entry = kind + ': ' + String(value);
                record.push(entry);
                try { if (window.top !== window && window.top.__xssRecord) { window.top.__xssRecord.push('in a frame, ' + entry); } } catch (e) { /* another origin */ }
              }
              Object.defineProperty(window, '__xssRecord', { value: record });
              Object.defineProperty(window, '__xssFirst', { value: document.scripts.length === 0 });
              Object.defineProperty(window, '__xss', { value: function (id) { note('__xss', id); } });
              ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
                Object.defineProperty(window, name, { value: function (m) { note(name, m); return null; } });
              });
              document.addEventListener('securitypolicyviolation', function (e) {
                note('csp', e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
              }, true);
            })();
            """;

    /** Waits for the tasks queued while the page loaded (error events, focus, CSP reports) to run. */
    private static final String SETTLE = """
            var done = arguments[arguments.length - 1];
            requestAnimationFrame(function () { setTimeout(function () {
              requestAnimationFrame(function () { setTimeout(done, 0); }); }, 0); });
            """;

    /** What the page shows of the corpus and everything in it that could run or take the page elsewhere. */
    private static final String SCAN = """
            var landed = arguments[0];
            var findings = [];
            var record = window.__xssRecord;
            if (!record) { findings.push('the canary is missing'); } else { record.forEach(function (r) { findings.push(r); }); }
            [document.documentElement, document.body].forEach(function (el) {
              if (el && el.dataset && el.dataset.xss) { findings.push('data-xss set: ' + el.dataset.xss); }
            });
            if (location.href !== landed) { findings.push('navigated to ' + location.href); }
            if (document.baseURI !== location.href) { findings.push('base address changed to ' + document.baseURI); }
            var nonce = window.PrimeFaces && PrimeFaces.csp ? PrimeFaces.csp.NONCE_VALUE : null;
            function active(url) {
              var u = String(url).replace(/[\\u0000-\\u0020\\u007f-\\u00a0]/g, '').toLowerCase();
              return u.indexOf('javascript:') === 0 || u.indexOf('vbscript:') === 0
                || (u.indexOf('data:') === 0 && u.indexOf('data:image/png') !== 0 && u.indexOf('data:image/gif') !== 0);
            }
            function show(el) { return el.outerHTML.slice(0, 200); }
            var forbidden = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'math',
              'isindex', 'keygen', 'xmp', 'marquee', 'dialog', 'video', 'audio', 'source', 'picture', 'foreignobject',
              'animate', 'set', 'animatetransform', 'animatemotion', 'use', 'handler'];
            var urls = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'lowsrc',
              'dynsrc', 'cite', 'codebase', 'srcset', 'ping', 'to', 'from', 'values'];
            var all = document.getElementsByTagName('*');
            for (var i = 0; i < all.length; i++) {
              var el = all[i];
              var tag = el.localName.toLowerCase();
              if (forbidden.indexOf(tag) >= 0) { findings.push('element ' + show(el)); }
              if (tag === 'script') {
                var own = (nonce && el.nonce === nonce)
                  || (el.src && document.head.contains(el) && el.src.indexOf(location.origin + '/') === 0
                      && el.src.indexOf('.faces.resource/') > 0);
                if (!own) { findings.push('script without the page nonce ' + show(el)); }
              }
              if (tag === 'meta' && (el.httpEquiv || !document.head.contains(el))) { findings.push('meta ' + show(el)); }
              if ((tag === 'link' || tag === 'style') && !document.head.contains(el)) { findings.push(tag + ' in the body ' + show(el)); }
              if (tag === 'form' && el.getAttribute('action') !== null) {
                try {
                  if (new URL(el.getAttribute('action'), location.href).origin !== location.origin) { findings.push('form to elsewhere ' + show(el)); }
                } catch (e) { findings.push('form with a broken action ' + show(el)); }
              }
              for (var j = 0; j < el.attributes.length; j++) {
                var a = el.attributes[j];
                var name = a.name.toLowerCase();
                if (name.indexOf('on') === 0 || name === 'srcdoc' || name === 'formaction' || name === 'autofocus'
                    || name === 'popover' || name === 'shadowrootmode') {
                  findings.push('attribute ' + name + ' on ' + show(el));
                }
                if (urls.indexOf(name) >= 0 && active(a.value)) { findings.push('active address in ' + name + ' of ' + show(el)); }
                if (name === 'style' && /expression\\s*\\(|javascript:|behavior\\s*:|-moz-binding|url\\s*\\(/i.test(a.value)) {
                  findings.push('style ' + show(el));
                }
              }
            }
            var text = (document.title || '') + ' ' + (document.body ? document.body.innerText : '');
            if (text.indexOf('%s') >= 0) { findings.push('an EL expression was evaluated'); }
            var ids = document.documentElement.outerHTML.match(/xss\\d{3}/g) || [];
            return { findings: findings, ids: ids, first: window.__xssFirst === true };
            """.formatted(EL_RESULT);

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    private Http http;
    private Browser browser;
    private WebDriver driver;
    private String root;

    /** What the browser caught: "surface · address: finding". */
    private final List<String> executions = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final List<String> dangerous = new ArrayList<>();
    /** Per surface (field × page): the payload ids it must show and those it showed. */
    private final Map<String, Set<String>> expected = new LinkedHashMap<>();
    private final Map<String, Set<String>> shown = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();
    private int pageLoads;
    /** Nanoseconds spent per surface in the browser. */
    private final Map<String, Long> spent = new LinkedHashMap<>();

    @BeforeEach
    void openBrowser() {
        http = new Http(base);
        root = Deployments.local(base);
        browser = Browser.start();
        driver = browser.driver();
        ((HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CANARY));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noPayloadOfTheCorpusRunsInAnyMarkdownOrTitleFieldOnAnyPage() throws Exception {
        long started = System.nanoTime();
        List<Payload> corpus = corpus();
        assertTrue(corpus.size() >= 100, "at least 100 payloads: " + corpus.size());
        String run = Api.suffix();
        String marker = "mk" + run; // one word in every title and text of this run: lists, search and suggestions find them all
        String tag = marker;

        // people: the reader, who also writes (moderator of Atrium Gent, named with a payload: the header of
        // every page; the edit pages show their texts again), a publisher of guidance, and accounts named with
        // payloads who reply
        List<Payload> names = every(corpus, 8).stream().filter(p -> p.text().length() <= 140).toList();
        String viewer = member(account("xv" + run, names.get(0).text() + " " + marker, "44021", "OFFICIAL"), "MODERATOR");
        String viewerAuth = token(viewer);
        String author = viewer;
        String publisher = publisher(run);
        // tokens: a password is checked slowly on purpose, a token is not
        String authorAuth = viewerAuth;
        String publisherAuth = token(publisher);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<String> named = all(pool, names, p -> member(account("xn" + Api.suffix(), p.text(), "44021", "OFFICIAL"),
                    "MEMBER"));
            List<String> namedAuth = all(pool, named, this::token);

            // discussion: packed titles with the same payloads as body; one reply a payload; replies by payload names
            List<List<Payload>> titles = pack(corpus, 200 - marker.length() - 1);
            List<Long> threads = all(pool, titles, group -> created(http.send("POST", "api/v1/atria/gent/threads",
                    authorAuth, json(b -> b.add("title", title(marker, group)).add("body", body(marker, group))
                            .add("tags", Json.createArrayBuilder().add(tag))))));
            long replies = created(http.send("POST", "api/v1/atria/gent/threads", authorAuth,
                    json(b -> b.add("title", "Antwoorden " + marker).add("body", "Elk antwoord een voorbeeld. " + marker))));
            List<Long> replyPosts = all(pool, corpus, p -> created(http.send("POST", "api/v1/threads/" + replies + "/posts",
                    authorAuth, json(b -> b.add("body", p.text())))));
            long namesThread = created(http.send("POST", "api/v1/atria/gent/threads", authorAuth,
                    json(b -> b.add("title", "Namen " + marker).add("body", "Wie antwoordt? " + marker))));
            List<Long> namePosts = new ArrayList<>();
            for (String n : namedAuth) {
                namePosts.add(created(http.send("POST", "api/v1/threads/" + namesThread + "/posts", n,
                        json(b -> b.add("body", "Ik antwoord. " + marker)))));
            }
            // an edited post: its history shows both versions side by side
            long edited = replyPosts.get(0);
            for (List<Payload> version : List.of(reversed(corpus), corpus)) {
                Http.Result r = http.send("PUT", "api/v1/posts/" + edited, authorAuth,
                        json(b -> b.add("body", body(marker, version))));
                assertEquals(200, r.status(), r.toString());
            }
            // flags with payloads as their note, in the moderation queue of Atrium Gent
            List<List<Payload>> notes = packed(corpus, 1000);
            assertTrue(notes.size() <= namePosts.size(), "a post to flag for every note");
            all(pool, IntStream.range(0, notes.size()).boxed().toList(), i -> {
                String note = notes.get(i).stream().map(Payload::text).collect(Collectors.joining(" "));
                Http.Result r = http.send("POST", "api/v1/posts/" + namePosts.get(i) + "/flags", authorAuth,
                        json(b -> b.add("reason", "OFF_TOPIC").add("note", note)));
                assertEquals(201, r.status(), r.toString());
                return r;
            });

            // wiki: packed titles (a title cannot hold [ ] |), a page with the whole corpus, links to every
            // page, revised with payload summaries, and a child page for the breadcrumbs
            List<Payload> wikiTitled = corpus.stream().filter(p -> !p.text().matches("(?s).*[\\[\\]|].*")).toList();
            List<List<Payload>> wikiTitles = pack(wikiTitled, 200 - marker.length() - 1);
            List<Long> wikiPages = all(pool, wikiTitles, group -> created(http.send("POST", "api/v1/wiki",
                    authorAuth, json(b -> b.add("atrium", "gent").add("title", title(marker, group))
                            .add("body", body(marker, group)).add("tags", Json.createArrayBuilder().add(tag))))));
            String links = wikiTitles.stream().map(g -> "[[" + title(marker, g) + "]]").collect(Collectors.joining("\n\n"));
            long wikiAll = created(http.send("POST", "api/v1/wiki", authorAuth, json(b -> b.add("atrium", "gent")
                    .add("title", "Overzicht " + marker).add("body", body(marker, corpus) + "\n\n" + links))));
            List<List<Payload>> summaries = packed(corpus, 300);
            for (int i = 0; i < summaries.size(); i++) {
                // version 2 has the corpus reversed (compared with version 1), the last the corpus again
                String text = i == 0 ? body(marker, reversed(corpus)) + "\n\n" + links
                        : i == summaries.size() - 1 ? body(marker, corpus) + "\n\n" + links : marker + " versie " + (i + 2);
                String summary = summaries.get(i).stream().map(Payload::text).collect(Collectors.joining(" "));
                int revision = i + 1;
                Http.Result r = http.send("PUT", "api/v1/wiki/" + wikiAll, authorAuth, json(b -> b
                        .add("body", text)
                        .add("summary", summary).add("baseRevision", revision)));
                assertEquals(200, r.status(), r.toString());
            }
            long wikiChild = created(http.send("POST", "api/v1/wiki", authorAuth, json(b -> b.add("atrium", "gent")
                    .add("parent", wikiPages.get(1)).add("title", "Onderliggend " + marker).add("body", "Kruimels " + marker))));

            // guidance: packed titles; summary, body and legal basis carry the same payloads
            List<Long> guidance = all(pool, titles, group -> {
                JsonArrayBuilder basis = Json.createArrayBuilder();
                group.forEach(p -> basis.add(p.text()));
                long id = created(http.send("POST", "api/v1/guidance", publisherAuth, json(b -> b
                        .add("kind", "CIRCULAR").add("title", title(marker, group))
                        .add("summary", group.stream().map(Payload::text).collect(Collectors.joining(" ")))
                        .add("body", body(marker, group)).add("legalBasis", basis).add("effectiveFrom", "2027-01-01")
                        .add("tags", Json.createArrayBuilder().add(tag)))));
                Http.Result published = http.send("POST", "api/v1/guidance/" + id + "/publish", publisherAuth, null);
                assertEquals(200, published.status(), published.toString());
                return id;
            });
            long withdrawn = guidance.get(guidance.size() - 1);
            Http.Result withdraw = http.send("POST", "api/v1/guidance/" + withdrawn + "/withdraw", publisherAuth,
                    json(b -> b.add("reason", packed(corpus, 1000).get(0).stream().map(Payload::text)
                            .collect(Collectors.joining(" ")))));
            assertEquals(200, withdraw.status(), withdraw.toString());

            // practice: packed titles; context, approach, result and lessons carry the same payloads
            List<Long> practice = all(pool, titles, group -> created(http.send("POST", "api/v1/practice",
                    authorAuth, json(b -> b.add("title", title(marker, group)).add("context", body(marker, group))
                            .add("approach", body(marker, group)).add("result", body(marker, group))
                            .add("lessons", body(marker, group)).add("themes", Json.createArrayBuilder().add(tag))))));

            // links between them: a thread shows the wiki page and guidance that answer it, a case its guidance,
            // a guidance the cases that apply it, a wiki page the question it came from
            all(pool, IntStream.range(0, titles.size()).boxed().toList(), i -> {
                long wikiPage = wikiPages.get(Math.min(i, wikiPages.size() - 1));
                long g = guidance.get(i);
                assertEquals(201, http.send("POST", "api/v1/threads/" + threads.get(i) + "/knowledge", authorAuth,
                        json(b -> b.add("wiki", wikiPage))).status());
                assertEquals(201, http.send("POST", "api/v1/threads/" + threads.get(i) + "/knowledge", authorAuth,
                        json(b -> b.add("guidance", g))).status());
                Http.Result linked = http.send("PUT", "api/v1/practice/" + practice.get(i) + "/guidance", authorAuth,
                        json(b -> b.add("guidance", Json.createArrayBuilder().add(g))));
                assertEquals(200, linked.status(), linked.toString());
                return linked;
            });

            // an Atrium and a theme board per packed title (administrators type them), descriptions with payloads
            List<List<Payload>> atriumNames = pack(corpus, 200 - marker.length() - 1);
            List<String> atria = all(pool, atriumNames, group -> {
                String slug = "xss-" + run + "-" + atriumNames.indexOf(group);
                Http.Result r = http.send("POST", "api/v1/atria", ADMIN, json(b -> b.add("slug", slug)
                        .add("name", title(marker, group)).add("kind", "THEMATIC").add("membersOnly", false)
                        .add("description", group.stream().map(Payload::text).collect(Collectors.joining(" ")))));
                assertEquals(201, r.status(), r.toString());
                Http.Result board = http.send("POST", "api/v1/boards", ADMIN, json(b -> b.add("slug", "xssb-" + slug)
                        .add("name", title(marker, group))
                        .add("description", group.stream().map(Payload::text).collect(Collectors.joining(" ")))));
                assertEquals(201, board.status(), board.toString());
                return slug;
            });

            // access tokens of the viewer, named with payloads (shown on the profile)
            all(pool, packed(corpus.stream().filter(p -> p.text().length() <= 100).toList(), 100), group -> {
                Http.Result r = http.send("POST", "api/v1/me/tokens", viewerAuth,
                        json(b -> b.add("name", group.stream().map(Payload::text).collect(Collectors.joining(" ")))));
                assertEquals(201, r.status(), r.toString());
                return r;
            });
            // tags are words: a payload is refused, not stored
            Http.Result badTag = http.send("POST", "api/v1/atria/gent/threads", authorAuth, json(b -> b
                    .add("title", "Label " + marker).add("body", "Label").add("tags", Json.createArrayBuilder()
                            .add("<img src=x onerror=__xss('tag')>"))));
            assertEquals(400, badTag.status(), "a tag with markup is refused: " + badTag);

            // suggestions (JSON of the API) are JSON that a browser never sniffs as HTML
            awaitIndexed(marker, viewerAuth, titles.size() * 3 + wikiTitles.size());
            Http.Result suggest = http.get("api/v1/search/suggest?q=" + marker + "&limit=20", viewerAuth);
            assertEquals(200, suggest.status());
            assertTrue(suggest.header("Content-Type").startsWith("application/json"), suggest.header("Content-Type"));
            assertEquals("nosniff", suggest.header("X-Content-Type-Options"));
            long setUp = System.nanoTime();

            // the browser
            signIn(viewer);
            proveTheDetectorWorks();

            for (int i = 0; i < titles.size(); i++) {
                visit("thread title + question body · thread page", "discussion/thread.xhtml?id=" + threads.get(i),
                        ids(titles.get(i)));
            }
            for (int page = 1; page <= pages(titles.size(), BoardPage.PAGE_SIZE); page++) {
                visit("thread title · board list", "discussion/board.xhtml?atrium=gent&tag=" + tag + "&page=" + page, Set.of());
            }
            expect("thread title · board list", ids(flat(titles)));
            for (int page = 1; page <= pages(corpus.size() + 1, ThreadPage.PAGE_SIZE); page++) {
                visit("reply body (one payload each) · thread page", "discussion/thread.xhtml?id=" + replies + "&page=" + page,
                        Set.of());
            }
            expect("reply body (one payload each) · thread page", ids(corpus));
            visit("post revisions · revisions page", "discussion/revisions.xhtml?post=" + edited, ids(corpus));
            visit("display name · thread page", "discussion/thread.xhtml?id=" + namesThread, ids(names));
            visit("display name · person page", "identity/person.xhtml?username=" + named.get(1), ids(names.subList(1, 2)));
            visit("flag note · moderation queue", "discussion/moderation.xhtml?atrium=gent", ids(corpus));
            visit("thread title · similar list on ask page", "discussion/ask.xhtml?atrium=gent&title=" + marker, Set.of());
            expect("thread title · similar list on ask page", Set.of());
            for (int i = 0; i < titles.size(); i += 4) {
                visit("title parameter · ask form (echo, similar list)", "discussion/ask.xhtml?atrium=gent&title="
                        + encode(title(marker, titles.get(i))), ids(titles.get(i)));
            }
            preview("question body · live preview (Ajax)", corpus, marker);

            for (int i = 0; i < wikiTitles.size(); i++) {
                visit("wiki title + body · wiki page", "wiki/page.xhtml?id=" + wikiPages.get(i), ids(wikiTitles.get(i)));
            }
            for (int page = 1; page <= pages(wikiTitles.size() + 2, WikiIndexPage.PAGE_SIZE); page++) {
                visit("wiki title · wiki index", "wiki/index.xhtml?atrium=gent&tag=" + tag + "&page=" + page, Set.of());
            }
            expect("wiki title · wiki index", ids(wikiTitled));
            visit("wiki body + wiki links · wiki page", "wiki/page.xhtml?id=" + wikiAll, ids(corpus));
            visit("wiki revision summary · history", "wiki/history.xhtml?id=" + wikiAll, ids(corpus));
            visit("wiki body · compare", "wiki/compare.xhtml?id=" + wikiAll + "&from=1&to=2", ids(corpus));
            visit("wiki title · breadcrumbs", "wiki/page.xhtml?id=" + wikiChild, ids(wikiTitles.get(1)));
            visit("wiki title + body · edit form", "wiki/edit.xhtml?id=" + wikiAll, ids(corpus));
            visit("question body · edit form", "discussion/edit-post.xhtml?post=" + edited, ids(corpus));
            visit("practice title + parts · edit form", "practice/edit.xhtml?id=" + practice.get(0), ids(titles.get(0)));

            for (int i = 0; i < titles.size(); i++) {
                visit("guidance title, summary, body, legal basis · guidance page", "guidance/guidance.xhtml?id="
                        + guidance.get(i), ids(titles.get(i)));
            }
            for (int page = 1; page <= pages(titles.size(), GuidanceListPage.PAGE_SIZE); page++) {
                visit("guidance title · guidance index", "guidance/index.xhtml?tag=" + tag + "&page=" + page,
                        Set.of());
            }
            expect("guidance title · guidance index", Set.of());
            visit("guidance withdrawal reason · guidance page", "guidance/guidance.xhtml?id=" + withdrawn,
                    ids(packed(corpus, 1000).get(0)));

            for (int i = 0; i < titles.size(); i++) {
                visit("practice title, context, approach, result, lessons · case page", "practice/case.xhtml?id="
                        + practice.get(i), ids(titles.get(i)));
            }
            for (int page = 1; page <= pages(titles.size(), PracticesPage.PAGE_SIZE); page++) {
                visit("practice title · practice index", "practice/index.xhtml?tag=" + tag + "&page=" + page, Set.of());
            }
            expect("practice title · practice index", ids(flat(titles)));

            visit("Atrium name + description · Atria list", "network/atria.xhtml?q=" + marker, Set.of());
            expect("Atrium name + description · Atria list", ids(flat(atriumNames)));
            for (int i = 0; i < atria.size(); i += 3) { // every third: the names are typed by administrators
                visit("Atrium name + description · Atrium page", "network/atrium.xhtml?slug=" + atria.get(i),
                        ids(atriumNames.get(i)));
            }
            visit("board name + description · boards", "discussion/boards.xhtml", ids(flat(atriumNames)));
            visit("access token name · profile", "identity/profile.xhtml", ids(corpus.stream()
                    .filter(p -> p.text().length() <= 100).toList()));
            visit("display name · home page", "index.xhtml", ids(names.subList(0, 1)));

            int hits = http.get("api/v1/search?q=" + marker + "&limit=1", viewerAuth).object().getInt("total");
            for (int page = 1; page <= pages(hits, SearchPage.PAGE_SIZE); page++) {
                visit("titles + highlighted snippets · search results", "search/index.xhtml?q=" + marker + "&page=" + page,
                        Set.of());
            }
            expect("titles + highlighted snippets · search results", ids(flat(titles)));
            for (List<Payload> group : packed(corpus, 380)) { // the search box takes 400 characters
                String q = group.stream().map(Payload::text).collect(Collectors.joining(" "));
                visit("search query · search page (echo, did you mean)", "search/index.xhtml?q=" + encode(q), ids(group));
            }
            for (List<Payload> group : packed(corpus, 1200)) {
                String q = group.stream().map(Payload::text).collect(Collectors.joining(" "));
                visit("wiki filter · wiki index (echo)", "wiki/index.xhtml?atrium=gent&q=" + encode(q), ids(group));
            }
            suggestions("titles · search box suggestions", marker);

            proveTheDetectorStillWorks();
            report(corpus, started, setUp);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- the detector

    /**
     * The detector sees what it must: a canary call, a dialog, a handler refused by the policy and an
     * element that must not be there, on a real page whose canary was installed before its scripts.
     */
    private void proveTheDetectorWorks() {
        open("index.xhtml");
        Scan clean = scan();
        assertTrue(clean.first(), "the canary was installed before the page's first script");
        assertEquals(List.of(), clean.findings(), "the home page itself is clean");
        js().executeScript("__xss('self-check'); alert('self-alert'); confirm('self-confirm');"
                + "document.body.insertAdjacentHTML('beforeend', '<img id=selfCheck src=/atrium-none.png onerror=\"__xss(1)\">');");
        new WebDriverWait(driver, PATIENCE).until(d -> ((List<?>) js().executeScript("return window.__xssRecord"))
                .stream().anyMatch(r -> String.valueOf(r).startsWith("csp: script-src")));
        Scan caught = scan();
        List<String> found = caught.findings();
        assertTrue(found.contains("__xss: self-check"), "a canary call is seen: " + found);
        assertTrue(found.contains("alert: self-alert") && found.contains("confirm: self-confirm"), "dialogs are seen: " + found);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("csp: script-src")), "a refused handler is seen: " + found);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("attribute onerror")), "a handler attribute is seen: " + found);
        assertTrue(found.stream().noneMatch(f -> f.startsWith("__xss: 1")), "the policy stopped the handler: " + found);
        js().executeScript("document.body.insertAdjacentHTML('beforeend', '<iframe srcdoc=x></iframe>"
                + "<a id=selfLink href=\" JaVa&#x09;Script:void(0)\">x</a>');");
        List<String> more = scan().findings();
        assertTrue(more.stream().anyMatch(f -> f.startsWith("element <iframe")), "a frame is seen: " + more);
        assertTrue(more.stream().anyMatch(f -> f.startsWith("active address in href")), "a javascript: link is seen: " + more);
        browser.forgetPageErrors(); // caused on purpose
    }

    /** After the sweep: the canary of the last page still answers (nothing replaced it along the way). */
    private void proveTheDetectorStillWorks() {
        open("index.xhtml");
        js().executeScript("__xss('self-check-end')");
        assertTrue(scan().findings().contains("__xss: self-check-end"), "the detector still works at the end");
        browser.forgetPageErrors();
    }

    private record Scan(List<String> findings, Set<String> ids, boolean first) {
    }

    private Scan scan() {
        js().executeAsyncScript(SETTLE);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) js().executeScript(SCAN, driver.getCurrentUrl());
        @SuppressWarnings("unchecked")
        List<String> findings = (List<String>) result.get("findings");
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) result.get("ids");
        return new Scan(findings, new TreeSet<>(ids), Boolean.TRUE.equals(result.get("first")));
    }

    /** Opens a page, checks it and notes which payloads it showed; {@code mustShow} must all be on it. */
    private void visit(String surface, String path, Set<String> mustShow) {
        String address = root + path;
        pageLoads++;
        long start = System.nanoTime();
        try {
            driver.get(address);
            waitUntilLoaded();
            String landed = driver.getCurrentUrl();
            if (!java.net.URLDecoder.decode(landed, StandardCharsets.UTF_8)
                    .equals(java.net.URLDecoder.decode(address, StandardCharsets.UTF_8))) {
                dangerous.add(surface + " · " + path + ": landed on " + landed);
            }
            check(surface, path, mustShow);
        } catch (UnhandledAlertException e) {
            executions.add(surface + " · " + path + ": a dialog opened: " + e.getAlertText());
        } finally {
            spent.merge(surface, System.nanoTime() - start, Long::sum);
        }
    }

    private void check(String surface, String path, Set<String> mustShow) {
        Scan scan = scan();
        for (String f : scan.findings()) {
            String where = surface + " · " + path + ": " + f;
            if (f.startsWith("csp: ") || f.startsWith("in a frame, csp: ")) {
                violations.add(where);
            } else if (f.startsWith("__xss") || f.startsWith("alert") || f.startsWith("confirm") || f.startsWith("prompt")
                    || f.startsWith("print") || f.startsWith("in a frame") || f.startsWith("data-xss")) {
                executions.add(where);
            } else {
                dangerous.add(where);
            }
        }
        shown.computeIfAbsent(surface, s -> new TreeSet<>()).addAll(scan.ids());
        expected.computeIfAbsent(surface, s -> new TreeSet<>()).addAll(mustShow);
        Set<String> absent = new TreeSet<>(mustShow);
        absent.removeAll(scan.ids());
        if (!absent.isEmpty()) {
            missing.add(surface + " · " + path + " does not show " + absent);
        }
    }

    /** What a list of pages must show together. */
    private void expect(String surface, Set<String> ids) {
        expected.computeIfAbsent(surface, s -> new TreeSet<>()).addAll(ids);
        Set<String> absent = new TreeSet<>(ids);
        absent.removeAll(shown.getOrDefault(surface, Set.of()));
        if (!absent.isEmpty()) {
            missing.add(surface + " does not show " + absent);
        }
        if (shown.getOrDefault(surface, Set.of()).isEmpty()) {
            missing.add(surface + " shows no payload at all");
        }
    }

    /** The live preview of the question editor: the whole corpus typed at once, rendered through Ajax. */
    private void preview(String surface, List<Payload> corpus, String marker) {
        String path = "discussion/ask.xhtml?atrium=gent";
        pageLoads++;
        try {
            open(path);
            String text = body(marker, corpus);
            String last = corpus.get(corpus.size() - 1).id();
            WebElement box = driver.findElement(By.id("askForm:body"));
            js().executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));", box, text);
            new WebDriverWait(driver, PATIENCE).until(d -> d.findElement(By.id("askForm:preview")).getText().contains(last));
            check(surface, path, Set.of());
            expect(surface, ids(corpus));
        } catch (UnhandledAlertException e) {
            executions.add(surface + " · " + path + ": a dialog opened: " + e.getAlertText());
        }
    }

    /** The search box in the header suggests titles while typing; the suggestions show payload titles. */
    private void suggestions(String surface, String marker) {
        String path = "index.xhtml";
        pageLoads++;
        try {
            open(path);
            WebElement box = driver.findElement(By.id("siteSearchQuery_input"));
            box.sendKeys(marker);
            new WebDriverWait(driver, PATIENCE).until(d -> d.findElements(By.cssSelector(".site-search-panel li")).size() > 1
                    && ID.matcher(d.findElement(By.cssSelector(".site-search-panel")).getAttribute("innerHTML")).find());
            check(surface, path, Set.of());
            expect(surface, Set.of());
        } catch (UnhandledAlertException e) {
            executions.add(surface + " · " + path + ": a dialog opened: " + e.getAlertText());
        }
    }

    private void report(List<Payload> corpus, long started, long setUp) {
        List<String> pageErrors = browser.pageErrors(); // the console: CSP refusals also after a page was checked
        violations.addAll(pageErrors.stream().map(e -> "console: " + e).toList());
        int renders = shown.entrySet().stream().mapToInt(e -> {
            Set<String> s = new TreeSet<>(e.getValue());
            s.retainAll(expected.getOrDefault(e.getKey(), s));
            return s.size();
        }).sum();
        StringBuilder figures = new StringBuilder();
        figures.append(String.format("XSS corpus: %d payloads, %d surfaces (field × page), %d page loads, %d payload renders;"
                        + " executed %d, CSP violations %d, dangerous markup %d; set-up %.1f s, browser %.1f s%n",
                corpus.size(), shown.size(), pageLoads, renders, executions.size(), violations.size(), dangerous.size(),
                (setUp - started) / 1e9, (System.nanoTime() - setUp) / 1e9));
        shown.forEach((surface, ids) -> figures.append(String.format("  %-72s %3d payloads %6.1f s%n", surface, ids.size(),
                spent.getOrDefault(surface, 0L) / 1e9)));
        System.out.print(figures);
        // every kind of problem on every surface, with its first examples: one broken page kind does not hide another
        Map<String, List<String>> problems = new LinkedHashMap<>();
        executions.forEach(e -> problems.computeIfAbsent("EXECUTED " + e.substring(0, e.indexOf(" · ")), k -> new ArrayList<>()).add(e));
        violations.forEach(e -> problems.computeIfAbsent("CSP " + e.substring(0, Math.max(0, e.indexOf(" · "))),
                k -> new ArrayList<>()).add(e));
        dangerous.forEach(e -> problems.computeIfAbsent("MARKUP " + e.substring(0, e.indexOf(" · ")), k -> new ArrayList<>()).add(e));
        missing.forEach(e -> problems.computeIfAbsent("NOT SHOWN", k -> new ArrayList<>()).add(e));
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder(figures);
            problems.forEach((kind, list) -> {
                message.append(kind).append(": ").append(list.size()).append('\n');
                list.stream().limit(3).forEach(e -> message.append("    ").append(e, 0, Math.min(e.length(), 400)).append('\n'));
            });
            fail(message.toString());
        }
    }

    // ---------------------------------------------------------------- the corpus

    private record Payload(String id, String text) {
    }

    /** The payloads of payloads.txt, each with its id put in. */
    static List<Payload> corpus() {
        List<String> templates;
        try (InputStream in = XssCorpusIT.class.getResourceAsStream("/xss/payloads.txt")) {
            templates = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("--- ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(templates.size(), new LinkedHashSet<>(templates).size(), "every payload is different");
        List<Payload> payloads = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            String id = String.format("xss%03d", i + 1);
            assertTrue(templates.get(i).contains("{id}"), "payload " + id + " shows its id");
            payloads.add(new Payload(id, templates.get(i).replace("{nl}", "\n").replace("{id}", id)));
        }
        return payloads;
    }

    /** Payloads packed greedily into groups whose texts, joined by spaces, fit in {@code width} characters. */
    private static List<List<Payload>> packed(List<Payload> payloads, int width) {
        List<List<Payload>> groups = new ArrayList<>();
        List<Payload> group = new ArrayList<>();
        int length = 0;
        for (Payload p : payloads) {
            int added = (group.isEmpty() ? 0 : 1) + p.text().length();
            if (!group.isEmpty() && length + added > width) {
                groups.add(group);
                group = new ArrayList<>();
                added = p.text().length();
                length = 0;
            }
            if (p.text().length() <= width) {
                group.add(p);
                length += added;
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    /** Titles: as {@link #packed}, where a title's whitespace is collapsed to single spaces. */
    private static List<List<Payload>> pack(List<Payload> payloads, int width) {
        return packed(payloads.stream().map(p -> new Payload(p.id(), p.text().replaceAll("\\s+", " ").strip())).toList(),
                width).stream().map(g -> g.stream().map(p -> payloads.stream().filter(o -> o.id().equals(p.id()))
                .findFirst().orElseThrow()).toList()).toList();
    }

    private static String title(String marker, List<Payload> group) {
        return marker + " " + group.stream().map(p -> p.text().replaceAll("\\s+", " ").strip())
                .collect(Collectors.joining(" "));
    }

    private static String body(String marker, List<Payload> group) {
        return marker + "\n\n" + group.stream().map(Payload::text).collect(Collectors.joining(SEPARATOR));
    }

    private static List<Payload> every(List<Payload> corpus, int step) {
        return IntStream.range(0, corpus.size()).filter(i -> i % step == 0).mapToObj(corpus::get).toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static Set<String> ids(Collection<Payload> payloads) {
        return payloads.stream().map(Payload::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Payload> flat(List<List<Payload>> groups) {
        return groups.stream().flatMap(List::stream).toList();
    }

    private static int pages(int items, int pageSize) {
        return Math.max(1, (items + pageSize - 1) / pageSize);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- content and people through the API

    private static String json(java.util.function.Consumer<JsonObjectBuilder> fields) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        fields.accept(b);
        return b.build().toString();
    }

    private static long created(Http.Result r) {
        assertEquals(201, r.status(), r.toString());
        return r.object().getJsonNumber("id").longValue();
    }

    /** The work of {@code each} over all items on a few threads, results in the items' order. */
    private static <T, R> List<R> all(ExecutorService pool, List<T> items, Function<T, R> each) throws Exception {
        List<Future<R>> futures = items.stream().map(i -> pool.submit(() -> each.apply(i))).toList();
        List<R> results = new ArrayList<>();
        for (Future<R> f : futures) {
            results.add(f.get(5, TimeUnit.MINUTES));
        }
        return results;
    }

    private String account(String username, String displayName, String nisCode, String role) {
        long organisation = http.get("api/v1/organisations?level=MUNICIPAL", ADMIN).array().stream()
                .map(JsonValue::asJsonObject).filter(o -> nisCode.equals(o.getString("nisCode"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Http.Result created = http.send("POST", "api/v1/accounts", ADMIN, json(b -> b.add("username", username)
                .add("displayName", displayName).add("email", username + "@gent.example").add("organisationId", organisation)
                .add("role", role).add("password", PASSWORD)));
        assertEquals(201, created.status(), created.toString());
        return username;
    }

    /** A bearer token of the account, issued through its password once. */
    private String token(String username) {
        Http.Result issued = http.send("POST", "api/v1/me/tokens", basic(username, PASSWORD),
                json(b -> b.add("name", "xss-test")));
        assertEquals(201, issued.status(), issued.toString());
        return Http.bearer(issued.object().getString("token"));
    }

    private String member(String username, String role) {
        Http.Result joined = http.send("PUT", "api/v1/atria/gent/members/" + username, ADMIN, json(b -> b.add("role", role)));
        assertEquals(200, joined.status(), joined.toString());
        return username;
    }

    private String publisher(String run) {
        String username = "xp" + run;
        long agency = http.get("api/v1/organisations?level=FLEMISH", ADMIN).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        Http.Result created = http.send("POST", "api/v1/accounts", ADMIN, json(b -> b.add("username", username)
                .add("displayName", "Publicist " + username).add("organisationId", agency).add("role", "OFFICIAL")
                .add("password", PASSWORD)));
        assertEquals(201, created.status(), created.toString());
        Http.Result granted = http.send("PUT", "api/v1/accounts/" + username + "/grants", ADMIN, "{\"grants\": [\"PUBLISHER\"]}");
        assertEquals(200, granted.status(), granted.toString());
        return username;
    }

    /** Until the index holds at least {@code count} results for the run's marker (indexing is asynchronous). */
    private void awaitIndexed(String marker, String viewerAuth, int count) {
        org.awaitility.Awaitility.await().atMost(PATIENCE.multipliedBy(2)).pollInterval(Duration.ofMillis(200)).until(() -> http
                .get("api/v1/search?q=" + marker + "&limit=1", viewerAuth).object().getInt("total") >= count);
    }

    // ---------------------------------------------------------------- the browser

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private void open(String path) {
        driver.get(root + path);
        waitUntilLoaded();
    }

    private void waitUntilLoaded() {
        new WebDriverWait(driver, PATIENCE).until(d -> "complete".equals(js().executeScript("return document.readyState")));
    }

    private void signIn(String username) {
        open("identity/login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(PASSWORD);
        clickAndLoad(By.id("loginForm:submit"));
        new WebDriverWait(driver, PATIENCE).until(d -> !d.getCurrentUrl().contains("/identity/login.xhtml"));
        if (driver.getCurrentUrl().contains("/identity/charter.xhtml")) {
            clickAndLoad(By.id("charterForm:accept"));
            new WebDriverWait(driver, PATIENCE).until(d -> !d.getCurrentUrl().contains("charter"));
        }
    }

    private void clickAndLoad(By target) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, PATIENCE).until(d -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        waitUntilLoaded();
    }
}

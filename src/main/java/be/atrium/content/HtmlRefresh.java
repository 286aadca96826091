package be.atrium.content;

import be.atrium.platform.PlatformSettings;
import be.atrium.platform.Started;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a start with a renderer whose rules changed ({@link MarkdownRenderer#VERSION} differs from
 * the version the stored HTML was made with), renders every stored text again in the background,
 * in batches ({@link StoredHtml}), then records the version. Pages show the stored HTML meanwhile;
 * a refresh cut short by a stop is done again at the next start (a row whose HTML is already right
 * is not written).
 */
@ApplicationScoped
public class HtmlRefresh {

    static final String SETTING = "content.html-version";
    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(HtmlRefresh.class.getName());

    @Inject
    Instance<RenderedContent> contents;

    @Inject
    StoredHtml storedHtml;

    @Inject
    PlatformSettings settings;

    @Resource
    ManagedExecutorService executor;

    @Inject
    HtmlRefresh self;

    void onStarted(@Observes Started event) {
        if (!MarkdownRenderer.VERSION.equals(self.storedVersion().orElse(null))) {
            executor.submit(this::refresh);
        }
    }

    /** Renders everything again; returns how many rows changed. */
    public int refresh() {
        int changed = 0;
        try {
            for (RenderedContent content : contents) {
                int before = changed;
                for (StoredHtml.Batch batch = storedHtml.rerender(content, 0, BATCH); batch.lastId() >= 0;
                     batch = storedHtml.rerender(content, batch.lastId(), BATCH)) {
                    changed += batch.changed();
                }
                LOG.info("Atrium: stored HTML of " + content.table() + " rendered again with renderer version "
                        + MarkdownRenderer.VERSION + ": " + (changed - before) + " changed");
            }
            self.recordVersion();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Atrium: rendering stored HTML again stopped; it goes on at the next start", e);
        }
        return changed;
    }

    @Transactional
    public Optional<String> storedVersion() {
        return settings.get(SETTING);
    }

    @Transactional
    public void recordVersion() {
        settings.put(SETTING, MarkdownRenderer.VERSION);
    }
}

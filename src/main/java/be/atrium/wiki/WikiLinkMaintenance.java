package be.atrium.wiki;

import be.atrium.content.MarkdownRenderer;
import be.atrium.network.Atrium;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps {@code [[Page title]]} links true, inside the transaction of the save that changed a
 * page ({@link WikiService}, imports): renders a text with its links resolved (blue when the
 * page exists, red when it does not), keeps the link table ({@code wiki_link}) in step with each
 * page's text, and renders again the pages whose links a new, renamed or restored title makes
 * blue or red.
 *
 * <p>Saves of one scope take turns ({@link #takeTurn}): each reads the pages and links that exist
 * only once the saves before it have committed (transactions read committed data), so two pages
 * created at once that link to each other both end up blue, and no save fails the version check
 * of a page that another save re-rendered meanwhile (it reads the page again after its turn).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WikiLinkMaintenance {

    @PersistenceContext
    EntityManager em;

    @Inject
    WikiRepository repository;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Outbox outbox;

    /**
     * Waits until no other save of the scope (an Atrium, null: network-wide) is under way, and keeps
     * the turn until this transaction ends. Every save takes it before it reads the pages its links
     * and title concern (a network-wide save waits for the saves of every Atrium, whose links reach
     * network-wide pages).
     */
    void takeTurn(Atrium scope) {
        repository.lockScope(scope);
    }

    /** Markdown to safe HTML, with {@code [[Page title]]} resolved against the pages reachable from the Atrium. */
    String render(Atrium atrium, String body) {
        Map<String, Long> targets = repository.linkTargets(atrium, WikiLinks.linkedKeys(body));
        return markdown.html(WikiLinks.resolve(body, targets, atrium == null ? null : atrium.getSlug()));
    }

    /**
     * After a save: the page's rows in the link table follow its text, and when its title key
     * appeared, changed or went away, every page whose links reach that key is rendered again
     * (one indexed lookup, one query for all their link targets, no new revisions; an outbox
     * change for each page that now reads differently).
     */
    void changed(WikiPage page, String oldTitle, boolean textChanged, Long actorId) {
        em.flush();
        if (textChanged || oldTitle == null) {
            repository.replaceLinks(page.getId(), WikiLinks.linkedKeys(page.getBody()), oldTitle == null);
        }
        Set<String> keys = WikiLinks.changedKeys(oldTitle, page.getTitle());
        if (keys.isEmpty()) {
            return;
        }
        List<WikiPage> linking = repository.linkingPages(page.getAtrium(), keys);
        if (linking.isEmpty()) {
            return;
        }
        Set<Long> atriumIds = new HashSet<>();
        Set<String> allKeys = new LinkedHashSet<>();
        for (WikiPage p : linking) {
            if (p.getAtrium() != null) {
                atriumIds.add(p.getAtrium().getId());
            }
            allKeys.addAll(WikiLinks.linkedKeys(p.getBody()));
        }
        List<WikiLinks.Target> candidates = repository.linkCandidates(atriumIds, allKeys);
        for (WikiPage p : linking) {
            Atrium a = p.getAtrium();
            Map<String, Long> targets = WikiLinks.targets(a == null ? null : a.getId(), candidates);
            String html = markdown.html(WikiLinks.resolve(p.getBody(), targets, a == null ? null : a.getSlug()));
            if (!html.equals(p.getBodyHtml())) {
                p.relinked(html);
                outbox.record(WikiChanges.PAGE_RERENDERED, p.getId(), actorId);
            }
        }
    }
}

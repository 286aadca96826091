package be.atrium.wiki;

import be.atrium.content.MarkdownRenderer;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumRepository;
import be.atrium.network.NetworkService;
import be.atrium.platform.ConflictException;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one transaction boundary of the knowledge base. Reading follows the Atrium's visibility
 * (a page of a member-only Atrium the viewer may not see does not exist for them: 404), history
 * is open to every reader. The members (and moderators) of an Atrium edit its pages; network-wide
 * pages are edited by relationship managers and administrators. Every save is a revision and
 * records an outbox event; ordinary edits are not audited.
 */
@ApplicationScoped
@Transactional
public class WikiService {

    public static final int MAX_LIST = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    WikiRepository repository;

    @Inject
    AtriumRepository atria;

    @Inject
    NetworkService network;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** A page with what the viewer may do with it and where it sits in the hierarchy. */
    public record PageView(WikiPage page, boolean editable, List<WikiRepository.Crumb> breadcrumbs,
                           List<String> tags) {
        public WikiPage getPage() {
            return page;
        }

        public boolean isEditable() {
            return editable;
        }

        public List<WikiRepository.Crumb> getBreadcrumbs() {
            return breadcrumbs;
        }

        public List<String> getTags() {
            return tags;
        }
    }

    public WikiPage create(Account viewer, String atriumSlug, Long parentId, String title, String body,
                           Collection<String> tags) {
        Atrium atrium = atriumSlug == null || atriumSlug.isBlank() ? null
                : atria.findBySlug(atriumSlug.strip()).orElseThrow(() -> new NotFoundException("atrium " + atriumSlug));
        requireEditor(viewer, atrium);
        WikiPage parent = null;
        if (parentId != null) {
            parent = repository.page(parentId).orElseThrow(() -> new DomainException("wiki.parent.unknown", "parent"));
            requireReadable(viewer, parent);
        }
        String t = WikiPage.requireTitle(title);
        if (repository.titleTaken(atrium, WikiPage.key(t), null)) {
            throw new ConflictException("wiki.title.taken", "title", t);
        }
        String text = WikiPage.requireBody(body);
        Account author = em.find(Account.class, viewer.getId());
        Instant now = clock.instant();
        WikiPage page = new WikiPage(atrium, parent, t, text, render(atrium, text), tags, author, now);
        em.persist(page);
        em.flush();
        em.persist(page.firstRevision());
        outbox.record("wiki", page.getId(), "created");
        return page;
    }

    public PageView page(Account viewer, long id) {
        WikiPage page = readable(viewer, id);
        return new PageView(page, mayEdit(viewer, page.getAtrium()), repository.ancestors(page),
                List.copyOf(page.getTags()));
    }

    /** The pages of an Atrium (or the network-wide ones when the slug is empty), by title, bounded. */
    public List<WikiPage> pages(Account viewer, String atriumSlug) {
        Atrium atrium = null;
        if (atriumSlug != null && !atriumSlug.isBlank()) {
            atrium = atria.findBySlug(atriumSlug.strip()).orElseThrow(() -> new NotFoundException("atrium " + atriumSlug));
            network.requireVisible(viewer, atrium);
        }
        return repository.pages(atrium, MAX_LIST);
    }

    public List<WikiPage> children(Account viewer, long id) {
        return repository.children(readable(viewer, id), MAX_LIST);
    }

    public List<WikiRepository.Crumb> breadcrumbs(Account viewer, long id) {
        return repository.ancestors(readable(viewer, id));
    }

    /**
     * Saves a new text made from {@code baseRevision}; a stale base is a conflict (409) carrying
     * the current revision, so the editor can show the difference and merge.
     */
    public WikiRevision edit(Account viewer, long id, String title, String body, String summary,
                             Integer baseRevision) {
        WikiPage page = readable(viewer, id);
        requireEditor(viewer, page.getAtrium());
        if (baseRevision == null) {
            throw new DomainException("wiki.baseRevision.required", "baseRevision");
        }
        if (baseRevision != page.getRevision()) {
            throw new ConflictException("wiki.edit.conflict", "body", page.getRevision());
        }
        if (title != null && !title.isBlank()) {
            String t = WikiPage.requireTitle(title);
            if (!WikiPage.key(t).equals(page.getTitleKey())
                    && repository.titleTaken(page.getAtrium(), WikiPage.key(t), page.getId())) {
                throw new ConflictException("wiki.title.taken", "title", t);
            }
        }
        String text = WikiPage.requireBody(body);
        WikiRevision revision = page.edit(em.find(Account.class, viewer.getId()),
                title == null || title.isBlank() ? null : title, text, render(page.getAtrium(), text), summary,
                baseRevision, clock.instant());
        em.persist(revision);
        outbox.record("wiki", page.getId(), "edited");
        return revision;
    }

    public List<WikiRevision> revisions(Account viewer, long id) {
        return repository.revisions(readable(viewer, id));
    }

    public WikiRevision revision(Account viewer, long id, int number) {
        WikiPage page = readable(viewer, id);
        return repository.revision(page, number).orElseThrow(() -> new NotFoundException("wiki revision " + number));
    }

    /** Brings back an old revision as a new one (history is never rewritten). */
    public WikiRevision restore(Account viewer, long id, int number, String summary) {
        WikiPage page = readable(viewer, id);
        requireEditor(viewer, page.getAtrium());
        WikiRevision old = repository.revision(page, number)
                .orElseThrow(() -> new DomainException("wiki.revision.unknown", "revision"));
        if (!old.getTitle().equals(page.getTitle()) && !WikiPage.key(old.getTitle()).equals(page.getTitleKey())
                && repository.titleTaken(page.getAtrium(), WikiPage.key(old.getTitle()), page.getId())) {
            throw new ConflictException("wiki.title.taken", "title", old.getTitle());
        }
        WikiRevision revision = page.restore(old, em.find(Account.class, viewer.getId()),
                render(page.getAtrium(), old.getBody()), summary, clock.instant());
        em.persist(revision);
        outbox.record("wiki", page.getId(), "restored");
        return revision;
    }

    /** Tags of the listed pages, in one query. */
    public Map<Long, List<String>> tags(Collection<Long> pageIds) {
        return repository.tags(pageIds);
    }

    /**
     * Pages whose title contains {@code text} (all pages when it is blank), by title, at most
     * {@code limit}: among those the viewer may read, or with {@code editableOnly} among those
     * they may edit (for choosing a page to add to). The same rules as {@link #mayEdit} and
     * {@code AtriumAccess}, stated as sets so the search is one query: administrators everything;
     * members edit their Atria's pages, relationship managers those of the Atria of their
     * municipalities; network-wide pages are edited by relationship managers, editors and
     * administrators and read by all; a member-only Atrium's pages are read only by those who may
     * see it.
     */
    public List<WikiPage> findPages(Account viewer, String text, boolean editableOnly, int limit) {
        Set<Long> atriumIds = new HashSet<>(atria.membershipsOf(viewer).keySet());
        if (viewer.isRelationshipManager()) {
            atriumIds.addAll(atria.managedAtriumIds(viewer));
        }
        boolean networkWide = !editableOnly || mayEdit(viewer, null);
        return repository.findByTitle(WikiPage.key(text), viewer.isAdministrator(), networkWide, !editableOnly,
                atriumIds, Math.max(1, Math.min(limit, MAX_LIST)));
    }

    /** Markdown to safe HTML, with {@code [[Page title]]} resolved against the pages reachable from the Atrium. */
    String render(Atrium atrium, String body) {
        Map<String, Long> targets = repository.linkTargets(atrium, WikiLinks.linkedKeys(body));
        return markdown.html(WikiLinks.resolve(body, targets, atrium == null ? null : atrium.getSlug()));
    }

    private WikiPage readable(Account viewer, long id) {
        WikiPage page = repository.page(id).orElseThrow(() -> new NotFoundException("wiki page " + id));
        requireReadable(viewer, page);
        return page;
    }

    private void requireReadable(Account viewer, WikiPage page) {
        if (page.getAtrium() != null) {
            network.requireVisible(viewer, page.getAtrium());
        }
    }

    /** Whether the viewer may create and edit pages of the Atrium (null: the network-wide pages). */
    public boolean mayEditIn(Account viewer, Atrium atrium) {
        return mayEdit(viewer, atrium);
    }

    /** Whether the viewer may edit pages of the Atrium (null: network-wide), without failing. */
    private boolean mayEdit(Account viewer, Atrium atrium) {
        if (atrium == null) {
            return viewer.isAdministrator() || viewer.isRelationshipManager() || viewer.isEditor();
        }
        boolean moderator = network.requireVisible(viewer, atrium);
        return moderator || atria.membership(atrium, viewer).isPresent();
    }

    private void requireEditor(Account viewer, Atrium atrium) {
        if (!mayEdit(viewer, atrium)) {
            throw new ForbiddenException(atrium == null
                    ? "network-wide pages are edited by relationship managers, editors and administrators"
                    : "only members of the Atrium edit its pages");
        }
    }
}

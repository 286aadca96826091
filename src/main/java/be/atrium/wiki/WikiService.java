package be.atrium.wiki;

import be.atrium.content.TagCounts;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumDeleting;
import be.atrium.network.AtriumRepository;
import be.atrium.network.Reach;
import be.atrium.network.Reaches;
import be.atrium.platform.ConflictException;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one transaction boundary of the knowledge base. Reading follows the Atrium's visibility
 * (a page of a member-only Atrium the viewer may not see does not exist for them: 404), history
 * is open to every reader. The members (and moderators) of an Atrium edit its pages; network-wide
 * pages are edited by relationship managers and administrators. Every save is a revision and
 * records an outbox event; ordinary edits are not audited. Every save also rewrites the page's
 * rows in the link table, and when a title appears, changes or goes away the pages whose
 * {@code [[links]]} reach it are rendered again, so red links turn blue (and back) at once.
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
    Reaches reaches;

    @Inject
    WikiLinkMaintenance links;

    @Inject
    Instance<TagCounts> tagCounts;

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

    /** Where a new page goes: its scope, its proposed parent and the pages that could be its parent. */
    public record NewPage(String atriumSlug, String atriumName, WikiRepository.Crumb parent,
                          List<WikiRepository.Crumb> parents) {
        public String getAtriumSlug() {
            return atriumSlug;
        }

        public String getAtriumName() {
            return atriumName;
        }

        public WikiRepository.Crumb getParent() {
            return parent;
        }

        public List<WikiRepository.Crumb> getParents() {
            return parents;
        }
    }

    public WikiPage create(Account viewer, String atriumSlug, Long parentId, String title, String body,
                           Collection<String> tags) {
        Atrium atrium = atriumSlug == null || atriumSlug.isBlank() ? null
                : atria.findBySlug(atriumSlug.strip()).orElseThrow(() -> new NotFoundException("atrium " + atriumSlug));
        requireEditor(viewer, atrium);
        String t = WikiPage.requireTitle(title);
        String text = WikiPage.requireBody(body);
        links.takeTurn(atrium);
        WikiPage parent = null;
        if (parentId != null) {
            // a page the viewer may not read is as unknown as one that does not exist
            parent = repository.page(parentId).filter(p -> mayRead(viewer, p))
                    .orElseThrow(() -> new DomainException("wiki.parent.unknown", "parent"));
        }
        if (repository.titleTaken(atrium, WikiPage.key(t), null)) {
            throw new ConflictException("wiki.title.taken", "title", t);
        }
        Account author = em.find(Account.class, viewer.getId());
        Instant now = clock.instant();
        WikiPage page = new WikiPage(atrium, parent, t, text, links.render(atrium, text), tags, author, now);
        em.persist(page);
        em.flush();
        em.persist(page.firstRevision());
        links.changed(page, null, true, viewer.getId());
        outbox.record(WikiChanges.PAGE_CREATED, page.getId(), viewer.getId());
        return page;
    }

    /**
     * What the editor of a new page needs: the scope (an Atrium by slug, or network-wide), which
     * the viewer must be allowed to edit, the proposed parent when it exists in that scope, and
     * the pages of the scope to choose another parent from.
     */
    public NewPage newPage(Account viewer, String atriumSlug, Long parentId) {
        Atrium atrium = atriumSlug == null || atriumSlug.isBlank() ? null
                : atria.findBySlug(atriumSlug.strip()).orElseThrow(() -> new NotFoundException("atrium " + atriumSlug));
        if (atrium != null) {
            reaches.of(viewer).requireVisible(atrium);
        }
        requireEditor(viewer, atrium);
        WikiRepository.Crumb parent = null;
        if (parentId != null) {
            parent = repository.page(parentId)
                    .filter(p -> p.getAtrium() == null ? atrium == null
                            : atrium != null && p.getAtrium().getId().equals(atrium.getId()))
                    .map(p -> new WikiRepository.Crumb(p.getId(), p.getTitle())).orElse(null);
        }
        return new NewPage(atrium == null ? null : atrium.getSlug(), atrium == null ? null : atrium.getName(), parent,
                repository.titles(atrium, MAX_LIST));
    }

    /** A page its editor is about to change: like {@link #page}, refused (403) to those who may only read it. */
    public PageView pageForEdit(Account viewer, long id) {
        PageView view = page(viewer, id);
        if (!view.editable()) {
            requireEditor(viewer, view.page().getAtrium());
        }
        return view;
    }

    /**
     * The HTML that the Markdown will have once saved in the scope (an Atrium by slug, or
     * network-wide): {@code [[links]]} resolved against the pages that exist now.
     */
    public String preview(Account viewer, String atriumSlug, String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        Atrium atrium = null;
        if (atriumSlug != null && !atriumSlug.isBlank()) {
            atrium = atria.findBySlug(atriumSlug.strip()).orElseThrow(() -> new NotFoundException("atrium " + atriumSlug));
            reaches.of(viewer).requireVisible(atrium);
        }
        return links.render(atrium, body.length() > WikiPage.MAX_BODY ? body.substring(0, WikiPage.MAX_BODY) : body);
    }

    /**
     * One page of the knowledge base of an Atrium (by slug) or, when the slug is empty, of the
     * network-wide pages. See {@link #list(Account, WikiScope, String, String, String, WikiSort, int, int)}.
     */
    public WikiList list(Account viewer, String atriumSlug, String tag, String text, WikiSort sort, int offset,
                         int limit) {
        boolean one = atriumSlug != null && !atriumSlug.isBlank();
        return list(viewer, one ? WikiScope.ATRIUM : WikiScope.NETWORK, atriumSlug, tag, text, sort, offset, limit);
    }

    /**
     * One page of the knowledge base of a scope: everything the viewer may see (the reach model
     * decides), the network-wide pages, the pages of the viewer's own Atria, or those of one Atrium
     * (by slug; not found when the viewer may not see it). Filtered by tag and by text in the
     * title, sorted, with each page's Atrium, tags and ancestors. A fixed number of statements
     * whatever the number of pages.
     */
    public WikiList list(Account viewer, WikiScope scope, String atriumSlug, String tag, String text, WikiSort sort,
                         int offset, int limit) {
        Reach reach = reaches.of(viewer);
        WikiScope s = scope == null ? WikiScope.ALL : scope;
        Atrium atrium = null;
        boolean editable;
        if (s == WikiScope.ATRIUM) {
            String slug = atriumSlug == null ? "" : atriumSlug.strip();
            atrium = atria.findBySlug(slug).orElseThrow(() -> new NotFoundException("atrium " + slug));
            editable = reach.requireVisible(atrium) || reach.isMember(atrium);
        } else {
            editable = mayEdit(viewer, null);
        }
        WikiRepository.ListPage found = repository.list(new WikiRepository.ListQuery(s, atrium, reach, tag, text,
                sort == null ? WikiSort.TITLE : sort), Math.max(0, offset), Math.max(1, Math.min(limit, MAX_LIST)));
        List<Long> ids = found.items().stream().map(WikiListItem::id).toList();
        Map<Long, List<String>> tags = repository.tags(ids);
        Set<Long> nested = new HashSet<>();
        found.items().stream().filter(i -> i.parentId() != null).forEach(i -> nested.add(i.id()));
        Map<Long, List<WikiRepository.Crumb>> paths = repository.paths(nested);
        List<WikiListItem> items = new ArrayList<>();
        for (WikiListItem item : found.items()) {
            items.add(item.with(tags.getOrDefault(item.id(), List.of()), paths.getOrDefault(item.id(), List.of())));
        }
        List<WikiList.ScopeChoice> choices = atria.all().stream().filter(reach::canSee)
                .map(a -> new WikiList.ScopeChoice(a.getSlug(), a.getName()))
                .sorted(Comparator.comparing(WikiList.ScopeChoice::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new WikiList(s, atrium == null ? null : atrium.getSlug(), atrium == null ? null : atrium.getName(),
                editable, items, found.total(), topTags(viewer, reach, s, atrium), choices);
    }

    /** The most used tags of the scope: from the search index when it can answer, else counted here. */
    private List<String> topTags(Account viewer, Reach reach, WikiScope scope, Atrium atrium) {
        if (scope == WikiScope.MINE) {
            return repository.topTagsOfMine(reach, 15);
        }
        Optional<List<String>> fromIndex = tagCounts.isResolvable()
                ? tagCounts.get().top(viewer, "wiki", atrium == null ? null : atrium.getSlug(),
                scope == WikiScope.NETWORK, 15)
                : Optional.empty();
        return fromIndex.orElseGet(() -> scope == WikiScope.ALL ? List.of() : repository.topTags(atrium, 15));
    }

    /**
     * Existing tags of knowledge-base pages that start with what is typed (normalised as tags are),
     * for the tag field of the page editor: those of the pages of the page's own scope (an Atrium
     * the viewer may see, or network-wide), most used first.
     */
    public List<String> suggestTags(Account viewer, String atriumSlug, String typed, int limit) {
        Atrium atrium = null;
        if (atriumSlug != null && !atriumSlug.isBlank()) {
            atrium = atria.findBySlug(atriumSlug.strip()).orElseThrow(() -> new NotFoundException("atrium " + atriumSlug));
            reaches.of(viewer).requireVisible(atrium);
        }
        String prefix = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        return repository.tagsStartingWith(atrium, prefix, limit);
    }

    /** The pages of the scope, id and title, for choosing a parent or a link target. */
    public List<WikiRepository.Crumb> titles(Account viewer, String atriumSlug) {
        Atrium atrium = null;
        if (atriumSlug != null && !atriumSlug.isBlank()) {
            atrium = atria.findBySlug(atriumSlug.strip()).orElseThrow(() -> new NotFoundException("atrium " + atriumSlug));
            reaches.of(viewer).requireVisible(atrium);
        }
        return repository.titles(atrium, MAX_LIST);
    }

    public PageView page(Account viewer, long id) {
        WikiPage page = readable(viewer, id);
        return new PageView(page, mayEdit(viewer, page.getAtrium()), repository.ancestors(page),
                page.getTags().stream().sorted().toList());
    }

    /** The pages of an Atrium (or the network-wide ones when the slug is empty), by title, bounded. */
    public List<WikiPage> pages(Account viewer, String atriumSlug) {
        Atrium atrium = null;
        if (atriumSlug != null && !atriumSlug.isBlank()) {
            atrium = atria.findBySlug(atriumSlug.strip()).orElseThrow(() -> new NotFoundException("atrium " + atriumSlug));
            reaches.of(viewer).requireVisible(atrium);
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
        return edit(viewer, id, title, body, summary, baseRevision, null);
    }

    /**
     * Saves a new text and title made from {@code baseRevision}, and the tags when given (null:
     * unchanged). A change of tags alone is saved without a new revision (revisions keep title
     * and text); a change of nothing at all is refused.
     */
    public WikiRevision edit(Account viewer, long id, String title, String body, String summary,
                             Integer baseRevision, Collection<String> tags) {
        WikiPage page = readable(viewer, id);
        requireEditor(viewer, page.getAtrium());
        if (baseRevision == null) {
            throw new DomainException("wiki.baseRevision.required", "baseRevision");
        }
        takeTurn(page);
        if (baseRevision != page.getRevision()) {
            throw new ConflictException("wiki.edit.conflict", "body", page.getRevision());
        }
        String newTitle = title == null || title.isBlank() ? null : WikiPage.requireTitle(title);
        if (newTitle != null && !WikiPage.key(newTitle).equals(page.getTitleKey())
                && repository.titleTaken(page.getAtrium(), WikiPage.key(newTitle), page.getId())) {
            throw new ConflictException("wiki.title.taken", "title", newTitle);
        }
        String text = WikiPage.requireBody(body);
        WikiPage.normaliseSummary(summary);
        boolean retagged = false;
        if (tags != null) {
            Set<String> before = new LinkedHashSet<>(page.getTags());
            page.retag(tags);
            retagged = !before.equals(new LinkedHashSet<>(page.getTags()));
        }
        if (retagged && text.equals(page.getBody()) && (newTitle == null || newTitle.equals(page.getTitle()))) {
            outbox.record(WikiChanges.PAGE_RETAGGED, page.getId(), viewer.getId());
            return repository.revision(page, page.getRevision()).orElseThrow();
        }
        String oldTitle = page.getTitle();
        boolean textChanged = !text.equals(page.getBody());
        WikiRevision revision = page.edit(em.find(Account.class, viewer.getId()), newTitle, text,
                links.render(page.getAtrium(), text), summary, baseRevision, clock.instant());
        em.persist(revision);
        links.changed(page, oldTitle, textChanged, viewer.getId());
        outbox.record(WikiChanges.PAGE_EDITED, page.getId(), viewer.getId());
        return revision;
    }

    /** One page of a page's history, newest first, without the texts; open to every reader. */
    public List<RevisionEntry> history(Account viewer, long id, int offset, int limit) {
        return repository.history(readable(viewer, id), Math.max(0, offset), Math.max(1, Math.min(limit, MAX_LIST)));
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
        takeTurn(page);
        WikiRevision old = repository.revision(page, number)
                .orElseThrow(() -> new DomainException("wiki.revision.unknown", "revision"));
        if (!old.getTitle().equals(page.getTitle()) && !WikiPage.key(old.getTitle()).equals(page.getTitleKey())
                && repository.titleTaken(page.getAtrium(), WikiPage.key(old.getTitle()), page.getId())) {
            throw new ConflictException("wiki.title.taken", "title", old.getTitle());
        }
        String oldTitle = page.getTitle();
        boolean textChanged = !old.getBody().equals(page.getBody());
        WikiRevision revision = page.restore(old, em.find(Account.class, viewer.getId()),
                links.render(page.getAtrium(), old.getBody()), summary, clock.instant());
        em.persist(revision);
        links.changed(page, oldTitle, textChanged, viewer.getId());
        outbox.record(WikiChanges.PAGE_RESTORED, page.getId(), viewer.getId());
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
     * {@link Reach}, stated for one query: administrators everything;
     * members edit their Atria's pages, relationship managers those of the Atria of their
     * municipalities; network-wide pages are edited by relationship managers, editors and
     * administrators and read by all; a member-only Atrium's pages are read only by those who may
     * see it.
     */
    public List<WikiPage> findPages(Account viewer, String text, boolean editableOnly, int limit) {
        return repository.findByTitle(WikiPage.key(text), reaches.of(viewer), editableOnly, mayEdit(viewer, null),
                Math.max(1, Math.min(limit, MAX_LIST)));
    }

    /**
     * A page brought in by an import ({@link WikiImporter}, inside the line's transaction): saved
     * as written by the line's author at the line's time, under the page rules and with the same
     * link bookkeeping as a page created here. No editing permission is asked: only
     * administrators import.
     */
    WikiPage imported(Atrium atrium, WikiPage parent, String title, String body, Collection<String> tags,
                      Account author, Instant at) {
        links.takeTurn(atrium);
        String t = WikiPage.requireTitle(title);
        if (repository.titleTaken(atrium, WikiPage.key(t), null)) {
            throw new ConflictException("wiki.title.taken", "title", t);
        }
        String text = WikiPage.requireBody(body);
        WikiPage page = new WikiPage(atrium, parent, t, text, links.render(atrium, text), tags, author, at);
        em.persist(page);
        em.flush();
        em.persist(page.firstRevision());
        links.changed(page, null, true, author.getId());
        outbox.record(WikiChanges.PAGE_CREATED, page.getId(), author.getId());
        return page;
    }

    /**
     * An imported page imported again: a new revision by the line's author only when the title or
     * the text changed; tags and parent follow the line. Whether anything changed.
     */
    boolean reimported(WikiPage page, WikiPage parent, String title, String body, Collection<String> tags,
                       Account author, String summary) {
        String t = WikiPage.requireTitle(title);
        String text = WikiPage.requireBody(body);
        takeTurn(page);
        boolean changed = false;
        String oldTitle = page.getTitle();
        boolean textChanged = !text.equals(page.getBody());
        if (textChanged || !t.equals(oldTitle)) {
            if (!WikiPage.key(t).equals(page.getTitleKey())
                    && repository.titleTaken(page.getAtrium(), WikiPage.key(t), page.getId())) {
                throw new ConflictException("wiki.title.taken", "title", t);
            }
            em.persist(page.edit(author, t, text, links.render(page.getAtrium(), text), summary, page.getRevision(),
                    clock.instant()));
            links.changed(page, oldTitle, textChanged, author.getId());
            changed = true;
        }
        Set<String> before = new LinkedHashSet<>(page.getTags());
        page.retag(tags);
        changed |= !before.equals(new LinkedHashSet<>(page.getTags()));
        if (!Objects.equals(page.getParentId(), parent == null ? null : parent.getId())) {
            page.moveUnder(parent);
            changed = true;
        }
        if (changed) {
            outbox.record(WikiChanges.PAGE_EDITED, page.getId(), author.getId());
        }
        return changed;
    }

    /**
     * Takes the turn of the page's scope ({@link WikiLinkMaintenance#takeTurn}) and reads the page
     * again, as the saves before this one left it (one may have re-rendered its links).
     */
    private void takeTurn(WikiPage page) {
        links.takeTurn(page.getAtrium());
        em.flush();
        em.refresh(page);
    }

    /** The title of a page the viewer may read; empty when it does not exist or is out of their reach. */
    public Optional<String> visibleTitle(Account viewer, long id) {
        return repository.page(id).filter(p -> mayRead(viewer, p)).map(WikiPage::getTitle);
    }

    /**
     * The pages the viewer may read with these titles, by the title as given, as {@code [[links]]}
     * written in the Atrium {@code atriumSlug} (null: outside any Atrium) reach them: that Atrium's
     * page first (when the viewer sees the Atrium), else the network-wide one. Two statements.
     */
    public Map<String, Long> visiblePagesByTitle(Account viewer, String atriumSlug, Collection<String> titles) {
        Map<String, Long> found = new HashMap<>();
        if (titles.isEmpty()) {
            return found;
        }
        Atrium from = atriumSlug == null || atriumSlug.isBlank() ? null
                : atria.findBySlug(atriumSlug.strip()).filter(a -> reaches.of(viewer).canSee(a)).orElse(null);
        Map<String, String> keys = new HashMap<>();
        for (String title : titles) {
            String key = WikiPage.key(title);
            if (!key.isEmpty()) {
                keys.put(title, key);
            }
        }
        Map<String, Long> byKey = repository.linkTargets(from, new LinkedHashSet<>(keys.values()));
        keys.forEach((title, key) -> {
            Long id = byKey.get(key);
            if (id != null) {
                found.put(title, id);
            }
        });
        return found;
    }

    private WikiPage readable(Account viewer, long id) {
        WikiPage page = repository.page(id).orElseThrow(() -> new NotFoundException("wiki page " + id));
        requireReadable(viewer, page);
        return page;
    }

    private void requireReadable(Account viewer, WikiPage page) {
        if (page.getAtrium() != null) {
            reaches.of(viewer).requireVisible(page.getAtrium());
        }
    }

    private boolean mayRead(Account viewer, WikiPage page) {
        return page.getAtrium() == null || reaches.of(viewer).canSee(page.getAtrium());
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
        Reach reach = reaches.of(viewer);
        return reach.requireVisible(atrium) || reach.isMember(atrium);
    }

    private void requireEditor(Account viewer, Atrium atrium) {
        if (!mayEdit(viewer, atrium)) {
            throw new ForbiddenException(atrium == null
                    ? "network-wide pages are edited by relationship managers, editors and administrators"
                    : "only members of the Atrium edit its pages");
        }
    }

    /**
     * An Atrium with pages in the knowledge base is not deleted: its pages would lose their
     * readers (and their links). Move them network-wide or delete them first.
     */
    void onAtriumDeleting(@Observes AtriumDeleting event) {
        long pages = repository.countInAtrium(event.atrium());
        if (pages > 0) {
            throw new DomainException("atrium.delete.hasWikiPages", null, pages);
        }
    }
}

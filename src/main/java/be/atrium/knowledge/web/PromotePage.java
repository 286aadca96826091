package be.atrium.knowledge.web;

import be.atrium.content.MarkdownRenderer;
import be.atrium.discussion.web.Redirects;
import be.atrium.identity.CurrentUser;
import be.atrium.knowledge.KnowledgeService;
import be.atrium.network.Atrium;
import be.atrium.platform.DomainException;
import be.atrium.platform.web.Messages;
import be.atrium.platform.web.PageMessages;
import be.atrium.platform.web.PageRedirect;
import be.atrium.platform.web.QueryParams;
import be.atrium.wiki.WikiPage;
import be.atrium.wiki.WikiService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Taking a solved question (or its accepted answer) into the knowledge base: the text is made
 * from the thread and can be edited before saving, then either becomes a new page (in the
 * thread's Atrium or network-wide, where the promoter may edit) or a section of an existing page
 * found by title among those the promoter may edit. Success leads to the page.
 */
@Named
@ViewScoped
public class PromotePage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The value of the "network-wide" choice of where a new page goes. */
    static final String NETWORK = "-";

    @Inject
    CurrentUser currentUser;

    @Inject
    KnowledgeService knowledge;

    @Inject
    WikiService wiki;

    @Inject
    MarkdownRenderer markdown;

    private long threadId = -1;
    private Long postId;
    private String threadTitle;
    private boolean answerOnly;
    private String atriumSlug;
    private String atriumName;
    private final List<String> scopes = new ArrayList<>();

    private String body;
    private String title;
    private String scope;
    private Long parent;
    private String query;
    private Long page;
    private List<Choice> results;
    private boolean searched;
    private transient List<Choice> parents;
    private transient String parentsScope;

    /** A page to choose: id, title and where it lives. */
    public record Choice(long id, String title, String where) implements Serializable {
        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getWhere() {
            return where;
        }
    }

    /**
     * Prepares the text from the thread. A thread that cannot be promoted (not solved, not the
     * accepted answer) sends the person back to it with the reason; others than the asker and the
     * moderators get the 403 page.
     */
    public void load() {
        KnowledgeService.Draft draft;
        try {
            draft = knowledge.draft(currentUser.get(), threadId, postId, Messages.contentLocale());
        } catch (DomainException refused) {
            PageMessages.error(null, refused);
            PageRedirect.to(Redirects.thread(threadId, 1, null), null);
            return;
        }
        threadTitle = draft.getThread().getTitle();
        answerOnly = draft.getPost() != null;
        Atrium atrium = draft.getAtrium();
        atriumSlug = atrium == null ? null : atrium.getSlug();
        atriumName = atrium == null ? null : atrium.getName();
        scopes.clear();
        if (atrium != null && wiki.mayEditIn(currentUser.get(), atrium)) {
            scopes.add(atrium.getSlug());
        }
        if (wiki.mayEditIn(currentUser.get(), null)) {
            scopes.add(NETWORK);
        }
        if (body == null) {
            body = draft.getBody();
            title = draft.getTitle();
            scope = scopes.isEmpty() ? null : scopes.get(0);
        }
    }

    public void createPage() {
        String slug = NETWORK.equals(scope) ? null : scope;
        // an emptied field is an empty text here (the service would otherwise make one from the thread)
        WikiPage created = knowledge.promoteToNewPage(currentUser.get(), threadId, postId, slug, parent,
                title == null ? "" : title, body == null ? "" : body, Messages.contentLocale());
        PageMessages.info("knowledge.promote.created", created.getTitle());
        PageRedirect.to("/wiki/page.xhtml?id=" + created.getId(), null);
    }

    public void search() {
        results = knowledge.pageChoices(currentUser.get(), query, true).stream().map(this::choice).toList();
        searched = true;
        if (page != null && results.stream().noneMatch(c -> c.id() == page)) {
            page = null;
        }
        if (page == null && results.size() == 1) {
            page = results.get(0).id();
        }
    }

    public void addSection() {
        WikiPage target = knowledge.promoteToSection(currentUser.get(), threadId, postId, page,
                body == null ? "" : body, Messages.contentLocale());
        PageMessages.info("knowledge.promote.added", target.getTitle());
        PageRedirect.to("/wiki/page.xhtml?id=" + target.getId(), null);
    }

    private Choice choice(WikiPage p) {
        return new Choice(p.getId(), p.getTitle(), p.getAtrium() == null
                ? Messages.text(Messages.pageLocale(), "knowledge.promote.networkWide") : p.getAtrium().getName());
    }

    /** Pages of the chosen place that may be the new page's parent. */
    public List<Choice> getParents() {
        if (scope == null) {
            return List.of();
        }
        if (parents == null || !scope.equals(parentsScope)) {
            parents = wiki.titles(currentUser.get(), NETWORK.equals(scope) ? null : scope).stream()
                    .map(c -> new Choice(c.id(), c.title(), null)).toList();
            parentsScope = scope;
        }
        return parents;
    }

    /** The sanitised HTML of the text as it stands. */
    public String getPreview() {
        return body == null || body.isBlank() ? "" : markdown.html(body);
    }

    /** The label of a place a new page can go to. */
    public String scopeLabel(String value) {
        return NETWORK.equals(value) ? Messages.text(Messages.pageLocale(), "knowledge.promote.whereNetwork")
                : Messages.text(Messages.pageLocale(), "knowledge.promote.whereAtrium", atriumName);
    }

    public List<String> getScopes() {
        return scopes;
    }

    public String getThreadTitle() {
        return threadTitle;
    }

    public boolean isAnswerOnly() {
        return answerOnly;
    }

    public String getAtriumSlug() {
        return atriumSlug;
    }

    public String getAtriumName() {
        return atriumName;
    }

    public List<Choice> getResults() {
        return results == null ? List.of() : results;
    }

    public boolean isSearched() {
        return searched;
    }

    public long getThreadId() {
        return threadId;
    }

    public String getThreadParam() {
        return String.valueOf(threadId);
    }

    public void setThreadParam(String value) {
        this.threadId = QueryParams.id(value);
    }

    public Long getPostId() {
        return postId;
    }

    public String getPostParam() {
        return postId == null ? null : postId.toString();
    }

    public void setPostParam(String value) {
        long parsed = QueryParams.id(value);
        this.postId = value == null || value.isBlank() ? null : parsed;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Long getParent() {
        return parent;
    }

    public void setParent(Long parent) {
        this.parent = parent;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Long getPage() {
        return page;
    }

    public void setPage(Long page) {
        this.page = page;
    }
}

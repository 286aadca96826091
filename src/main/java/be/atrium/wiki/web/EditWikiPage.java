package be.atrium.wiki.web;

import be.atrium.content.WordDiff;
import be.atrium.content.web.TagInput;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.ConflictException;
import be.atrium.platform.web.FormErrors;
import be.atrium.platform.web.PageMessages;
import be.atrium.wiki.WikiPage;
import be.atrium.wiki.WikiRepository;
import be.atrium.wiki.WikiService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Writing a page of the knowledge base: a new one ({@code ?atrium=gent&parent=7&title=...}, the
 * address of a red link) or a change of an existing one ({@code ?id=7}). The Markdown is
 * previewed as typed, with {@code [[links]]} resolved as they will be. A change is made against
 * the revision the editor started from; when someone saved in the meantime the editor keeps
 * their text, sees the other version and the difference, merges in the text box and saves again
 * against the newer revision. Nothing typed is lost: the form keeps it on every refusal and the
 * browser keeps a draft.
 */
@Named
@ViewScoped
public class EditWikiPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    WikiService wiki;

    // from the address: an id (even a broken one, which is then not found) means an existing page
    private boolean existing;
    private long id = -1;
    private String atrium;
    private String parentParam;
    private String titleParam;

    // what the page is about
    private boolean creating;
    private String atriumName;
    private String pageTitle;
    private List<WikiRepository.Crumb> breadcrumbs = List.of();
    private List<WikiRepository.Crumb> parents = List.of();

    // the form
    private String title;
    private String body;
    private String tags;
    private String summary;
    private Long parent;
    private Integer baseRevision;

    // a conflict: the version saved in the meantime and the editor's own text
    private boolean conflict;
    private String theirs;
    private String theirsTitle;
    private int theirsRevision;
    private String theirsBy;
    private Instant theirsAt;
    private String yours;
    private transient WordDiff.Result conflictDiff;

    private transient String previewFor;
    private transient String previewHtml;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (existing) {
            WikiService.PageView view = wiki.pageForEdit(currentUser.get(), id);
            WikiPage page = view.page();
            creating = false;
            atrium = page.getAtrium() == null ? null : page.getAtrium().getSlug();
            atriumName = page.getAtrium() == null ? null : page.getAtrium().getName();
            pageTitle = page.getTitle();
            breadcrumbs = view.breadcrumbs();
            title = page.getTitle();
            body = page.getBody();
            tags = String.join(", ", view.tags());
            baseRevision = page.getRevision();
        } else {
            WikiService.NewPage target = wiki.newPage(currentUser.get(), atrium, WikiWeb.optionalId(parentParam));
            creating = true;
            atrium = target.atriumSlug();
            atriumName = target.atriumName();
            parents = target.parents();
            parent = target.parent() == null ? null : target.parent().id();
            title = titleParam == null ? null : titleParam.strip();
        }
    }

    public void save() {
        if (FormErrors.show(WikiPage.problems(title, body, creating ? null : summary,
                WikiWeb.tags(tags)))) {
            return;
        }
        if (creating) {
            WikiPage page = wiki.create(currentUser.get(), atrium, parent, title, body, WikiWeb.tags(tags));
            PageMessages.info("wiki.page.created", page.getTitle());
            WikiWeb.redirect("/wiki/page.xhtml?id=" + page.getId(), getDraftKey());
            return;
        }
        try {
            WikiPage.requireTitle(title);
            wiki.edit(currentUser.get(), id, title, body, summary, baseRevision, WikiWeb.tags(tags));
        } catch (ConflictException e) {
            if (!"wiki.edit.conflict".equals(e.code())) {
                throw e;
            }
            showConflict();
            PageMessages.error("editForm:body", e);
            return;
        }
        PageMessages.info("wiki.page.saved");
        WikiWeb.redirect("/wiki/page.xhtml?id=" + id, getDraftKey());
    }

    /** The text box takes the version saved in the meantime; the editor's own text stays shown beside it. */
    public void startFromTheirs() {
        if (conflict) {
            if (!Objects.equals(body, theirs)) {
                yours = body;
                conflictDiff = null;
            }
            body = theirs;
        }
    }

    private void showConflict() {
        WikiService.PageView current = wiki.pageForEdit(currentUser.get(), id);
        WikiPage page = current.page();
        theirs = page.getBody();
        theirsTitle = page.getTitle();
        theirsRevision = page.getRevision();
        theirsBy = page.getUpdatedBy().getDisplayName();
        theirsAt = page.getUpdatedAt();
        yours = body;
        conflictDiff = null;
        baseRevision = page.getRevision();
        conflict = true;
    }

    /** Their version (left) against the editor's text (right). */
    public WordDiff.Result getConflictDiff() {
        if (conflict && conflictDiff == null) {
            conflictDiff = WordDiff.compare(theirs, yours);
        }
        return conflictDiff;
    }

    /** The sanitised HTML of what is typed so far, links resolved; rendered once per text. */
    public String getPreview() {
        if (body == null || body.isBlank()) {
            return "";
        }
        if (!body.equals(previewFor)) {
            previewHtml = WikiWeb.withContextPath(wiki.preview(currentUser.get(), atrium, body), WikiWeb.contextPath());
            previewFor = body;
        }
        return previewHtml;
    }

    /** One browser draft per page (or per new page of a scope and title). */
    public String getDraftKey() {
        if (!creating) {
            return "atrium.draft.wiki." + id;
        }
        return "atrium.draft.wiki.new." + (atrium == null ? "-" : atrium) + "."
                + (titleParam == null ? "" : WikiPage.key(titleParam));
    }

    public String getScopeQuery() {
        return atrium == null || atrium.isBlank() ? "" : "atrium=" + WikiWeb.encode(atrium);
    }

    /** Where Cancel leads: the page, or the list (or the parent) it would have joined. */
    public String getCancelUrl() {
        if (!creating) {
            return "/wiki/page.xhtml?id=" + id;
        }
        if (parent != null) {
            return "/wiki/page.xhtml?id=" + parent;
        }
        String scope = getScopeQuery();
        return "/wiki/index.xhtml" + (scope.isEmpty() ? "" : "?" + scope);
    }

    public boolean isCreating() {
        return creating;
    }

    public String getAtriumName() {
        return atriumName;
    }

    public String getPageTitle() {
        return pageTitle;
    }

    public List<WikiRepository.Crumb> getBreadcrumbs() {
        return breadcrumbs;
    }

    public List<WikiRepository.Crumb> getParents() {
        return parents;
    }

    public long getId() {
        return id;
    }

    public String getIdParam() {
        return existing ? String.valueOf(id) : null;
    }

    public void setIdParam(String value) {
        existing = value != null && !value.isBlank();
        this.id = existing ? WikiWeb.id(value) : -1;
    }

    public String getAtrium() {
        return atrium;
    }

    public void setAtrium(String atrium) {
        this.atrium = atrium == null || atrium.isBlank() ? null : atrium.strip();
    }

    public String getParentParam() {
        return parentParam;
    }

    public void setParentParam(String parentParam) {
        this.parentParam = parentParam;
    }

    public String getTitleParam() {
        return titleParam;
    }

    public void setTitleParam(String titleParam) {
        this.titleParam = titleParam;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTags() {
        return tags;
    }

    /** The tag field completed with existing tags of the knowledge base that start with the tag being typed. */
    public List<String> completeTag(String typed) {
        return TagInput.suggestions(wiki.suggestTags(currentUser.get(), atrium, TagInput.current(typed), 12), typed);
    }

    public int getMaxTags() {
        return WikiPage.MAX_TAGS;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Long getParent() {
        return parent;
    }

    public void setParent(Long parent) {
        this.parent = parent;
    }

    public Integer getBaseRevision() {
        return baseRevision;
    }

    public void setBaseRevision(Integer baseRevision) {
        this.baseRevision = baseRevision;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getTheirs() {
        return theirs;
    }

    public String getTheirsTitle() {
        return theirsTitle;
    }

    public int getTheirsRevision() {
        return theirsRevision;
    }

    public String getTheirsBy() {
        return theirsBy;
    }

    public Instant getTheirsAt() {
        return theirsAt;
    }

    /** The heading of their column in the difference. */
    public String getTheirsLabel() {
        return PageMessages.text("wiki.conflict.theirs", theirsRevision);
    }

    public String getYours() {
        return yours;
    }
}

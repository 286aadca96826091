package be.atrium.knowledge.web;

import be.atrium.discussion.ThreadView;
import be.atrium.discussion.web.Redirects;
import be.atrium.discussion.web.ThreadPage;
import be.atrium.identity.CurrentUser;
import be.atrium.knowledge.KnowledgeLink;
import be.atrium.knowledge.KnowledgeService;
import be.atrium.knowledge.KnowledgeTargetType;
import be.atrium.knowledge.Promotion;
import be.atrium.platform.DomainException;
import be.atrium.platform.web.Messages;
import be.atrium.platform.web.PageMessages;
import be.atrium.platform.web.PageRedirect;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The knowledge panel of the thread page (include thread-knowledge.xhtml): the banner "taken
 * into the knowledge base", "answered by" with the pages or guidance linked to the question,
 * and for the asker and moderators the search to link and unlink. It reads the thread the
 * thread page loaded, so the page asks the database for it once.
 */
@Named("threadKnowledge")
@ViewScoped
public class ThreadKnowledgePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ThreadPage threadPage;

    @Inject
    KnowledgeService knowledge;

    private transient List<KnowledgeLink> links;
    private String linkQuery;
    private String linkTarget;
    private List<LinkChoice> linkChoices;
    private boolean linkSearched;

    /** Something the question can be linked to: {@code wiki:12}, its title and where it lives. */
    public record LinkChoice(String value, String title, String where) implements Serializable {
        public String getValue() {
            return value;
        }

        public String getTitle() {
            return title;
        }

        public String getWhere() {
            return where;
        }
    }

    private ThreadView thread() {
        return threadPage.getThread();
    }

    /** The wiki pages and guidance this thread was taken into or is answered by, as the viewer may see them. */
    public List<KnowledgeLink> getLinks() {
        if (links == null) {
            links = knowledge.links(currentUser.get(), thread());
        }
        return links;
    }

    public List<KnowledgeLink> getPromotedTo() {
        return getLinks().stream().filter(KnowledgeLink::isPromoted).toList();
    }

    public List<KnowledgeLink> getAnsweredBy() {
        return getLinks().stream().filter(k -> !k.isPromoted()).toList();
    }

    /** Whether the viewer may take this solved question (or its accepted answer) into the knowledge base. */
    public boolean isCanPromote() {
        return Promotion.mayPromote(thread().getThread(), currentUser.get(), thread().isModerator());
    }

    /** Whether the viewer may link the question to what answers it, and remove such links. */
    public boolean isCanLink() {
        return Promotion.mayLink(thread().getThread(), currentUser.get(), thread().isModerator());
    }

    /** Looks for wiki pages and published guidance the viewer may read by title, to link the question to. */
    public void searchLinks() {
        Locale locale = Messages.pageLocale();
        List<LinkChoice> found = new ArrayList<>();
        knowledge.pageChoices(currentUser.get(), linkQuery, false).forEach(p -> found.add(new LinkChoice(
                "wiki:" + p.getId(), p.getTitle(), Messages.text(locale, "knowledge.type.WIKI") + ", "
                + (p.getAtrium() == null ? Messages.text(locale, "knowledge.promote.networkWide") : p.getAtrium().getName()))));
        knowledge.guidanceChoices(currentUser.get(), linkQuery).forEach(g -> found.add(new LinkChoice(
                "guidance:" + g.getId(), g.getTitle(), Messages.text(locale, "knowledge.type.GUIDANCE"))));
        linkChoices = List.copyOf(found);
        linkSearched = true;
        if (linkTarget != null && linkChoices.stream().noneMatch(c -> c.value().equals(linkTarget))) {
            linkTarget = null;
        }
        if (linkTarget == null && linkChoices.size() == 1) {
            linkTarget = linkChoices.get(0).value();
        }
    }

    /** Links the question to the chosen page ("Beantwoord door"), then back to the thread. */
    public void link() {
        KnowledgeTargetType type = null;
        Long target = null;
        if (linkTarget != null && linkTarget.matches("(wiki|guidance):\\d{1,18}")) {
            String[] parts = linkTarget.split(":");
            type = "wiki".equals(parts[0]) ? KnowledgeTargetType.WIKI : KnowledgeTargetType.GUIDANCE;
            target = Long.parseLong(parts[1]);
        }
        try {
            knowledge.link(currentUser.get(), threadPage.getId(), type, target);
        } catch (DomainException refused) {
            // shown beside the choice, whatever field the service names (wiki, guidance, target)
            throw new DomainException(refused.code(), "target", refused.arguments());
        }
        String title = linkChoices == null ? "" : linkChoices.stream().filter(c -> c.value().equals(linkTarget))
                .map(LinkChoice::title).findFirst().orElse("");
        PageMessages.info("knowledge.link.done", title);
        backToThread();
    }

    public void unlink(long linkId) {
        knowledge.unlink(currentUser.get(), threadPage.getId(), linkId);
        PageMessages.info("knowledge.link.removed");
        backToThread();
    }

    private void backToThread() {
        PageRedirect.to(Redirects.thread(threadPage.getId(), threadPage.getPage(), null) + "#knowledge", null);
    }

    public List<LinkChoice> getLinkChoices() {
        return linkChoices == null ? List.of() : linkChoices;
    }

    public boolean isLinkSearched() {
        return linkSearched;
    }

    public String getLinkQuery() {
        return linkQuery;
    }

    public void setLinkQuery(String linkQuery) {
        this.linkQuery = linkQuery;
    }

    public String getLinkTarget() {
        return linkTarget;
    }

    public void setLinkTarget(String linkTarget) {
        this.linkTarget = linkTarget;
    }
}

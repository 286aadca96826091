package be.atrium.wiki.web;

import be.atrium.content.WordDiff;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.web.PageMessages;
import be.atrium.wiki.WikiRevision;
import be.atrium.wiki.WikiService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Two revisions of a page side by side, the older on the left: the lines aligned, removed words
 * marked on the left and added words on the right. Without {@code from} and {@code to} it
 * compares the newest revision with the one before it.
 */
@Named
@RequestScoped
public class WikiComparePage {

    @Inject
    CurrentUser currentUser;

    @Inject
    WikiService wiki;

    private long id;
    private Integer from;
    private Integer to;

    private WikiService.PageView view;
    private WikiRevision left;
    private WikiRevision right;
    private WordDiff.Result diff;

    public void load() {
        view = wiki.page(currentUser.get(), id);
        int current = view.page().getRevision();
        int a = from == null ? Math.max(1, current - 1) : from;
        int b = to == null ? current : to;
        if (a > b) {
            int t = a;
            a = b;
            b = t;
        }
        from = a;
        to = b;
        left = wiki.revision(currentUser.get(), id, a);
        right = a == b ? left : wiki.revision(currentUser.get(), id, b);
        diff = WordDiff.compare(left.getBody(), right.getBody());
    }

    /** Null before {@link #load} (a postback of this request-scoped view, e.g. the language switch). */
    public WikiService.PageView getView() {
        return view;
    }

    public WikiRevision getLeft() {
        return left;
    }

    public WikiRevision getRight() {
        return right;
    }

    public WordDiff.Result getDiff() {
        return diff;
    }

    public boolean isTitleChanged() {
        return left != null && !left.getTitle().equals(right.getTitle());
    }

    /** The revision numbers to choose from, newest first. */
    public List<Integer> getNumbers() {
        if (view == null) {
            return List.of();
        }
        int current = view.page().getRevision();
        return IntStream.iterate(current, n -> n >= 1, n -> n - 1).boxed().toList();
    }

    public long getId() {
        return id;
    }

    public String getIdParam() {
        return String.valueOf(id);
    }

    public void setIdParam(String value) {
        this.id = WikiWeb.id(value);
    }

    public String getFrom() {
        return from == null ? null : String.valueOf(from);
    }

    public void setFrom(String value) {
        this.from = WikiWeb.number(value);
    }

    public String getTo() {
        return to == null ? null : String.valueOf(to);
    }

    public void setTo(String value) {
        this.to = WikiWeb.number(value);
    }

    /** The heading of the left column: "versie 2". */
    public String getLeftLabel() {
        return PageMessages.text("wiki.revision.short", from);
    }

    public String getRightLabel() {
        return PageMessages.text("wiki.revision.short", to);
    }

    public int getFromNumber() {
        return from == null ? 0 : from;
    }

    public int getToNumber() {
        return to == null ? 0 : to;
    }
}

package be.atrium.discussion.web;

import be.atrium.discussion.Board;
import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.ThreadFilter;
import be.atrium.discussion.ThreadList;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.DomainException;
import be.atrium.platform.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A board: one page of its threads, pinned first, then by latest activity. Filters and the page
 * are GET parameters, so every view of a board can be bookmarked and shared. Reached by an
 * Atrium ({@code ?atrium=gent}) or by a network-wide board ({@code ?board=omgevingsvergunning}).
 */
@Named
@RequestScoped
public class BoardPage {

    public static final int PAGE_SIZE = 25;

    @Inject
    CurrentUser currentUser;

    @Inject
    DiscussionService discussions;

    private String atrium;
    private String board;
    private String filter;
    private String tag;
    private boolean mine;
    private int page = 1;

    private DiscussionService.BoardAccess access;
    private ThreadFilter threadFilter = ThreadFilter.ALL;
    private ThreadList threads;
    private java.util.List<be.atrium.discussion.DiscussionThread> escalated = java.util.List.of();

    public void load() {
        access = atrium != null && !atrium.isBlank() ? discussions.boardOfAtrium(currentUser.get(), atrium)
                : discussions.board(currentUser.get(), board);
        try {
            threadFilter = ThreadFilter.parse(filter);
        } catch (DomainException e) {
            PageMessages.error(null, e);
            threadFilter = ThreadFilter.ALL;
        }
        page = Math.max(1, page);
        threads = discussions.threads(currentUser.get(), getBoardSlug(), threadFilter, tag, mine,
                (page - 1) * PAGE_SIZE, PAGE_SIZE);
        if (page == 1) {
            escalated = discussions.escalatedFrom(currentUser.get(), getBoardSlug(), 10);
        }
        if (threads.getItems().isEmpty() && page > 1 && threads.getTotal() > 0) {
            page = getPageCount();
            threads = discussions.threads(currentUser.get(), getBoardSlug(), threadFilter, tag, mine,
                    (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
    }

    /** The board; null on a postback of the header's forms (language, log out), for which load() does not run. */
    public Board getBoardEntity() {
        return access == null ? null : access.board();
    }

    public String getBoardSlug() {
        return access == null ? null : access.board().getSlug();
    }

    public boolean isModerator() {
        return access != null && access.moderator();
    }

    /** Questions forwarded from this board to an expert board (page 1 only). */
    public java.util.List<be.atrium.discussion.DiscussionThread> getEscalated() {
        return escalated;
    }

    public ThreadList getThreads() {
        return threads;
    }

    public String getFilterName() {
        return threadFilter.name().toLowerCase(Locale.ROOT);
    }

    public List<String> getFilterOptions() {
        List<String> options = new ArrayList<>();
        for (ThreadFilter f : ThreadFilter.values()) {
            options.add(f.name().toLowerCase(Locale.ROOT));
        }
        return options;
    }

    public boolean isFiltered() {
        return threadFilter != ThreadFilter.ALL || (tag != null && !tag.isBlank()) || mine;
    }

    public int getPageCount() {
        // no threads on a postback of the header's forms (language, log out): load() runs on GET only
        return threads == null ? 1 : (int) Math.max(1, (threads.getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The page numbers to offer: the first, the last and a few around the current one. */
    public List<Integer> getPageNumbers() {
        return PageParam.window(page, getPageCount());
    }

    /** The query string of this board, with the current filters, at another page. */
    public String query(int otherPage) {
        return query(otherPage, tag);
    }

    /** The query string of this board with another filter (keeping tag and "mine"), at page 1. */
    public String filterQuery(String otherFilter) {
        ThreadFilter kept = threadFilter;
        try {
            threadFilter = ThreadFilter.parse(otherFilter);
            return query(1, tag);
        } finally {
            threadFilter = kept;
        }
    }

    /** The query string of this board filtered on a tag (from a tag shown in a row). */
    public String tagQuery(String otherTag) {
        return query(1, otherTag);
    }

    /** The query string that identifies the board itself (for the ask page). */
    public String getBoardQuery() {
        return atrium != null && !atrium.isBlank() ? "atrium=" + enc(atrium.strip()) : "board=" + enc(getBoardSlug());
    }

    private String query(int otherPage, String otherTag) {
        StringBuilder q = new StringBuilder(getBoardQuery());
        if (threadFilter != ThreadFilter.ALL) {
            q.append("&filter=").append(getFilterName());
        }
        if (otherTag != null && !otherTag.isBlank()) {
            q.append("&tag=").append(enc(otherTag.strip()));
        }
        if (mine) {
            q.append("&mine=true");
        }
        if (otherPage > 1) {
            q.append("&page=").append(otherPage);
        }
        return q.toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String getAtrium() {
        return atrium;
    }

    public void setAtrium(String atrium) {
        this.atrium = atrium;
    }

    public String getBoard() {
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public int getPage() {
        return page;
    }

    /** The page number as typed in the address; anything but a positive number means page 1. */
    public String getPageParam() {
        return page > 1 ? String.valueOf(page) : null;
    }

    public void setPageParam(String value) {
        this.page = PageParam.parse(value);
    }
}

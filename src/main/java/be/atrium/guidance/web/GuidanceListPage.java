package be.atrium.guidance.web;

import be.atrium.guidance.GuidanceFilter;
import be.atrium.guidance.GuidanceKind;
import be.atrium.guidance.GuidanceList;
import be.atrium.guidance.GuidanceService;
import be.atrium.guidance.GuidanceStatus;
import be.atrium.identity.CurrentUser;
import be.atrium.network.Atrium;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.platform.Dates;
import be.atrium.platform.DomainException;
import be.atrium.platform.web.PageMessages;
import be.atrium.platform.web.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The guidance list: newest first, 25 a page, narrowed by kind, status (published unless chosen),
 * level, Atrium of the audience, tag and a date range on the effective or publication date. Every
 * filter and the page are GET parameters, so a view can be bookmarked; a filter that cannot be
 * read is reported on the page and ignored, never an error page.
 */
@Named
@RequestScoped
public class GuidanceListPage {

    public static final int PAGE_SIZE = 25;

    @Inject
    CurrentUser currentUser;

    @Inject
    GuidanceService guidance;

    private String kind;
    private String status;
    private String level;
    private String atrium;
    private String tag;
    private String dates;
    private String from;
    private String to;
    private String pageParam;

    private int page = 1;
    private GuidanceList list;
    private List<Atrium> atriumOptions;

    public void load() {
        page = pageNumber(pageParam);
        GuidanceFilter filter = filter();
        list = guidance.list(currentUser.get(), filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        if (list.getItems().isEmpty() && page > 1 && list.getTotal() > 0) {
            page = getPageCount();
            list = guidance.list(currentUser.get(), filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
    }

    private GuidanceFilter filter() {
        Set<GuidanceStatus> statuses = EnumSet.of(GuidanceStatus.PUBLISHED);
        GuidanceKind k = null;
        GovernmentLevel l = null;
        LocalDate f = null;
        LocalDate t = null;
        try {
            statuses = GuidanceFilter.parseStatuses(status);
        } catch (DomainException e) {
            PageMessages.error(null, e);
            status = null;
        }
        try {
            k = GuidanceFilter.parse(GuidanceKind.class, kind, "kind");
        } catch (DomainException e) {
            PageMessages.error(null, e);
            kind = null;
        }
        try {
            l = GuidanceFilter.parse(GovernmentLevel.class, level, "level");
        } catch (DomainException e) {
            PageMessages.error(null, e);
            level = null;
        }
        f = date(from);
        if (f == null) {
            from = null;
        }
        t = date(to);
        if (t == null) {
            to = null;
        }
        if (atrium != null && !atrium.isBlank()
                && getAtriumOptions().stream().noneMatch(a -> a.getSlug().equals(atrium.strip()))) {
            atrium = null;
        }
        GuidanceFilter.DateField field = "published".equalsIgnoreCase(dates) ? GuidanceFilter.DateField.PUBLISHED
                : GuidanceFilter.DateField.EFFECTIVE;
        try {
            return new GuidanceFilter(statuses, k, l, atrium, tag, field, f, t);
        } catch (DomainException e) {
            PageMessages.error(null, e);
            to = null;
            return new GuidanceFilter(statuses, k, l, atrium, tag, field, f, null);
        }
    }

    private static LocalDate date(String value) {
        try {
            return Dates.day(value, null, "guidance.date.invalid");
        } catch (DomainException e) {
            PageMessages.error(null, e);
            return null;
        }
    }

    static int pageNumber(String value) {
        return QueryParams.page(value);
    }

    public GuidanceList getList() {
        return list;
    }

    /** Only publishers and administrators write guidance. */
    public boolean isPublisher() {
        return currentUser.get().isPublisher();
    }

    public List<Atrium> getAtriumOptions() {
        if (atriumOptions == null) {
            atriumOptions = guidance.audienceChoices(currentUser.get());
        }
        return atriumOptions;
    }

    public GuidanceKind[] getKinds() {
        return GuidanceKind.values();
    }

    public GovernmentLevel[] getLevels() {
        return GovernmentLevel.values();
    }

    /** Status choices: each status, and "all". */
    public List<String> getStatusOptions() {
        List<String> options = new ArrayList<>();
        for (GuidanceStatus s : GuidanceStatus.values()) {
            options.add(s.name());
        }
        options.add("all");
        return options;
    }

    /** The chosen status as the select shows it (published by default). */
    public String getStatusChoice() {
        if (status == null || status.isBlank()) {
            return GuidanceStatus.PUBLISHED.name();
        }
        return "all".equalsIgnoreCase(status.strip()) ? "all" : status.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The select is a field of the list's GET form, outside any JSF form: a postback of the
     * header's forms (language, log out) decodes it too, and must be able to set it.
     */
    public void setStatusChoice(String choice) {
        this.status = choice;
    }

    public boolean isFiltered() {
        return notBlank(kind) || notBlank(status) || notBlank(level) || notBlank(atrium) || notBlank(tag)
                || notBlank(from) || notBlank(to);
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        // no list on a postback of the header's forms (language, log out): load() runs on GET only
        return list == null ? 1 : (int) Math.max(1, (list.getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The first, the last and two pages either side of the current one. */
    public List<Integer> getPageNumbers() {
        TreeSet<Integer> pages = new TreeSet<>();
        int count = getPageCount();
        pages.add(1);
        pages.add(count);
        for (int i = page - 2; i <= page + 2; i++) {
            if (i >= 1 && i <= count) {
                pages.add(i);
            }
        }
        return new ArrayList<>(pages);
    }

    /** The query string of this list with the current filters, at another page. */
    public String query(int otherPage) {
        return query(otherPage, tag);
    }

    /** The query string filtered on a tag (from a tag in a row), at page 1. */
    public String tagQuery(String otherTag) {
        return query(1, otherTag);
    }

    private String query(int otherPage, String otherTag) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("kind", kind);
        params.put("status", status);
        params.put("level", level);
        params.put("atrium", atrium);
        params.put("tag", otherTag);
        params.put("dates", "published".equalsIgnoreCase(dates) ? "published" : null);
        params.put("from", from);
        params.put("to", to);
        params.put("page", otherPage > 1 ? String.valueOf(otherPage) : null);
        StringBuilder q = new StringBuilder();
        params.forEach((name, value) -> {
            if (notBlank(value)) {
                q.append(q.length() == 0 ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public boolean isPublishedDates() {
        return "published".equalsIgnoreCase(dates);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getAtrium() {
        return atrium;
    }

    public void setAtrium(String atrium) {
        this.atrium = atrium;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getDates() {
        return dates;
    }

    public void setDates(String dates) {
        this.dates = dates;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPageParam() {
        return pageParam;
    }

    public void setPageParam(String pageParam) {
        this.pageParam = pageParam;
    }
}

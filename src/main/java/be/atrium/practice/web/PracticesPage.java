package be.atrium.practice.web;

import be.atrium.identity.CurrentUser;
import be.atrium.network.Atrium;
import be.atrium.organisation.Organisation;
import be.atrium.platform.DomainException;
import be.atrium.platform.web.PageMessages;
import be.atrium.practice.PracticeFilter;
import be.atrium.practice.PracticeList;
import be.atrium.practice.PracticeService;
import be.atrium.practice.PracticeChoices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/**
 * The list of practice cases: highlighted first, then the newest, 25 a page, narrowed by
 * municipality, province, theme, Atrium, highlighted only and a period. Filters and page are GET
 * parameters, so every view of the list can be bookmarked and shared.
 */
@Named
@RequestScoped
public class PracticesPage {

    public static final int PAGE_SIZE = 25;

    @Inject
    CurrentUser currentUser;

    @Inject
    PracticeService practices;

    @Inject
    PracticeChoices choices;

    private String municipality;
    private String province;
    private String tag;
    private String atrium;
    private boolean highlighted;
    private String from;
    private String to;
    private int page = 1;

    private PracticeFilter filter = PracticeFilter.NONE;
    private PracticeList list;
    private List<Organisation> municipalities;
    private List<Atrium> atria;

    public void load() {
        LocalDate fromDate = PracticePages.date(from);
        LocalDate toDate = PracticePages.date(to);
        try {
            filter = new PracticeFilter(PracticePages.optionalId(municipality), PracticePages.optionalId(province), tag,
                    atrium, highlighted, fromDate, toDate);
        } catch (DomainException e) {
            PageMessages.error(null, e);
            filter = new PracticeFilter(PracticePages.optionalId(municipality), PracticePages.optionalId(province), tag,
                    atrium, highlighted, fromDate, null);
        }
        list = practices.list(currentUser.get(), filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        if (list.items().isEmpty() && page > 1 && list.total() > 0) {
            page = getPageCount();
            list = practices.list(currentUser.get(), filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
    }

    public PracticeList getList() {
        return list;
    }

    public boolean isFiltered() {
        return !filter.isEmpty();
    }

    public List<Organisation> getMunicipalities() {
        if (municipalities == null) {
            municipalities = choices.municipalities();
        }
        return municipalities;
    }

    public List<Organisation> getProvinces() {
        return choices.provinces();
    }

    public List<Atrium> getAtria() {
        if (atria == null) {
            atria = choices.visibleAtria(currentUser.get());
        }
        return atria;
    }

    public List<String> getThemes() {
        return choices.themes(currentUser.get());
    }

    public Long getMunicipalityId() {
        return filter.municipalityId();
    }

    public Long getProvinceId() {
        return filter.provinceId();
    }

    public int getPageCount() {
        // no list on a postback of the header's forms (language, log out): load() runs on GET only
        return list == null ? 1 : (int) Math.max(1, (list.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Integer> getPageNumbers() {
        return PracticePages.window(page, getPageCount());
    }

    /** The query string of the list with the current filters, at another page. */
    public String query(int otherPage) {
        return query(otherPage, filter.tag());
    }

    /** The query string of the list narrowed to a theme shown in a row (other filters kept). */
    public String tagQuery(String otherTag) {
        return query(1, otherTag);
    }

    private String query(int otherPage, String otherTag) {
        StringBuilder q = new StringBuilder();
        if (filter.municipalityId() != null) {
            q.append("&municipality=").append(filter.municipalityId());
        }
        if (filter.provinceId() != null) {
            q.append("&province=").append(filter.provinceId());
        }
        if (otherTag != null && !otherTag.isBlank()) {
            q.append("&tag=").append(PracticePages.enc(otherTag.strip()));
        }
        if (filter.atrium() != null) {
            q.append("&atrium=").append(PracticePages.enc(filter.atrium()));
        }
        if (filter.highlightedOnly()) {
            q.append("&highlighted=true");
        }
        if (filter.from() != null) {
            q.append("&from=").append(filter.from());
        }
        if (filter.to() != null) {
            q.append("&to=").append(filter.to());
        }
        if (otherPage > 1) {
            q.append("&page=").append(otherPage);
        }
        return q.length() == 0 ? "" : q.substring(1);
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getAtrium() {
        return atrium;
    }

    public void setAtrium(String atrium) {
        this.atrium = atrium;
    }

    public boolean isHighlighted() {
        return filter.highlightedOnly();
    }

    /** From the address: "true" (as the checkbox sends it) or nothing; anything else is nothing. */
    public String getHighlightedParam() {
        return filter.highlightedOnly() ? "true" : null;
    }

    public void setHighlightedParam(String value) {
        this.highlighted = value != null && "true".equalsIgnoreCase(value.strip());
    }

    /** The period as a date field shows it (only valid dates). */
    public String getFrom() {
        return filter.from() == null ? null : filter.from().toString();
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return filter.to() == null ? null : filter.to().toString();
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public String getPageParam() {
        return page > 1 ? String.valueOf(page) : null;
    }

    public void setPageParam(String value) {
        this.page = PracticePages.page(value);
    }
}

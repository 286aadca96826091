package be.atrium.practice.web;

import be.atrium.content.MarkdownRenderer;
import be.atrium.guidance.Guidance;
import be.atrium.identity.Account;
import be.atrium.identity.CurrentUser;
import be.atrium.network.Atrium;
import be.atrium.organisation.Organisation;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.web.FormErrors;
import be.atrium.platform.web.PageMessages;
import be.atrium.practice.PracticeCase;
import be.atrium.practice.PracticeChoices;
import be.atrium.practice.PracticeService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sharing a practice case or editing one: title, the four parts of the story in Markdown with a
 * live preview (rendered and sanitised exactly as they will be saved), municipality, contact
 * person, Atrium, themes and the guidance the case shows at work. A broken rule keeps the form as typed (the browser keeps a draft
 * too); someone who saved in the meantime is a conflict, never a lost update.
 */
@Named
@ViewScoped
public class PracticeEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    PracticeService practices;

    @Inject
    PracticeChoices choices;

    @Inject
    MarkdownRenderer markdown;

    private Long id;
    private boolean loaded;
    private Long version;
    private String title;
    private String context;
    private String approach;
    private String result;
    private String lessons;
    private Long municipality;
    private String contact;
    private String atrium;
    private String themes;
    private Long[] guidance = new Long[0];
    private String guidanceParam;

    private transient List<Organisation> municipalities;
    private transient List<GuidanceChoice> guidanceChoices;
    private List<GuidanceChoice> linkedGuidance = List.of();

    /** A piece of guidance to choose in the editor. */
    public record GuidanceChoice(long id, String title, String kind, String status) implements Serializable {
        static GuidanceChoice of(Guidance g) {
            return new GuidanceChoice(g.getId(), g.getTitle(), g.getKind().name(), g.getStatus().name());
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getKind() {
            return kind;
        }

        public String getStatus() {
            return status;
        }
    }
    private transient List<Atrium> atria;

    public void load() {
        if (loaded) {
            return;
        }
        Account viewer = currentUser.get();
        if (id != null) {
            PracticeService.CaseView view = practices.view(viewer, id);
            if (!view.editable()) {
                throw new ForbiddenException("not an editor of practice case " + id);
            }
            PracticeCase p = view.practice();
            version = p.getVersion();
            title = p.getTitle();
            context = p.getContext();
            approach = p.getApproach();
            result = p.getResult();
            lessons = p.getLessons();
            municipality = p.getMunicipality().getId();
            contact = p.getContact().getUsername();
            atrium = p.getAtrium() == null ? "" : p.getAtrium().getSlug();
            themes = String.join(", ", view.themes());
            linkedGuidance = view.guidance().stream().map(GuidanceChoice::of).toList();
            guidance = view.guidance().stream().map(Guidance::getId).toArray(Long[]::new);
        } else {
            Organisation own = viewer.getOrganisation();
            municipality = own != null && own.isMunicipality() && !own.isMerged() ? own.getId() : null;
            contact = viewer.getUsername();
            atrium = "";
            Long preselected = PracticePages.optionalId(guidanceParam);
            if (preselected != null && getGuidanceChoices().stream().anyMatch(g -> g.id() == preselected)) {
                guidance = new Long[] {preselected};
            }
        }
        loaded = true;
    }

    public void save() {
        if (FormErrors.show(PracticeCase.problems(title, context, approach, result, lessons, themeList(themes)))) {
            return;
        }
        PracticeService.Draft draft = new PracticeService.Draft(title, context, approach, result, lessons,
                municipality, contact, atrium, themeList(themes), Arrays.asList(guidance == null ? new Long[0] : guidance));
        long saved;
        if (id == null) {
            saved = practices.create(currentUser.get(), draft).getId();
            PageMessages.info("practice.edit.created");
        } else {
            saved = practices.edit(currentUser.get(), id, draft, version).getId();
            PageMessages.info("practice.edit.saved");
        }
        PracticePages.redirect(PracticePages.casePath(saved), getDraftKey());
    }

    static List<String> themeList(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** The sanitised HTML of one part as typed so far ({@code context}, {@code approach}, {@code result}, {@code lessons}). */
    public String preview(String part) {
        String text = switch (part) {
            case "context" -> context;
            case "approach" -> approach;
            case "result" -> result;
            case "lessons" -> lessons;
            default -> null;
        };
        return text == null || text.isBlank() ? "" : markdown.html(text);
    }

    public boolean isNew() {
        return id == null;
    }

    /** Where the browser keeps the draft: per case, or one for a new case. */
    public String getDraftKey() {
        return "atrium.draft.practice." + (id == null ? "new" : id);
    }

    public List<Organisation> getMunicipalities() {
        if (municipalities == null) {
            municipalities = choices.municipalities();
        }
        return municipalities;
    }

    public List<Atrium> getAtria() {
        if (atria == null) {
            atria = choices.visibleAtria(currentUser.get());
        }
        return atria;
    }

    /**
     * The guidance to choose from: published guidance the editor may see, and what the case
     * already links (which may since have been superseded), by title.
     */
    public List<GuidanceChoice> getGuidanceChoices() {
        if (guidanceChoices == null) {
            Map<Long, GuidanceChoice> byId = new LinkedHashMap<>();
            practices.guidanceChoices(currentUser.get()).forEach(g -> byId.put(g.getId(), GuidanceChoice.of(g)));
            linkedGuidance.forEach(g -> byId.putIfAbsent(g.id(), g));
            guidanceChoices = byId.values().stream()
                    .sorted(Comparator.comparing(GuidanceChoice::title, String.CASE_INSENSITIVE_ORDER)).toList();
        }
        return guidanceChoices;
    }

    public Long[] getGuidance() {
        return guidance;
    }

    public void setGuidance(Long[] guidance) {
        this.guidance = guidance;
    }

    /** From the address: a guidance id to link a new case to (from "Praktijk bij deze richtlijn"). */
    public String getGuidanceParam() {
        return guidanceParam;
    }

    public void setGuidanceParam(String guidanceParam) {
        this.guidanceParam = guidanceParam;
    }

    public List<Account> getContactCandidates() {
        return choices.contactCandidates(currentUser.get(), municipality);
    }

    public List<String> getThemeSuggestions() {
        return choices.themes(currentUser.get());
    }

    public String getIdParam() {
        return id == null ? null : id.toString();
    }

    public void setIdParam(String value) {
        if (value == null || value.isBlank()) {
            this.id = null;
        } else {
            this.id = PracticePages.id(value);
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public String getApproach() {
        return approach;
    }

    public void setApproach(String approach) {
        this.approach = approach;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public Long getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Long municipality) {
        this.municipality = municipality;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getAtrium() {
        return atrium;
    }

    public void setAtrium(String atrium) {
        this.atrium = atrium;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
    }
}

package be.atrium.guidance.web;

import be.atrium.content.MarkdownRenderer;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceInput;
import be.atrium.guidance.GuidanceKind;
import be.atrium.guidance.GuidanceService;
import be.atrium.identity.CurrentUser;
import be.atrium.network.Atrium;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.platform.DomainException;
import be.atrium.platform.web.FormErrors;
import be.atrium.platform.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writing a new draft or changing one: kind, title, summary, the Markdown body with a live preview
 * (rendered and sanitised exactly as it will be saved), the legal basis (one reference a line),
 * validity, tags and the audience (the whole network, or chosen Atria and/or levels). Only
 * publishers get here; a refused save keeps everything as typed and shows why beside the field.
 */
@Named
@ViewScoped
public class EditGuidancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    GuidanceService guidance;

    @Inject
    MarkdownRenderer markdown;

    private String idParam;
    private Long id;
    private boolean loaded;
    private GuidanceKind kind = GuidanceKind.GUIDELINE;
    private String title;
    private String summary;
    private String body;
    private String legalBasis;
    private LocalDate effectiveFrom;
    private LocalDate validUntil;
    private String tags;
    private boolean network = true;
    private List<String> audienceAtria = new ArrayList<>();
    private List<String> audienceLevels = new ArrayList<>();
    private transient List<Atrium> atriumOptions;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Guidance.requirePublisher(currentUser.get());
        if (idParam == null || idParam.isBlank()) {
            return;
        }
        Guidance g;
        try {
            g = guidance.draftForEdit(currentUser.get(), Redirect.id(idParam));
        } catch (DomainException notDraft) { // published meanwhile: show it, saying why it cannot be edited
            PageMessages.error(null, notDraft);
            Redirect.to(Redirect.guidance(Redirect.id(idParam)));
            return;
        }
        id = g.getId();
        kind = g.getKind();
        title = g.getTitle();
        summary = g.getSummary();
        body = g.getBody();
        legalBasis = String.join("\n", g.getLegalBasis());
        effectiveFrom = g.getEffectiveFrom();
        validUntil = g.getValidUntil();
        tags = String.join(", ", g.getTags());
        network = g.isAudienceNetwork();
        audienceAtria = new ArrayList<>(g.getAudienceAtria().stream().map(Atrium::getSlug).toList());
        audienceLevels = new ArrayList<>(g.getAudienceLevels().stream().map(Enum::name).toList());
    }

    public void save() {
        GuidanceInput input = new GuidanceInput(kind, title, summary, body, lines(legalBasis), effectiveFrom,
                validUntil, list(tags), network, network ? List.of() : audienceAtria,
                network ? Set.of() : levels(audienceLevels));
        if (FormErrors.show(Guidance.problems(input))) {
            return;
        }
        String draftKey = getDraftKey();
        Guidance saved = id == null ? guidance.create(currentUser.get(), input)
                : guidance.update(currentUser.get(), id, input);
        PageMessages.info(id == null ? "guidance.edit.created" : "guidance.edit.saved");
        Redirect.to(Redirect.guidance(saved.getId()), draftKey);
    }

    private static Set<GovernmentLevel> levels(List<String> names) {
        Set<GovernmentLevel> levels = EnumSet.noneOf(GovernmentLevel.class);
        for (String name : names) {
            levels.add(GovernmentLevel.valueOf(name));
        }
        return levels;
    }

    static List<String> lines(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> list(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** The sanitised HTML of what is typed so far. */
    public String getPreview() {
        return body == null || body.isBlank() ? "" : markdown.html(body);
    }

    /** Where the browser keeps an unsaved draft: per guidance (or "new"). */
    public String getDraftKey() {
        return "atrium.draft.guidance." + (id == null ? "new" : id);
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

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public GuidanceKind getKind() {
        return kind;
    }

    public void setKind(GuidanceKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public boolean isNetwork() {
        return network;
    }

    public void setNetwork(boolean network) {
        this.network = network;
    }

    public List<String> getAudienceAtria() {
        return audienceAtria;
    }

    public void setAudienceAtria(List<String> audienceAtria) {
        this.audienceAtria = audienceAtria == null ? new ArrayList<>() : new ArrayList<>(audienceAtria);
    }

    public List<String> getAudienceLevels() {
        return audienceLevels;
    }

    public void setAudienceLevels(List<String> audienceLevels) {
        this.audienceLevels = audienceLevels == null ? new ArrayList<>() : new ArrayList<>(audienceLevels);
    }
}

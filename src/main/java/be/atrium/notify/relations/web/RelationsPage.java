package be.atrium.notify.relations.web;

import be.atrium.identity.CurrentUser;
import be.atrium.network.ConditionKind;
import be.atrium.notify.relations.Figures;
import be.atrium.notify.relations.RelationsOverview;
import be.atrium.notify.relations.RelationshipFigures;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The relationship manager's view: their municipalities and the Atria covering them
 * (administrators: the whole network), as tables and as stacked bar charts of open questions by
 * age; the tables carry every figure of the charts, for those who cannot see them.
 */
@Named
@RequestScoped
public class RelationsPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    RelationshipFigures figures;

    private RelationsOverview overview;

    /** View action: relationship managers and administrators only (others: 403). */
    public void check() {
        if (!currentUser.isSignedIn() || !RelationshipFigures.mayView(currentUser.get())) {
            throw new ForbiddenException("relationship managers and administrators only");
        }
    }

    public RelationsOverview getOverview() {
        if (overview == null) {
            check();
            overview = figures.of(currentUser.get());
        }
        return overview;
    }

    public List<Figures> getMunicipalities() {
        return getOverview().municipalities();
    }

    public List<Figures> getAtria() {
        return getOverview().atria();
    }

    /** Municipalities with open questions: the others would be empty bars. */
    public List<Figures> getMunicipalitiesWithOpenQuestions() {
        return getMunicipalities().stream().filter(f -> f.open() > 0).toList();
    }

    public ConditionKind[] getKinds() {
        return ConditionKind.values();
    }

    public String getCsvPath() {
        return RelationsCsvServlet.PATH;
    }

    /** Chart.js configuration: open questions by age, stacked, per Atrium. */
    public String getAtriumChart() {
        return chart(getAtria());
    }

    /** Chart.js configuration: open questions by age, stacked, per municipality that has any. */
    public String getMunicipalityChart() {
        return chart(getMunicipalitiesWithOpenQuestions());
    }

    private static String chart(List<Figures> rows) {
        Locale locale = Messages.pageLocale();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(f -> labels.add(f.name()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(Messages.text(locale, "relations.open.week"), "#7FB3D5", rows, Figures::openThisWeek))
                .add(dataset(Messages.text(locale, "relations.open.month"), "#2E86C1", rows, Figures::openThisMonth))
                .add(dataset(Messages.text(locale, "relations.open.older"), "#1B2631", rows, Figures::openOlder));
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        // wide and low: a full-width bar chart would otherwise be half as high as wide
                        .add("aspectRatio", 3)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", stacked)
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, String colour, List<Figures> rows, ToLongFunction<Figures> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(f -> data.add(value.applyAsLong(f)));
        return Json.createObjectBuilder().add("label", label).add("backgroundColor", colour).add("maxBarThickness", 64)
                .add("data", data);
    }
}

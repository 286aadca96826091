package be.atrium.network.web;

import be.atrium.platform.web.PageMessages;
import be.atrium.identity.CurrentUser;
import be.atrium.network.ConditionInput;
import be.atrium.network.ConditionKind;
import be.atrium.network.ConditionStatus;
import be.atrium.network.ConditionsRejected;
import be.atrium.network.OntvoogdingRow;
import be.atrium.network.OntvoogdingService;
import be.atrium.platform.DomainException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five ontvoogding conditions of one municipality, for its relationship managers and for
 * administrators. Saves one condition or all of them; a broken rule is shown beside the field of
 * the condition it concerns, and what was typed stays in the form.
 */
@Named
@ViewScoped
public class OntvoogdingEditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "editForm";

    @Inject
    CurrentUser currentUser;

    @Inject
    OntvoogdingService ontvoogding;

    private String municipality;
    private long municipalityId;
    private transient OntvoogdingRow row;
    private transient List<ConditionLine> lines;
    private final Map<String, ConditionForm> forms = new LinkedHashMap<>();

    public void load() {
        municipalityId = Ids.parse(municipality);
        refresh();
        forms.clear();
        for (ConditionLine line : lines) {
            forms.put(line.getKind().name(), new ConditionForm(line.getStatus(), line.getDate(), line.getNote()));
        }
    }

    private void refresh() {
        row = ontvoogding.editableRow(currentUser.get(), municipalityId);
        lines = ConditionLine.of(row);
    }

    public OntvoogdingRow getRow() {
        if (row == null) {
            refresh();
        }
        return row;
    }

    public List<ConditionLine> getLines() {
        if (lines == null) {
            refresh();
        }
        return lines;
    }

    public void save(String kindName) {
        ConditionKind kind = ConditionKind.valueOf(kindName);
        ConditionForm form = forms.get(kindName);
        try {
            ontvoogding.update(currentUser.get(), municipalityId, kind, form.getStatus(), form.getDate(), form.getNote());
            PageMessages.info("ontvoogding.edit.savedOne", PageMessages.text("condition." + kind));
            refresh();
        } catch (ConditionsRejected e) {
            throw e;
        } catch (DomainException e) {
            PageMessages.error(clientId(kind, e), e);
        }
    }

    public void saveAll() {
        Map<ConditionKind, ConditionInput> inputs = new EnumMap<>(ConditionKind.class);
        for (Map.Entry<String, ConditionForm> e : forms.entrySet()) {
            ConditionForm f = e.getValue();
            inputs.put(ConditionKind.valueOf(e.getKey()), new ConditionInput(f.getStatus(), f.getDate(), f.getNote()));
        }
        try {
            ontvoogding.updateAll(currentUser.get(), municipalityId, inputs);
            PageMessages.info("ontvoogding.edit.savedAll");
            refresh();
        } catch (ConditionsRejected rejected) {
            rejected.errors().forEach((kind, e) -> PageMessages.error(clientId(kind, e), e));
            PageMessages.error(null, new DomainException("ontvoogding.edit.nothingSaved", null));
        }
    }

    private static String clientId(ConditionKind kind, DomainException e) {
        return FORM + ":c_" + kind.name() + ":" + e.field().orElse("status");
    }

    public ConditionKind[] getKinds() {
        return ConditionKind.values();
    }

    /** The saved state of one condition (what the form started from). */
    public ConditionLine line(ConditionKind kind) {
        return getLines().stream().filter(l -> l.getKind() == kind).findFirst().orElseThrow();
    }

    public ConditionStatus[] getStatuses() {
        return ConditionStatus.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
    }

    public Map<String, ConditionForm> getForms() {
        return forms;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    /** What was typed for one condition. */
    public static class ConditionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private ConditionStatus status;
        private LocalDate date;
        private String note;

        ConditionForm(ConditionStatus status, LocalDate date, String note) {
            this.status = status;
            this.date = date;
            this.note = note;
        }

        public ConditionStatus getStatus() {
            return status;
        }

        public void setStatus(ConditionStatus status) {
            this.status = status;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}

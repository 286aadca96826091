package be.atrium.network.web;

import be.atrium.identity.CurrentUser;
import be.atrium.network.AtriumKind;
import be.atrium.network.AtriumView;
import be.atrium.network.NetworkService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;

/** The Atria the viewer may see, filtered by kind and text (GET parameters, so a filter can be bookmarked). */
@Named
@RequestScoped
public class AtriaPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkService network;

    private String kind;
    private String q;
    private boolean mine;
    private List<AtriumView> all;
    private List<AtriumView> atria;

    private List<AtriumView> all() {
        if (all == null) {
            all = network.visibleAtria(currentUser.get());
        }
        return all;
    }

    public List<AtriumView> getAtria() {
        if (atria == null) {
            String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
            atria = all().stream()
                    .filter(v -> kind == null || kind.isBlank() || v.getAtrium().getKind().name().equals(kind))
                    .filter(v -> !mine || v.isMember())
                    .filter(v -> text.isEmpty() || v.getAtrium().getName().toLowerCase(Locale.ROOT).contains(text)
                            || v.getAtrium().getSlug().contains(text)
                            || v.getAtrium().getDescription() != null
                            && v.getAtrium().getDescription().toLowerCase(Locale.ROOT).contains(text))
                    .toList();
        }
        return atria;
    }

    public int getTotal() {
        return all().size();
    }

    public long getMineCount() {
        return all().stream().filter(AtriumView::isMember).count();
    }

    public AtriumKind[] getKinds() {
        return AtriumKind.values();
    }

    public boolean isFiltered() {
        return kind != null && !kind.isBlank() || q != null && !q.isBlank() || mine;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}

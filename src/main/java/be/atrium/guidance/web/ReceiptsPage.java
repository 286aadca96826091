package be.atrium.guidance.web;

import be.atrium.guidance.GuidanceService;
import be.atrium.guidance.ReadReport;
import be.atrium.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The read report of one piece of guidance, for its publishers, relationship managers and
 * administrators: per Atrium "x of y members read it", per organisation who did and who did not.
 */
@Named
@RequestScoped
public class ReceiptsPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    GuidanceService guidance;

    private String idParam;
    private ReadReport report;

    public void load() {
        report = guidance.receipts(currentUser.get(), Redirect.id(idParam));
    }

    public ReadReport getReport() {
        return report;
    }

    public int getPercent() {
        return report.getAudience() == 0 ? 0 : Math.round(100f * report.getRead() / report.getAudience());
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }
}

package be.atrium.guidance.api;

import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceInput;
import be.atrium.guidance.GuidanceKind;
import be.atrium.guidance.GuidanceList;
import be.atrium.guidance.GuidanceView;
import be.atrium.guidance.ReadReport;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.platform.Dates;
import be.atrium.platform.DomainException;
import be.atrium.platform.api.JsonInput;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** JSON shapes of guidance, as in API-CONTRACT.md; dates as ISO {@code yyyy-MM-dd}. */
final class GuidanceJson {

    private GuidanceJson() {
    }

    static String url(long id) {
        return "/guidance/guidance.xhtml?id=" + id;
    }

    /** A row of a list: the contract's fields, the publishing organisation, publication and tags. */
    static JsonObject item(GuidanceList.Item item) {
        JsonArrayBuilder tags = Json.createArrayBuilder();
        item.getTags().forEach(tags::add);
        return base(item.getGuidance()).add("tags", tags).build();
    }

    /** One piece of guidance with everything the page shows. */
    static JsonObject detail(GuidanceView view) {
        Guidance g = view.getGuidance();
        JsonArrayBuilder basis = Json.createArrayBuilder();
        g.getLegalBasis().forEach(basis::add);
        JsonArrayBuilder tags = Json.createArrayBuilder();
        g.getTags().forEach(tags::add);
        JsonArrayBuilder atria = Json.createArrayBuilder();
        view.getAudienceAtria().forEach(a -> atria.add(a.getSlug()));
        JsonArrayBuilder levels = Json.createArrayBuilder();
        view.getAudienceLevels().forEach(l -> levels.add(l.name()));
        JsonArrayBuilder supersedes = Json.createArrayBuilder();
        view.getSupersedes().forEach(s -> supersedes.add(s.getId()));
        JsonObjectBuilder b = base(g)
                .add("summary", text(g.getSummary()))
                .add("body", g.getBody())
                .add("bodyHtml", g.getBodyHtml())
                .add("legalBasis", basis)
                .add("tags", tags)
                .add("audience", Json.createObjectBuilder().add("network", g.isAudienceNetwork())
                        .add("atria", atria).add("levels", levels))
                .add("supersedes", supersedes)
                .add("read", view.isRead())
                .add("withdrawnReason", text(g.getWithdrawnReason()))
                .add("updated", g.getUpdatedAt().toString());
        if (view.getCurrent() != null) {
            b.add("current", Json.createObjectBuilder().add("id", view.getCurrent().getId())
                    .add("title", view.getCurrent().getTitle()).add("url", url(view.getCurrent().getId())));
        } else {
            b.addNull("current");
        }
        return b.build();
    }

    private static JsonObjectBuilder base(Guidance g) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", g.getId())
                .add("title", g.getTitle())
                .add("url", url(g.getId()))
                .add("kind", g.getKind().name())
                .add("level", g.getLevel().name())
                .add("status", g.getStatus().name())
                .add("effectiveFrom", date(g.getEffectiveFrom()))
                .add("validUntil", date(g.getValidUntil()));
        if (g.getSupersededById() != null) {
            b.add("supersededBy", g.getSupersededById());
        } else {
            b.addNull("supersededBy");
        }
        b.add("organisation", g.getOrganisation() == null ? JsonValue.NULL : Json.createValue(g.getOrganisation().getName()));
        b.add("publishedAt", g.getPublishedAt() == null ? JsonValue.NULL : Json.createValue(g.getPublishedAt().toString()));
        return b;
    }

    static JsonObject receipts(ReadReport report) {
        JsonArrayBuilder atria = Json.createArrayBuilder();
        for (ReadReport.AtriumRow row : report.getAtria()) {
            Atrium a = row.getAtrium();
            atria.add(Json.createObjectBuilder().add("slug", a.getSlug()).add("name", a.getName())
                    .add("members", row.getMembers()).add("read", row.getRead()));
        }
        JsonArrayBuilder organisations = Json.createArrayBuilder();
        for (ReadReport.OrganisationRow row : report.getOrganisations()) {
            JsonArrayBuilder read = Json.createArrayBuilder();
            row.getReaders().forEach(r -> read.add(person(r.getAccount()).add("at", r.getReadAt().toString())));
            JsonArrayBuilder notRead = Json.createArrayBuilder();
            row.getNotRead().forEach(a -> notRead.add(person(a)));
            JsonObjectBuilder o = Json.createObjectBuilder();
            if (row.getOrganisation() != null) {
                o.add("id", row.getOrganisation().getId()).add("name", row.getOrganisation().getName())
                        .add("level", row.getOrganisation().getLevel().name());
            } else {
                o.addNull("id").addNull("name").addNull("level");
            }
            organisations.add(o.add("read", read).add("notRead", notRead));
        }
        return Json.createObjectBuilder()
                .add("id", report.getGuidance().getId())
                .add("audience", report.getAudience())
                .add("read", report.getRead())
                .add("atria", atria)
                .add("organisations", organisations)
                .build();
    }

    private static JsonObjectBuilder person(Account a) {
        return Json.createObjectBuilder().add("username", a.getUsername()).add("displayName", a.getDisplayName());
    }

    /**
     * The body of a create or edit: kind, title, summary, body, legalBasis, effectiveFrom,
     * validUntil, tags and audience {@code {"network", "atria": [slug], "levels": [level]}}
     * (missing: the whole network).
     */
    static GuidanceInput input(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        GuidanceKind kind = in.enumValue("kind", GuidanceKind.class, "guidance.kind.invalid").orElse(null);
        boolean network = true;
        List<String> atria = List.of();
        Set<GovernmentLevel> levels = EnumSet.noneOf(GovernmentLevel.class);
        JsonValue audience = body.get("audience");
        if (audience != null && audience.getValueType() != JsonValue.ValueType.NULL) {
            if (!(audience instanceof JsonObject a)) {
                throw new DomainException("guidance.audience.invalid", "audience");
            }
            JsonInput ai = JsonInput.of(a);
            atria = ai.strings("atria");
            for (String level : ai.strings("levels")) {
                try {
                    levels.add(GovernmentLevel.valueOf(level.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new DomainException("api.level.invalid", "audienceLevels");
                }
            }
            network = ai.bool("network").orElse(atria.isEmpty() && levels.isEmpty());
        }
        return new GuidanceInput(kind, in.string("title").orElse(null), in.string("summary").orElse(null),
                in.string("body").orElse(null), in.strings("legalBasis"), date(in, "effectiveFrom"),
                date(in, "validUntil"), in.strings("tags"), network, atria, levels);
    }

    private static LocalDate date(JsonInput in, String field) {
        return Dates.day(in.string(field).orElse(null), field, "guidance.date.invalid");
    }

    private static JsonValue date(LocalDate date) {
        return date == null ? JsonValue.NULL : Json.createValue(date.toString());
    }

    private static JsonValue text(String s) {
        return s == null ? JsonValue.NULL : Json.createValue(s);
    }

}

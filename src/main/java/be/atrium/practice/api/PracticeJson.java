package be.atrium.practice.api;

import be.atrium.content.api.AttachmentJson;
import be.atrium.guidance.Guidance;
import be.atrium.identity.Account;
import be.atrium.organisation.Organisation;
import be.atrium.practice.PracticeCase;
import be.atrium.practice.PracticeList;
import be.atrium.practice.PracticeService;
import be.atrium.practice.PracticeSummary;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.util.Collection;

/** JSON shapes of practice cases. */
final class PracticeJson {

    private PracticeJson() {
    }

    static String url(PracticeCase p) {
        return "/practice/case.xhtml?id=" + p.getId();
    }

    static JsonObject list(PracticeList list) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (PracticeSummary s : list.items()) {
            items.add(summary(s.practice(), s.themes()));
        }
        return Json.createObjectBuilder().add("total", list.total()).add("items", items).build();
    }

    /** A case in a list: no story. */
    static JsonObject summary(PracticeCase p, Collection<String> themes) {
        return base(p, themes).build();
    }

    /** A case with its whole story (Markdown and HTML of each part), contact, guidance links and files. */
    static JsonObject full(PracticeService.CaseView view) {
        PracticeCase p = view.practice();
        JsonObjectBuilder b = base(p, view.themes())
                .add("author", person(p.getAuthor(), view.authorEmail()))
                .add("contact", person(p.getContact(), view.contactEmail()))
                .add("updated", p.getUpdatedAt().toString())
                .add("version", p.getVersion())
                .add("editable", view.editable());
        instant(b, "highlightedAt", p.getHighlightedAt());
        text(b, "context", p.getContext());
        text(b, "contextHtml", p.getContextHtml());
        text(b, "approach", p.getApproach());
        text(b, "approachHtml", p.getApproachHtml());
        text(b, "result", p.getResult());
        text(b, "resultHtml", p.getResultHtml());
        text(b, "lessons", p.getLessons());
        text(b, "lessonsHtml", p.getLessonsHtml());
        JsonArrayBuilder guidance = Json.createArrayBuilder();
        for (Guidance g : view.guidance()) {
            guidance.add(Json.createObjectBuilder().add("id", g.getId()).add("title", g.getTitle())
                    .add("url", "/guidance/guidance.xhtml?id=" + g.getId()).add("kind", g.getKind().name())
                    .add("status", g.getStatus().name()));
        }
        b.add("guidance", guidance);
        JsonArrayBuilder files = Json.createArrayBuilder();
        view.attachments().forEach(a -> files.add(AttachmentJson.of(a)));
        b.add("attachments", files);
        return b.build();
    }

    private static JsonObjectBuilder base(PracticeCase p, Collection<String> themes) {
        JsonArrayBuilder t = Json.createArrayBuilder();
        themes.forEach(t::add);
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", p.getId())
                .add("title", p.getTitle())
                .add("url", url(p))
                .add("municipality", municipality(p.getMunicipality()))
                .add("themes", t)
                .add("highlighted", p.isHighlighted())
                .add("created", p.getCreatedAt().toString());
        if (p.getAtrium() != null) {
            b.add("atrium", p.getAtrium().getSlug());
        } else {
            b.addNull("atrium");
        }
        return b;
    }

    private static JsonObject municipality(Organisation m) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", m.getId()).add("name", m.getName());
        text(b, "nisCode", m.getNisCode());
        text(b, "province", m.getProvince() == null ? null : m.getProvince().getName());
        return b.build();
    }

    /** A person; {@code email} null when the caller may not read it (the field stays). */
    private static JsonObject person(Account a, String email) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("username", a.getUsername())
                .add("displayName", a.getDisplayName());
        text(b, "email", email);
        text(b, "organisation", a.getOrganisation() == null ? null : a.getOrganisation().getName());
        return b.build();
    }

    private static void text(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    private static void instant(JsonObjectBuilder b, String name, Instant value) {
        text(b, name, value == null ? null : value.toString());
    }
}

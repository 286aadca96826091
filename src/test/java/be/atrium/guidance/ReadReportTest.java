package be.atrium.guidance;

import be.atrium.identity.Account;
import be.atrium.identity.Role;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumKind;
import be.atrium.organisation.Organisation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static be.atrium.guidance.GuidanceTest.NOW;
import static be.atrium.guidance.GuidanceTest.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The read report counts per Atrium only people in the audience, and lists per organisation who read it. */
class ReadReportTest {

    @Test
    void countsPerAtriumAndListsReadersAndNonReadersPerOrganisationMunicipalitiesFirst() {
        Organisation province = withId(Organisation.province("Provincie Antwerpen", "10000"));
        Organisation geel = withId(Organisation.municipality("Geel", "13008", "13000", "Turnhout", province));
        Organisation mol = withId(Organisation.municipality("Mol", "13021", "13000", "Turnhout", province));
        Account an = account("an", geel);
        Account bert = account("bert", geel);
        Account cis = account("cis", mol);
        Account dirk = account("dirk", province);
        Atrium kempen = withId(new Atrium("kempen", "Kempen", AtriumKind.REGIONAL, false, NOW));
        Atrium erfgoed = withId(new Atrium("erfgoed", "Erfgoed", AtriumKind.THEMATIC, false, NOW));
        Long outsider = 9_999L;

        ReadReport report = ReadReport.of(null, List.of(an, bert, cis, dirk),
                Map.of(an.getId(), NOW, dirk.getId(), NOW.plusSeconds(60)),
                List.of(new Object[] {kempen, an.getId()}, new Object[] {kempen, bert.getId()},
                        new Object[] {kempen, cis.getId()}, new Object[] {kempen, outsider},
                        new Object[] {erfgoed, dirk.getId()}));

        assertEquals(4, report.getAudience());
        assertEquals(2, report.getRead());
        assertEquals(List.of("Erfgoed", "Kempen"), report.getAtria().stream().map(r -> r.getAtrium().getName()).toList());
        ReadReport.AtriumRow k = report.getAtria().get(1);
        assertEquals(3, k.getMembers(), "a member outside the audience is not counted");
        assertEquals(1, k.getRead());
        assertEquals(33, k.getPercent());

        assertEquals(List.of("Geel", "Mol", "Provincie Antwerpen"),
                report.getOrganisations().stream().map(r -> r.getOrganisation().getName()).toList());
        ReadReport.OrganisationRow g = report.getOrganisations().get(0);
        assertEquals(List.of("an"), g.getReaders().stream().map(r -> r.getAccount().getUsername()).toList());
        assertEquals(List.of("bert"), g.getNotRead().stream().map(Account::getUsername).toList());
        assertEquals(2, g.getTotal());
        Instant dirkRead = report.getOrganisations().get(2).getReaders().get(0).getReadAt();
        assertEquals(NOW.plusSeconds(60), dirkRead);
    }

    private static Account account(String name, Organisation organisation) {
        return withId(new Account(name, name, null, organisation, Role.OFFICIAL, NOW));
    }
}

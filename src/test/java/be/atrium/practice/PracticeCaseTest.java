package be.atrium.practice;

import be.atrium.identity.Account;
import be.atrium.identity.Role;
import be.atrium.organisation.Organisation;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PracticeCaseTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final UnaryOperator<String> HTML = md -> "<p>" + md + "</p>";

    private final Organisation oostVlaanderen = withId(Organisation.province("Oost-Vlaanderen", "40000"), 1);
    private final Organisation gent = withId(municipality("Gent", "44021"), 10);
    private final Organisation aalter = withId(municipality("Aalter", "44084"), 11);
    private final Organisation agency = withId(Organisation.flemishAgency("Departement Omgeving"), 2);

    private final Account author = person("an.peeters", Role.OFFICIAL, gent, 100);
    private final Account colleague = person("bart.declercq", Role.OFFICIAL, gent, 101);
    private final Account neighbour = person("els.aalter", Role.OFFICIAL, aalter, 102);
    private final Account provincial = person("piet.vermeulen", Role.OFFICIAL, oostVlaanderen, 103);
    private final Account managerOfGent = person("lies.janssens", Role.RELATIONSHIP_MANAGER, agency, 104);
    private final Account managerElsewhere = person("tom.rm", Role.RELATIONSHIP_MANAGER, agency, 105);
    private final Account admin = person("admin", Role.ADMINISTRATOR, agency, 106);

    PracticeCaseTest() {
        managerOfGent.manage(List.of(gent));
        managerElsewhere.manage(List.of(aalter));
    }

    private PracticeCase practice() {
        return new PracticeCase(" Hemelwater   bij de eindinspectie ", story(), HTML, null, author, null,
                List.of("Hemelwater", "#omgevingsvergunning"), author, NOW);
    }

    private static PracticeStory story() {
        return PracticeStory.of("Veel putten bleken te klein.", "We controleren bij de eindinspectie.", null, " ");
    }

    @Test
    void aNewCaseBelongsToTheAuthorsMunicipalityAndKeepsEachPartWithItsHtml() {
        PracticeCase p = practice();
        assertEquals("Hemelwater bij de eindinspectie", p.getTitle());
        assertSame(gent, p.getMunicipality(), "defaults to the author's municipality");
        assertSame(author, p.getContact());
        assertEquals("<p>Veel putten bleken te klein.</p>", p.getContextHtml());
        assertEquals("<p>We controleren bij de eindinspectie.</p>", p.getApproachHtml());
        assertNull(p.getResult(), "a blank part is absent");
        assertNull(p.getLessonsHtml());
        assertEquals(List.of("hemelwater", "omgevingsvergunning"), List.copyOf(p.getTags()));
        assertFalse(p.isHighlighted());
    }

    @Test
    void contextAndApproachAreRequiredOfPeopleButAnImportedStoryMayBeOnlyAContext() {
        DomainException noContext = assertThrows(DomainException.class, () -> PracticeStory.of(" ", "Aanpak", null, null));
        assertEquals("practice.context.required", noContext.code());
        assertEquals("context", noContext.field().orElseThrow());
        DomainException noApproach = assertThrows(DomainException.class, () -> PracticeStory.of("Context", null, "R", "L"));
        assertEquals("approach", noApproach.field().orElseThrow());
        PracticeStory imported = PracticeStory.imported("Het hele verhaal", null, null, null);
        assertNull(imported.approach());
        assertThrows(DomainException.class, () -> PracticeStory.imported(null, "Aanpak", null, null));
        DomainException tooLong = assertThrows(DomainException.class,
                () -> PracticeStory.of("c", "a", "x".repeat(PracticeStory.MAX_PART + 1), null));
        assertEquals("result", tooLong.field().orElseThrow());
        assertEquals("title", assertThrows(DomainException.class,
                () -> new PracticeCase("  ", story(), HTML, null, author, null, List.of(), author, NOW)).field().orElseThrow());
    }

    @Test
    void someoneWhoDoesNotWorkForAMunicipalityMustChooseOneAndOnlyAnExistingMunicipality() {
        DomainException none = assertThrows(DomainException.class, () -> PracticeCase.requireMunicipality(null, provincial));
        assertEquals("practice.municipality.required", none.code());
        assertEquals("municipality", none.field().orElseThrow());
        assertSame(aalter, PracticeCase.requireMunicipality(aalter, provincial));
        assertSame(aalter, PracticeCase.requireMunicipality(aalter, author), "an official may share for another municipality");
        assertEquals("practice.municipality.notMunicipal",
                assertThrows(DomainException.class, () -> PracticeCase.requireMunicipality(oostVlaanderen, author)).code());
        Organisation old = withId(municipality("Nevele", "44049"), 12);
        old.mergeInto(gent, NOW);
        assertEquals("practice.municipality.merged",
                assertThrows(DomainException.class, () -> PracticeCase.requireMunicipality(old, provincial)).code());
    }

    @Test
    void theContactIsSomeoneWhoCanBeReached() {
        Account placeholder = Account.placeholder("oud.lid", NOW);
        assertEquals("practice.contact.inactive",
                assertThrows(DomainException.class, () -> PracticeCase.requireContact(placeholder)).code());
        assertEquals("contact", assertThrows(DomainException.class, () -> PracticeCase.requireContact(null)).field().orElseThrow());
        assertSame(colleague, PracticeCase.requireContact(colleague));
    }

    @Test
    void theAuthorColleaguesTheirRelationshipManagerAndAdministratorsEdit() {
        PracticeCase p = practice();
        assertTrue(p.mayEdit(author));
        assertTrue(p.mayEdit(colleague), "a colleague of the same municipality");
        assertTrue(p.mayEdit(managerOfGent), "the relationship manager of the municipality");
        assertTrue(p.mayEdit(admin));
        assertFalse(p.mayEdit(neighbour), "an official of another municipality");
        assertFalse(p.mayEdit(managerElsewhere), "a relationship manager of other municipalities");
        assertFalse(p.mayEdit(provincial));
        assertFalse(p.mayEdit(null));
        assertThrows(ForbiddenException.class, () -> p.rewrite(neighbour, "Andere titel", story(), HTML, NOW));

        p.rewrite(colleague, "Nieuwe titel", PracticeStory.of("C", "A", "Minder wateroverlast", "Vroeg controleren"),
                HTML, NOW.plusSeconds(60));
        assertEquals("Nieuwe titel", p.getTitle());
        assertEquals("<p>Minder wateroverlast</p>", p.getResultHtml());
        assertSame(colleague, p.getUpdatedBy());
        assertEquals(NOW.plusSeconds(60), p.getUpdatedAt());
    }

    @Test
    void movingACaseToAnotherMunicipalityMovesItsEditorsWithIt() {
        PracticeCase p = practice();
        p.place(managerOfGent, aalter, neighbour, null, NOW.plusSeconds(60));
        assertSame(aalter, p.getMunicipality());
        assertSame(neighbour, p.getContact());
        assertTrue(p.mayEdit(neighbour), "colleagues of the new municipality");
        assertTrue(p.mayEdit(managerElsewhere), "the new municipality's relationship manager");
        assertFalse(p.mayEdit(colleague));
        assertTrue(p.mayEdit(author), "the author keeps editing");
        assertThrows(ForbiddenException.class, () -> p.place(colleague, gent, colleague, null, NOW));
    }

    @Test
    void readersSeeTheContactsEmailOnlyWhenTheContactChoseToBeIt() {
        PracticeCase self = practice();
        assertTrue(self.isContactChosen(), "the author named themself");
        assertTrue(self.showsContactEmailTo(neighbour));
        assertTrue(self.showsAuthorEmailTo(neighbour), "the author is that chosen contact");

        PracticeCase named = new PracticeCase("Hemelwater", story(), HTML, null, colleague, null, List.of(), author, NOW);
        assertFalse(named.isContactChosen(), "a colleague named by the author did not choose it");
        assertFalse(named.showsContactEmailTo(neighbour));
        assertFalse(named.showsContactEmailTo(author), "not even to the author who named them");
        assertFalse(named.showsAuthorEmailTo(neighbour));
        assertTrue(named.showsContactEmailTo(colleague), "the person themself");
        assertTrue(named.showsContactEmailTo(admin), "administrators");
        assertTrue(named.showsAuthorEmailTo(author) && named.showsAuthorEmailTo(admin));

        named.rewrite(author, "Hemelwater bij de inspectie", story(), HTML, NOW.plusSeconds(30));
        named.place(author, gent, colleague, null, NOW.plusSeconds(30));
        assertFalse(named.isContactChosen(), "saved by someone else: still not chosen");
        named.place(colleague, gent, colleague, null, NOW.plusSeconds(60));
        assertTrue(named.isContactChosen(), "the contact saved the case as its contact");
        assertTrue(named.showsContactEmailTo(neighbour));

        named.place(author, gent, neighbourOfGent(), null, NOW.plusSeconds(90));
        assertFalse(named.isContactChosen(), "another contact, named by someone else");
        named.place(colleague, gent, colleague, null, NOW.plusSeconds(120));
        assertTrue(named.isContactChosen(), "naming oneself is choosing");
    }

    private Account neighbourOfGent() {
        return person("eva.gent", Role.OFFICIAL, gent, 107);
    }

    @Test
    void relationshipManagersAndAdministratorsHighlightForTheWholeNetworkOthersMayNot() {
        PracticeCase p = practice();
        assertThrows(ForbiddenException.class, () -> p.highlight(author, NOW), "not even the author");
        assertThrows(ForbiddenException.class, () -> p.highlight(provincial, NOW));
        assertFalse(p.isHighlighted());

        assertTrue(p.highlight(managerElsewhere, NOW), "any relationship manager, for the whole network");
        assertTrue(p.isHighlighted());
        assertEquals(NOW, p.getHighlightedAt());
        assertSame(managerElsewhere, p.getHighlightedBy());
        assertFalse(p.highlight(admin, NOW.plusSeconds(60)), "highlighting twice changes nothing");
        assertEquals(NOW, p.getHighlightedAt());

        assertThrows(ForbiddenException.class, () -> p.removeHighlight(colleague));
        assertTrue(p.removeHighlight(admin));
        assertFalse(p.isHighlighted());
        assertNull(p.getHighlightedAt());
        assertFalse(p.removeHighlight(managerOfGent));
        assertTrue(PracticeCase.mayHighlight(managerOfGent));
        assertFalse(PracticeCase.mayHighlight(colleague));
    }

    @Test
    void themesFollowTheTagRule() {
        PracticeCase p = practice();
        DomainException bad = assertThrows(DomainException.class, () -> p.retag(List.of("geen spaties!")));
        assertEquals("practice.tag.invalid", bad.code());
        assertEquals("tags", bad.field().orElseThrow());
        assertThrows(DomainException.class, () -> p.retag(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")));
        p.retag(List.of("RUP", "rup", " bpa "));
        assertEquals(List.of("rup", "bpa"), List.copyOf(p.getTags()));
    }

    @Test
    void anImportedCaseNamesItsAuthorAsContactEvenWithoutAnAccount() {
        Account placeholder = Account.placeholder("oud.lid", NOW);
        PracticeCase p = PracticeCase.imported("Oud verhaal", PracticeStory.imported("Alles in één tekst", null, null, null),
                HTML, gent, null, List.of(), placeholder, NOW);
        assertSame(placeholder, p.getContact());
        assertNull(p.getApproachHtml());
        assertThrows(DomainException.class, () -> PracticeCase.imported("Zonder gemeente",
                PracticeStory.imported("Tekst", null, null, null), HTML, null, null, List.of(), placeholder, NOW),
                "a placeholder has no municipality to fall back on");
    }

    @Test
    void aFilterRefusesAPeriodThatEndsBeforeItStarts() {
        DomainException e = assertThrows(DomainException.class, () -> new PracticeFilter(null, null, null, null, false,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)));
        assertEquals("to", e.field().orElseThrow());
        PracticeFilter f = new PracticeFilter(null, null, " #Hemelwater ", " Gent ", false, null, null);
        assertEquals("hemelwater", f.tag());
        assertEquals("gent", f.atrium());
        assertTrue(PracticeFilter.NONE.isEmpty());
    }

    private Organisation municipality(String name, String nis) {
        return Organisation.municipality(name, nis, "44000", "Gent", oostVlaanderen);
    }

    private static Account person(String username, Role role, Organisation organisation, long id) {
        return withId(new Account(username, username, null, organisation, role, NOW), id);
    }

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFormLearnsEveryBrokenRuleOfACaseAtOnce() {
        assertEquals(List.of("title", "context", "approach", "tags"),
                PracticeCase.problems(" ", null, " ", null, null, List.of("goed", "<script>")).stream()
                        .map(e -> e.field().orElseThrow()).toList());
        assertEquals(List.of(), PracticeCase.problems("Titel", "Context", "Aanpak", null, null, List.of("rup")));
    }
}

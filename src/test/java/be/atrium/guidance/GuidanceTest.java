package be.atrium.guidance;

import be.atrium.identity.Account;
import be.atrium.identity.Grant;
import be.atrium.identity.Role;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumKind;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of guidance: who writes it, its dates, its audience and its life cycle. */
class GuidanceTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final LocalDate JAN = LocalDate.of(2027, 1, 1);

    private static long ids = 1;

    private final Organisation agency = withId(Organisation.flemishAgency("Departement Omgeving"));
    private final Organisation province = withId(Organisation.province("Provincie Oost-Vlaanderen", "40000"));
    private final Organisation gent = withId(Organisation.municipality("Gent", "44021", "44000", "Gent", province));
    private final Account publisher = publisher("lies", agency);
    private final Account otherPublisher = publisher("piet", province);
    private final Account official = account("an", gent, Role.OFFICIAL);
    private final Account manager = account("rm", agency, Role.RELATIONSHIP_MANAGER);
    private final Account admin = account("admin", agency, Role.ADMINISTRATOR);

    private static GuidanceInput input(LocalDate from, LocalDate until) {
        return new GuidanceInput(GuidanceKind.CIRCULAR, "  Omzendbrief   hemelwater ", "Wat verandert",
                "De **nieuwe** regels.", List.of("VCRO art. 4.3.1", " ", "VCRO art. 4.3.1", "Omgevingsvergunningsdecreet art. 31"),
                from, until, List.of("Hemelwater", "#rup"), true, List.of(), Set.of());
    }

    private static GuidanceInput audience(List<String> atria, Set<GovernmentLevel> levels) {
        return new GuidanceInput(GuidanceKind.GUIDELINE, "Richtlijn", null, "Tekst", List.of(), JAN, null, List.of(),
                false, atria, levels);
    }

    private Guidance draft(Account author) {
        return withId(Guidance.draft(author, input(JAN, null), "<p>x</p>", List.of(), NOW));
    }

    private Guidance published(Account author) {
        Guidance g = draft(author);
        g.publish(author, NOW);
        return g;
    }

    @Test
    void aDraftBelongsToThePublishersOrganisationAndLevelWithItsInputCleanedUp() {
        Guidance g = draft(publisher);
        assertEquals(GuidanceStatus.DRAFT, g.getStatus());
        assertSame(agency, g.getOrganisation());
        assertEquals(GovernmentLevel.FLEMISH, g.getLevel());
        assertEquals("Omzendbrief hemelwater", g.getTitle());
        assertEquals(List.of("VCRO art. 4.3.1", "Omgevingsvergunningsdecreet art. 31"), g.getLegalBasis(),
                "blank references dropped, duplicates once, order kept");
        assertEquals(Set.of("hemelwater", "rup"), g.getTags());
        assertTrue(g.isAudienceNetwork());
        assertEquals(GovernmentLevel.PROVINCIAL, draft(otherPublisher).getLevel());
    }

    @Test
    void onlyPublishersOfAFlemishOrProvincialOrganisationWriteGuidance() {
        assertThrows(ForbiddenException.class, () -> draft(official));
        Account municipalWithGrant = publisher("gemeente", gent);
        assertThrows(ForbiddenException.class, () -> draft(municipalWithGrant), "the grant counts only above the municipality");
        assertThrows(ForbiddenException.class, () -> draft(manager), "relationship managers need the grant too");
        Account adminWithoutOrganisation = account("root", null, Role.ADMINISTRATOR);
        assertEquals("guidance.organisation.notPublishing",
                assertThrows(DomainException.class, () -> draft(adminWithoutOrganisation)).code());
        assertEquals(GovernmentLevel.FLEMISH, draft(admin).getLevel(), "administrators publish for their organisation");
    }

    @Test
    void theValidityCannotEndBeforeItStartsAndPublishingNeedsAStartDate() {
        DomainException before = assertThrows(DomainException.class,
                () -> Guidance.draft(publisher, input(JAN, JAN.minusDays(1)), "", List.of(), NOW));
        assertEquals("guidance.validUntil.beforeStart", before.code());
        assertEquals("validUntil", before.field().orElseThrow());
        Guidance oneDay = Guidance.draft(publisher, input(JAN, JAN), "", List.of(), NOW);
        assertEquals(JAN, oneDay.getValidUntil(), "a validity of one day is fine");

        Guidance undated = Guidance.draft(publisher, input(null, null), "", List.of(), NOW);
        DomainException missing = assertThrows(DomainException.class, () -> undated.publish(publisher, NOW));
        assertEquals("guidance.effectiveFrom.required", missing.code());
        assertEquals("effectiveFrom", missing.field().orElseThrow());
        assertEquals(GuidanceStatus.DRAFT, undated.getStatus(), "a refused publication changes nothing");
    }

    @Test
    void requiredFieldsAndLimitsNameTheirField() {
        GuidanceInput noTitle = new GuidanceInput(GuidanceKind.FAQ, " ", null, "Tekst", List.of(), JAN, null,
                List.of(), true, List.of(), Set.of());
        assertEquals("title", assertThrows(DomainException.class,
                () -> Guidance.draft(publisher, noTitle, "", List.of(), NOW)).field().orElseThrow());
        GuidanceInput noBody = new GuidanceInput(GuidanceKind.FAQ, "Titel", null, "", List.of(), JAN, null,
                List.of(), true, List.of(), Set.of());
        assertEquals("guidance.body.required", assertThrows(DomainException.class,
                () -> Guidance.draft(publisher, noBody, "", List.of(), NOW)).code());
        GuidanceInput noKind = new GuidanceInput(null, "Titel", null, "Tekst", List.of(), JAN, null,
                List.of(), true, List.of(), Set.of());
        assertEquals("kind", assertThrows(DomainException.class,
                () -> Guidance.draft(publisher, noKind, "", List.of(), NOW)).field().orElseThrow());
        GuidanceInput longReference = new GuidanceInput(GuidanceKind.FAQ, "Titel", null, "Tekst",
                List.of("x".repeat(201)), JAN, null, List.of(), true, List.of(), Set.of());
        assertEquals("legalBasis", assertThrows(DomainException.class,
                () -> Guidance.draft(publisher, longReference, "", List.of(), NOW)).field().orElseThrow());
    }

    @Test
    void aChosenAudienceNeedsAtLeastOneAtriumOrLevel() {
        DomainException empty = assertThrows(DomainException.class,
                () -> Guidance.draft(publisher, audience(List.of(), Set.of()), "", List.of(), NOW));
        assertEquals("guidance.audience.empty", empty.code());
        assertEquals("audienceAtria", empty.field().orElseThrow());

        Atrium kempen = withId(new Atrium("kempen", "Kempen", AtriumKind.REGIONAL, false, NOW));
        Guidance forAtrium = Guidance.draft(publisher, audience(List.of("kempen"), Set.of()), "", List.of(kempen), NOW);
        assertFalse(forAtrium.isAudienceNetwork());
        assertEquals(Set.of(kempen), forAtrium.getAudienceAtria());
        Guidance forLevel = Guidance.draft(publisher, audience(List.of(), Set.of(GovernmentLevel.MUNICIPAL)), "",
                List.of(), NOW);
        assertEquals(Set.of(GovernmentLevel.MUNICIPAL), forLevel.getAudienceLevels());
    }

    @Test
    void theAudienceIsTheNetworkOrTheMembersOfChosenAtriaOrTheChosenLevels() {
        Atrium kempen = withId(new Atrium("kempen", "Kempen", AtriumKind.REGIONAL, false, NOW));
        Guidance forAtrium = withId(Guidance.draft(publisher, audience(List.of("kempen"), Set.of()), "", List.of(kempen), NOW));
        forAtrium.publish(publisher, NOW);
        assertTrue(forAtrium.audienceIncludes(official, Set.of(kempen.getId())));
        assertFalse(forAtrium.audienceIncludes(official, Set.of()));
        assertFalse(forAtrium.isVisibleTo(official, Set.of()), "outside the audience: not visible");
        assertTrue(forAtrium.isVisibleTo(manager, Set.of()), "relationship managers see all published guidance");
        assertTrue(forAtrium.isVisibleTo(publisher, Set.of()), "its own publishers see it");
        assertFalse(forAtrium.isVisibleTo(otherPublisher, Set.of()), "publishers of another organisation do not");
        assertTrue(forAtrium.isVisibleTo(admin, Set.of()));

        Guidance forMunicipalities = withId(Guidance.draft(publisher,
                audience(List.of(), Set.of(GovernmentLevel.MUNICIPAL)), "", List.of(), NOW));
        forMunicipalities.publish(publisher, NOW);
        assertTrue(forMunicipalities.audienceIncludes(official, Set.of()));
        assertFalse(forMunicipalities.audienceIncludes(otherPublisher, Set.of()));

        Guidance network = published(publisher);
        assertTrue(network.audienceIncludes(official, Set.of()));
        assertTrue(network.isVisibleTo(otherPublisher, Set.of()));
    }

    @Test
    void aDraftIsSeenOnlyByThePublishersOfItsOrganisationAndAdministrators() {
        Guidance g = draft(publisher);
        assertTrue(g.isVisibleTo(publisher, Set.of()));
        assertTrue(g.isVisibleTo(admin, Set.of()));
        assertFalse(g.isVisibleTo(official, Set.of()), "not even for the (whole-network) audience");
        assertFalse(g.isVisibleTo(manager, Set.of()));
        assertFalse(g.isVisibleTo(otherPublisher, Set.of()));
        assertFalse(g.receiptsVisibleTo(publisher), "a draft has no readers yet");
    }

    @Test
    void onlyTheOrganisationsPublishersPublishAndADraftIsPublishedOnce() {
        Guidance g = draft(publisher);
        assertThrows(ForbiddenException.class, () -> g.publish(otherPublisher, NOW));
        assertThrows(ForbiddenException.class, () -> g.publish(official, NOW));
        g.publish(publisher, NOW);
        assertEquals(GuidanceStatus.PUBLISHED, g.getStatus());
        assertEquals(NOW, g.getPublishedAt());
        assertEquals("guidance.publish.notDraft", assertThrows(DomainException.class, () -> g.publish(publisher, NOW)).code());
        assertEquals("guidance.edit.notDraft", assertThrows(DomainException.class,
                () -> g.revise(publisher, input(JAN, null), "", List.of(), NOW)).code(), "published guidance is not edited");
        assertTrue(g.receiptsVisibleTo(publisher));
        assertTrue(g.receiptsVisibleTo(manager));
        assertFalse(g.receiptsVisibleTo(official));
        assertTrue(g.isInForceOn(JAN));
        assertFalse(g.isInForceOn(JAN.minusDays(1)));
    }

    @Test
    void supersedingLinksBothWaysAndTheChainLeadsToTheGuidanceInForce() {
        Guidance first = published(publisher);
        Guidance second = published(publisher);
        Guidance third = published(publisher);
        first.supersedeBy(publisher, second, NOW);
        assertEquals(GuidanceStatus.SUPERSEDED, first.getStatus());
        assertSame(second, first.getSupersededBy());
        assertEquals(second.getId(), first.getSupersededById());
        assertEquals(List.of(first), second.getSupersedes());
        second.supersedeBy(publisher, third, NOW);
        assertSame(third, first.current(), "follows the chain to the end");
        assertSame(third, second.current());
        assertSame(third, third.current());
    }

    @Test
    void supersedingIsRefusedForItselfADraftACycleOrRetiredGuidance() {
        Guidance first = published(publisher);
        assertEquals("guidance.supersede.self",
                assertThrows(DomainException.class, () -> first.supersedeBy(publisher, first, NOW)).code());
        Guidance draft = draft(publisher);
        DomainException unpublished = assertThrows(DomainException.class, () -> first.supersedeBy(publisher, draft, NOW));
        assertEquals("guidance.supersede.unpublished", unpublished.code());
        assertEquals("by", unpublished.field().orElseThrow());
        assertEquals(GuidanceStatus.PUBLISHED, first.getStatus());

        Guidance second = published(publisher);
        first.supersedeBy(publisher, second, NOW);
        assertEquals("guidance.supersede.cycle",
                assertThrows(DomainException.class, () -> second.supersedeBy(publisher, first, NOW)).code());
        Guidance third = published(publisher);
        second.supersedeBy(publisher, third, NOW);
        assertEquals("guidance.supersede.cycle",
                assertThrows(DomainException.class, () -> third.supersedeBy(publisher, first, NOW)).code(),
                "a cycle through the whole chain is found too");
        assertEquals("guidance.supersede.notPublished",
                assertThrows(DomainException.class, () -> first.supersedeBy(publisher, third, NOW)).code(),
                "superseded guidance is not superseded again");
        Guidance fourth = published(publisher);
        fourth.withdraw(publisher, "Fout in de tekst", NOW);
        assertEquals("guidance.supersede.unpublished",
                assertThrows(DomainException.class, () -> third.supersedeBy(publisher, fourth, NOW)).code(),
                "withdrawn guidance replaces nothing");
        assertThrows(ForbiddenException.class, () -> third.supersedeBy(otherPublisher, published(otherPublisher), NOW));
    }

    @Test
    void withdrawingNeedsAReasonAndPublishedGuidance() {
        Guidance g = published(publisher);
        DomainException noReason = assertThrows(DomainException.class, () -> g.withdraw(publisher, "  ", NOW));
        assertEquals("guidance.withdraw.reasonRequired", noReason.code());
        assertEquals("reason", noReason.field().orElseThrow());
        assertThrows(ForbiddenException.class, () -> g.withdraw(official, "Nee", NOW));
        g.withdraw(publisher, " Vernietigd door de Raad van State ", NOW);
        assertEquals(GuidanceStatus.WITHDRAWN, g.getStatus());
        assertEquals("Vernietigd door de Raad van State", g.getWithdrawnReason());
        assertTrue(g.getStatus().isRetired());
        assertTrue(g.isVisibleTo(official, Set.of()), "withdrawn guidance stays readable");
        assertEquals("guidance.withdraw.notPublished",
                assertThrows(DomainException.class, () -> g.withdraw(publisher, "Nog eens", NOW)).code());
        assertEquals("guidance.withdraw.notPublished",
                assertThrows(DomainException.class, () -> draft(publisher).withdraw(publisher, "Reden", NOW)).code());
        assertSame(g, g.current(), "a withdrawn guidance points to nothing newer");
        assertNull(g.getSupersededBy());
    }

    @Test
    void importedGuidanceIsPublishedAtOnceForTheWholeNetworkAtAnyLevel() {
        Account author = account("import", null, Role.OFFICIAL);
        Guidance g = Guidance.imported(null, GovernmentLevel.MUNICIPAL, author, input(JAN, null), "<p/>", NOW);
        assertEquals(GuidanceStatus.PUBLISHED, g.getStatus());
        assertEquals(GovernmentLevel.MUNICIPAL, g.getLevel());
        assertTrue(g.isAudienceNetwork());
        assertEquals("guidance.effectiveFrom.required", assertThrows(DomainException.class,
                () -> Guidance.imported(null, GovernmentLevel.FLEMISH, author, input(null, null), "", NOW)).code());
        g.reimport(GovernmentLevel.PROVINCIAL, author, input(JAN.plusDays(1), null), "<p/>", NOW);
        assertEquals(JAN.plusDays(1), g.getEffectiveFrom());
        assertEquals(GovernmentLevel.PROVINCIAL, g.getLevel());
        assertFalse(g.isManagedBy(official));
        assertTrue(g.isManagedBy(admin), "guidance without an organisation is managed by administrators");
    }

    @Test
    void filtersReadStatusesAndRefuseAnEndBeforeTheStart() {
        assertEquals(Set.of(GuidanceStatus.PUBLISHED), GuidanceFilter.parseStatuses(null));
        assertEquals(Set.of(GuidanceStatus.values()), GuidanceFilter.parseStatuses("all"));
        assertEquals(Set.of(GuidanceStatus.DRAFT, GuidanceStatus.WITHDRAWN), GuidanceFilter.parseStatuses("draft, WITHDRAWN"));
        assertEquals("status", assertThrows(DomainException.class, () -> GuidanceFilter.parseStatuses("gone"))
                .field().orElseThrow());
        assertEquals("to", assertThrows(DomainException.class, () -> new GuidanceFilter(null, null, null, null, null,
                null, JAN, JAN.minusDays(1))).field().orElseThrow());
        assertEquals("rup", new GuidanceFilter(null, null, null, null, " #RUP ", null, null, null).tag());
    }

    private static Account publisher(String username, Organisation organisation) {
        Account a = account(username, organisation, Role.OFFICIAL);
        try { // the grant is given by AccountService (package-private rule); set it as the database would
            Field grants = Account.class.getDeclaredField("grants");
            grants.setAccessible(true);
            grants.set(a, EnumSet.of(Grant.PUBLISHER));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return a;
    }

    private static Account account(String username, Organisation organisation, Role role) {
        return withId(new Account(username, username, null, organisation, role, NOW));
    }

    static <T> T withId(T entity) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, ids++);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFormLearnsEveryBrokenRuleOfADraftAtOnce() {
        GuidanceInput wrong = new GuidanceInput(null, " ", "s".repeat(Guidance.MAX_SUMMARY + 1), " ", List.of(),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), List.of(), false, List.of(), Set.of());
        assertEquals(List.of("kind", "title", "summary", "body", "validUntil", "audienceAtria"),
                Guidance.problems(wrong).stream().map(e -> e.field().orElseThrow()).toList());
        assertEquals(List.of(), Guidance.problems(new GuidanceInput(GuidanceKind.FAQ, "Vraag", null, "Antwoord",
                List.of(), JAN, null, List.of(), true, List.of(), Set.of())));
    }
}

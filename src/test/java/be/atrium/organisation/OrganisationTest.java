package be.atrium.organisation;

import be.atrium.network.Fixtures;
import be.atrium.platform.DomainException;
import org.junit.jupiter.api.Test;

import static be.atrium.network.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationTest {

    private final Organisation oostVlaanderen = Fixtures.province("Oost-Vlaanderen", "40000");
    private final Organisation deinze = Fixtures.withId(Fixtures.municipality("Deinze", "44083", oostVlaanderen), 1);
    private final Organisation nevele = Fixtures.withId(Fixtures.municipality("Nevele", "44049", oostVlaanderen), 2);
    private final Organisation gent = Fixtures.withId(Fixtures.municipality("Gent", "44021", oostVlaanderen), 3);

    @Test
    void mergedMunicipalityPointsToItsSuccessorAndKeepsItsName() {
        nevele.mergeInto(deinze, NOW);

        assertTrue(nevele.isMerged());
        assertSame(deinze, nevele.getMergedInto());
        assertEquals(NOW, nevele.getMergedAt());
        assertEquals("Nevele", nevele.getName());
        assertFalse(deinze.isMerged());
    }

    @Test
    void aMunicipalityCannotMergeIntoItself() {
        DomainException e = assertThrows(DomainException.class, () -> deinze.mergeInto(deinze, NOW));
        assertEquals("organisation.merge.self", e.code());
        assertFalse(deinze.isMerged());
    }

    @Test
    void twoInstancesOfTheSameMunicipalityCountAsItself() {
        Organisation sameDeinze = Fixtures.withId(Fixtures.municipality("Deinze", "44083", oostVlaanderen), 1);
        assertEquals("organisation.merge.self",
                assertThrows(DomainException.class, () -> deinze.mergeInto(sameDeinze, NOW)).code());
    }

    @Test
    void onlyMunicipalitiesMerge() {
        DomainException e = assertThrows(DomainException.class, () -> deinze.mergeInto(oostVlaanderen, NOW));
        assertEquals("organisation.merge.onlyMunicipalities", e.code());
        assertEquals("organisation.merge.onlyMunicipalities",
                assertThrows(DomainException.class, () -> oostVlaanderen.mergeInto(deinze, NOW)).code());
    }

    @Test
    void aMergedMunicipalityCannotMergeAgain() {
        nevele.mergeInto(deinze, NOW);
        DomainException e = assertThrows(DomainException.class, () -> nevele.mergeInto(gent, NOW));
        assertEquals("organisation.merge.alreadyMerged", e.code());
        assertEquals("source", e.field().orElseThrow());
        assertSame(deinze, nevele.getMergedInto());
    }

    @Test
    void nothingMergesIntoAMunicipalityThatIsGone() {
        nevele.mergeInto(deinze, NOW);
        DomainException e = assertThrows(DomainException.class, () -> gent.mergeInto(nevele, NOW));
        assertEquals("organisation.merge.targetMerged", e.code());
        assertEquals("target", e.field().orElseThrow());
        assertFalse(gent.isMerged());
    }

    @Test
    void checkingAMergeChangesNothing() {
        nevele.checkMergeInto(deinze);
        assertFalse(nevele.isMerged());
        assertNull(nevele.getMergedAt());
        assertEquals("organisation.merge.unknown",
                assertThrows(DomainException.class, () -> nevele.checkMergeInto(null)).code());
    }

    @Test
    void aMunicipalityNeedsAFiveDigitNisCodeAndAProvince() {
        assertEquals("nisCode", assertThrows(DomainException.class,
                () -> Organisation.municipality("Deinze", "4408", null, null, oostVlaanderen)).field().orElseThrow());
        assertEquals("organisation.province.required", assertThrows(DomainException.class,
                () -> Organisation.municipality("Deinze", "44083", null, null, null)).code());
        assertEquals("organisation.province.required", assertThrows(DomainException.class,
                () -> Organisation.municipality("Deinze", "44083", null, null, gent)).code());
        assertEquals("organisation.name.required", assertThrows(DomainException.class,
                () -> Organisation.municipality("  ", "44083", null, null, oostVlaanderen)).code());
    }
}

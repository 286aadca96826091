package be.atrium.network;

import be.atrium.organisation.Organisation;
import be.atrium.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static be.atrium.network.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtriumTest {

    private final Organisation province = Fixtures.province("Oost-Vlaanderen", "40000");
    private final Organisation gent = Fixtures.municipality("Gent", "44021", province);
    private final Organisation deinze = Fixtures.municipality("Deinze", "44083", province);
    private final Organisation nevele = Fixtures.municipality("Nevele", "44049", province);

    @ParameterizedTest
    @ValueSource(strings = {"gent", "atrium-kempen", "a1", "provinciaal-oost-vlaanderen", " gent "})
    void acceptsShortLowerCaseSlugs(String slug) {
        assertEquals(slug.strip(), new Atrium(slug, "Gent", AtriumKind.REGIONAL, false, NOW).getSlug());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gent", "a", "gent_2", "-gent", "gent-", "gent--oost", "gënt", "gent oost"})
    void rejectsSlugsThatAreNotAddressFriendly(String slug) {
        DomainException e = assertThrows(DomainException.class, () -> new Atrium(slug, "X", AtriumKind.THEMATIC, false, NOW));
        assertEquals("atrium.slug.invalid", e.code());
        assertEquals("slug", e.field().orElseThrow());
    }

    @Test
    void aSlugIsRequiredAndAtMostEightyCharacters() {
        assertEquals("atrium.slug.required",
                assertThrows(DomainException.class, () -> Atrium.requireSlug("  ")).code());
        assertEquals("atrium.slug.invalid",
                assertThrows(DomainException.class, () -> Atrium.requireSlug("a".repeat(81))).code());
        assertEquals(80, Atrium.requireSlug("a".repeat(80)).length());
    }

    @Test
    void coversOnlyExistingMunicipalities() {
        Atrium atrium = new Atrium("leie", "Leie", AtriumKind.REGIONAL, false, NOW);
        atrium.cover(List.of(gent, deinze));
        assertTrue(atrium.covers(gent));
        assertTrue(atrium.covers(deinze));

        assertEquals("atrium.municipalities.onlyMunicipalities",
                assertThrows(DomainException.class, () -> atrium.cover(List.of(gent, province))).code());
        nevele.mergeInto(deinze, NOW);
        DomainException merged = assertThrows(DomainException.class, () -> atrium.cover(List.of(nevele)));
        assertEquals("atrium.municipalities.merged", merged.code());
        assertEquals("municipalities", merged.field().orElseThrow());
        assertEquals(2, atrium.getMunicipalities().size(), "a rejected cover leaves the old one");
    }

    @Test
    void coverReplacesTheWholeSet() {
        Atrium atrium = new Atrium("leie", "Leie", AtriumKind.REGIONAL, false, NOW);
        atrium.cover(List.of(gent, deinze));
        atrium.cover(List.of(deinze));
        assertFalse(atrium.covers(gent));
        assertEquals(1, atrium.getMunicipalities().size());
    }

    @Test
    void afterAMergerTheAtriumCoversTheNewMunicipality() {
        Atrium atrium = new Atrium("leie", "Leie", AtriumKind.REGIONAL, false, NOW);
        atrium.cover(List.of(nevele, gent));
        atrium.replaceMunicipality(nevele, deinze);
        assertTrue(atrium.covers(deinze));
        assertFalse(atrium.covers(nevele));
    }

    @Test
    void describeValidatesNameAndClearsABlankDescription() {
        Atrium atrium = new Atrium("leie", "Leie", AtriumKind.REGIONAL, false, NOW);
        atrium.describe(" Atrium Leie ", "   ", true);
        assertEquals("Atrium Leie", atrium.getName());
        assertNull(atrium.getDescription());
        assertTrue(atrium.isMembersOnly());
        assertEquals("atrium.name.required",
                assertThrows(DomainException.class, () -> atrium.describe("", null, false)).code());
        assertEquals("atrium.description.tooLong", assertThrows(DomainException.class,
                () -> atrium.describe("Leie", "x".repeat(Atrium.MAX_DESCRIPTION + 1), false)).code());
    }

    @Test
    void onlyAProvinceCanBeTheAtriumsProvince() {
        Atrium atrium = new Atrium("leie", "Leie", AtriumKind.REGIONAL, false, NOW);
        assertEquals("atrium.province.invalid",
                assertThrows(DomainException.class, () -> atrium.assignProvince(gent)).code());
        atrium.assignProvince(province);
        assertEquals(province, atrium.getProvince());
        atrium.assignProvince(null);
        assertNull(atrium.getProvince());
    }
}

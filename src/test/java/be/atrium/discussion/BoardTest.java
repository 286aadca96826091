package be.atrium.discussion;

import be.atrium.network.Atrium;
import be.atrium.network.AtriumKind;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoardTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aThemeBoardIsNetworkWideWithAStrippedNameAndDescription() {
        Board b = Board.theme(" thema-mobiliteit ", "  Thema mobiliteit ", "  Netwerkbreed: mobiliteit. ", NOW);
        assertEquals("thema-mobiliteit", b.getSlug());
        assertEquals("Thema mobiliteit", b.getName());
        assertEquals("Netwerkbreed: mobiliteit.", b.getDescription());
        assertEquals(BoardKind.THEME, b.getKind());
        assertTrue(b.isNetworkWide());
        assertFalse(b.acceptsEscalations());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thema", "a", "thema_mobiliteit", "-thema", "thema mobiliteit"})
    void aThemeBoardNeedsAnAddressFriendlySlug(String slug) {
        DomainException e = assertThrows(DomainException.class, () -> Board.theme(slug, "Thema", null, NOW));
        assertEquals("atrium.slug.invalid", e.code());
        assertEquals("slug", e.field().orElseThrow());
    }

    @Test
    void describeRenamesAndDescribes() {
        Board b = Board.theme("thema-water", "Thema water", "Oud", NOW);
        b.describe(" Thema water en overstromingen ", " Watertoets, signaalgebieden. ");
        assertEquals("Thema water en overstromingen", b.getName());
        assertEquals("Watertoets, signaalgebieden.", b.getDescription());
    }

    @Test
    void aBlankDescriptionIsNoDescription() {
        Board b = Board.theme("thema-water", "Thema water", "Oud", NOW);
        b.describe("Thema water", "   ");
        assertNull(b.getDescription());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aNameIsRequired(String name) {
        Board b = Board.theme("thema-water", "Thema water", "Oud", NOW);
        DomainException e = assertThrows(DomainException.class, () -> b.describe(name, "Nieuw"));
        assertEquals("board.name.required", e.code());
        assertEquals("name", e.field().orElseThrow());
        assertEquals("Thema water", b.getName(), "nothing changes when a rule is broken");
        assertEquals("Oud", b.getDescription());
        assertEquals("board.name.required",
                assertThrows(DomainException.class, () -> b.describe(null, null)).code());
    }

    @Test
    void nameAndDescriptionHaveAMaximumLength() {
        Board b = Board.theme("thema-water", "Thema water", null, NOW);
        b.describe("n".repeat(Board.MAX_NAME), "d".repeat(Board.MAX_DESCRIPTION));
        DomainException name = assertThrows(DomainException.class, () -> b.describe("n".repeat(Board.MAX_NAME + 1), null));
        assertEquals("board.name.tooLong", name.code());
        assertEquals("name", name.field().orElseThrow());
        DomainException description = assertThrows(DomainException.class,
                () -> b.describe("Thema water", "d".repeat(Board.MAX_DESCRIPTION + 1)));
        assertEquals("board.description.tooLong", description.code());
        assertEquals("description", description.field().orElseThrow());
        assertThrows(DomainException.class, () -> Board.theme("thema-lang", "n".repeat(Board.MAX_NAME + 1), null, NOW));
    }

    @Test
    void anExpertBoardCanBeDescribedToo() {
        Board b = Board.expert("expert-limburg", "Expertenbord Limburg", GovernmentLevel.PROVINCIAL, null, NOW);
        b.describe("Expertenbord provincie Limburg", "Vragen die de provincie Limburg beantwoordt.");
        assertEquals("Expertenbord provincie Limburg", b.getName());
        assertTrue(b.isNetworkWide());
        assertTrue(b.acceptsEscalations());
    }

    @Test
    void theBoardOfAnAtriumIsDescribedOnTheAtrium() {
        Board b = Board.of(new Atrium("gent", "Gent", AtriumKind.REGIONAL, false, NOW), NOW);
        assertFalse(b.isNetworkWide());
        DomainException e = assertThrows(DomainException.class, () -> b.describe("Ander", null));
        assertEquals("board.describe.atrium", e.code());
        assertEquals("Gent", b.getName());
    }
}

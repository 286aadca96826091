package be.atrium.wiki;

import be.atrium.identity.Account;
import be.atrium.identity.Role;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumKind;
import be.atrium.platform.ConflictException;
import be.atrium.platform.DomainException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WikiPageTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final Account an = new Account("an.peeters", "An Peeters", null, null, Role.OFFICIAL, NOW);
    private final Account bart = new Account("bart.declercq", "Bart De Clercq", null, null, Role.OFFICIAL, NOW);
    private final Atrium gent = withId(new Atrium("gent", "Gent", AtriumKind.values()[0], false, NOW), 1);
    private final Atrium brugge = withId(new Atrium("brugge", "Brugge", AtriumKind.values()[0], false, NOW), 2);

    private WikiPage page(Atrium atrium, WikiPage parent, String title) {
        return new WikiPage(atrium, parent, title, "Tekst van " + title, "<p>html</p>", List.of(), an, NOW);
    }

    @Test
    void aNewPageIsRevisionOneAndKeepsItsText() {
        WikiPage p = new WikiPage(gent, null, "  Hemelwater   put ", " De put. ", "<p>De put.</p>",
                List.of("Hemelwater", "#rup"), an, NOW);
        assertEquals(1, p.getRevision());
        assertEquals("Hemelwater put", p.getTitle());
        assertEquals("hemelwater put", p.getTitleKey());
        assertEquals("De put.", p.getBody());
        assertEquals(List.of("hemelwater", "rup"), List.copyOf(p.getTags()));
        WikiRevision first = p.firstRevision();
        assertEquals(1, first.getNumber());
        assertEquals("De put.", first.getBody());
        assertSame(an, first.getAuthor());
        assertNull(first.getSummary());
    }

    @Test
    void everyEditIsANewRevision() {
        WikiPage p = page(gent, null, "Rup");
        WikiRevision r2 = p.edit(bart, null, "Tweede tekst", "<p>2</p>", " typo ", 1, NOW.plusSeconds(60));
        assertEquals(2, r2.getNumber());
        assertEquals(2, p.getRevision());
        assertEquals("typo", r2.getSummary());
        assertEquals("Rup", r2.getTitle());
        assertSame(bart, p.getUpdatedBy());
        WikiRevision r3 = p.edit(an, "Rup en ruimte", "Derde tekst", "<p>3</p>", null, 2, NOW.plusSeconds(120));
        assertEquals(3, r3.getNumber());
        assertEquals("Rup en ruimte", p.getTitle());
        assertEquals("rup en ruimte", p.getTitleKey());
        assertEquals("<p>3</p>", p.getBodyHtml());
    }

    @Test
    void anEditFromAStaleRevisionIsAConflictCarryingTheCurrentRevision() {
        WikiPage p = page(gent, null, "Rup");
        p.edit(bart, null, "Tweede tekst", "<p>2</p>", null, 1, NOW);
        ConflictException e = assertThrows(ConflictException.class,
                () -> p.edit(an, null, "Mijn tekst", "<p>x</p>", null, 1, NOW));
        assertEquals("wiki.edit.conflict", e.code());
        assertEquals("body", e.field().orElseThrow());
        assertArrayEquals(new Object[]{2}, e.arguments());
        assertEquals("Tweede tekst", p.getBody());
        assertEquals(2, p.getRevision());
    }

    @Test
    void anUnchangedSaveIsRefused() {
        WikiPage p = page(gent, null, "Rup");
        DomainException e = assertThrows(DomainException.class,
                () -> p.edit(an, "Rup", "Tekst van Rup", "<p>x</p>", null, 1, NOW));
        assertEquals("wiki.edit.unchanged", e.code());
    }

    @Test
    void restoreMakesANewRevisionWithTheOldTitleAndText() {
        WikiPage p = page(gent, null, "Rup");
        WikiRevision first = p.firstRevision();
        p.edit(bart, "Rup nieuw", "Tweede tekst", "<p>2</p>", null, 1, NOW);
        WikiRevision r3 = p.restore(first, an, "<p>1</p>", "terug naar versie 1", NOW.plusSeconds(5));
        assertEquals(3, r3.getNumber());
        assertEquals(3, p.getRevision());
        assertEquals("Rup", p.getTitle());
        assertEquals("Tekst van Rup", p.getBody());
        assertEquals("Tekst van Rup", r3.getBody());
        assertEquals("terug naar versie 1", r3.getSummary());
        assertEquals(1, r3.getRestoredFrom(), "the history says which revision came back");
        assertNull(first.getRestoredFrom());
    }

    @Test
    void aPageRenderedAgainForItsLinksIsNoNewRevision() {
        WikiPage p = page(gent, null, "Rup");
        p.relinked("<p>nu met een blauwe link</p>");
        assertEquals("<p>nu met een blauwe link</p>", p.getBodyHtml());
        assertEquals(1, p.getRevision());
        assertEquals("Tekst van Rup", p.getBody());
        assertSame(an, p.getUpdatedBy());
        assertEquals(NOW, p.getUpdatedAt(), "nobody edited the text");
    }

    @Test
    void restoringTheCurrentRevisionOrOneOfAnotherPageIsRefused() {
        WikiPage p = page(gent, null, "Rup");
        WikiRevision first = p.firstRevision();
        assertEquals("wiki.restore.current", assertThrows(DomainException.class,
                () -> p.restore(first, an, "<p/>", null, NOW)).code());
        WikiPage other = page(gent, null, "Ander");
        assertEquals("wiki.revision.unknown", assertThrows(DomainException.class,
                () -> p.restore(other.firstRevision(), an, "<p/>", null, NOW)).code());
    }

    @Test
    void titleRules() {
        assertEquals("wiki.title.required", assertThrows(DomainException.class, () -> page(gent, null, "  ")).code());
        assertEquals("wiki.title.required", assertThrows(DomainException.class, () -> page(gent, null, null)).code());
        assertEquals("x".repeat(200), page(gent, null, "x".repeat(200)).getTitle());
        DomainException tooLong = assertThrows(DomainException.class, () -> page(gent, null, "x".repeat(201)));
        assertEquals("wiki.title.tooLong", tooLong.code());
        assertEquals("title", tooLong.field().orElseThrow());
        assertEquals("wiki.title.invalid", assertThrows(DomainException.class,
                () -> page(gent, null, "A [[b]]")).code());
        assertEquals("a", page(gent, null, "a").getTitle());
    }

    @Test
    void bodyRules() {
        assertEquals("wiki.body.required", assertThrows(DomainException.class,
                () -> new WikiPage(gent, null, "T", " ", "", List.of(), an, NOW)).code());
        String max = "b".repeat(WikiPage.MAX_BODY);
        assertEquals(max, new WikiPage(gent, null, "T", max, "", List.of(), an, NOW).getBody());
        WikiPage p = page(gent, null, "T");
        DomainException e = assertThrows(DomainException.class,
                () -> p.edit(an, null, max + "b", "", null, 1, NOW));
        assertEquals("wiki.body.tooLong", e.code());
        assertArrayEquals(new Object[]{WikiPage.MAX_BODY}, e.arguments());
        assertEquals(1, p.getRevision());
    }

    @Test
    void summaryRules() {
        WikiPage p = page(gent, null, "T");
        assertEquals("wiki.summary.tooLong", assertThrows(DomainException.class,
                () -> p.edit(an, null, "Nieuw", "", "s".repeat(301), 1, NOW)).code());
        assertEquals(1, p.getRevision());
        assertEquals("s".repeat(300), p.edit(an, null, "Nieuw", "", "s".repeat(300), 1, NOW).getSummary());
        assertNull(WikiPage.normaliseSummary("   "));
    }

    @Test
    void tagRules() {
        assertEquals("wiki.tag.invalid", assertThrows(DomainException.class,
                () -> new WikiPage(gent, null, "T", "b", "", List.of("a_b"), an, NOW)).code());
        List<String> eleven = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
        assertEquals("wiki.tags.tooMany", assertThrows(DomainException.class,
                () -> new WikiPage(gent, null, "T", "b", "", eleven, an, NOW)).code());
    }

    @Test
    void aParentIsInTheSameAtriumOrBothAreNetworkWide() {
        WikiPage root = page(gent, null, "Root");
        assertSame(root, page(gent, root, "Kind").getParent());
        assertEquals("wiki.parent.otherAtrium", assertThrows(DomainException.class,
                () -> page(brugge, root, "Kind")).code());
        assertEquals("wiki.parent.otherAtrium", assertThrows(DomainException.class,
                () -> page(null, root, "Kind")).code());
        WikiPage network = page(null, null, "Netwerk");
        assertEquals("wiki.parent.otherAtrium", assertThrows(DomainException.class,
                () -> page(gent, network, "Kind")).code());
        assertSame(network, page(null, network, "Kind").getParent());
        Atrium gentAgain = withId(new Atrium("gent", "Gent", AtriumKind.values()[0], false, NOW), 1);
        assertSame(root, page(gentAgain, root, "Kind").getParent());
    }

    @Test
    void noCycles() {
        WikiPage a = withId(page(gent, null, "A"), 10);
        WikiPage b = withId(page(gent, a, "B"), 11);
        WikiPage c = withId(page(gent, b, "C"), 12);
        assertEquals("wiki.parent.cycle", assertThrows(DomainException.class, () -> a.moveUnder(a)).code());
        assertEquals("wiki.parent.cycle", assertThrows(DomainException.class, () -> a.moveUnder(c)).code());
        assertNull(a.getParent());
        c.moveUnder(a);
        assertSame(a, c.getParent());
        assertEquals(10L, c.getParentId());
        c.moveUnder(null);
        assertNull(c.getParent());
        assertNull(c.getParentId());
    }

    @Test
    void theHierarchyIsBounded() {
        WikiPage top = page(gent, null, "P0");
        for (int i = 1; i < WikiPage.MAX_DEPTH; i++) {
            top = page(gent, top, "P" + i);
        }
        WikiPage deepest = top;
        assertEquals("wiki.parent.tooDeep", assertThrows(DomainException.class,
                () -> page(gent, deepest, "Te diep")).code());
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
}

package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.identity.Role;
import be.atrium.platform.NotFoundException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static be.atrium.network.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees and who moderates an open and a member-only Atrium, and network-wide content. */
class ReachTest {

    private final Atrium open = Fixtures.withId(new Atrium("gent", "Gent", AtriumKind.REGIONAL, false, NOW), 1L);
    private final Atrium membersOnly = Fixtures.withId(new Atrium("provinciaal-oost-vlaanderen",
            "Provinciaal Atrium Oost-Vlaanderen", AtriumKind.PROVINCIAL, true, NOW), 2L);

    private final Account official = Fixtures.withId(Fixtures.account("sofie.maes", Role.OFFICIAL), 10L);
    private final Account relationshipManager = Fixtures.withId(Fixtures.account("lies.janssens",
            Role.RELATIONSHIP_MANAGER), 11L);
    private final Account administrator = Fixtures.withId(Fixtures.account("admin", Role.ADMINISTRATOR), 12L);

    private static Reach reach(Account account, Map<Long, MembershipRole> roles, Set<Long> coached) {
        return Reach.of(account, roles, coached);
    }

    private static Reach outsider(Account account) {
        return reach(account, Map.of(), Set.of());
    }

    private Reach member(Account account, Atrium atrium) {
        return reach(account, Map.of(atrium.getId(), MembershipRole.MEMBER), Set.of());
    }

    private Reach moderator(Account account, Atrium atrium) {
        return reach(account, Map.of(atrium.getId(), MembershipRole.MODERATOR), Set.of());
    }

    private Reach coaching(Account account, Atrium atrium) {
        return reach(account, Map.of(), Set.of(atrium.getId()));
    }

    @Test
    void anOpenAtriumIsVisibleToEverySignedInAccount() {
        assertTrue(outsider(official).canSee(open));
        assertTrue(outsider(relationshipManager).canSee(open));
        assertTrue(outsider(administrator).canSee(open));
        assertFalse(Reach.nobody().canSee(open), "anonymous visitors see nothing");
        assertFalse(Reach.nobody().canSee(null), "not even network-wide content");
        assertTrue(outsider(official).canSee(null), "network-wide content is for everyone signed in");
    }

    @Test
    void aMemberOnlyAtriumIsHiddenFromOutsiders() {
        assertFalse(outsider(official).canSee(membersOnly));
        assertFalse(outsider(relationshipManager).canSee(membersOnly),
                "a relationship manager of other municipalities is an outsider");
        assertEquals("atrium provinciaal-oost-vlaanderen",
                assertThrows(NotFoundException.class, () -> outsider(official).requireVisible(membersOnly)).getMessage(),
                "to outsiders it does not exist");
    }

    @Test
    void aMemberOnlyAtriumIsVisibleToMembersModeratorsManagersAndAdministrators() {
        assertTrue(member(official, membersOnly).canSee(membersOnly));
        assertTrue(moderator(official, membersOnly).canSee(membersOnly));
        assertTrue(coaching(relationshipManager, membersOnly).canSee(membersOnly));
        assertTrue(outsider(administrator).canSee(membersOnly));
        assertTrue(outsider(administrator).seesEverything());
    }

    @Test
    void coveringAManagedMunicipalityCountsOnlyForRelationshipManagers() {
        assertFalse(coaching(official, membersOnly).canSee(membersOnly));
        assertFalse(coaching(official, open).canModerate(open));
    }

    @Test
    void membersDoNotModerate() {
        assertFalse(member(official, open).canModerate(open));
        assertFalse(member(official, membersOnly).canModerate(membersOnly));
        assertFalse(outsider(official).canModerate(open), "outsiders do not moderate");
        assertFalse(member(official, open).requireVisible(open));
    }

    @Test
    void moderatorsManagersOfCoveredMunicipalitiesAndAdministratorsModerate() {
        for (Atrium atrium : new Atrium[] {open, membersOnly}) {
            assertTrue(moderator(official, atrium).canModerate(atrium));
            assertTrue(coaching(relationshipManager, atrium).canModerate(atrium));
            assertTrue(outsider(administrator).canModerate(atrium));
            assertFalse(outsider(relationshipManager).canModerate(atrium));
            assertFalse(Reach.nobody().canModerate(atrium));
        }
    }

    @Test
    void networkWideContentIsModeratedByRelationshipManagersAndAdministrators() {
        assertTrue(outsider(relationshipManager).canModerate(null));
        assertTrue(outsider(administrator).canModerate(null));
        assertFalse(moderator(official, open).canModerate(null));
    }

    @Test
    void theQueryConditionAsksForTheOwnAtriaOnlyWhenNeeded() {
        assertEquals("1 = 1", outsider(administrator).atriumVisible("a"));
        assertEquals("1 = 0", Reach.nobody().atriumVisible("a"));
        assertEquals("(a IS NULL OR a.membersOnly = FALSE OR a.id IN :reachAtria)",
                outsider(official).atriumVisible("a"));
        assertEquals(java.util.List.of(-1L), outsider(official).atriaParameter(), "never an empty IN list");
        assertEquals(Set.of(1L, 2L), reach(relationshipManager, Map.of(1L, MembershipRole.MEMBER), Set.of(2L)).ownAtria());
    }

    @Test
    void membershipsAreReadOnlyWhenAQuestionNeedsThem() {
        Map<String, Integer> reads = new HashMap<>();
        Reach lazy = Reach.of(official, () -> {
            reads.merge("memberships", 1, Integer::sum);
            return Map.of(membersOnly.getId(), MembershipRole.MEMBER);
        }, Set::of);
        assertTrue(lazy.canSee(open));
        assertTrue(lazy.canSee(null));
        assertEquals(Map.of(), reads, "an open Atrium and network-wide content need no memberships");
        assertTrue(lazy.canSee(membersOnly));
        assertTrue(lazy.isMember(membersOnly));
        assertEquals(Map.of("memberships", 1), reads, "read once");
    }

    @Test
    void everyoneSeesNetworkWideContentAndOpenAtriaButNeverModerates() {
        Reach everyone = Reach.everyone();
        assertFalse(everyone.isSignedIn());
        assertTrue(everyone.canSee(null));
        assertTrue(everyone.canSee(open));
        assertFalse(everyone.canSee(membersOnly));
        assertFalse(everyone.canModerate(null));
        assertFalse(everyone.canModerate(open));
        assertEquals("(a IS NULL OR a.membersOnly = FALSE)", everyone.atriumVisible("a"));
        assertFalse(Reach.nobody().canSee(open), "nobody is not everyone");
        assertEquals("1 = 0", Reach.nobody().atriumVisible("a"));
    }
}

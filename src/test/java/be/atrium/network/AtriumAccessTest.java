package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.identity.Role;
import org.junit.jupiter.api.Test;

import static be.atrium.network.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees and who moderates an open and a member-only Atrium. */
class AtriumAccessTest {

    private final Atrium open = new Atrium("gent", "Gent", AtriumKind.REGIONAL, false, NOW);
    private final Atrium membersOnly = new Atrium("provinciaal-oost-vlaanderen", "Provinciaal Atrium Oost-Vlaanderen",
            AtriumKind.PROVINCIAL, true, NOW);

    private final Account official = Fixtures.account("sofie.maes", Role.OFFICIAL);
    private final Account relationshipManager = Fixtures.account("lies.janssens", Role.RELATIONSHIP_MANAGER);
    private final Account administrator = Fixtures.account("admin", Role.ADMINISTRATOR);

    private Membership member(Atrium atrium, Account account) {
        return new Membership(atrium, account, MembershipRole.MEMBER, NOW);
    }

    private Membership moderator(Atrium atrium, Account account) {
        return new Membership(atrium, account, MembershipRole.MODERATOR, NOW);
    }

    @Test
    void anOpenAtriumIsVisibleToEverySignedInAccount() {
        assertTrue(AtriumAccess.canSee(official, open, null, false));
        assertTrue(AtriumAccess.canSee(relationshipManager, open, null, false));
        assertTrue(AtriumAccess.canSee(administrator, open, null, false));
        assertFalse(AtriumAccess.canSee(null, open, null, false), "anonymous visitors see nothing");
    }

    @Test
    void aMemberOnlyAtriumIsHiddenFromOutsiders() {
        assertFalse(AtriumAccess.canSee(official, membersOnly, null, false));
        assertFalse(AtriumAccess.canSee(relationshipManager, membersOnly, null, false),
                "a relationship manager of other municipalities is an outsider");
    }

    @Test
    void aMemberOnlyAtriumIsVisibleToMembersModeratorsManagersAndAdministrators() {
        assertTrue(AtriumAccess.canSee(official, membersOnly, member(membersOnly, official), false));
        assertTrue(AtriumAccess.canSee(official, membersOnly, moderator(membersOnly, official), false));
        assertTrue(AtriumAccess.canSee(relationshipManager, membersOnly, null, true));
        assertTrue(AtriumAccess.canSee(administrator, membersOnly, null, false));
    }

    @Test
    void coveringAManagedMunicipalityCountsOnlyForRelationshipManagers() {
        assertFalse(AtriumAccess.canSee(official, membersOnly, null, true));
        assertFalse(AtriumAccess.canModerate(official, open, null, true));
    }

    @Test
    void membersDoNotModerate() {
        assertFalse(AtriumAccess.canModerate(official, open, member(open, official), false));
        assertFalse(AtriumAccess.canModerate(official, membersOnly, member(membersOnly, official), false));
        assertFalse(AtriumAccess.canModerate(official, open, null, false), "outsiders do not moderate");
    }

    @Test
    void moderatorsManagersOfCoveredMunicipalitiesAndAdministratorsModerate() {
        for (Atrium atrium : new Atrium[] {open, membersOnly}) {
            assertTrue(AtriumAccess.canModerate(official, atrium, moderator(atrium, official), false));
            assertTrue(AtriumAccess.canModerate(relationshipManager, atrium, null, true));
            assertTrue(AtriumAccess.canModerate(administrator, atrium, null, false));
            assertFalse(AtriumAccess.canModerate(relationshipManager, atrium, null, false));
            assertFalse(AtriumAccess.canModerate(null, atrium, null, true));
        }
    }
}

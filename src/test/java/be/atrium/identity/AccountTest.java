package be.atrium.identity;

import be.atrium.organisation.Organisation;
import be.atrium.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    private static final Organisation OOST_VLAANDEREN = Organisation.province("Oost-Vlaanderen", "40000");
    private static final Organisation GENT =
            Organisation.municipality("Gent", "44021", "44000", "Gent", OOST_VLAANDEREN);
    private static final Organisation MERELBEKE =
            Organisation.municipality("Merelbeke", "44043", "44000", "Gent", OOST_VLAANDEREN);

    private static Account account(Role role) {
        return new Account("sofie.maes", "Sofie Maes", "sofie.maes@stad.gent", GENT, role, NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"an.peeters", "piet_vermeulen", "b-declercq", "admin", "a1"})
    void usernamesOfLowercaseLettersDigitsAndPunctuationAreAccepted(String username) {
        assertEquals(username, Account.requireUsername(username));
    }

    @Test
    void thePublisherGrantPublishesOnlyForAFlemishOrProvincialOrganisation() {
        Account municipal = account(Role.OFFICIAL);
        municipal.changeGrants(java.util.List.of(Grant.PUBLISHER));
        assertFalse(municipal.isPublisher());

        Account provincial = new Account("piet.vermeulen", "Piet", null, OOST_VLAANDEREN, Role.OFFICIAL, NOW);
        assertFalse(provincial.isPublisher());
        provincial.changeGrants(java.util.List.of(Grant.PUBLISHER));
        assertTrue(provincial.isPublisher());
        assertFalse(provincial.isEditor());

        assertTrue(account(Role.ADMINISTRATOR).isPublisher());
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals("an.peeters", Account.requireUsername("  an.peeters "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "An.Peeters", ".an", "an peeters", "an@gent.be", "élise", "-an"})
    void otherUsernamesAreRefusedAtTheUsernameField(String username) {
        DomainException e = assertThrows(DomainException.class, () -> Account.requireUsername(username));
        assertEquals("account.username.invalid", e.code());
        assertEquals("username", e.field().orElseThrow());
    }

    @Test
    void usernamesAreAtMostSixtyCharacters() {
        assertEquals(60, Account.requireUsername("a".repeat(60)).length());
        assertThrows(DomainException.class, () -> Account.requireUsername("a".repeat(61)));
    }

    @Test
    void aMissingUsernameIsAskedFor() {
        DomainException e = assertThrows(DomainException.class, () -> Account.requireUsername(" "));
        assertEquals("account.username.required", e.code());
    }

    @Test
    void aNameIsRequiredAndAnEmailMustLookLikeOne() {
        assertEquals("displayName", assertThrows(DomainException.class,
                () -> new Account("x.y", " ", null, GENT, Role.OFFICIAL, NOW)).field().orElseThrow());
        assertEquals("email", assertThrows(DomainException.class,
                () -> new Account("x.y", "X Y", "not-an-address", GENT, Role.OFFICIAL, NOW)).field().orElseThrow());
    }

    @Test
    void aPlaceholderCannotAuthenticate() {
        Account placeholder = Account.placeholder("oud.auteur", NOW);
        assertFalse(placeholder.canAuthenticate());
        assertTrue(placeholder.isPlaceholder());
    }

    @Test
    void aPlaceholderCannotGetAPasswordOrBeEnabled() {
        Account placeholder = Account.placeholder("oud.auteur", NOW);
        DomainException e = assertThrows(DomainException.class, () -> placeholder.setPasswordHash("pbkdf2-sha256$1$a$b"));
        assertEquals("account.placeholder.noLogin", e.code());
        assertThrows(DomainException.class, placeholder::enable);
        assertFalse(placeholder.canAuthenticate());
    }

    @Test
    void aDisabledAccountCannotAuthenticateUntilEnabledAgain() {
        Account official = account(Role.OFFICIAL);
        assertTrue(official.canAuthenticate());
        official.disable();
        assertFalse(official.canAuthenticate());
        official.enable();
        assertTrue(official.canAuthenticate());
    }

    @Test
    void onlyRelationshipManagersManageMunicipalities() {
        Account official = account(Role.OFFICIAL);
        DomainException e = assertThrows(DomainException.class, () -> official.manage(List.of(GENT)));
        assertEquals("account.managed.onlyRelationshipManagers", e.code());
        assertTrue(official.getManagedMunicipalities().isEmpty());

        Account manager = account(Role.RELATIONSHIP_MANAGER);
        manager.manage(List.of(GENT, MERELBEKE));
        assertTrue(manager.manages(GENT));
        assertTrue(manager.manages(MERELBEKE));
    }

    @Test
    void aRelationshipManagerManagesMunicipalitiesOnly() {
        Account manager = account(Role.RELATIONSHIP_MANAGER);
        DomainException e = assertThrows(DomainException.class, () -> manager.manage(List.of(OOST_VLAANDEREN)));
        assertEquals("account.managed.onlyMunicipalities", e.code());
    }

    @Test
    void aMergedMunicipalityCannotBeManaged() {
        Organisation province = Organisation.province("Oost-Vlaanderen", "40000");
        Organisation nazareth = Organisation.municipality("Nazareth", "44048", "44000", "Gent", province);
        Organisation nazarethDePinte = Organisation.municipality("Nazareth-De Pinte", "44086", "44000", "Gent", province);
        nazareth.mergeInto(nazarethDePinte, NOW);
        Account manager = account(Role.RELATIONSHIP_MANAGER);
        assertThrows(DomainException.class, () -> manager.manage(List.of(nazareth)));
    }

    @Test
    void noLongerARelationshipManagerMeansNoMunicipalities() {
        Account manager = account(Role.RELATIONSHIP_MANAGER);
        manager.manage(List.of(GENT));
        manager.changeRole(Role.OFFICIAL);
        assertFalse(manager.manages(GENT));
        assertTrue(manager.getManagedMunicipalities().isEmpty());
    }

    @Test
    void theCharterIsAcceptedOnceAndTheFirstDateIsKept() {
        Account official = account(Role.OFFICIAL);
        assertFalse(official.hasAcceptedCharter());
        official.acceptCharter(NOW);
        official.acceptCharter(NOW.plusSeconds(3600));
        assertTrue(official.hasAcceptedCharter());
        assertEquals(NOW, official.getCharterAcceptedAt());
    }
}

package be.atrium.identity.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginPageTest {

    private static String next(String next) {
        LoginPage page = new LoginPage();
        page.setNext(next);
        return page.safeNext();
    }

    @Test
    void aPageWithinAtriumIsWhereTheLoginLeads() {
        assertEquals("/network/atria.xhtml", next("/network/atria.xhtml"));
        assertEquals("/network/organisation.xhtml?id=12", next("/network/organisation.xhtml?id=12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.com", "//evil.com/identity/profile.xhtml", "http://x", "https://evil.com/",
            "/\\evil", "\\\\evil.com", "evil.com", "javascript:alert(1)"})
    void anotherSiteNeverIs(String next) {
        assertEquals("/index.xhtml", next(next));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void withoutADestinationTheHomePageIs(String next) {
        assertEquals("/index.xhtml", next(next));
    }

    @Test
    void theLoginPageItselfIsNotADestination() {
        assertEquals("/index.xhtml", next("/identity/login.xhtml"));
        assertEquals("/index.xhtml", next("/identity/login.xhtml?next=/index.xhtml"));
    }
}

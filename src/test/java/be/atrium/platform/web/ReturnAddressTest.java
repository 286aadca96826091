package be.atrium.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The way back to a form after a lost session: only a page of this Atrium, never elsewhere. */
class ReturnAddressTest {

    private static final String LOGIN = "/identity/login.xhtml";

    @Test
    void thePageOfTheFormOnThisOriginIsTheWayBack() {
        assertEquals(Optional.of("/discussion/ask.xhtml?atrium=gent"),
                ReturnAddress.formPage(request("https://atrium.example/app/discussion/ask.xhtml?atrium=gent"), LOGIN));
        assertEquals(Optional.of("/discussion/thread.xhtml?id=5"),
                ReturnAddress.formPage(request("https://atrium.example:443/app/discussion/thread.xhtml?id=5"), LOGIN));
    }

    @Test
    void anythingElseIsNoWayBack() {
        for (String referer : new String[] {null, "", "https://evil.example/app/discussion/ask.xhtml",
                "http://atrium.example/app/discussion/ask.xhtml", "https://atrium.example:8443/app/x.xhtml",
                "https://atrium.example/other/ask.xhtml", "https://atrium.example/app//evil.example/x",
                "https://atrium.example/app/identity/login.xhtml?next=/x", "javascript:alert(1)", "not a uri at all"}) {
            assertEquals(Optional.empty(), ReturnAddress.formPage(request(referer), LOGIN), String.valueOf(referer));
        }
    }

    private static HttpServletRequest request(String referer) {
        return (HttpServletRequest) Proxy.newProxyInstance(ReturnAddressTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "Referer".equals(args[0]) ? referer : null;
                    case "getRequestURL" -> new StringBuffer("https://atrium.example/app/discussion/ask.xhtml");
                    case "getContextPath" -> "/app";
                    default -> null;
                });
    }
}

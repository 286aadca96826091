package be.atrium.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cookies become Secure only when a trusted proxy says the client used HTTPS. */
class SecurityHeadersFilterTest {

    private static HttpServletRequest request(String peer, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static SecurityHeadersFilter trusting(String proxies) {
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        filter.clientAddress = ClientAddress.trusting(proxies);
        return filter;
    }

    @Test
    void httpsFromATrustedProxyCounts() {
        SecurityHeadersFilter filter = trusting("10.0.0.5, 2001:db8:10::/48");
        assertTrue(filter.forwardedHttps(request("10.0.0.5", Map.of("X-Forwarded-Proto", "https"))));
        assertTrue(filter.forwardedHttps(request("2001:db8:10:0:0:0:0:7", Map.of("X-Forwarded-Proto", " HTTPS, http"))));
        assertFalse(filter.forwardedHttps(request("10.0.0.5", Map.of("X-Forwarded-Proto", "http"))));
        assertFalse(filter.forwardedHttps(request("10.0.0.5", Map.of())));
    }

    @Test
    void httpsFromAnyoneElseDoesNot() {
        assertFalse(trusting("10.0.0.5").forwardedHttps(request("192.0.2.7", Map.of("X-Forwarded-Proto", "https"))));
        assertFalse(trusting("").forwardedHttps(request("127.0.0.1", Map.of("X-Forwarded-Proto", "https"))));
    }

    @Test
    void secureIsAddedOnce() {
        assertEquals("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax; Secure",
                SecurityHeadersFilter.secure("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax"));
        assertEquals("a=b; secure; Path=/", SecurityHeadersFilter.secure("a=b; secure; Path=/"));
        assertEquals("secure=1; Secure", SecurityHeadersFilter.secure("secure=1"));
    }
}

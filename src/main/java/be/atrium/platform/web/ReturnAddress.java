package be.atrium.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * Where to send a person back to after a form could not be handled (the session had ended, the
 * view was lost): the page the form was on, from the Referer, but only a path within Atrium, never
 * an address elsewhere (no open redirect).
 */
public final class ReturnAddress {

    private ReturnAddress() {
    }

    /**
     * The page a form was sent from (its Referer), as a path within Atrium: only when the Referer
     * is this very origin and under this application, so the return after login never leaves it.
     */
    public static Optional<String> formPage(HttpServletRequest request, String loginPage) {
        String referer = request.getHeader("Referer");
        if (referer == null || referer.isBlank()) {
            return Optional.empty();
        }
        try {
            java.net.URI uri = new java.net.URI(referer.strip());
            java.net.URI self = new java.net.URI(request.getRequestURL().toString());
            if (uri.getScheme() == null || !uri.getScheme().equalsIgnoreCase(self.getScheme())
                    || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(self.getHost())
                    || effectivePort(uri) != effectivePort(self) || uri.getRawPath() == null) {
                return Optional.empty();
            }
            String context = request.getContextPath();
            String rawPath = uri.getRawPath();
            if (!rawPath.startsWith(context + "/")) {
                return Optional.empty();
            }
            String path = rawPath.substring(context.length());
            if (path.startsWith("//") || path.contains("\\") || path.startsWith(loginPage)) {
                return Optional.empty();
            }
            return Optional.of(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static int effectivePort(java.net.URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

}

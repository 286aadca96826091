package be.atrium.identity;

import be.atrium.platform.Availability;
import be.atrium.platform.web.ClientAddress;
import be.atrium.platform.web.LocaleBean;
import be.atrium.platform.web.ReturnAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How people and tools prove who they are.
 * <ul>
 * <li>Pages: a login form (the login page calls {@code SecurityContext.authenticate}); the
 * account name is then kept in the HTTP session, whose id is renewed at login. Every
 * request re-checks that the account is still enabled and that its password has not changed
 * since this session logged in (the account's session generation): a password change ends
 * the account's other sessions on every node. Pages other than the public ones
 * send visitors to the login page, and people who have not accepted the charter to it.</li>
 * <li>API ({@code /api/}): a personal access token as {@code Bearer}, or HTTP Basic
 * (throttled like the form). No session, so no cookie-borne requests and no CSRF.</li>
 * </ul>
 */
@ApplicationScoped
public class AtriumAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the signed-in username. */
    static final String SESSION_USER = "atrium.user";
    /** Session attribute holding the account's session generation at login (an Integer). */
    static final String SESSION_GENERATION = "atrium.sessionGeneration";
    /** Request attribute with the account authenticated for this request (read by {@link CurrentUser}). */
    static final String REQUEST_ACCOUNT = "atrium.account";
    /** Request attribute with the outcome of a form login (read by the login page). */
    public static final String LOGIN_RESULT = "atrium.loginResult";

    public static final String LOGIN_PAGE = "/identity/login.xhtml";
    public static final String CHARTER_PAGE = "/identity/charter.xhtml";

    private static final Set<String> PUBLIC_PAGES = Set.of(LOGIN_PAGE, "/platform/error-404.xhtml",
            "/platform/error-403.xhtml", "/platform/error-500.xhtml", "/platform/expired.xhtml",
            "/platform/unavailable.xhtml", "/favicon.ico");

    @Inject
    LoginService loginService;

    @Inject
    TokenService tokens;

    @Inject
    AccountRepository accounts;

    @Inject
    LocaleBean localeBean;

    @Inject
    AccountService accountService;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    @Inject
    Availability availability;

    /**
     * Extra path prefixes that need no login, comma-separated; empty in production. The
     * integration tests set it for Arquillian's test runner servlet.
     */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "atrium.auth.public-prefixes", defaultValue = ",")
    List<String> extraPublicPrefixes;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!availability.isStarted()) {
            return context.doNothing(); // the availability filter answers 503
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return api(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return formLogin(request, context, form);
        }
        HttpSession session = request.getSession(false);
        String username = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (username != null) {
            Optional<Account> account = accounts.findByUsername(username).filter(Account::canAuthenticate)
                    .filter(a -> a.getSessionGeneration() == generation(session));
            if (account.isPresent()) {
                request.setAttribute(REQUEST_ACCOUNT, account.get());
                if (!account.get().hasAcceptedCharter() && needsCharter(path)) {
                    return context.redirect(request.getContextPath() + CHARTER_PAGE);
                }
                return context.notifyContainerAboutLogin(account.get().getUsername(),
                        Set.of(account.get().getRole().name()));
            }
            session.invalidate(); // disabled, removed or given a new password since the login
        }
        if (isPublic(path)) {
            return context.doNothing();
        }
        String target = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String next = "GET".equals(request.getMethod()) && !"/".equals(path) && !"/index.xhtml".equals(path)
                ? "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8) : "";
        if (!"GET".equals(request.getMethod())) {
            // a form sent after the session ended: back to that form after the login, its text kept by the browser
            next = ReturnAddress.formPage(request, LOGIN_PAGE).map(form -> "?kept=true&next=" + URLEncoder.encode(form, StandardCharsets.UTF_8))
                    .orElse("");
        }
        String login = request.getContextPath() + LOGIN_PAGE + next;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return ajaxRedirect(response, login);
        }
        return context.redirect(login);
    }

    /** An ajax request of a page whose session ended: Faces' own redirect, which the page's script follows. */
    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String url) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"></redirect></partial-response>");
        } catch (IOException e) {
            // the browser went away
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
                                           UsernamePasswordCredential form) {
        LoginResult result = loginService.login(form.getCaller(), form.getPasswordAsString(),
                clientAddress.of(request));
        request.setAttribute(LOGIN_RESULT, result);
        if (!result.isSuccess()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Account account = result.account().orElseThrow();
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId(); // no session fixation
        }
        HttpSession newSession = request.getSession(true);
        newSession.setAttribute(SESSION_USER, account.getUsername());
        newSession.setAttribute(SESSION_GENERATION, account.getSessionGeneration());
        request.setAttribute(REQUEST_ACCOUNT, account);
        if (localeBean.isChosen()) {
            // the language chosen on the login page wins, and becomes the account's
            Language chosen = Language.fromCode(localeBean.getLanguage());
            if (chosen != account.getLanguage()) {
                accountService.changeLanguage(account, chosen);
            }
        } else {
            localeBean.use(account.getLanguage().code());
        }
        return context.notifyContainerAboutLogin(account.getUsername(), Set.of(account.getRole().name()));
    }

    /**
     * After this request changed the signed-in account's password: this session stays signed
     * in (under a new id), while the account's other sessions end at their next request.
     */
    public static void keepSessionAfterPasswordChange(HttpServletRequest request, Account account) {
        HttpSession session = request.getSession(false);
        try {
            if (session != null && account.getUsername().equals(session.getAttribute(SESSION_USER))) {
                request.changeSessionId();
                session.setAttribute(SESSION_GENERATION, account.getSessionGeneration());
            }
        } catch (IllegalStateException ended) {
            // a parallel request of this session saw the new generation first and ended it: sign in again
        }
    }

    /** The generation a session logged in at; sessions from before generations existed count as 0. */
    private static int generation(HttpSession session) {
        return session.getAttribute(SESSION_GENERATION) instanceof Integer generation ? generation : 0;
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        Optional<Account> account = Optional.empty();
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            account = tokens.authenticate(header.substring(7).strip());
        } else if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return unauthorized(response, "Malformed Basic credentials.");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return unauthorized(response, "Malformed Basic credentials.");
            }
            LoginResult result = loginService.login(decoded.substring(0, colon), decoded.substring(colon + 1),
                    clientAddress.of(request));
            if (result.outcome() == LoginResult.Outcome.LOCKED) {
                Instant until = result.lockedUntil().orElseThrow();
                long minutes = Math.max(1, Duration.between(clock.instant(), until).toMinutes() + 1);
                response.setHeader("Retry-After",
                        Long.toString(Math.max(1, Duration.between(clock.instant(), until).toSeconds() + 1)));
                return error(response, 429, "locked", "Too many failed attempts from this address; try again in "
                        + minutes + (minutes == 1 ? " minute." : " minutes."));
            }
            account = result.account();
        }
        if (account.isEmpty()) {
            return unauthorized(response, header == null
                    ? "Authentication required: send a personal access token (Bearer) or Basic credentials."
                    : "The access token or the credentials are not valid.");
        }
        request.setAttribute(REQUEST_ACCOUNT, account.get());
        return context.notifyContainerAboutLogin(account.get().getUsername(), Set.of(account.get().getRole().name()));
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"atrium\"");
        return error(response, 401, "unauthorized", message);
    }

    private static AuthenticationStatus error(HttpServletResponse response, int status, String code, String message) {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(Json.createObjectBuilder().add("error", code).add("message", message).build()
                    .toString());
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private boolean isPublic(String path) {
        for (String prefix : extraPublicPrefixes) {
            if (!prefix.isBlank() && path.startsWith(prefix.strip())) {
                return true;
            }
        }
        return PUBLIC_PAGES.contains(path) || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/") || path.equals("/health") || path.startsWith("/health/")
                || path.equals("/metrics") || path.startsWith("/metrics/")
                // feeds that calendar programs read without a login; the secret in the address is the key
                || path.startsWith("/feeds/")
                // the unsubscribe link of a mail (page and one-click POST); the signed token is the key
                || path.equals("/mail/unsubscribe") || path.equals("/mail/unsubscribe.xhtml");
    }

    private boolean needsCharter(String path) {
        return !isPublic(path) && !CHARTER_PAGE.equals(path);
    }
}

package be.atrium.platform.web;

import be.atrium.platform.Availability;
import be.atrium.platform.DatabaseWatch;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authentication runs before any filter or exception mapper, so this decorator of whatever
 * authentication mechanism the application has does two things for every request first:
 * <ul>
 * <li>the security headers ({@link SecurityHeadersFilter#setHeaders}) also on the answers the
 * mechanism gives itself (401, 429, the redirect to the login page), which never reach a filter;</li>
 * <li>authentication is the first thing a request asks of the database (the token, the session's
 * account): when that fails because the database is away, it used to become the container's bare
 * 500 after waiting for the pool. Such a request goes on unauthenticated but marked
 * ({@link #UNAVAILABLE}), and the {@link AvailabilityFilter} answers it 503; while the database is
 * known to be away the mechanism is not even asked. Any other failure stays as it was.</li>
 * </ul>
 */
@Decorator
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public abstract class AuthenticationGuard implements HttpAuthenticationMechanism {

    /** Request attribute: the database failed while authenticating; the request must be answered 503. */
    public static final String UNAVAILABLE = "atrium.databaseUnavailable";

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Inject
    Availability availability;

    @Inject
    DatabaseWatch databaseWatch;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        SecurityHeadersFilter.setHeaders(response);
        if (availability.isStarted() && !availability.isServing()) {
            request.setAttribute(UNAVAILABLE, Boolean.TRUE);
            return context.doNothing();
        }
        try {
            return mechanism.validateRequest(request, response, context);
        } catch (RuntimeException e) {
            // A login the page asked for (SecurityContext.authenticate) fails inside the page, whose
            // failure the availability filter turns into the 503 page.
            if (databaseWatch.failed(e) && !context.isAuthenticationRequest()) {
                request.setAttribute(UNAVAILABLE, Boolean.TRUE);
                return context.doNothing();
            }
            throw e;
        }
    }
}

package be.atrium.platform.api;

import be.atrium.platform.ConflictException;
import be.atrium.platform.DatabaseWatch;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.LockConflicts;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.PayloadTooLargeException;
import be.atrium.platform.StorageUnavailableException;
import be.atrium.platform.web.Messages;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of an API call becomes a JSON error body with a fitting status: bad input 400
 * (with the field; also a query parameter that is not of its type), not allowed 403, not found or
 * not visible 404, concurrent change or duplicate 409, too large 413, the database unavailable 503
 * ({@link DatabaseWatch}) or the bucket of stored files unreachable, and 503 "busy" for a lock conflict that outlived {@link be.atrium.platform.TransactionRetry}. Unexpected failures are logged and answered 500 without a stack trace.
 * Messages follow Accept-Language (Dutch unless English is asked for).
 */
@Provider
public class ApiExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable error) {
        Locale locale = locale();
        if (jakarta.enterprise.inject.spi.CDI.current().select(DatabaseWatch.class).get().failed(error)) {
            Response unavailable = ApiError.response(503, "unavailable", Messages.text(locale, "api.unavailable"), null);
            return Response.fromResponse(unavailable).header("Retry-After", "30").build();
        }
        if (LockConflicts.isLockConflict(error)) { // still conflicting after TransactionRetry's attempts
            Response busy = ApiError.response(503, "busy", Messages.text(locale, "api.busy"), null);
            return Response.fromResponse(busy).header("Retry-After", "2").build();
        }
        StorageUnavailableException storage = find(error, StorageUnavailableException.class);
        if (storage != null) { // the bucket of stored files does not answer: nothing stored, nothing handed out
            LOG.warning(storage.getMessage());
            Response unavailable = ApiError.response(503, "files_unavailable", Messages.text(locale, "api.filesUnavailable"), null);
            return Response.fromResponse(unavailable).header("Retry-After", "30").build();
        }
        DomainException domain = find(error, DomainException.class);
        if (domain != null) {
            int status = domain instanceof ConflictException ? 409
                    : domain instanceof PayloadTooLargeException ? 413
                    : domain instanceof be.atrium.platform.UnsupportedTypeException ? 415 : 400;
            return ApiError.response(status, domain.code(), Messages.text(locale, domain), domain.field().orElse(null));
        }
        if (find(error, NotFoundException.class) != null) {
            return ApiError.response(404, "not_found", Messages.text(locale, "error.notFound"), null);
        }
        ForbiddenException forbidden = find(error, ForbiddenException.class);
        if (forbidden != null) {
            // a message key as the exception's message says why; anything else gets the general text
            String why = forbidden.getMessage() == null ? null : Messages.text(locale, forbidden.getMessage());
            return ApiError.response(403, "forbidden", why == null || why.equals(forbidden.getMessage())
                    ? Messages.text(locale, "error.forbidden") : why, null);
        }
        if (find(error, OptimisticLockException.class) != null) {
            return ApiError.response(409, "conflict", Messages.text(locale, "error.conflict"), null);
        }
        if (find(error, JsonException.class) != null || find(error, JsonbException.class) != null
                || error instanceof jakarta.ws.rs.ProcessingException) {
            return ApiError.response(400, "invalid_json", Messages.text(locale, "api.json.invalid"), null);
        }
        String parameter = queryParameter(error);
        if (parameter != null) {
            return ApiError.response(400, "bad_request", Messages.text(locale, "api.param.invalid", parameter),
                    parameter);
        }
        if (error instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String code = switch (status) {
                case 404 -> "not_found";
                case 405 -> "method_not_allowed";
                case 406 -> "not_acceptable";
                case 415 -> "unsupported_media_type";
                default -> status >= 500 ? "server_error" : "bad_request";
            };
            String message = status == 404 ? Messages.text(locale, "error.notFound")
                    : status == 415 ? Messages.text(locale, "api.mediaType") : web.getMessage();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "API failure", error);
            }
            return ApiError.response(status, code, message, null);
        }
        LOG.log(Level.SEVERE, "Unexpected API failure", error);
        return ApiError.response(500, "server_error", Messages.text(locale, "error.generic"), null);
    }

    /**
     * The name of the query parameter that could not be read as the call's type ({@code limit=abc},
     * a number larger than an int): the container says 404 for those, but it is bad input.
     * Read by reflection, since the container's parameter exception is not part of the API.
     */
    private static String queryParameter(Throwable error) {
        if (!(error instanceof WebApplicationException)) {
            return null;
        }
        try {
            Object type = error.getClass().getMethod("getParameterType").invoke(error);
            if (type != jakarta.ws.rs.QueryParam.class) {
                return null;
            }
            Object name = error.getClass().getMethod("getParameterName").invoke(error);
            return name instanceof String s ? s : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private Locale locale() {
        if (headers != null) {
            for (Locale l : headers.getAcceptableLanguages()) {
                if ("en".equals(l.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("nl".equals(l.getLanguage())) {
                    break;
                }
            }
        }
        return Locale.forLanguageTag("nl");
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}

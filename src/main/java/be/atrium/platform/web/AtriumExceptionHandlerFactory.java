package be.atrium.platform.web;

import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.LockConflicts;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.StorageUnavailableException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what services throw into what a person should see, so backing beans stay thin:
 * a broken rule becomes a message on the same page (with the form as typed, marked at the
 * field when there is one); not found becomes the 404 page, not allowed the 403 page, and
 * a concurrent change a conflict message, a view that can no longer be restored the "expired"
 * page. Anything else is logged and shows the 500 page.
 */
public class AtriumExceptionHandlerFactory extends ExceptionHandlerFactory {

    public AtriumExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {
        private static final Logger LOG = Logger.getLogger(Handler.class.getName());
        private static final String EXPIRED = "/platform/expired.xhtml";
        /** The max-request-size of the Faces servlet's multipart-config in web.xml (64 MB). */
        static final long MAX_FORM_BYTES = 64L * 1024 * 1024;

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
                Throwable error = it.next().getContext().getException();
                if (handled(faces, error)) {
                    it.remove();
                }
            }
            getWrapped().handle();
        }

        private boolean handled(FacesContext faces, Throwable error) {
            Optional<DomainException> domain = find(error, DomainException.class);
            if (domain.isPresent()) {
                DomainException e = domain.get();
                String text = Messages.text(Messages.pageLocale(), e);
                String clientId = e.field().flatMap(f -> FieldLocator.clientIdOf(faces, f)).orElse(null);
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                faces.validationFailed();
                faces.renderResponse();
                return true;
            }
            Optional<StorageUnavailableException> storage = find(error, StorageUnavailableException.class);
            if (storage.isPresent()) { // the bucket of stored files does not answer: nothing was stored
                LOG.warning(storage.get().getMessage());
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.text(Messages.pageLocale(), "error.filesUnavailable"), null));
                faces.validationFailed();
                faces.renderResponse();
                return true;
            }
            boolean busy = LockConflicts.isLockConflict(error); // still conflicting after TransactionRetry
            if (busy || find(error, OptimisticLockException.class).isPresent()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.text(Messages.pageLocale(), busy ? "error.busy" : "error.conflict"), null));
                faces.validationFailed();
                faces.renderResponse();
                return true;
            }
            if (find(error, NotFoundException.class).isPresent()) {
                return sendError(faces, 404);
            }
            if (find(error, ForbiddenException.class).isPresent()) {
                return sendError(faces, 403);
            }
            if (find(error, ViewExpiredException.class).isPresent()) {
                // with a way back to the form, whose text the browser kept (a path within Atrium only)
                Object request = faces.getExternalContext().getRequest();
                String back = request instanceof HttpServletRequest http
                        ? ReturnAddress.formPage(http, "/identity/login.xhtml")
                        .map(p -> "?next=" + java.net.URLEncoder.encode(p, java.nio.charset.StandardCharsets.UTF_8))
                        .orElse("") : "";
                return redirect(faces, EXPIRED + back);
            }
            if (tooLarge(faces, error)) {
                return sendError(faces, 413);
            }
            LOG.log(Level.SEVERE, "Unexpected error on " + where(faces), error);
            return false;
        }

        /**
         * A view that cannot be restored (an old tab, a session ended by a new login or a restart, a
         * view state from elsewhere) goes to the "expired" page with a redirect: the request is a
         * POST, and answering it with a page would make that page try to restore the view again.
         */
        private static boolean redirect(FacesContext faces, String page) {
            try {
                ExternalContext external = faces.getExternalContext();
                if (faces.getResponseComplete() || external.isResponseCommitted()) {
                    return false;
                }
                external.redirect(external.getRequestContextPath() + page);
                faces.responseComplete();
                return true;
            } catch (IOException | IllegalStateException e) {
                return false;
            }
        }

        /**
         * A form with a file larger than the Faces servlet takes (multipart-config in web.xml): the
         * container refuses to read its fields, so no view can even be restored. 413 with its page.
         */
        private static boolean tooLarge(FacesContext faces, Throwable error) {
            Object request = faces.getExternalContext().getRequest();
            if (!(request instanceof HttpServletRequest http) || http.getContentType() == null
                    || !http.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                return false;
            }
            if (http.getContentLengthLong() > MAX_FORM_BYTES) {
                return true;
            }
            for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
                if (t.getMessage() != null && t.getMessage().contains("exceeds the configured maximum")) {
                    return true;
                }
            }
            return false;
        }

        /** The view, or the address when no view was restored. */
        private static String where(FacesContext faces) {
            if (faces.getViewRoot() != null) {
                return faces.getViewRoot().getViewId();
            }
            Object request = faces.getExternalContext().getRequest();
            return request instanceof HttpServletRequest http ? http.getRequestURI() : "?";
        }

        private static boolean sendError(FacesContext faces, int status) {
            try {
                faces.getExternalContext().responseSendError(status, null);
                faces.responseComplete();
                return true;
            } catch (IOException | IllegalStateException e) {
                return false;
            }
        }

        private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return Optional.of(type.cast(t));
                }
                if (t instanceof FacesException && t.getCause() == t) {
                    break;
                }
            }
            return Optional.empty();
        }
    }
}

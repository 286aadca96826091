package be.atrium.documents.api;

import be.atrium.content.AttachmentStore;
import be.atrium.documents.DocumentService;
import be.atrium.platform.api.ApiError;
import be.atrium.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import java.util.regex.Pattern;

/**
 * Refuses an upload to the document library whose request is larger than the file limit plus
 * room for the form's other fields, before a byte of it is read (413, and a client that sent
 * {@code Expect: 100-continue} never sends the body). Smaller requests are measured as they
 * arrive ({@link DocumentService}).
 */
@Provider
@PreMatching
public class DocumentUploadLimit implements ContainerRequestFilter {

    /** Room for the multipart framing and the text fields beside the file. */
    static final long FORM_ROOM = 1024 * 1024;
    private static final Pattern UPLOADS = Pattern.compile("/?(atria/[^/]+/documents|documents(/[0-9]+/versions)?)/?");

    @Inject
    DocumentService documents;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !UPLOADS.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        long length = request.getLength();
        long max = documents.maxBytes();
        if (length > max + FORM_ROOM) {
            java.util.Locale locale = java.util.Locale.forLanguageTag("nl");
            for (java.util.Locale l : request.getAcceptableLanguages()) {
                if ("en".equals(l.getLanguage())) {
                    locale = java.util.Locale.ENGLISH;
                    break;
                }
                if ("nl".equals(l.getLanguage())) {
                    break;
                }
            }
            request.abortWith(ApiError.response(413, "document.tooLarge",
                    Messages.text(locale, "document.tooLarge", AttachmentStore.megabytes(max)), "file"));
        }
    }
}

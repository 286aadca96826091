package be.atrium.content.web;

import be.atrium.platform.DomainException;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A file chosen in a page's upload field, handed to the service that stores it: no file chosen
 * is a clear message beside the field, and the container's temporary copy is removed afterwards.
 */
public final class Uploads {

    /** What receives the file (e.g. an attachment service's {@code attach}). */
    @FunctionalInterface
    public interface Receiver {
        void receive(String filename, long size, InputStream content);
    }

    private Uploads() {
    }

    public static void take(Part file, String field, Receiver receiver) {
        if (file == null || file.getSize() == 0
                && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
            throw new DomainException("attachment.ui.required", field);
        }
        try (InputStream in = file.getInputStream()) {
            receiver.receive(file.getSubmittedFileName(), file.getSize(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // the container removes its temporary file at the end of the request anyway
            }
        }
    }
}

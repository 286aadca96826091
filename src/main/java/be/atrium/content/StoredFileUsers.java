package be.atrium.content;

import be.atrium.platform.outbox.Outbox;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What refers to the stored files of {@link AttachmentStore}: attachments here, document versions
 * in the capability above. Each such capability provides one as an {@code @ApplicationScoped}
 * bean, so the sweep keeps every file something refers to and the extraction worker tells search
 * about every owner of a text, without this folder knowing the capabilities above it.
 */
public interface StoredFileUsers {

    /** Which of these storage keys are referred to. */
    Set<String> used(Collection<String> storageKeys);

    /**
     * The outbox changes to record now that the text of the file with this SHA-256 is known (or
     * known to be unavailable): one for every owner whose search item shows it.
     */
    List<Outbox.Change> textChanged(String sha256);
}

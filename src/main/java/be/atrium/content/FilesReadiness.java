package be.atrium.content;

import be.atrium.platform.health.ReadinessProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Readiness of the store of files ({@code files} in {@code /health/ready}): DOWN when its folder
 * (ATRIUM_FILES_DIR, a shared volume, or the cache of the bucket) is not writable or its bucket does
 * not answer, so a load balancer sends no uploads to a node that cannot keep them.
 */
@ApplicationScoped
public class FilesReadiness implements ReadinessProbe {

    @Inject
    AttachmentStore store;

    @Override
    public String name() {
        return "files";
    }

    @Override
    public boolean isUp() {
        return store.isUsable();
    }
}

package be.atrium.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data dir ({@code ATRIUM_DATA_DIR}): the search index, uploaded files (unless
 * {@code ATRIUM_FILES_DIR} puts them elsewhere) and, when no database is configured, the
 * embedded database live below it. Every capability asks this
 * bean for its folder instead of building paths itself.
 */
@ApplicationScoped
public class DataDirectory {

    @Inject
    AtriumConfig config;

    public Path root() {
        return config.dataDir();
    }

    /** A sub folder for one capability, created when missing. */
    public Path folder(String name) {
        try {
            return Files.createDirectories(root().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The folder of stored files ({@code ATRIUM_FILES_DIR}, {@code <data dir>/files} by default),
     * created when missing. It may lie outside the data dir: a volume that several nodes share.
     */
    public Path files() {
        try {
            return Files.createDirectories(config.filesDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the data dir exists (or can be made) and a file can be written into it. */
    public boolean isUsable() {
        return isWritable(root());
    }

    /** True when the folder exists (or can be made) and a file can be written into it. */
    public static boolean isWritable(Path folder) {
        try {
            Path root = Files.createDirectories(folder);
            Path probe = Files.createTempFile(root, ".probe", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}

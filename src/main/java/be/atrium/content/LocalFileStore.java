package be.atrium.content;

import be.atrium.platform.DataDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Stored files in a folder: {@code <data dir>/files} for one node, or a volume that several nodes
 * share (ATRIUM_FILES_DIR). Temporary files live in the same folder ({@code tmp/}), so moving a
 * complete file into place is a rename within one file system: atomic, so no node ever sees half
 * a file, and two nodes storing the same bytes at once both end with one whole file. The last use
 * is the file's modification time, which every node sees.
 */
class LocalFileStore implements FileStore {

    private final Path folder;

    LocalFileStore(Path folder) {
        this.folder = folder;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public String describe() {
        return "folder " + folder;
    }

    @Override
    public void put(String key, Path complete) throws IOException {
        Path target = folder.resolve(key);
        Files.createDirectories(target.getParent());
        if (Files.exists(target) && touch(key)) {
            return; // the same content is already stored: touched, so the sweep keeps it
        }
        move(complete, target);
    }

    /** Moves a complete file into place atomically; a file already there (the same bytes) stays. */
    static void move(Path complete, Path target) throws IOException {
        try {
            Files.move(complete, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(complete); // stored concurrently by another upload of the same bytes
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(complete, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public boolean touch(String key) throws IOException {
        try {
            Files.setLastModifiedTime(folder.resolve(key), FileTime.from(Instant.now()));
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Override
    public boolean download(String key, String sha256) {
        return false;
    }

    /** One page per sub folder ({@code files/ab/}); {@code tmp/} is not stored content. */
    @Override
    public void list(Consumer<List<Entry>> page) throws IOException {
        List<Path> folders;
        try (Stream<Path> all = Files.list(folder)) {
            folders = all.filter(Files::isDirectory).filter(f -> !"tmp".equals(f.getFileName().toString())).toList();
        }
        for (Path sub : folders) {
            List<Entry> entries = new ArrayList<>();
            for (Path file : files(sub)) {
                try {
                    entries.add(new Entry(folder.relativize(file).toString().replace('\\', '/'),
                            Files.getLastModifiedTime(file).toInstant()));
                } catch (NoSuchFileException e) {
                    // gone meanwhile
                }
            }
            if (!entries.isEmpty()) {
                page.accept(entries);
            }
        }
    }

    static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean remove(String key, Instant before) throws IOException {
        Path file = folder.resolve(key);
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Override
    public int trim(Instant before) {
        return 0; // the folder is the store, not a cache
    }

    @Override
    public boolean isUsable() {
        return DataDirectory.isWritable(folder) && DataDirectory.isWritable(folder.resolve("tmp"));
    }

    @Override
    public void close() {
    }
}

package be.atrium.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stored files in one folder that several nodes share (ATRIUM_FILES_DIR on a common volume): two
 * store instances on one folder are two nodes. What one stores the other reads, the same bytes
 * stored by both at once are one whole file, a touch on one node keeps the file from the sweep of
 * another, and a folder that cannot be written makes the store unusable (readiness DOWN).
 */
class LocalFileStoreTest {

    @TempDir
    Path shared;

    @Test
    void whatOneNodeStoredInTheSharedFolderTheOtherReads() throws IOException {
        AttachmentStore a = new AttachmentStore(new LocalFileStore(shared));
        AttachmentStore b = new AttachmentStore(new LocalFileStore(shared));
        byte[] text = "Gedeeld verslag\n".getBytes(StandardCharsets.UTF_8);

        AttachmentStore.Stored stored = a.save(new ByteArrayInputStream(text), 1024);

        assertArrayEquals(text, Files.readAllBytes(b.verified(stored.key(), stored.sha256())));
        Files.write(shared.resolve(stored.key()), "Vervalst\n".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(shared.resolve(stored.key()), FileTime.from(Instant.now().plusSeconds(5)));
        assertThrows(AttachmentStore.StoredFileDamagedException.class, () -> b.verified(stored.key(), stored.sha256()),
                "changed bytes are never handed out, on any node");
    }

    @Test
    void theSameBytesStoredByTwoNodesAtOnceAreOneWholeFile() throws Exception {
        byte[] text = "Tegelijk opgeladen\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        List<Callable<AttachmentStore.Stored>> uploads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            AttachmentStore node = new AttachmentStore(new LocalFileStore(shared));
            uploads.add(() -> node.save(new ByteArrayInputStream(text), 1024 * 1024));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Set<String> keys = new HashSet<>();
        try {
            for (Future<AttachmentStore.Stored> upload : pool.invokeAll(uploads)) {
                keys.add(upload.get().key());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, keys.size());
        String key = keys.iterator().next();
        assertArrayEquals(text, Files.readAllBytes(shared.resolve(key)));
        try (Stream<Path> all = Files.walk(shared)) {
            assertEquals(List.of(shared.resolve(key)), all.filter(Files::isRegularFile).toList(),
                    "one file, no temporary file left");
        }
    }

    @Test
    void aTouchOnOneNodeKeepsTheFileFromTheSweepOfAnother() throws IOException {
        AttachmentStore a = new AttachmentStore(new LocalFileStore(shared));
        AttachmentStore b = new AttachmentStore(new LocalFileStore(shared));
        AttachmentStore.Stored kept = a.save(new ByteArrayInputStream("Formulier\n".getBytes(StandardCharsets.UTF_8)), 1024);
        AttachmentStore.Stored orphan = a.save(new ByteArrayInputStream("Wees\n".getBytes(StandardCharsets.UTF_8)), 1024);
        FileTime longAgo = FileTime.from(Instant.now().minus(AttachmentSweep.GRACE).minus(Duration.ofMinutes(5)));
        Files.setLastModifiedTime(shared.resolve(kept.key()), longAgo);
        Files.setLastModifiedTime(shared.resolve(orphan.key()), longAgo);

        assertTrue(b.touch(kept.key()));
        AttachmentSweep sweep = new AttachmentSweep();
        sweep.store = a;
        assertEquals(1, sweep.sweep(Instant.now().minus(AttachmentSweep.GRACE), keys -> Set.of()));

        assertTrue(Files.exists(shared.resolve(kept.key())));
        assertFalse(Files.exists(shared.resolve(orphan.key())));
    }

    @Test
    void aFolderThatCannotBeWrittenIsNotUsable() throws IOException {
        Path notAFolder = Files.writeString(shared.resolve("files"), "a file where the folder should be");
        assertFalse(new AttachmentStore(new LocalFileStore(notAFolder)).isUsable());
        assertTrue(new AttachmentStore(new LocalFileStore(shared.resolve("elsewhere"))).isUsable());
    }
}

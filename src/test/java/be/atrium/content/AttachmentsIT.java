package be.atrium.content;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.Post;
import be.atrium.discussion.PostFiles;
import be.atrium.discussion.ThreadKind;
import be.atrium.identity.Account;
import be.atrium.identity.AccountService;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.platform.ForbiddenException;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.TestQueries;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one attachment flow against MariaDB and the data dir: a refused upload records nothing and
 * its stored bytes are swept once the grace period is over, a recorded one is kept and has its
 * outbox change, and the sweep leaves young files (an upload still on its way) alone.
 */
@ExtendWith(ArquillianExtension.class)
public class AttachmentsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    TestQueries db;
    @Inject
    Attachments attachments;
    @Inject
    AttachmentStore store;
    @Inject
    AttachmentSweep sweep;
    @Inject
    PostFiles postFiles;
    @Inject
    DiscussionService discussions;
    @Inject
    AccountService accounts;

    @Test
    void anUploadIsCheckedStoredAndRecordedWithItsOutboxChangeAndARefusedOneLeavesNothingBehind() throws Exception {
        Account author = official("att");
        Account other = official("oth");
        DiscussionThread thread = discussions.ask(author, "gent", ThreadKind.QUESTION, "Met bijlage " + suffix(),
                "Zie bijlage.", List.of(), false);
        Post opening = discussions.thread(author, thread.getId(), 0, 1).getPosts().get(0).getPost();
        byte[] text = ("Plan " + suffix() + "\n").getBytes(StandardCharsets.UTF_8);

        AttachmentView added = postFiles.attach(author, opening.getId(), "plan.txt", (long) text.length,
                new ByteArrayInputStream(text));
        assertEquals("plan.txt", added.filename());
        assertEquals(1L, db.count("SELECT COUNT(e) FROM OutboxEvent e WHERE e.aggregateType = 'post' AND "
                + "e.eventType = 'attached' AND e.aggregateId = " + opening.getId() + " AND e.actorId = " + author.getId()));

        byte[] refused = ("Niet van mij " + suffix() + "\n").getBytes(StandardCharsets.UTF_8);
        assertThrows(ForbiddenException.class, () -> postFiles.attach(other, opening.getId(), "x.txt",
                (long) refused.length, new ByteArrayInputStream(refused)), "only the author attaches");
        assertEquals(1, attachments.of(AttachmentOwner.post(opening.getId())).size(), "nothing recorded");

        String storedKey = (String) db.nativeSingle("SELECT storage_key FROM attachment WHERE id = " + added.id());
        Path kept = store.file(storedKey);
        Path stray = store.root().resolve("ff").resolve("ff" + "0".repeat(60) + suffix());
        Files.createDirectories(stray.getParent());
        Files.write(stray, refused);
        Path young = store.root().resolve("ff").resolve("ff" + "1".repeat(60) + suffix());
        Files.write(young, refused);
        FileTime longAgo = FileTime.from(Instant.now().minus(AttachmentSweep.GRACE).minusSeconds(60));
        Files.setLastModifiedTime(stray, longAgo);
        Files.setLastModifiedTime(kept, longAgo);

        assertTrue(sweep.sweep(Instant.now().minus(AttachmentSweep.GRACE)) >= 1);
        assertFalse(Files.exists(stray), "bytes whose row never committed are removed");
        assertTrue(Files.exists(kept), "bytes an attachment refers to stay, however old");
        assertTrue(Files.exists(young), "a young file may belong to an upload on its way");
        Files.deleteIfExists(young);
    }

    private Account official(String prefix) {
        Long gent = ((Number) db.nativeSingle("SELECT id FROM organisation WHERE nis_code = '44021'")).longValue();
        String name = prefix + suffix();
        return accounts.createBySystem(new NewAccount(name, "Official " + name, null, gent, Role.OFFICIAL, null));
    }

    private static String suffix() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}

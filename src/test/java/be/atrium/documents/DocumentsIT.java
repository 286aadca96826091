package be.atrium.documents;

import be.atrium.content.AttachmentStore;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.network.AtriumKind;
import be.atrium.network.MembershipRole;
import be.atrium.network.MembershipService;
import be.atrium.network.NetworkService;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.StatementCounter;
import be.atrium.testsupport.Deployments;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The document library's service against MariaDB and the data dir: a folder's list costs the same
 * queries for 2 documents as for 8, and an upload that breaks off leaves no file behind.
 */
@ExtendWith(ArquillianExtension.class)
public class DocumentsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    DocumentService documents;
    @Inject
    NetworkService network;
    @Inject
    MembershipService memberships;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;
    @Inject
    AttachmentStore store;

    @Test
    void aFolderIsListedInAFixedNumberOfQueries() {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        String slug = "it-docq-" + suffix();
        network.createAtrium(admin, slug, "Documenten " + slug, AtriumKind.THEMATIC, true, null);
        String name = "doc" + suffix();
        Account member = accounts.createBySystem(new NewAccount(name, "Official " + name, null, null, Role.OFFICIAL, null));
        memberships.setMembership(admin, slug, name, MembershipRole.MEMBER);

        add(member, slug, 2);
        long few = statements(() -> assertEquals(2, documents.folder(member, slug, "Plannen").documents().size()));
        add(member, slug, 6);
        long many = statements(() -> assertEquals(8, documents.folder(member, slug, "Plannen").documents().size()));
        assertEquals(few, many, "no query per document");
    }

    @Test
    void aLibraryPageIsPagedAndFilteredByKindAndTagInTheSameQueriesForAnyPage() {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        String slug = "it-docpage-" + suffix();
        network.createAtrium(admin, slug, "Documenten " + slug, AtriumKind.THEMATIC, true, null);
        String name = "docp" + suffix();
        Account member = accounts.createBySystem(new NewAccount(name, "Official " + name, null, null, Role.OFFICIAL, null));
        memberships.setMembership(admin, slug, name, MembershipRole.MEMBER);
        add(member, slug, 3);
        byte[] text = ("Verslag " + suffix() + "\n").getBytes(StandardCharsets.UTF_8);
        documents.upload(member, slug, new Document.Details("Verslag 2026", null, DocumentKind.REPORT, "Plannen/2026",
                null, List.of("verslag"), null, null), new DocumentService.Upload("verslag.txt", null,
                new ByteArrayInputStream(text)));

        DocumentView.Library top = documents.library(member, slug, null, null, null, 0, 25);
        assertEquals(0, top.total(), "nothing in the top folder itself");
        assertEquals(List.of("Plannen"), top.folders());
        assertEquals(List.of("plan", "verslag"), top.tags());
        assertEquals("Documenten " + slug, top.atriumName());
        assertTrue(top.mayWrite() && !top.mayModerate());

        DocumentView.Library first = documents.library(member, slug, "Plannen", null, null, 0, 2);
        assertEquals(3, first.total(), "the folder's own documents");
        assertEquals(2, first.documents().size());
        assertEquals(List.of("2026"), first.folders());
        DocumentView.Library second = documents.library(member, slug, "Plannen", null, null, 2, 2);
        assertEquals(1, second.documents().size());
        assertTrue(first.documents().stream().noneMatch(d -> d.id() == second.documents().get(0).id()));

        DocumentView.Library reports = documents.library(member, slug, null, DocumentKind.REPORT, null, 0, 25);
        assertEquals(1, reports.total(), "a filter looks into the folders below");
        assertEquals("Verslag 2026", reports.documents().get(0).title());
        DocumentView.Library tagged = documents.library(member, slug, "Plannen", null, "Verslag", 0, 25);
        assertEquals(List.of("Verslag 2026"), tagged.documents().stream().map(DocumentView::title).toList());
        assertEquals(0, documents.library(member, slug, "Plannen", DocumentKind.REPORT, "plan", 0, 25).total());

        long small = statements(() -> documents.library(member, slug, "Plannen", null, null, 0, 1));
        long large = statements(() -> documents.library(member, slug, "Plannen", null, null, 0, 25));
        assertEquals(small, large, "no query per document");
    }

    @Test
    void anUploadThatBreaksOffLeavesNoFileBehind() throws Exception {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        String slug = "it-docx-" + suffix();
        network.createAtrium(admin, slug, "Documenten " + slug, AtriumKind.THEMATIC, false, null);
        long before = files();
        InputStream breaking = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 300_000) {
                    throw new IOException("connection reset by the client");
                }
                return 'a';
            }
        };
        assertThrows(UncheckedIOException.class, () -> documents.upload(admin, slug, new Document.Details("Half", null,
                DocumentKind.OTHER, null, null, List.of(), null, null), new DocumentService.Upload("half.txt", null,
                breaking)));
        assertEquals(before, files(), "no half file, in files/tmp or anywhere else");
        assertEquals(0, documents.folder(admin, slug, null).documents().size(), "and no document");
    }

    @Test
    void aStoredFileWhoseBytesChangedIsNotHandedOut() throws Exception {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        String slug = "it-docsha-" + suffix();
        network.createAtrium(admin, slug, "Documenten " + slug, AtriumKind.THEMATIC, false, null);
        byte[] text = ("Origineel " + suffix() + "\n").getBytes(StandardCharsets.UTF_8);
        DocumentView made = documents.upload(admin, slug, new Document.Details("Origineel", null, DocumentKind.OTHER,
                null, null, List.of(), null, null), new DocumentService.Upload("origineel.txt", null,
                new ByteArrayInputStream(text)));
        Path file = documents.open(admin, made.id(), null).file();
        assertArrayEquals(text, Files.readAllBytes(file));
        Files.write(file, ("Vervalst " + suffix() + "\n").getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(5)));
        assertThrows(NotFoundException.class, () -> documents.open(admin, made.id(), null));
    }

    private long files() throws IOException {
        try (Stream<Path> all = Files.walk(store.root())) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private void add(Account member, String slug, int count) {
        for (int i = 0; i < count; i++) {
            byte[] text = ("Plan " + suffix() + "\n").getBytes(StandardCharsets.UTF_8);
            documents.upload(member, slug, new Document.Details("Plan " + suffix(), null, DocumentKind.PLAN, "Plannen",
                            null, List.of("plan"), null, null),
                    new DocumentService.Upload("plan.txt", (long) text.length, new ByteArrayInputStream(text)));
        }
    }

    private static long statements(Runnable work) {
        work.run();
        long before = StatementCounter.current();
        work.run();
        return StatementCounter.current() - before;
    }

    private static String suffix() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}

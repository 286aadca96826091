package be.atrium.documents;

import be.atrium.content.AttachmentStore;
import be.atrium.content.Attachment;
import be.atrium.content.FileTexts;
import be.atrium.content.FileTypes;
import be.atrium.content.imports.ImportHandler;
import be.atrium.content.imports.ImportItem;
import be.atrium.content.imports.ImportOutcome;
import be.atrium.content.imports.ImportSupport;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.platform.AtriumConfig;
import be.atrium.platform.DomainException;
import be.atrium.platform.PayloadTooLargeException;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Imports document lines (CORPUS.md: {@code title}, {@code atrium}, {@code author},
 * {@code created}, {@code tags}, {@code filename} and the file as {@code text} or as
 * {@code content_base64} with its {@code mime}; optionally {@code description}, {@code kind},
 * {@code folder}). Plain text is stored as a UTF-8 {@code .txt} file whose text is known at once;
 * any other file is stored as given (the allow-list of types applies, detected from the content)
 * and its text is extracted in the background. Idempotent by source id: the same id again updates
 * the metadata and, when the file changed, adds it as a new version. An unknown Atrium slug makes
 * an Atrium open to the whole network, as for questions.
 * <p>
 * Runs in the import's transaction, so the bytes are stored inside it: bytes of a line that rolls
 * back are removed by the sweep of unused stored files.
 */
@ApplicationScoped
public class DocumentImporter implements ImportHandler {

    static final String TYPE = "document";

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportSupport support;

    @Inject
    AttachmentStore store;

    @Inject
    FileTexts fileTexts;

    @Inject
    Outbox outbox;

    @Inject
    AtriumConfig config;

    @Inject
    Clock clock;

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public ImportOutcome importItem(Account actor, ImportItem item) {
        Account author = support.author(item.requiredAuthor());
        Instant at = item.created() != null ? item.created() : clock.instant();
        Document.Details details = new Document.Details(Document.requireTitle(item.text("title")), item.text("description"),
                DocumentKind.parse(item.text("kind")), item.text("folder"), item.date("date"), item.tags(), null, null);
        String text = item.text("text");
        String base64 = item.text("content_base64");
        byte[] bytes;
        if (text != null && !text.isBlank()) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else if (base64 != null && !base64.isBlank()) {
            item.requiredText("mime");
            try {
                bytes = Base64.getMimeDecoder().decode(base64.strip());
            } catch (IllegalArgumentException e) {
                throw new DomainException("import.document.base64", "content_base64");
            }
        } else {
            throw new DomainException("import.document.file", "text");
        }
        long max = config.documentMaxBytes();
        if (bytes.length > max) {
            throw new PayloadTooLargeException("document.tooLarge", "file", AttachmentStore.megabytes(max));
        }
        AttachmentStore.Stored stored;
        try {
            stored = store.save(new ByteArrayInputStream(bytes), max);
        } catch (DomainException e) {
            throw switch (e.code()) {
                case "attachment.empty" -> new DomainException("document.empty", "file");
                case "attachment.type.notAllowed" -> new DomainException("document.type.notAllowed", "file");
                default -> e;
            };
        }
        boolean plain = text != null && !text.isBlank();
        String filename = filename(item.text("filename"), details.title(), stored.mediaType(), plain);
        Document.FileVersion file = new Document.FileVersion(filename, stored.mediaType(), stored.size(), stored.key(),
                stored.sha256(), null, null);

        Optional<Long> existing = support.source(item.sourceId(), TYPE);
        Document document = existing.map(id -> em.find(Document.class, id)).orElse(null);
        if (document != null) {
            document.describe(details, author, at);
            if (document.isBinned()) {
                document.restoreFromBin(author, at);
            }
            if (!document.version(document.getCurrentVersion()).getSha256().equals(stored.sha256())) {
                document.addVersion(file, author, at);
            }
            em.flush();
            text(stored, plain ? text : null);
            outbox.record(DocumentChanges.EDITED, document.getId(), actor.getId());
            support.remember(item.sourceId(), TYPE, document.getId(), true);
            return ImportOutcome.changed();
        }
        String slug = item.slug("atrium");
        String createdAtrium = null;
        Atrium atrium = null;
        if (slug != null) {
            atrium = support.atrium(slug).orElse(null);
            if (atrium == null) {
                atrium = support.createAtrium(actor, slug);
                createdAtrium = atrium.getSlug();
            }
        }
        document = new Document(atrium, details, author, file, at);
        em.persist(document);
        em.flush();
        text(stored, plain ? text : null);
        outbox.record(DocumentChanges.CREATED, document.getId(), actor.getId());
        support.remember(item.sourceId(), TYPE, document.getId(), existing.isPresent());
        return new ImportOutcome(true, createdAtrium);
    }

    /** Imported text is the file's text at once; any other file waits for the extraction worker. */
    private void text(AttachmentStore.Stored stored, String text) {
        if (text != null) {
            fileTexts.known(stored, text);
        } else {
            fileTexts.require(stored);
        }
    }

    /**
     * The line's file name, cleaned, with the extension of what the file is: a plain text always
     * ends in {@code .txt} (or another text extension); a file whose name says another type is refused.
     */
    static String filename(String given, String title, String mediaType, boolean plain) {
        String name = Attachment.cleanFilename(given == null || given.isBlank() ? title : given);
        if (plain && FileTypes.TEXT.equals(mediaType)) {
            try {
                return FileTypes.nameFor(name, mediaType);
            } catch (DomainException e) {
                return Attachment.cleanFilename(name + ".txt");
            }
        }
        return FileTypes.nameFor(name, mediaType);
    }
}

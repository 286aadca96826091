package be.atrium.content;

import be.atrium.platform.AfterCommit;
import be.atrium.platform.outbox.Outbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The texts of stored files ({@link FileText}), for search and for what pages say about a file.
 * Whoever records a stored file (an attachment, a document version) asks for its text with
 * {@link #require} in the same transaction; the {@link TextExtraction} worker reads it after
 * commit and then records, in the transaction that saves the text, an outbox change for every
 * owner of the file ({@link StoredFileUsers}), so search indexes the text.
 */
@ApplicationScoped
@Transactional
public class FileTexts {

    private static final String NUDGE_REGISTERED = FileTexts.class.getName() + ".nudge";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    @Any
    Instance<StoredFileUsers> users;

    @Inject
    TextExtraction worker;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The status of a file's text and, when unavailable, why. */
    public record State(FileTextStatus status, String reason) {
        static final State PENDING = new State(FileTextStatus.PENDING, null);
    }

    /** Asks for the text of a stored file (nothing happens when it is known or asked for already). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void require(AttachmentStore.Stored stored) {
        em.createNativeQuery("INSERT IGNORE INTO file_text (sha256, storage_key, media_type, status, attempts, created_at) "
                        + "VALUES (?1, ?2, ?3, 'PENDING', 0, ?4)")
                .setParameter(1, stored.sha256()).setParameter(2, stored.key()).setParameter(3, stored.mediaType())
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        nudgeAfterCommit();
    }

    /**
     * Records the text of a stored file that is known already (a plain-text file made from
     * imported text): done at once, no extraction needed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void known(AttachmentStore.Stored stored, String text) {
        require(stored);
        FileText row = em.find(FileText.class, stored.sha256());
        if (row.getStatus() != FileTextStatus.DONE) {
            row.extracted(text, clock.instant());
        }
    }

    /** The states of the texts of these files, by SHA-256 (pending when there is no row yet). */
    public Map<String, State> states(Collection<String> sha256s) {
        Map<String, State> states = new HashMap<>();
        if (sha256s.isEmpty()) {
            return states;
        }
        for (Object[] r : em.createQuery("SELECT t.sha256, t.status, t.reason FROM FileText t WHERE t.sha256 IN :ids",
                Object[].class).setParameter("ids", new ArrayList<>(new LinkedHashSet<>(sha256s))).getResultList()) {
            states.put((String) r[0], new State((FileTextStatus) r[1], (String) r[2]));
        }
        sha256s.forEach(s -> states.putIfAbsent(s, State.PENDING));
        return states;
    }

    public State state(String sha256) {
        return states(List.of(sha256)).get(sha256);
    }

    /** The extracted texts of these files, by SHA-256 (only those that are done), in one query. */
    public Map<String, String> texts(Collection<String> sha256s) {
        Map<String, String> texts = new HashMap<>();
        if (sha256s.isEmpty()) {
            return texts;
        }
        for (Object[] r : em.createQuery("SELECT t.sha256, t.text FROM FileText t WHERE t.sha256 IN :ids "
                        + "AND t.status = be.atrium.content.FileTextStatus.DONE", Object[].class)
                .setParameter("ids", new ArrayList<>(new LinkedHashSet<>(sha256s))).getResultList()) {
            texts.put((String) r[0], (String) r[1]);
        }
        return texts;
    }

    /**
     * The first characters of a file's extracted text (empty while it is not done), cut in the
     * database: a preview need not fetch the megabytes of a long report.
     */
    public String beginning(String sha256, int chars) {
        List<String> found = em.createQuery("SELECT SUBSTRING(t.text, 1, :chars) FROM FileText t WHERE t.sha256 = :id "
                        + "AND t.status = be.atrium.content.FileTextStatus.DONE", String.class)
                .setParameter("chars", chars).setParameter("id", sha256).getResultList();
        return found.isEmpty() || found.get(0) == null ? "" : found.get(0);
    }

    /**
     * The extracted texts of the files attached to these owners of one kind, joined per owner, in
     * one query (for the search items of posts, guidance and practice).
     */
    public Map<Long, String> attachedTexts(AttachmentOwner.Kind kind, Collection<Long> ownerIds) {
        Map<Long, String> texts = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return texts;
        }
        String owner = "a." + kind.attribute();
        for (Object[] r : em.createQuery("SELECT " + owner + ", t.text FROM Attachment a, FileText t "
                        + "WHERE " + owner + " IN :ids AND t.sha256 = a.sha256 "
                        + "AND t.status = be.atrium.content.FileTextStatus.DONE ORDER BY a.id", Object[].class)
                .setParameter("ids", new ArrayList<>(new LinkedHashSet<>(ownerIds))).getResultList()) {
            texts.merge(((Number) r[0]).longValue(), (String) r[1], (a, b) -> a + "\n" + b);
        }
        return texts;
    }

    // --- for the worker

    /** Files waiting for their text, oldest first. */
    List<FileText> pending(int limit) {
        return em.createQuery("SELECT t FROM FileText t WHERE t.status = be.atrium.content.FileTextStatus.PENDING "
                + "ORDER BY t.createdAt, t.sha256", FileText.class).setMaxResults(limit).getResultList();
    }

    /** Counts a try (committed before the parse starts); false when the file has had its tries. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean startAttempt(String sha256) {
        FileText row = em.find(FileText.class, sha256);
        if (row == null || row.getStatus() != FileTextStatus.PENDING) {
            return false;
        }
        boolean again = row.startAttempt();
        if (!again) {
            finish(row, TextExtractor.Outcome.unavailable(TextExtractor.FAILED));
        }
        return again;
    }

    /** Saves what the extraction found, with an outbox change for every owner of the file. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finish(String sha256, TextExtractor.Outcome outcome) {
        FileText row = em.find(FileText.class, sha256);
        if (row != null && row.getStatus() == FileTextStatus.PENDING) {
            finish(row, outcome);
        }
    }

    private void finish(FileText row, TextExtractor.Outcome outcome) {
        if (outcome.done()) {
            row.extracted(outcome.text(), clock.instant());
        } else {
            row.unavailable(outcome.reason(), clock.instant());
        }
        List<Outbox.Change> changes = new ArrayList<>();
        for (StoredFileUsers u : users) {
            changes.addAll(u.textChanged(row.getSha256()));
        }
        outbox.recordAll(changes);
    }

    private void nudgeAfterCommit() {
        AfterCommit.once(transactions, NUDGE_REGISTERED, worker::nudge);
    }
}

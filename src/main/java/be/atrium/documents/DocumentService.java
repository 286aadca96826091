package be.atrium.documents;

import be.atrium.platform.LikePattern;
import be.atrium.content.AttachmentStore;
import be.atrium.content.Attachments;
import be.atrium.content.FileTexts;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumRepository;
import be.atrium.network.Reach;
import be.atrium.network.Reaches;
import be.atrium.platform.AtriumConfig;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.PayloadTooLargeException;
import be.atrium.platform.UnsupportedTypeException;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one transaction boundary of the document library. Files arrive as attachments do
 * ({@link Attachments#receive}): the writer is checked in a short transaction, the bytes are
 * stored outside any transaction (size limit {@code atrium.document.max-mb}, the allow-list of
 * types by content), then one transaction checks again and records the version, asks for its
 * text ({@link FileTexts}) and writes the outbox change.
 * <p>
 * Who may do what follows the reach model ({@link Reach}): readers are those who see the
 * Atrium's content (network-wide documents: everyone signed in), and to everyone else a document
 * does not exist (404, as for a missing id); writers are the Atrium's members and moderators
 * (network-wide: publishers, relationship managers and administrators); the bin is restored from
 * by its moderators (and whoever put the document there) and emptied by its moderators.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AtriumRepository atria;

    @Inject
    Reaches reaches;

    @Inject
    Attachments attachments;

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

    /** This bean through its proxy, so that the short transactions of an upload apply. */
    @Inject
    DocumentService self;

    /** A file as it arrives: its name, the length the client declared (if any) and its bytes. */
    public record Upload(String filename, Long declaredLength, InputStream content) {
    }

    /** A version's file to send, checked against its SHA-256. */
    public record Download(DocumentView.VersionView version, Path file) {
    }

    public long maxBytes() {
        return config.documentMaxBytes();
    }

    // --- uploads

    /** A new document in an Atrium's library ({@code atrium} null: network-wide) with its first version. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DocumentView upload(Account viewer, String atrium, Document.Details details, Upload file) {
        self.writableAtrium(viewer, atrium);
        Attachments.Received received = receive(file);
        return self.create(viewer, atrium, details, received);
    }

    /** Records a new document for stored bytes, after checking the writer again. */
    public DocumentView create(Account viewer, String atriumSlug, Document.Details details,
                               Attachments.Received received) {
        Atrium atrium = writableAtrium(viewer, atriumSlug);
        requireLinks(details);
        Account author = em.find(Account.class, viewer.getId());
        Document document = new Document(atrium, details, author, file(received, null, null),
                now());
        em.persist(document);
        em.flush();
        fileTexts.require(received.stored());
        outbox.record(DocumentChanges.CREATED, document.getId(), viewer.getId());
        return view(viewer, document, false);
    }

    /** A new newest version of a document (its writers). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DocumentView addVersion(Account viewer, long id, String comment, Upload file) {
        self.writable(viewer, id);
        Attachments.Received received = receive(file);
        return self.recordVersion(viewer, id, comment, received);
    }

    public DocumentView recordVersion(Account viewer, long id, String comment, Attachments.Received received) {
        Document document = writable(viewer, id);
        document.addVersion(file(received, comment, null), em.find(Account.class, viewer.getId()), now());
        em.flush();
        fileTexts.require(received.stored());
        outbox.record(DocumentChanges.VERSIONED, id, viewer.getId());
        return view(viewer, document, true);
    }

    /** Makes an older version the newest again, as a new version with the same bytes (its writers). */
    public DocumentView restoreVersion(Account viewer, long id, int number, String comment) {
        Document document = writable(viewer, id);
        document.restoreVersion(number, comment, em.find(Account.class, viewer.getId()), now());
        em.flush();
        outbox.record(DocumentChanges.VERSIONED, id, viewer.getId());
        return view(viewer, document, true);
    }

    /** Changes the metadata of a document (its writers); the folder may change too. */
    public DocumentView edit(Account viewer, long id, Document.Details details) {
        Document document = writable(viewer, id);
        requireLinks(details);
        document.describe(details, em.find(Account.class, viewer.getId()), now());
        em.flush();
        outbox.record(DocumentChanges.EDITED, id, viewer.getId());
        return view(viewer, document, true);
    }

    // --- meetings: documents of a meeting's report (the meetings' service checks the meeting and its writers)

    /**
     * Links a document to a meeting of the same Atrium (its writers; the caller has checked that
     * the viewer sees the meeting and may add to its report). A document of another library
     * cannot be linked (400); one the viewer does not see does not exist (404).
     */
    public DocumentLink linkToMeeting(Account viewer, long id, Atrium meetingAtrium, long meetingId) {
        Document document = writable(viewer, id);
        if (document.getAtrium() == null || !document.getAtrium().getId().equals(meetingAtrium.getId())) {
            throw new DomainException("document.meeting.otherAtrium", "document");
        }
        if (!Long.valueOf(meetingId).equals(document.getMeetingId())) {
            document.linkToMeeting(meetingId, em.find(Account.class, viewer.getId()), now());
            em.flush();
            outbox.record(DocumentChanges.EDITED, id, viewer.getId());
        }
        return new DocumentLink(document.getId(), document.getTitle());
    }

    /** Takes a document off a meeting (its writers); 404 when it is not linked to that meeting. */
    public void unlinkFromMeeting(Account viewer, long id, long meetingId) {
        Document document = writable(viewer, id);
        if (!Long.valueOf(meetingId).equals(document.getMeetingId())) {
            throw new NotFoundException("document " + id + " of meeting " + meetingId);
        }
        document.linkToMeeting(null, em.find(Account.class, viewer.getId()), now());
        em.flush();
        outbox.record(DocumentChanges.EDITED, id, viewer.getId());
    }

    /** The documents linked to a meeting that the viewer may read (none in a bin), by title, in one query. */
    public List<DocumentLink> ofMeeting(Account viewer, long meetingId) {
        Reach reach = reaches.of(viewer);
        List<DocumentLink> links = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT d.id, d.title, a FROM Document d LEFT JOIN d.atrium a "
                        + "WHERE d.meetingId = :meeting AND d.deletedAt IS NULL ORDER BY d.title, d.id", Object[].class)
                .setParameter("meeting", meetingId).getResultList()) {
            if (r[2] != null && reach.canSee((Atrium) r[2])) {
                links.add(new DocumentLink((Long) r[0], (String) r[1]));
            }
        }
        return links;
    }

    /**
     * Documents of a meeting's Atrium that the viewer may link to it, whose title holds the text
     * typed (any case), by title: the suggestions of the meeting page's picker. None already linked
     * to that meeting, none in the bin; none when the viewer may not write in the library.
     */
    public List<DocumentLink> linkable(Account viewer, Atrium meetingAtrium, long meetingId, String text, int max) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (typed.isEmpty() || !mayWrite(viewer, reaches.of(viewer), meetingAtrium)) {
            return List.of();
        }
        String like = LikePattern.containing(typed);
        return em.createQuery("SELECT NEW be.atrium.documents.DocumentLink(d.id, d.title) FROM Document d "
                        + "WHERE d.atrium = :atrium AND d.deletedAt IS NULL AND LOWER(d.title) LIKE :typed ESCAPE '!' "
                        + "AND (d.meetingId IS NULL OR d.meetingId <> :meeting) ORDER BY d.title, d.id", DocumentLink.class)
                .setParameter("atrium", meetingAtrium).setParameter("typed", like).setParameter("meeting", meetingId)
                .setMaxResults(Math.max(1, max)).getResultList();
    }

    // --- the bin

    /** Puts a document in its library's bin (its writers); search forgets it. */
    public DocumentView moveToBin(Account viewer, long id) {
        Document document = writable(viewer, id);
        document.moveToBin(em.find(Account.class, viewer.getId()), now());
        em.flush();
        outbox.record(DocumentChanges.BINNED, id, viewer.getId());
        return view(viewer, document, false);
    }

    /** Takes a document out of the bin (moderators, and whoever put it there). */
    public DocumentView restoreFromBin(Account viewer, long id) {
        Document document = readable(viewer, id);
        Reach reach = reaches.of(viewer);
        boolean deleter = document.getDeletedBy() != null && document.getDeletedBy().getId().equals(viewer.getId());
        if (!reach.canModerate(document.getAtrium()) && !deleter) {
            throw new ForbiddenException("document.bin.forbidden");
        }
        document.restoreFromBin(em.find(Account.class, viewer.getId()), now());
        em.flush();
        outbox.record(DocumentChanges.RESTORED, id, viewer.getId());
        return view(viewer, document, false);
    }

    /** The documents in a library's bin, newest deletion first (its moderators). */
    public List<DocumentView> bin(Account viewer, String atriumSlug) {
        Atrium atrium = visibleAtrium(viewer, atriumSlug);
        requireModerator(viewer, atrium);
        return summaries(viewer, atrium, "d.deletedAt IS NOT NULL", Map.of(), "d.deletedAt DESC, d.id DESC");
    }

    /**
     * Removes the documents of a library's bin for good (its moderators), with their versions;
     * the stored bytes go with the next sweep when nothing else refers to them.
     *
     * @return the number of documents removed
     */
    public int emptyBin(Account viewer, String atriumSlug) {
        Atrium atrium = visibleAtrium(viewer, atriumSlug);
        requireModerator(viewer, atrium);
        TypedQuery<Long> q = em.createQuery("SELECT d.id FROM Document d WHERE d.deletedAt IS NOT NULL AND "
                + (atrium == null ? "d.atrium IS NULL" : "d.atrium = :atrium"), Long.class);
        if (atrium != null) {
            q.setParameter("atrium", atrium);
        }
        List<Long> ids = q.getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        em.createQuery("DELETE FROM DocumentVersion v WHERE v.document.id IN :ids").setParameter("ids", ids)
                .executeUpdate();
        // document_tag rows go with their document (ON DELETE CASCADE)
        em.createQuery("DELETE FROM Document d WHERE d.id IN :ids").setParameter("ids", ids).executeUpdate();
        List<Outbox.Change> changes = new ArrayList<>();
        ids.forEach(id -> changes.add(new Outbox.Change(DocumentChanges.DELETED, id, viewer.getId())));
        outbox.recordAll(changes);
        return ids.size();
    }

    // --- reading

    /** A folder of a library: the documents in it (fixed number of queries) and its sub-folders. */
    public DocumentView.Folder folder(Account viewer, String atriumSlug, String folder) {
        Atrium atrium = visibleAtrium(viewer, atriumSlug);
        String path = DocumentFolders.normalise(folder);
        List<DocumentView> documents = summaries(viewer, atrium, "d.deletedAt IS NULL AND d.folder = :folder",
                Map.of("folder", path), "d.title, d.id");
        TypedQuery<String> folders = em.createQuery("SELECT DISTINCT d.folder FROM Document d WHERE d.deletedAt IS NULL "
                + "AND " + (atrium == null ? "d.atrium IS NULL" : "d.atrium = :atrium")
                + (path.isEmpty() ? " AND d.folder <> ''" : " AND d.folder LIKE :prefix ESCAPE '!'"), String.class);
        if (atrium != null) {
            folders.setParameter("atrium", atrium);
        }
        if (!path.isEmpty()) {
            folders.setParameter("prefix", likePrefix(path));
        }
        Reach reach = reaches.of(viewer);
        return new DocumentView.Folder(atrium == null ? null : atrium.getSlug(), path,
                DocumentFolders.children(path, folders.getResultList()), documents, mayWrite(viewer, reach, atrium),
                reach.canModerate(atrium));
    }

    /**
     * A page of a library's folder for its page, by title: the documents of the folder or, with a
     * kind or a tag, those of the folder and every folder below it that match; their number; the
     * folders directly in it; the tags of the library. A fixed number of queries, whatever the page holds.
     */
    public DocumentView.Library library(Account viewer, String atriumSlug, String folder, DocumentKind kind,
                                        String tag, int first, int max) {
        Atrium atrium = visibleAtrium(viewer, atriumSlug);
        String path = DocumentFolders.normalise(folder);
        String scope = atrium == null ? "d.atrium IS NULL" : "d.atrium = :atrium";
        boolean filtered = kind != null || (tag != null && !tag.isBlank());
        StringBuilder condition = new StringBuilder("d.deletedAt IS NULL");
        Map<String, Object> params = new HashMap<>();
        if (!filtered) {
            condition.append(" AND d.folder = :folder");
            params.put("folder", path);
        } else if (!path.isEmpty()) {
            condition.append(" AND (d.folder = :folder OR d.folder LIKE :below ESCAPE '!')");
            params.put("folder", path);
            params.put("below", likePrefix(path));
        }
        if (kind != null) {
            condition.append(" AND d.kind = :kind");
            params.put("kind", kind);
        }
        if (tag != null && !tag.isBlank()) {
            condition.append(" AND d.id IN (SELECT t.id FROM Document t JOIN t.tags g WHERE g = :tag)");
            params.put("tag", tag.strip().toLowerCase(Locale.ROOT));
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM Document d WHERE " + scope + " AND "
                + condition, Long.class);
        if (atrium != null) {
            count.setParameter("atrium", atrium);
        }
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        List<DocumentView> documents = total == 0 ? List.of()
                : summaries(viewer, atrium, condition.toString(), params, "d.title, d.id", Math.max(0, first),
                Math.max(1, max));
        TypedQuery<String> folders = em.createQuery("SELECT DISTINCT d.folder FROM Document d WHERE d.deletedAt IS NULL "
                + "AND " + scope + (path.isEmpty() ? " AND d.folder <> ''" : " AND d.folder LIKE :prefix ESCAPE '!'"), String.class);
        // native: EclipseLink cannot order by the value of an element collection
        jakarta.persistence.Query tags = em.createNativeQuery("SELECT DISTINCT t.tag FROM document_tag t "
                + "JOIN document d ON d.id = t.document_id WHERE d.deleted_at IS NULL AND "
                + (atrium == null ? "d.atrium_id IS NULL" : "d.atrium_id = ?1") + " ORDER BY t.tag LIMIT 200");
        if (atrium != null) {
            folders.setParameter("atrium", atrium);
            tags.setParameter(1, atrium.getId());
        }
        if (!path.isEmpty()) {
            folders.setParameter("prefix", likePrefix(path));
        }
        Reach reach = reaches.of(viewer);
        return new DocumentView.Library(atrium == null ? null : atrium.getSlug(), atrium == null ? null
                : atrium.getName(), path, DocumentFolders.children(path, folders.getResultList()), documents, total,
                ((List<?>) tags.getResultList()).stream().map(String::valueOf).toList(), mayWrite(viewer, reach, atrium),
                reach.canModerate(atrium));
    }

    /** What LIKE matches for the folders below a path (its wildcards escaped). */
    private static String likePrefix(String path) {
        return LikePattern.startingWith(path + "/");
    }

    /** One document with every version (404 when the viewer may not see it, as for a missing id). */
    public DocumentView read(Account viewer, long id) {
        return view(viewer, readable(viewer, id), true);
    }

    /**
     * Where the bytes of a version are (the newest when {@code number} is null), for readers of
     * the document only. The bytes are checked against their SHA-256 outside any transaction.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Download open(Account viewer, long id, Integer number) {
        DocumentView.VersionView version = self.version(viewer, id, number);
        try {
            return new Download(version, store.verified(version.storageKey(), version.sha256()));
        } catch (AttachmentStore.StoredFileDamagedException e) {
            throw new NotFoundException("document " + id + " file: " + e.getMessage());
        }
    }

    /** A version of a readable document (404 for a number it does not have). */
    public DocumentView.VersionView version(Account viewer, long id, Integer number) {
        Document document = readable(viewer, id);
        int n = number == null ? document.getCurrentVersion() : number;
        List<Object[]> rows = em.createQuery("SELECT v, u.username, u.displayName FROM DocumentVersion v JOIN v.uploader u "
                        + "WHERE v.document = :d AND v.number = :n", Object[].class)
                .setParameter("d", document).setParameter("n", n).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("document " + id + " version " + n);
        }
        return DocumentView.VersionView.of((DocumentVersion) rows.get(0)[0], (String) rows.get(0)[1],
                (String) rows.get(0)[2]);
    }

    // --- rules

    /** The Atrium of a slug whose library the viewer may write in ({@code null}: network-wide). */
    public Atrium writableAtrium(Account viewer, String atriumSlug) {
        Atrium atrium = visibleAtrium(viewer, atriumSlug);
        if (!mayWrite(viewer, reaches.of(viewer), atrium)) {
            throw new ForbiddenException("document.write.forbidden");
        }
        return atrium;
    }

    /** A document the viewer may change (not in the bin). */
    public Document writable(Account viewer, long id) {
        Document document = readable(viewer, id);
        if (!mayWrite(viewer, reaches.of(viewer), document.getAtrium())) {
            throw new ForbiddenException("document.write.forbidden");
        }
        if (document.isBinned()) {
            throw new DomainException("document.inBin", null);
        }
        return document;
    }

    /**
     * A document the viewer may read: its Atrium is visible to the viewer; a document in the
     * bin only to whoever may restore it. Anything else reads as a missing id.
     */
    Document readable(Account viewer, long id) {
        Document document = em.find(Document.class, id);
        Reach reach = reaches.of(viewer);
        if (document == null || !reach.canSee(document.getAtrium())) {
            throw new NotFoundException("document " + id);
        }
        if (document.isBinned() && !reach.canModerate(document.getAtrium())
                && !document.getDeletedBy().getId().equals(viewer.getId())) {
            throw new NotFoundException("document " + id);
        }
        return document;
    }

    private Atrium visibleAtrium(Account viewer, String atriumSlug) {
        if (atriumSlug == null || atriumSlug.isBlank()) {
            if (!reaches.of(viewer).isSignedIn()) {
                throw new NotFoundException("network library");
            }
            return null;
        }
        String slug = atriumSlug.strip().toLowerCase(Locale.ROOT);
        Atrium atrium = atria.findBySlug(slug).orElseThrow(() -> new NotFoundException("atrium " + slug));
        reaches.of(viewer).requireVisible(atrium);
        return atrium;
    }

    /** Members and moderators of the Atrium; network-wide: publishers, relationship managers, administrators. */
    private static boolean mayWrite(Account viewer, Reach reach, Atrium atrium) {
        if (atrium == null) {
            return viewer.isPublisher() || reach.canModerate(null);
        }
        return reach.canModerate(atrium) || reach.isMember(atrium);
    }

    private void requireModerator(Account viewer, Atrium atrium) {
        if (!reaches.of(viewer).canModerate(atrium)) {
            throw new ForbiddenException("document.bin.forbidden");
        }
    }

    /** Links to guidance and threads name existing ones (the meeting link is the meetings' business). */
    private void requireLinks(Document.Details details) {
        if (details.guidanceId() != null && count("guidance", details.guidanceId()) == 0) {
            throw new DomainException("document.guidance.unknown", "guidance", details.guidanceId());
        }
        if (details.threadId() != null && count("discussion_thread", details.threadId()) == 0) {
            throw new DomainException("document.thread.unknown", "thread", details.threadId());
        }
    }

    private long count(String table, long id) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE id = ?1").setParameter(1, id)
                .getSingleResult()).longValue();
    }

    /**
     * Stores an upload's bytes under the library's limit; the attachment flow's refusals become
     * the library's (a type that is not allowed: 415).
     */
    private Attachments.Received receive(Upload file) {
        if (file == null || file.content() == null) {
            throw new DomainException("document.file.required", "file");
        }
        long max = maxBytes();
        try {
            return attachments.receive(file.filename() == null || file.filename().isBlank() ? null : file.filename(),
                    file.declaredLength(), file.content(), max);
        } catch (PayloadTooLargeException e) {
            throw new PayloadTooLargeException("document.tooLarge", "file", AttachmentStore.megabytes(max));
        } catch (DomainException e) {
            throw switch (e.code()) {
                case "attachment.empty" -> new DomainException("document.empty", "file");
                case "attachment.type.notAllowed" -> new UnsupportedTypeException("document.type.notAllowed", "file");
                case "attachment.type.mismatch" -> new UnsupportedTypeException("document.type.mismatch", "file",
                        e.arguments());
                case "attachment.filename.required" -> new DomainException("document.filename.required", "file");
                default -> e;
            };
        }
    }

    private static Document.FileVersion file(Attachments.Received received, String comment, Integer restoredFrom) {
        AttachmentStore.Stored s = received.stored();
        return new Document.FileVersion(received.filename(), s.mediaType(), s.size(), s.key(), s.sha256(), comment,
                restoredFrom);
    }

    /** Documents of a library matching a condition, with their newest versions, tags and text states: four queries. */
    private List<DocumentView> summaries(Account viewer, Atrium atrium, String condition, Map<String, Object> params,
                                         String order) {
        return summaries(viewer, atrium, condition, params, order, 0, Integer.MAX_VALUE);
    }

    private List<DocumentView> summaries(Account viewer, Atrium atrium, String condition, Map<String, Object> params,
                                         String order, int first, int max) {
        TypedQuery<Object[]> q = em.createQuery("SELECT d, v, u.username, u.displayName FROM Document d, "
                + "DocumentVersion v JOIN v.uploader u WHERE v.document = d AND v.number = d.currentVersion AND "
                + (atrium == null ? "d.atrium IS NULL" : "d.atrium = :atrium") + " AND " + condition
                + " ORDER BY " + order, Object[].class);
        if (atrium != null) {
            q.setParameter("atrium", atrium);
        }
        params.forEach(q::setParameter);
        if (first > 0) {
            q.setFirstResult(first);
        }
        if (max < Integer.MAX_VALUE) {
            q.setMaxResults(max);
        }
        List<Object[]> rows = q.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((Document) r[0]).getId()).toList();
        Map<Long, List<String>> tags = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT d.id, t FROM Document d JOIN d.tags t WHERE d.id IN :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            tags.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        Set<String> shas = new LinkedHashSet<>();
        rows.forEach(r -> shas.add(((DocumentVersion) r[1]).getSha256()));
        Map<String, FileTexts.State> states = fileTexts.states(shas);
        Reach reach = reaches.of(viewer);
        boolean write = mayWrite(viewer, reach, atrium);
        boolean moderate = reach.canModerate(atrium);
        List<DocumentView> views = new ArrayList<>();
        for (Object[] r : rows) {
            Document d = (Document) r[0];
            DocumentVersion v = (DocumentVersion) r[1];
            views.add(view(d, atrium, tags.getOrDefault(d.getId(), List.of()),
                    DocumentView.VersionView.of(v, (String) r[2], (String) r[3]), states.get(v.getSha256()), List.of(),
                    write, moderate));
        }
        return views;
    }

    /** One document as shown alone: with its versions, newest first, when asked. */
    private DocumentView view(Account viewer, Document d, boolean withVersions) {
        List<DocumentView.VersionView> versions = new ArrayList<>();
        TypedQuery<Object[]> q = em.createQuery("SELECT v, u.username, u.displayName FROM DocumentVersion v "
                + "JOIN v.uploader u WHERE v.document = :d" + (withVersions ? "" : " AND v.number = :n")
                + " ORDER BY v.number DESC", Object[].class).setParameter("d", d);
        if (!withVersions) {
            q.setParameter("n", d.getCurrentVersion());
        }
        for (Object[] r : q.getResultList()) {
            versions.add(DocumentView.VersionView.of((DocumentVersion) r[0], (String) r[1], (String) r[2]));
        }
        DocumentView.VersionView current = versions.get(0);
        Reach reach = reaches.of(viewer);
        return view(d, d.getAtrium(), new ArrayList<>(d.getTags()), current, fileTexts.state(current.sha256()),
                withVersions ? versions : List.of(), mayWrite(viewer, reach, d.getAtrium()),
                reach.canModerate(d.getAtrium()));
    }

    private static DocumentView view(Document d, Atrium atrium, List<String> tags, DocumentView.VersionView current,
                                     FileTexts.State text, List<DocumentView.VersionView> versions, boolean write,
                                     boolean moderate) {
        return new DocumentView(d.getId(), atrium == null ? null : atrium.getSlug(), d.getFolder(), d.getTitle(),
                d.getDescription(), d.getKind(), d.getDocumentDate(), List.copyOf(tags), d.getGuidanceId(),
                d.getThreadId(), d.getMeetingId(), current, text, versions, d.getCreatedAt(), d.getUpdatedAt(),
                d.getDeletedAt(), write, moderate);
    }

    /** The time of a change as the database keeps it (milliseconds). */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

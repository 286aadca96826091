package be.atrium.search;

import be.atrium.content.AttachmentOwner;
import be.atrium.content.FileTexts;
import be.atrium.discussion.DiscussionThread;
import be.atrium.documents.Document;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceStatus;
import be.atrium.meetings.Meeting;
import be.atrium.meetings.MeetingReport;
import be.atrium.meetings.MeetingStatus;
import be.atrium.network.Atrium;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.practice.PracticeCase;
import be.atrium.wiki.WikiPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads content from the database as the index wants it ({@link SearchItem}): one item by id for
 * a change, or a batch in id order for a rebuild, each batch in a fixed number of queries.
 * Only what a reader may ever see goes in: no drafts, no withdrawn or hidden posts, no thread
 * that was merged into another.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class SearchSources {

    private static final String LEFT_FETCH = "eclipselink.left-join-fetch";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @PersistenceContext
    EntityManager em;

    @Inject
    FileTexts fileTexts;

    private final Clock clock = Clock.systemUTC();

    public Optional<SearchItem> item(String type, long id) {
        List<SearchItem> found = switch (type) {
            case SearchTypes.THREAD -> threads(List.of(id));
            case SearchTypes.WIKI -> wikiPages(List.of(id));
            case SearchTypes.GUIDANCE -> guidance(List.of(id));
            case SearchTypes.PRACTICE -> practice(List.of(id));
            case SearchTypes.DOCUMENT -> documents(List.of(id));
            case SearchTypes.MEETING -> meetings(List.of(id));
            default -> List.of();
        };
        return found.stream().findFirst();
    }

    /** The ids of a type after {@code after}, in order, at most {@code limit}: the rebuild walks them. */
    public List<Long> ids(String type, long after, int limit) {
        String entity = switch (type) {
            case SearchTypes.THREAD -> "DiscussionThread";
            case SearchTypes.WIKI -> "WikiPage";
            case SearchTypes.GUIDANCE -> "Guidance";
            case SearchTypes.PRACTICE -> "PracticeCase";
            case SearchTypes.DOCUMENT -> "Document";
            case SearchTypes.MEETING -> "Meeting";
            default -> throw new IllegalArgumentException(type);
        };
        return em.createQuery("SELECT x.id FROM " + entity + " x WHERE x.id > :after ORDER BY x.id", Long.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    public List<SearchItem> items(String type, List<Long> ids) {
        return switch (type) {
            case SearchTypes.THREAD -> threads(ids);
            case SearchTypes.WIKI -> wikiPages(ids);
            case SearchTypes.GUIDANCE -> guidance(ids);
            case SearchTypes.PRACTICE -> practice(ids);
            case SearchTypes.DOCUMENT -> documents(ids);
            case SearchTypes.MEETING -> meetings(ids);
            default -> List.of();
        };
    }

    /** The threads these posts belong to, in one query. */
    public Set<Long> threadsOfPosts(Collection<Long> postIds) {
        Set<Long> threads = new LinkedHashSet<>();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(postIds));
        for (int from = 0; from < ids.size(); from += 1000) {
            threads.addAll(em.createQuery("SELECT DISTINCT p.thread.id FROM Post p WHERE p.id IN :ids", Long.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList());
        }
        return threads;
    }

    /** The number of items of every type, for a rebuild's progress. */
    public long count() {
        return em.createQuery("SELECT COUNT(t) FROM DiscussionThread t", Long.class).getSingleResult()
                + em.createQuery("SELECT COUNT(p) FROM WikiPage p", Long.class).getSingleResult()
                + em.createQuery("SELECT COUNT(g) FROM Guidance g", Long.class).getSingleResult()
                + em.createQuery("SELECT COUNT(p) FROM PracticeCase p", Long.class).getSingleResult()
                + em.createQuery("SELECT COUNT(d) FROM Document d", Long.class).getSingleResult()
                + em.createQuery("SELECT COUNT(m) FROM Meeting m", Long.class).getSingleResult();
    }

    // --- threads: the question, the accepted answer and the other answers, in four queries

    List<SearchItem> threads(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<DiscussionThread> threads = em.createQuery("SELECT t FROM DiscussionThread t WHERE t.id IN :ids "
                        + "AND t.mergedInto IS NULL ORDER BY t.id", DiscussionThread.class)
                .setParameter("ids", new ArrayList<>(ids)).setHint(LEFT_FETCH, "t.board.atrium")
                .setHint("eclipselink.left-join-fetch", "t.authorOrganisation").getResultList();
        if (threads.isEmpty()) {
            return List.of();
        }
        List<Long> found = threads.stream().map(DiscussionThread::getId).toList();
        Map<Long, List<Object[]>> posts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.thread.id, p.id, p.opening, p.bodyHtml FROM Post p "
                        + "WHERE p.thread.id IN :ids AND p.withdrawnAt IS NULL AND p.hiddenAt IS NULL "
                        + "ORDER BY p.createdAt, p.id", Object[].class)
                .setParameter("ids", found).getResultList()) {
            posts.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
        }
        Map<Long, Long> accepted = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT t.id, t.acceptedPost.id FROM DiscussionThread t "
                + "WHERE t.id IN :ids AND t.acceptedPost IS NOT NULL", Object[].class).setParameter("ids", found)
                .getResultList()) {
            accepted.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, Set<String>> tags = tags("SELECT t.id, x FROM DiscussionThread t JOIN t.tags x WHERE t.id IN :ids", found);
        List<Long> postIds = new ArrayList<>();
        posts.values().forEach(rows -> rows.forEach(p -> postIds.add((Long) p[1])));
        Map<Long, String> files = fileTexts.attachedTexts(AttachmentOwner.Kind.POST, postIds);
        List<SearchItem> items = new ArrayList<>();
        for (DiscussionThread t : threads) {
            StringBuilder question = new StringBuilder();
            StringBuilder acceptedText = new StringBuilder();
            StringBuilder answers = new StringBuilder();
            Long acceptedId = accepted.get(t.getId());
            for (Object[] p : posts.getOrDefault(t.getId(), List.of())) {
                String text = SearchText.plain((String) p[3]);
                if (Boolean.TRUE.equals(p[2])) {
                    question.append(text).append('\n');
                } else if (p[1].equals(acceptedId)) {
                    acceptedText.append(text).append('\n');
                } else {
                    answers.append(text).append('\n');
                }
                String file = files.get((Long) p[1]);
                if (file != null) {
                    answers.append(SearchText.capped(file)).append('\n');
                }
            }
            var atrium = t.getBoard().getAtrium();
            boolean solved = t.isSolved();
            items.add(new SearchItem(SearchTypes.THREAD, t.getId(), t.getTitle(), question.toString().strip(),
                    acceptedText.toString().strip(), answers.toString().strip(), atrium == null ? null : atrium.getId(),
                    atrium == null ? null : atrium.getSlug(),
                    t.getAuthorOrganisation() == null ? null : t.getAuthorOrganisation().getLevel(),
                    tags.getOrDefault(t.getId(), Set.of()), t.getCreatedAt(), t.getLastActivityAt(),
                    t.getKind() == be.atrium.discussion.ThreadKind.QUESTION ? solved : null, null, null,
                    solved ? 1.3f : 1f));
        }
        return items;
    }

    // --- wiki pages

    List<SearchItem> wikiPages(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<WikiPage> pages = em.createQuery("SELECT p FROM WikiPage p WHERE p.id IN :ids ORDER BY p.id",
                        WikiPage.class).setParameter("ids", new ArrayList<>(ids)).setHint(LEFT_FETCH, "p.atrium")
                .getResultList();
        List<Long> found = pages.stream().map(WikiPage::getId).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, GovernmentLevel> levels = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT p.id, o.level FROM WikiPage p JOIN p.createdBy c JOIN c.organisation o "
                + "WHERE p.id IN :ids", Object[].class).setParameter("ids", found).getResultList()) {
            levels.put((Long) r[0], (GovernmentLevel) r[1]);
        }
        Map<Long, Set<String>> tags = tags("SELECT p.id, x FROM WikiPage p JOIN p.tags x WHERE p.id IN :ids", found);
        List<SearchItem> items = new ArrayList<>();
        for (WikiPage p : pages) {
            var atrium = p.getAtrium();
            items.add(new SearchItem(SearchTypes.WIKI, p.getId(), p.getTitle(), SearchText.plain(p.getBodyHtml()), "",
                    "", atrium == null ? null : atrium.getId(), atrium == null ? null : atrium.getSlug(),
                    levels.get(p.getId()), tags.getOrDefault(p.getId(), Set.of()), p.getCreatedAt(), p.getUpdatedAt(),
                    null, null, null, 1.1f));
        }
        return items;
    }

    // --- guidance: published, superseded or withdrawn (never drafts), with its audience

    List<SearchItem> guidance(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Guidance> found = em.createQuery("SELECT g FROM Guidance g WHERE g.id IN :ids AND g.status <> "
                        + "be.atrium.guidance.GuidanceStatus.DRAFT ORDER BY g.id", Guidance.class)
                .setParameter("ids", new ArrayList<>(ids)).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> foundIds = found.stream().map(Guidance::getId).toList();
        Map<Long, Set<Long>> atria = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT g.id, a.id FROM Guidance g JOIN g.audienceAtria a WHERE g.id IN :ids",
                Object[].class).setParameter("ids", foundIds).getResultList()) {
            atria.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]);
        }
        Map<Long, Set<GovernmentLevel>> levels = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT g.id, l FROM Guidance g JOIN g.audienceLevels l WHERE g.id IN :ids",
                Object[].class).setParameter("ids", foundIds).getResultList()) {
            levels.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((GovernmentLevel) r[1]);
        }
        Map<Long, Set<String>> tags = tags("SELECT g.id, x FROM Guidance g JOIN g.tags x WHERE g.id IN :ids", foundIds);
        Map<Long, String> files = fileTexts.attachedTexts(AttachmentOwner.Kind.GUIDANCE, foundIds);
        LocalDate today = LocalDate.now(clock.withZone(BRUSSELS));
        List<SearchItem> items = new ArrayList<>();
        for (Guidance g : found) {
            String text = (g.getSummary() == null ? "" : g.getSummary() + "\n") + SearchText.plain(g.getBodyHtml())
                    + (files.containsKey(g.getId()) ? "\n" + SearchText.capped(files.get(g.getId())) : "");
            var audience = new SearchItem.Audience(g.isAudienceNetwork(), levels.getOrDefault(g.getId(), Set.of()),
                    atria.getOrDefault(g.getId(), Set.of()), g.getOrganisationId());
            items.add(new SearchItem(SearchTypes.GUIDANCE, g.getId(), g.getTitle(), text.strip(), "", "", null, null,
                    g.getLevel(), tags.getOrDefault(g.getId(), Set.of()), g.getCreatedAt(),
                    g.getPublishedAt() == null ? g.getUpdatedAt() : g.getPublishedAt(), null, g.getStatus().name(),
                    audience, standing(g, today)));
        }
        return items;
    }

    /** Guidance in force weighs more than guidance not yet in force, which weighs more than superseded or withdrawn. */
    private static float standing(Guidance g, LocalDate today) {
        if (g.getStatus() == GuidanceStatus.WITHDRAWN) {
            return 0.4f;
        }
        if (g.getStatus() == GuidanceStatus.SUPERSEDED) {
            return 0.6f;
        }
        return g.isInForceOn(today) ? 1.4f : 1f;
    }

    // --- practice cases

    List<SearchItem> practice(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<PracticeCase> found = em.createQuery("SELECT p FROM PracticeCase p WHERE p.id IN :ids ORDER BY p.id",
                        PracticeCase.class).setParameter("ids", new ArrayList<>(ids)).setHint(LEFT_FETCH, "p.atrium")
                .getResultList();
        List<Long> foundIds = found.stream().map(PracticeCase::getId).toList();
        Map<Long, Set<String>> tags = tags("SELECT p.id, x FROM PracticeCase p JOIN p.tags x WHERE p.id IN :ids", foundIds);
        Map<Long, String> files = fileTexts.attachedTexts(AttachmentOwner.Kind.PRACTICE, foundIds);
        List<SearchItem> items = new ArrayList<>();
        for (PracticeCase p : found) {
            String text = String.join("\n", SearchText.plain(p.getContextHtml()), SearchText.plain(p.getApproachHtml()),
                    SearchText.plain(p.getResultHtml()), SearchText.plain(p.getLessonsHtml()),
                    SearchText.capped(files.getOrDefault(p.getId(), ""))).strip();
            var atrium = p.getAtrium();
            items.add(new SearchItem(SearchTypes.PRACTICE, p.getId(), p.getTitle(), text, "", "",
                    atrium == null ? null : atrium.getId(), atrium == null ? null : atrium.getSlug(),
                    GovernmentLevel.MUNICIPAL, tags.getOrDefault(p.getId(), Set.of()), p.getCreatedAt(),
                    p.getUpdatedAt() == null ? p.getCreatedAt() : p.getUpdatedAt(), null, null, null,
                    p.isHighlighted() ? 1.2f : 1f));
        }
        return items;
    }

    // --- documents of the libraries (not those in a bin): title, description, tags and the newest file's text

    List<SearchItem> documents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("SELECT d, v.sha256, a FROM Document d LEFT JOIN d.atrium a, "
                        + "DocumentVersion v WHERE v.document = d AND v.number = d.currentVersion AND d.id IN :ids "
                        + "AND d.deletedAt IS NULL ORDER BY d.id", Object[].class)
                .setParameter("ids", new ArrayList<>(ids)).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> foundIds = rows.stream().map(r -> ((Document) r[0]).getId()).toList();
        Map<Long, GovernmentLevel> levels = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT d.id, o.level FROM Document d JOIN d.createdBy c JOIN c.organisation o "
                + "WHERE d.id IN :ids", Object[].class).setParameter("ids", foundIds).getResultList()) {
            levels.put((Long) r[0], (GovernmentLevel) r[1]);
        }
        Map<Long, Set<String>> tags = tags("SELECT d.id, x FROM Document d JOIN d.tags x WHERE d.id IN :ids", foundIds);
        Map<String, String> texts = fileTexts.texts(rows.stream().map(r -> (String) r[1]).toList());
        List<SearchItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            Document d = (Document) r[0];
            String body = String.join("\n", d.getDescription() == null ? "" : d.getDescription(),
                    SearchText.capped(texts.getOrDefault((String) r[1], ""))).strip();
            var atrium = (be.atrium.network.Atrium) r[2];
            items.add(new SearchItem(SearchTypes.DOCUMENT, d.getId(), d.getTitle(), body, "", "",
                    atrium == null ? null : atrium.getId(), atrium == null ? null : atrium.getSlug(),
                    levels.get(d.getId()), tags.getOrDefault(d.getId(), Set.of()), d.getCreatedAt(), d.getUpdatedAt(),
                    null, null, null, 1f));
        }
        return items;
    }

    // --- meetings: title, place and agenda, and the report (weighed as much as an accepted answer), in two queries

    List<SearchItem> meetings(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("SELECT m, a, o.level FROM Meeting m JOIN m.atrium a JOIN m.organiser c "
                        + "LEFT JOIN c.organisation o WHERE m.id IN :ids ORDER BY m.id", Object[].class)
                .setParameter("ids", new ArrayList<>(ids)).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, MeetingReport> reports = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT r.meeting.id, r FROM MeetingReport r WHERE r.meeting.id IN :ids",
                Object[].class).setParameter("ids", rows.stream().map(r -> ((Meeting) r[0]).getId()).toList())
                .getResultList()) {
            reports.put((Long) r[0], (MeetingReport) r[1]);
        }
        List<SearchItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            Meeting m = (Meeting) r[0];
            Atrium atrium = (Atrium) r[1];
            MeetingReport report = reports.get(m.getId());
            String body = String.join("\n", m.getPlace() == null ? "" : m.getPlace(),
                    m.getAgendaHtml() == null ? "" : SearchText.plain(m.getAgendaHtml())).strip();
            String reportText = report == null ? "" : SearchText.plain(report.getBodyHtml());
            Instant changed = report == null || report.getUpdatedAt().isBefore(m.getUpdatedAt()) ? m.getUpdatedAt()
                    : report.getUpdatedAt();
            items.add(new SearchItem(SearchTypes.MEETING, m.getId(), m.getTitle(), body, reportText, "",
                    atrium.getId(), atrium.getSlug(), (GovernmentLevel) r[2], Set.of(), m.getCreatedAt(), changed,
                    null, m.isCancelled() ? MeetingStatus.CANCELLED.name() : null, null, m.isCancelled() ? 0.6f : 1f));
        }
        return items;
    }

    private Map<Long, Set<String>> tags(String jpql, List<Long> ids) {
        Map<Long, Set<String>> tags = new HashMap<>();
        if (ids.isEmpty()) {
            return tags;
        }
        for (Object[] r : em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()) {
            tags.computeIfAbsent((Long) r[0], k -> new LinkedHashSet<>()).add((String) r[1]);
        }
        return tags;
    }
}

package be.atrium.discussion;

import be.atrium.content.MarkdownRenderer;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumKind;
import be.atrium.network.AtriumRepository;
import be.atrium.network.NetworkService;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Imports questions and answers from another forum or wiki (CORPUS.md), one line per
 * transaction, so a bad line never undoes the good ones. Idempotent by source id through
 * {@code import_source}: importing the same id again updates title, body, tags and the accepted
 * answer, never adds a second copy. Unknown authors become placeholder accounts that cannot
 * log in; an unknown Atrium slug becomes an Atrium open to the whole network.
 */
@ApplicationScoped
public class DiscussionImporter {

    /** The network-wide board that items without an Atrium go to when no theme board exists yet. */
    public static final String NETWORK_BOARD = "netwerk";

    /** What one imported line did: created or updated, and the Atrium it had to create, if any. */
    public record Outcome(boolean created, String createdAtrium) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DiscussionRepository repository;

    @Inject
    AccountRepository accounts;

    @Inject
    AtriumRepository atria;

    @Inject
    NetworkService network;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Only administrators import; checked before the body is read. */
    public void requireImporter(Account actor) {
        if (actor == null || !actor.isAdministrator()) {
            throw new ForbiddenException("only administrators import");
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome importLine(Account actor, ImportLine line) {
        requireImporter(actor);
        return switch (line.type()) {
            case QUESTION -> question(actor, line);
            case ANSWER -> answer(actor, line);
        };
    }

    private Outcome question(Account actor, ImportLine line) {
        Instant at = line.created() != null ? line.created() : clock.instant();
        Account author = author(line.author());
        Optional<Long> existing = source(line.sourceId(), "question");
        DiscussionThread thread = existing.map(id -> em.find(DiscussionThread.class, id)).orElse(null);
        if (thread != null) {
            thread.retitle(line.title());
            thread.retag(line.tags());
            Post opening = repository.opening(thread).orElseThrow();
            rewrite(opening, line.body());
            outbox.record("thread", thread.getId(), "edited");
            remember(line.sourceId(), "question", thread.getId(), existing.isPresent());
            return new Outcome(false, null);
        }
        String[] createdAtrium = new String[1];
        Board board = board(actor, line.atrium(), createdAtrium);
        thread = new DiscussionThread(board, ThreadKind.QUESTION, line.title(), author, false, line.tags(), at);
        em.persist(thread);
        Post opening = new Post(thread, author, true, line.body(), markdown.html(line.body()), null, at);
        em.persist(opening);
        em.flush();
        em.persist(new PostRevision(opening, 1, line.body(), author, at));
        outbox.record("thread", thread.getId(), "created");
        remember(line.sourceId(), "question", thread.getId(), existing.isPresent());
        return new Outcome(true, createdAtrium[0]);
    }

    private Outcome answer(Account actor, ImportLine line) {
        Instant at = line.created() != null ? line.created() : clock.instant();
        DiscussionThread thread = source(line.parent(), "question").flatMap(id -> repository.thread(id))
                .orElseThrow(() -> new DomainException("import.parent.notFound", "parent", line.parent()));
        Account author = author(line.author());
        Optional<Long> existing = source(line.sourceId(), "answer");
        Post post = existing.map(id -> em.find(Post.class, id)).orElse(null);
        boolean created = post == null;
        if (created) {
            post = new Post(thread, author, false, line.body(), markdown.html(line.body()), null, at);
            if (at.isAfter(thread.getLastActivityAt())) {
                thread.replied(author, at);
            } else {
                thread.absorbed(1, at); // an answer older than the latest activity keeps that order
            }
            em.persist(post);
            em.flush();
            em.persist(new PostRevision(post, 1, line.body(), author, at));
            outbox.record("post", post.getId(), "created");
        } else {
            thread = post.getThread();
            rewrite(post, line.body());
            outbox.record("post", post.getId(), "edited");
        }
        Post accepted = thread.getAcceptedPost();
        if (line.accepted()) {
            if (accepted == null || !accepted.getId().equals(post.getId())) {
                thread.accept(post, actor, true);
                outbox.record("thread", thread.getId(), "solved");
            }
        } else if (accepted != null && accepted.getId().equals(post.getId())) {
            thread.unaccept();
        }
        remember(line.sourceId(), "answer", post.getId(), existing.isPresent());
        return new Outcome(created, null);
    }

    /** A new text for an imported post, rendered like any post; its latest revision keeps it. */
    private void rewrite(Post post, String body) {
        if (body.equals(post.getBody())) {
            return;
        }
        em.createQuery("UPDATE Post p SET p.body = :body, p.bodyHtml = :html, p.version = p.version + 1 "
                        + "WHERE p.id = :id")
                .setParameter("body", body).setParameter("html", markdown.html(body)).setParameter("id", post.getId())
                .executeUpdate();
        em.createQuery("UPDATE PostRevision r SET r.body = :body WHERE r.post.id = :id AND r.number = :number")
                .setParameter("body", body).setParameter("id", post.getId())
                .setParameter("number", post.getRevisionCount()).executeUpdate();
    }

    /** The account of a username, or a new placeholder that cannot log in. */
    private Account author(String username) {
        String name = Account.requireUsername(username);
        return accounts.findByUsername(name).orElseGet(() -> {
            Account placeholder = Account.placeholder(name, clock.instant());
            em.persist(placeholder);
            return placeholder;
        });
    }

    /**
     * The board of an Atrium slug; an unknown slug creates an Atrium open to the whole network
     * (its board comes with it). No slug: the network-wide board.
     */
    private Board board(Account actor, String slug, String[] createdAtrium) {
        if (slug == null) {
            return networkBoard();
        }
        Optional<Atrium> atrium = atria.findBySlug(slug);
        if (atrium.isPresent()) {
            return repository.boardOf(atrium.get()).orElseThrow(() -> new DomainException("import.atrium.noBoard",
                    "atrium", slug));
        }
        Optional<Board> networkWide = repository.boardBySlug(slug).filter(b -> b.getAtrium() == null);
        if (networkWide.isPresent()) {
            return networkWide.get();
        }
        Atrium made = network.createAtrium(actor, slug, slug, AtriumKind.THEMATIC, false, null);
        createdAtrium[0] = made.getSlug();
        return repository.boardOf(made).orElseThrow(() -> new DomainException("import.atrium.noBoard", "atrium", slug));
    }

    private Board networkBoard() {
        Optional<Board> board = repository.boardBySlug(NETWORK_BOARD).filter(b -> b.getAtrium() == null);
        if (board.isPresent()) {
            return board.get();
        }
        return repository.networkWideBoards().stream().filter(b -> b.getKind() == BoardKind.THEME).findFirst()
                .orElseGet(() -> {
                    Board made = Board.theme(NETWORK_BOARD, "Netwerk", null, clock.instant());
                    em.persist(made);
                    return made;
                });
    }

    /** The entity an earlier import made for this source id; another type under the same id is an error. */
    private Optional<Long> source(String sourceId, String type) {
        List<?> rows = em.createNativeQuery("SELECT item_type, entity_id FROM import_source WHERE source_id = ?1")
                .setParameter(1, sourceId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!type.equals(row[0])) {
            throw new DomainException("import.id.otherType", "id", sourceId, row[0]);
        }
        return Optional.of(((Number) row[1]).longValue());
    }

    private void remember(String sourceId, String type, long entityId, boolean known) {
        Timestamp now = Timestamp.from(clock.instant());
        if (known) {
            em.createNativeQuery("UPDATE import_source SET entity_id = ?1, imported_at = ?2 WHERE source_id = ?3")
                    .setParameter(1, entityId).setParameter(2, now).setParameter(3, sourceId).executeUpdate();
        } else {
            em.createNativeQuery("INSERT INTO import_source (source_id, item_type, entity_id, imported_at) "
                            + "VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, sourceId).setParameter(2, type).setParameter(3, entityId).setParameter(4, now)
                    .executeUpdate();
        }
    }
}

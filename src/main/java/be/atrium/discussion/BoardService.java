package be.atrium.discussion;

import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.platform.AuditLog;
import be.atrium.platform.ConflictException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The network-wide boards: theme boards that administrators set up and the expert boards of the
 * provinces and the Flemish government. Everyone signed in sees them; administrators create
 * theme boards and rename or describe network-wide boards (audited).
 */
@ApplicationScoped
@Transactional
public class BoardService {

    @PersistenceContext
    EntityManager em;

    @Inject
    DiscussionRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A network-wide board with its number of threads. A class with getters so Jakarta EL can display it. */
    public static final class BoardSummary {
        private final Board board;
        private final long threads;

        public BoardSummary(Board board, long threads) {
            this.board = board;
            this.threads = threads;
        }

        public Board getBoard() {
            return board;
        }

        public long getThreads() {
            return threads;
        }
    }

    /** All network-wide boards (by kind, then name) with their thread counts: two queries in all. */
    public List<BoardSummary> networkWide(Account viewer) {
        if (viewer == null) {
            throw new ForbiddenException("signed-in users only");
        }
        Map<Long, Long> counts = repository.networkWideThreadCounts();
        List<BoardSummary> result = new ArrayList<>();
        for (Board board : repository.networkWideBoards()) {
            result.add(new BoardSummary(board, counts.getOrDefault(board.getId(), 0L)));
        }
        return result;
    }

    /** The network-wide boards for the administration page (administrators only). */
    public List<BoardSummary> forAdministrator(Account actor) {
        requireAdministrator(actor);
        return networkWide(actor);
    }

    /** One network-wide board, for administrators to edit. */
    public Board networkWideBoard(Account actor, String slug) {
        requireAdministrator(actor);
        return repository.boardBySlug(slug).filter(Board::isNetworkWide)
                .orElseThrow(() -> new NotFoundException("board " + slug));
    }

    public Board createTheme(Account actor, String slug, String name, String description) {
        requireAdministrator(actor);
        String normalised = Atrium.requireSlug(slug);
        Board board = Board.theme(normalised, name, description, clock.instant());
        long taken = em.createQuery("SELECT COUNT(b) FROM Board b WHERE b.slug = :slug", Long.class)
                .setParameter("slug", normalised).getSingleResult()
                + em.createQuery("SELECT COUNT(a) FROM Atrium a WHERE a.slug = :slug", Long.class)
                .setParameter("slug", normalised).getSingleResult();
        if (taken > 0) {
            throw new ConflictException("board.slug.taken", "slug", normalised);
        }
        em.persist(board);
        audit.record(actor.getUsername(), "board.create", normalised, board.getName());
        return board;
    }

    public Board describe(Account actor, String slug, String name, String description) {
        Board board = networkWideBoard(actor, slug);
        board.describe(name, description);
        audit.record(actor.getUsername(), "board.update", board.getSlug(), board.getName());
        return board;
    }

    static void requireAdministrator(Account actor) {
        if (actor == null || !actor.isAdministrator()) {
            throw new ForbiddenException("administrators only");
        }
    }
}

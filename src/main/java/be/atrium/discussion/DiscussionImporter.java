package be.atrium.discussion;

import be.atrium.content.MarkdownRenderer;
import be.atrium.content.imports.ImportHandler;
import be.atrium.content.imports.ImportItem;
import be.atrium.content.imports.ImportOutcome;
import be.atrium.content.imports.ImportSupport;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.platform.DomainException;
import be.atrium.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Imports questions and answers from another forum or wiki (CORPUS.md), one line per
 * transaction, so a bad line never undoes the good ones. Idempotent by source id through
 * {@code import_source}: importing the same id again updates title, body, tags and the accepted
 * answer, never adds a second copy. Unknown authors become placeholder accounts that cannot
 * log in; an unknown Atrium slug becomes an Atrium open to the whole network.
 */
@ApplicationScoped
public class DiscussionImporter implements ImportHandler {

    /** The network-wide board that items without an Atrium go to when no theme board exists yet. */
    public static final String NETWORK_BOARD = "netwerk";

    @PersistenceContext
    EntityManager em;

    @Inject
    DiscussionRepository repository;

    @Inject
    ImportSupport support;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Override
    public Set<String> types() {
        return Set.of("question", "answer");
    }

    @Override
    public ImportOutcome importItem(Account actor, ImportItem item) {
        ImportLine line = ImportLine.of(item);
        return switch (line.type()) {
            case QUESTION -> question(actor, line);
            case ANSWER -> answer(actor, line);
        };
    }

    private ImportOutcome question(Account actor, ImportLine line) {
        Instant at = line.created() != null ? line.created() : clock.instant();
        Account author = support.author(line.author());
        Optional<Long> existing = support.source(line.sourceId(), "question");
        DiscussionThread thread = existing.map(id -> em.find(DiscussionThread.class, id)).orElse(null);
        if (thread != null) {
            thread.retitle(line.title());
            thread.retag(line.tags());
            Post opening = repository.opening(thread).orElseThrow();
            rewrite(opening, line.body());
            outbox.record(DiscussionChanges.THREAD_EDITED, thread.getId(), actor.getId());
            support.remember(line.sourceId(), "question", thread.getId(), existing.isPresent());
            return new ImportOutcome(false, null);
        }
        String[] createdAtrium = new String[1];
        Board board = board(actor, line.atrium(), createdAtrium);
        DiscussionThread made = new DiscussionThread(board, ThreadKind.QUESTION, line.title(), author, false,
                line.tags(), at);
        em.persist(made);
        Post opening = new Post(made, author, true, line.body(), markdown.html(line.body()), null, at);
        em.persist(opening);
        em.persist(new PostRevision(opening, 1, line.body(), author, at));
        // the ids come with the batch's one flush (ImportSupport.finish)
        support.recordLater(DiscussionChanges.THREAD_CREATED, made::getId, actor.getId());
        support.remember(line.sourceId(), "question", made, made::getId);
        support.created(made);
        return new ImportOutcome(true, createdAtrium[0]);
    }

    private ImportOutcome answer(Account actor, ImportLine line) {
        Instant at = line.created() != null ? line.created() : clock.instant();
        DiscussionThread thread = support.sourceEntity(line.parent(), "question", DiscussionThread.class)
                .orElseThrow(() -> new DomainException("import.parent.notFound", "parent", line.parent()));
        Account author = support.author(line.author());
        Optional<Long> existing = support.source(line.sourceId(), "answer");
        Post post = existing.map(id -> em.find(Post.class, id)).orElse(null);
        boolean created = post == null;
        if (created) {
            post = new Post(thread, author, false, line.body(), markdown.html(line.body()), null, at);
            if (!support.createdInThisBatch(thread)) { // saved before: others may be answering it now, the database counts
                if (at.isAfter(thread.getLastActivityAt())) {
                    thread.requireOpen();
                }
                repository.countReplies(thread, 1, author, at, false);
            } else if (at.isAfter(thread.getLastActivityAt())) {
                thread.replied(author, at);
            } else {
                thread.absorbed(1, at); // an answer older than the latest activity keeps that order
            }
            em.persist(post);
            em.persist(new PostRevision(post, 1, line.body(), author, at));
            Post made = post;
            support.recordLater(DiscussionChanges.POST_CREATED, made::getId, actor.getId());
        } else {
            thread = post.getThread();
            rewrite(post, line.body());
            outbox.record(DiscussionChanges.POST_EDITED, post.getId(), actor.getId());
        }
        Post accepted = thread.getAcceptedPost();
        if (line.accepted()) {
            if (accepted != post) {
                if (thread.getId() == null) {
                    em.flush(); // a question of this batch: accepting compares its id
                }
                thread.accept(post, actor, true);
                DiscussionThread solved = thread;
                support.recordLater(DiscussionChanges.THREAD_SOLVED, solved::getId, actor.getId());
            }
        } else if (accepted == post) {
            thread.unaccept();
        }
        Post made = post;
        support.remember(line.sourceId(), "answer", made, made::getId);
        return new ImportOutcome(created, null);
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

    /**
     * The board of an Atrium slug; an unknown slug creates an Atrium open to the whole network
     * (its board comes with it). No slug: the network-wide board.
     */
    private Board board(Account actor, String slug, String[] createdAtrium) {
        if (slug == null) {
            return networkBoard();
        }
        Optional<Atrium> atrium = support.atrium(slug);
        if (atrium.isPresent()) {
            return support.perBatch("atriumBoard:" + slug, () -> repository.boardOf(atrium.get()))
                    .orElseThrow(() -> new DomainException("import.atrium.noBoard", "atrium", slug));
        }
        Optional<Board> networkWide = support.perBatch("board:" + slug, () -> repository.boardBySlug(slug))
                .filter(b -> b.getAtrium() == null);
        if (networkWide.isPresent()) {
            return networkWide.get();
        }
        Atrium made = support.createAtrium(actor, slug);
        createdAtrium[0] = made.getSlug();
        return repository.boardOf(made).orElseThrow(() -> new DomainException("import.atrium.noBoard", "atrium", slug));
    }

    private Board networkBoard() {
        Optional<Board> board = support.perBatch("board:" + NETWORK_BOARD, () -> repository.boardBySlug(NETWORK_BOARD))
                .filter(b -> b.getAtrium() == null);
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
}

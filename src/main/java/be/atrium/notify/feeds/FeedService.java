package be.atrium.notify.feeds;

import be.atrium.discussion.Board;
import be.atrium.discussion.Excerpt;
import be.atrium.discussion.Post;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceFilter;
import be.atrium.guidance.GuidanceService;
import be.atrium.guidance.GuidanceStatus;
import be.atrium.identity.Account;
import be.atrium.network.Reach;
import be.atrium.network.Reaches;
import be.atrium.platform.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the Atom feeds hold and who may read them. A feed read without a token shows what is open
 * to everyone ({@link Reach#everyone()}: network-wide boards and Atria open to the network,
 * guidance for the whole network); with a personal token, what the token's account may see by
 * its reach. Tokens are secrets shown once and kept as a hash ({@link Secrets}), as the
 * calendar feeds' are.
 */
@ApplicationScoped
@Transactional
public class FeedService {

    /** Entries per feed. */
    public static final int SIZE = 30;
    /** Every personal feed token starts so: it tells a leaked secret's purpose. */
    public static final String PREFIX = "atom_";

    static final int SUMMARY = 400;

    @PersistenceContext
    EntityManager em;

    @Inject
    Reaches reaches;

    @Inject
    GuidanceService guidance;

    @Inject
    Clock clock;

    // ---- tokens

    public boolean hasToken(Account viewer) {
        return token(viewer).isPresent();
    }

    /** A new token for the viewer's feeds (earlier addresses with a token stop working); shown once. */
    public String renew(Account viewer) {
        String secret = Secrets.create(PREFIX);
        Optional<FeedToken> existing = token(viewer);
        if (existing.isPresent()) {
            existing.get().renew(Secrets.hash(secret), clock.instant());
        } else {
            em.persist(new FeedToken(em.find(Account.class, viewer.getId()), Secrets.hash(secret), clock.instant()));
        }
        return secret;
    }

    /** Ends the viewer's token: its addresses answer 404 from now on. */
    public void revoke(Account viewer) {
        token(viewer).ifPresent(em::remove);
    }

    /** The account of a token; empty when unknown, revoked or its account may no longer log in. */
    public Optional<Account> accountOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("FeedToken.byHash", FeedToken.class).setParameter("hash", Secrets.hash(secret))
                .getResultStream().findFirst().map(FeedToken::getAccount).filter(Account::canAuthenticate);
    }

    private Optional<FeedToken> token(Account viewer) {
        return Optional.ofNullable(em.find(FeedToken.class, viewer.getId()));
    }

    // ---- feeds

    /** The reach of a feed's reader: the token's account, or everyone. */
    private Reach reach(Account reader) {
        return reader == null ? Reach.everyone() : reaches.of(reader);
    }

    /** The latest threads of a board; empty when the board does not exist for the reader. */
    public Optional<Feed> board(Account reader, String slug) {
        Reach reach = reach(reader);
        Optional<Board> board = em.createNamedQuery("Board.bySlug", Board.class).setParameter("slug", slug)
                .getResultStream().findFirst().filter(b -> reach.canSee(b.getAtrium()));
        return board.map(b -> new Feed(b.getName(), "/discussion/board.xhtml?board=" + b.getSlug(),
                threads(reach, b, null)));
    }

    /** The latest threads with a tag, on the boards the reader may see. */
    public Feed tag(Account reader, String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        return new Feed("#" + t, "/search/index.xhtml?tag=" + java.net.URLEncoder.encode(t, java.nio.charset.StandardCharsets.UTF_8), threads(reach(reader), null, t));
    }

    /** The latest guidance published for the reader. */
    public Feed guidance(Account reader) {
        return new Feed(null, "/guidance/index.xhtml", guidanceFor(reader));
    }

    /** The whole network: the latest threads and guidance the reader may see, newest first. */
    public Feed network(Account reader) {
        List<FeedEntry> all = new ArrayList<>(threads(reach(reader), null, null));
        all.addAll(guidanceFor(reader));
        all.sort(Comparator.comparing(FeedEntry::updated).reversed());
        return new Feed(null, "/", all.size() > SIZE ? all.subList(0, SIZE) : all);
    }

    private List<FeedEntry> threads(Reach reach, Board board, String tag) {
        TypedQuery<Post> query = em.createQuery("SELECT p FROM Post p JOIN FETCH p.thread t JOIN FETCH p.author "
                + "JOIN t.board b LEFT JOIN b.atrium a WHERE p.opening = TRUE AND t.mergedInto IS NULL AND "
                + reach.atriumVisible("a") + (board == null ? "" : " AND b = :board")
                + (tag == null ? "" : " AND :tag MEMBER OF t.tags") + " ORDER BY t.lastActivityAt DESC", Post.class);
        reach.bind(query);
        if (board != null) {
            query.setParameter("board", board);
        }
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (Post p : query.setMaxResults(SIZE).getResultList()) {
            boolean readable = !p.isHidden() && !p.isWithdrawn();
            entries.add(new FeedEntry("thread", p.getThread().getId(), p.getThread().getTitle(),
                    "/discussion/thread.xhtml?id=" + p.getThread().getId(), p.getThread().getLastActivityAt(),
                    p.getAuthor().getDisplayName(), readable ? Excerpt.of(p.getBody(), SUMMARY) : ""));
        }
        return entries;
    }

    private List<FeedEntry> guidanceFor(Account reader) {
        List<Guidance> items;
        if (reader == null) {
            items = em.createQuery("SELECT g FROM Guidance g LEFT JOIN FETCH g.organisation WHERE g.status = :published "
                            + "AND g.audienceNetwork = TRUE ORDER BY g.publishedAt DESC, g.id DESC", Guidance.class)
                    .setParameter("published", GuidanceStatus.PUBLISHED).setMaxResults(SIZE).getResultList();
        } else {
            items = guidance.list(reader, GuidanceFilter.published(), 0, SIZE).getItems().stream()
                    .map(be.atrium.guidance.GuidanceList.Item::getGuidance).toList();
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (Guidance g : items) {
            String summary = g.getSummary() != null && !g.getSummary().isBlank() ? g.getSummary().strip()
                    : Excerpt.of(g.getBody(), SUMMARY);
            entries.add(new FeedEntry("guidance", g.getId(), g.getTitle(), "/guidance/guidance.xhtml?id=" + g.getId(),
                    g.getPublishedAt() == null ? g.getUpdatedAt() : g.getPublishedAt(),
                    g.getOrganisation() == null ? g.getLevel().name() : g.getOrganisation().getName(), summary));
        }
        return entries;
    }

    /**
     * A feed's content.
     *
     * @param name the board's name or the tag; null for guidance and the network (the page names them)
     * @param path where its page is, relative to the application's root
     */
    public record Feed(String name, String path, List<FeedEntry> entries) {
    }
}

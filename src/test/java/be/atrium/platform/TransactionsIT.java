package be.atrium.platform;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.Post;
import be.atrium.discussion.ThreadKind;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.network.AtriumKind;
import be.atrium.network.NetworkService;
import be.atrium.organisation.Organisation;
import be.atrium.organisation.OrganisationRepository;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.TestQueries;
import be.atrium.wiki.WikiPage;
import be.atrium.wiki.WikiService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.Cache;
import jakarta.persistence.OptimisticLockException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Transactions that collide: a deadlock or lock wait timeout makes the service boundary run the
 * whole transaction again (a bounded number of times), anything else fails at once; the
 * application reads committed data; and no write works from a stale copy of an entity: replies,
 * posts and wiki pages never sit in the shared cache, and a failed transaction empties it.
 */
@ExtendWith(ArquillianExtension.class)
public class TransactionsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    TestQueries db;
    @Inject
    DiscussionService discussions;
    @Inject
    WikiService wiki;
    @Inject
    NetworkService network;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;
    @Inject
    OrganisationRepository organisations;
    @Resource
    ManagedThreadFactory threads;

    @Test
    void aDeadlockedTransactionIsDoneAgainAsAWholeInANewTransaction() throws Exception {
        String n = suffix();
        long a = db.municipality("Slotgem A " + n).getId();
        long b = db.municipality("Slotgem B " + n).getId();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();

        ExecutorService parallel = Executors.newFixedThreadPool(2, threads);
        try {
            Future<?> forward = parallel.submit(() -> db.lockInOrder(a, b, bothHoldOne, attempts));
            Future<?> backward = parallel.submit(() -> db.lockInOrder(b, a, bothHoldOne, attempts));
            forward.get(60, TimeUnit.SECONDS);
            backward.get(60, TimeUnit.SECONDS);
        } finally {
            parallel.shutdownNow();
        }

        assertEquals(3, attempts.get(), "the deadlock's victim ran once more, after the other had committed");
    }

    @Test
    void onlyLockConflictsAreRetriedEachTimeInANewTransactionAndABoundedNumberOfTimes() {
        List<Object> deadlocked = Collections.synchronizedList(new ArrayList<>());
        assertEquals(3, db.failFirst(2, 1213, "40001", deadlocked), "a deadlock");
        assertEquals(3, new HashSet<>(deadlocked).size(), "each attempt a transaction of its own");
        assertEquals(2, db.failFirst(1, 1205, "HY000", new ArrayList<>()), "a lock wait timeout");

        List<Object> always = new ArrayList<>();
        RuntimeException gaveUp = assertThrows(RuntimeException.class, () -> db.failFirst(99, 1213, "40001", always));
        assertTrue(LockConflicts.isLockConflict(gaveUp));
        assertEquals(TransactionRetry.ATTEMPTS, always.size(), "bounded");
        List<Object> waited = new ArrayList<>();
        assertThrows(RuntimeException.class, () -> db.failFirst(99, 1205, "HY000", waited));
        assertEquals(TransactionRetry.LOCK_WAIT_ATTEMPTS, waited.size(), "a lock wait, which already took seconds, once more only");

        List<Object> duplicate = new ArrayList<>();
        assertThrows(RuntimeException.class, () -> db.failFirst(1, 1062, "23000", duplicate));
        assertEquals(1, duplicate.size(), "a duplicate key is no lock conflict: not tried again");
    }

    @Test
    void transactionsReadCommittedData() {
        assertEquals("READ-COMMITTED", db.isolationLevel());
    }

    @Test
    void writesAreMadeFromTheDatabaseNotFromACopyThatAnotherNodeOrALostCommitMadeStale() {
        String n = suffix();
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        String slug = "it-tx-" + n;
        network.createAtrium(admin, slug, "Transacties " + n, AtriumKind.THEMATIC, false, null);
        Account asker = official("txa" + n);
        Account peer = official("txp" + n);
        String board = discussions.boardOfAtrium(asker, slug).board().getSlug();
        DiscussionThread thread = discussions.ask(asker, board, ThreadKind.QUESTION, "Vraag van " + n, "Tekst", null,
                false);
        Post answer = discussions.answer(peer, thread.getId(), "Antwoord", null);
        WikiPage page = wiki.create(admin, slug, null, "Pagina " + n, "Tekst", null);
        discussions.thread(peer, thread.getId(), 0, 10);
        wiki.page(admin, page.getId());

        Cache cache = db.sharedCache();
        assertFalse(cache.contains(DiscussionThread.class, thread.getId()), "threads are not cached");
        assertFalse(cache.contains(Post.class, answer.getId()), "posts are not cached");
        assertFalse(cache.contains(WikiPage.class, page.getId()), "wiki pages are not cached");

        // As after a commit whose connection was killed before the application heard it had succeeded,
        // or a write of another node: the database's versions are ahead of anything read before.
        db.updateAsAnotherNode("UPDATE discussion_thread SET version = version + 434 WHERE id = ?", thread.getId());
        db.updateAsAnotherNode("UPDATE post SET version = version + 7 WHERE id = ?", answer.getId());
        db.updateAsAnotherNode("UPDATE wiki_page SET version = version + 7 WHERE id = ?", page.getId());

        assertTrue(discussions.accept(asker, answer.getId()).isSolved());
        assertEquals(2, discussions.edit(peer, answer.getId(), "Beter antwoord", 1).getNumber());
        assertNotNull(discussions.answer(asker, thread.getId(), "Dank", null));
        assertEquals(2, wiki.edit(admin, page.getId(), null, "Nieuwe tekst", null, 1).getNumber());
        assertEquals(2, discussions.thread(asker, thread.getId(), 0, 10).getThread().getReplyCount());
    }

    @Test
    void aFailedTransactionLeavesNoStaleEntityInTheSharedCache() {
        Organisation municipality = db.municipality("Cachegem " + suffix());
        organisations.findById(municipality.getId()).orElseThrow();
        Cache cache = db.sharedCache();
        assertTrue(cache.contains(Organisation.class, municipality.getId()), "organisations are cached");

        db.updateAsAnotherNode("UPDATE organisation SET version = version + 1 WHERE id = ?", municipality.getId());

        RuntimeException stale = assertThrows(RuntimeException.class,
                () -> db.renameOrganisation(municipality.getId(), "Nieuwgem"));
        assertTrue(causedBy(stale, OptimisticLockException.class), "the cached copy was stale: " + stale);
        assertFalse(cache.contains(Organisation.class, municipality.getId()), "and is forgotten");
        db.renameOrganisation(municipality.getId(), "Nieuwgem");
        assertEquals("Nieuwgem", organisations.findById(municipality.getId()).orElseThrow().getName(),
                "the next write works from the database");
    }

    private Account official(String username) {
        return accounts.createBySystem(new NewAccount(username, username, null, null, Role.OFFICIAL, null));
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Eight random digits, for names no other test uses. */
    private static String suffix() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}

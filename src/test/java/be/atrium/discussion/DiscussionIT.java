package be.atrium.discussion;

import be.atrium.content.AttachmentView;
import be.atrium.content.Attachments;
import be.atrium.content.imports.ImportOutcome;
import be.atrium.content.imports.Importer;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceInput;
import be.atrium.guidance.GuidanceKind;
import be.atrium.guidance.GuidanceService;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.knowledge.KnowledgeKind;
import be.atrium.knowledge.KnowledgeLink;
import be.atrium.knowledge.KnowledgeService;
import be.atrium.knowledge.KnowledgeSource;
import be.atrium.knowledge.KnowledgeTargetType;
import be.atrium.knowledge.ThreadKnowledge;
import be.atrium.network.AtriumKind;
import be.atrium.network.MembershipRole;
import be.atrium.network.MembershipService;
import be.atrium.network.NetworkService;
import be.atrium.organisation.OrganisationRepository;
import be.atrium.platform.ConflictException;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.StatementCounter;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.TestQueries;
import be.atrium.wiki.WikiPage;
import be.atrium.wiki.WikiService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Discussions against a real MariaDB inside Payara Micro: asking, answering, accepting,
 * editing with revisions, withdrawing, helpful votes, who may see which board, and the number
 * of SQL statements of the busiest pages.
 */
@ExtendWith(ArquillianExtension.class)
public class DiscussionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    TestQueries db;
    @Inject
    DiscussionService discussions;
    @Inject
    NetworkService network;

    @Inject
    MembershipService memberships;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;
    @Inject
    ModerationService moderation;

    @Test
    void aQuestionIsAnsweredAcceptedAndShownSolvedWithTheAcceptedAnswerFirst() {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Wanneer is een RUP nodig?",
                "Voor een **kleine** uitbreiding van een KMO-zone?", List.of("RUP", "kmo"), false);
        Post first = discussions.answer(f.peer, thread.getId(), "Eerste antwoord.", null);
        Post second = discussions.answer(f.other, thread.getId(), "Tweede, beter antwoord.", null);

        assertThrows(ForbiddenException.class, () -> discussions.accept(f.peer, second.getId()),
                "only the asker or a moderator accepts");
        discussions.accept(f.asker, second.getId());

        ThreadView view = discussions.thread(f.peer, thread.getId(), 0, 50);
        assertTrue(view.getThread().isSolved());
        assertEquals(List.of("opening", second.getId(), first.getId()), view.getPosts().stream()
                .map(p -> p.getPost().isOpening() ? (Object) "opening" : p.getPost().getId()).toList());
        assertTrue(view.getPosts().get(1).isAccepted());
        assertEquals(2, view.getTotalReplies());
        assertTrue(view.getPosts().get(0).getVisibleHtml().contains("<strong>kleine</strong>"));

        ThreadList solved = discussions.threads(f.peer, f.board, ThreadFilter.SOLVED, null, false, 0, 25);
        assertEquals(1, solved.getTotal());
        assertEquals(List.of("kmo", "rup"), solved.getItems().get(0).getTags());
        assertEquals(0, discussions.threads(f.peer, f.board, ThreadFilter.UNSOLVED, null, false, 0, 25).getTotal());
        assertEquals(1, discussions.threads(f.peer, f.board, ThreadFilter.ALL, "rup", false, 0, 25).getTotal());
    }

    @Test
    void anAnswerOfAnotherThreadOrTheQuestionItselfCannotBeAccepted() {
        Fixture f = new Fixture(false);
        DiscussionThread one = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Vraag een", "Tekst", null, false);
        DiscussionThread two = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Vraag twee", "Tekst", null, false);
        Post answerOfTwo = discussions.answer(f.peer, two.getId(), "Antwoord", null);
        DomainException wrong = assertThrows(DomainException.class,
                () -> discussions.accept(f.asker, openingOf(one).getId()));
        assertEquals("thread.accept.opening", wrong.code());
        DiscussionThread discussion = discussions.ask(f.asker, f.board, ThreadKind.DISCUSSION, "Een discussie",
                "Tekst", null, false);
        Post reply = discussions.answer(f.peer, discussion.getId(), "Reactie", null);
        assertEquals("thread.accept.notQuestion",
                assertThrows(DomainException.class, () -> discussions.accept(f.asker, reply.getId())).code());
        discussions.accept(f.asker, answerOfTwo.getId());
        assertFalse(discussions.thread(f.asker, one.getId(), 0, 10).getThread().isSolved());
    }

    @Test
    void aReplyQuotesAPostOfItsThreadButNotOneOfAnotherThread() {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Citeren",
                "Mag ik een antwoord citeren?", null, false);
        Post answer = discussions.answer(f.peer, thread.getId(), "Ja, met de knop Citeer.", null);
        Post quoting = discussions.answer(f.other, thread.getId(), "> Ja, met de knop Citeer.\n\nDank je!",
                answer.getId());
        ThreadView view = discussions.thread(f.asker, thread.getId(), 0, 50);
        Post shown = view.getPosts().stream().map(PostView::getPost).filter(p -> p.getId().equals(quoting.getId()))
                .findFirst().orElseThrow();
        assertEquals(answer.getId(), shown.getQuotedPost().getId(), "the reply remembers the post it quotes");

        DiscussionThread other = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Andere vraag", "Tekst",
                null, false);
        assertEquals("post.quote.otherThread", assertThrows(DomainException.class,
                () -> discussions.answer(f.other, other.getId(), "Citaat", answer.getId())).code());
        assertEquals(0, discussions.thread(f.asker, other.getId(), 0, 50).getTotalReplies(), "nothing was posted");
    }

    @Test
    void editsKeepEveryRevisionAndAStaleEditIsAConflict() {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Hemelwaterput verplicht?",
                "Eerste versie", null, false);
        Post post = openingOf(thread);
        discussions.edit(f.asker, post.getId(), "Tweede versie", 1);
        assertEquals("post.edit.conflict", assertThrows(ConflictException.class,
                () -> discussions.edit(f.asker, post.getId(), "Oude basis", 1)).code());
        assertThrows(ForbiddenException.class, () -> discussions.edit(f.peer, post.getId(), "Niet van mij", null));
        List<PostRevision> revisions = discussions.revisions(f.peer, post.getId());
        assertEquals(List.of("Eerste versie", "Tweede versie"), revisions.stream().map(PostRevision::getBody).toList());
        assertEquals(f.asker.getUsername(), revisions.get(1).getEditor().getUsername());
    }

    @Test
    void aWithdrawnPostShowsANoticeToOthersAndKeepsItsTextForModerators() {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Vraag over GECORO",
                "Vraag", null, false);
        Post answer = discussions.answer(f.peer, thread.getId(), "Verkeerd antwoord", null);
        discussions.withdraw(f.peer, answer.getId());
        assertThrows(ForbiddenException.class, () -> discussions.withdraw(f.asker, answer.getId()), "only the author withdraws");
        PostView forOthers = discussions.thread(f.other, thread.getId(), 0, 10).getPosts().get(1);
        assertTrue(forOthers.getPost().isWithdrawn());
        assertNull(forOthers.getVisibleHtml(), "others see a notice, not the text");
        PostView forModerator = discussions.thread(f.moderator, thread.getId(), 0, 10).getPosts().get(1);
        assertTrue(forModerator.getVisibleHtml().contains("Verkeerd antwoord"));
    }

    @Test
    void helpfulIsOncePerPersonAndNeverForOnesOwnPost() {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Vraag over MER", "Vraag",
                null, false);
        Post answer = discussions.answer(f.peer, thread.getId(), "Antwoord", null);
        discussions.markHelpful(f.asker, answer.getId());
        assertEquals("post.vote.twice", assertThrows(ConflictException.class,
                () -> discussions.markHelpful(f.asker, answer.getId())).code());
        assertEquals("post.vote.own", assertThrows(DomainException.class,
                () -> discussions.markHelpful(f.peer, answer.getId())).code());
        discussions.markHelpful(f.other, answer.getId());
        PostView view = discussions.thread(f.asker, thread.getId(), 0, 10).getPosts().get(1);
        assertEquals(2, view.getPost().getHelpfulCount());
        assertTrue(view.isVotedByViewer());
    }

    @Test
    void theBoardOfAMemberOnlyAtriumDoesNotExistForOutsiders() {
        Fixture f = new Fixture(true);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Besloten vraag",
                "Alleen voor leden", null, false);
        Account outsider = official("out");
        assertThrows(NotFoundException.class, () -> discussions.threads(outsider, f.board, ThreadFilter.ALL, null,
                false, 0, 10));
        assertThrows(NotFoundException.class, () -> discussions.thread(outsider, thread.getId(), 0, 10));
        assertThrows(NotFoundException.class, () -> discussions.answer(outsider, thread.getId(), "Ik ook", null));
        assertThrows(NotFoundException.class, () -> discussions.ask(outsider, f.board, ThreadKind.QUESTION,
                "Binnendringen", "Tekst", null, false));
        assertEquals(1, discussions.threads(f.peer, f.board, ThreadFilter.ALL, null, false, 0, 10).getTotal());
    }

    @Test
    void unsafeMarkdownIsStoredAsSafeHtml() {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.DISCUSSION, "Veiligheid van tekst",
                "<script>alert('x')</script> <img src=x onerror=alert(1)>\n\n[klik](javascript:alert(2)) en [extern](https://example.org)",
                null, false);
        String html = discussions.thread(f.peer, thread.getId(), 0, 10).getPosts().get(0).getVisibleHtml();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.matches("(?s).*<[^>]*\\son[a-z]+=.*"), "no event handler attribute: " + html);
        assertFalse(html.matches("(?s).*href=\"\\s*javascript.*"), "no javascript: link: " + html);
        assertTrue(html.contains("href=\"https://example.org\""), "a safe link stays a link: " + html);
        assertTrue(html.contains("&lt;script&gt;"), "the payload shows as text: " + html);
        assertTrue(html.contains("rel=\"nofollow noopener\""), html);
    }

    @Test
    void theBoardListAndTheThreadPageUseAFixedNumberOfStatements() {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Telvraag een", "Tekst",
                List.of("a"), false);
        for (int i = 0; i < 3; i++) {
            discussions.answer(i % 2 == 0 ? f.peer : f.other, thread.getId(), "Antwoord " + i, null);
        }
        long fewList = statements(() -> discussions.threads(f.peer, f.board, ThreadFilter.ALL, null, false, 0, 25));
        long fewThread = statements(() -> discussions.thread(f.peer, thread.getId(), 0, 100));
        for (int i = 0; i < 12; i++) {
            DiscussionThread t = discussions.ask(i % 2 == 0 ? f.other : f.asker, f.board, ThreadKind.QUESTION,
                    "Telvraag " + i, "Tekst", List.of("t" + i), false);
            discussions.answer(f.peer, t.getId(), "Antwoord", null);
        }
        for (int i = 0; i < 20; i++) {
            discussions.answer(i % 2 == 0 ? f.moderator : f.other, thread.getId(), "Meer " + i, null);
        }
        long manyList = statements(() -> discussions.threads(f.peer, f.board, ThreadFilter.ALL, null, false, 0, 25));
        long manyThread = statements(() -> discussions.thread(f.peer, thread.getId(), 0, 100));
        assertEquals(fewList, manyList, "board list statements must not grow with threads");
        assertEquals(fewThread, manyThread, "thread page statements must not grow with posts");
        assertTrue(manyList <= 8, "board list: " + manyList);
        assertTrue(manyThread <= 14, "thread page: " + manyThread);
    }

    @Test
    void aLockedThreadTakesNoRepliesAndOnlyModeratorsLockIt() {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.DISCUSSION, "Te sluiten discussie",
                "Tekst", null, false);
        assertThrows(ForbiddenException.class, () -> moderation.lock(f.peer, thread.getId(), true));
        moderation.lock(f.moderator, thread.getId(), true);
        assertEquals("thread.locked", assertThrows(DomainException.class,
                () -> discussions.answer(f.peer, thread.getId(), "Nog iets", null)).code());
        moderation.lock(f.moderator, thread.getId(), false);
        discussions.answer(f.peer, thread.getId(), "Nu wel", null);
    }

    @Test
    void anEscalatedQuestionKeepsItsHistoryAndBothBoardsShowIt() {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Vraag voor de provincie",
                "Hoe lees je artikel 4.4.3 VCRO?", null, false);
        discussions.answer(f.peer, thread.getId(), "Geen idee, vraag het hoger op.", null);
        assertEquals("thread.escalate.notExpert", assertThrows(DomainException.class,
                () -> moderation.escalate(f.moderator, thread.getId(), "thema-omgevingsvergunning")).code());
        moderation.escalate(f.moderator, thread.getId(), "expert-oost-vlaanderen");
        ThreadView moved = discussions.thread(f.asker, thread.getId(), 0, 10);
        assertEquals("expert-oost-vlaanderen", moved.getThread().getBoard().getSlug());
        assertEquals(f.board, moved.getThread().getOriginBoard().getSlug());
        assertEquals(2, moved.getPosts().size(), "the history travels with the question");
        assertTrue(discussions.escalatedFrom(f.peer, f.board, 10).stream()
                .anyMatch(t -> t.getId().equals(thread.getId())), "the origin board still shows it");
        assertEquals(1, discussions.threads(f.asker, "expert-oost-vlaanderen", ThreadFilter.ALL, null, true, 0, 10)
                .getTotal());
    }

    @Test
    void aMergedThreadMovesItsPostsAndItsAddressLeadsToTheTarget() {
        Fixture f = new Fixture(false);
        DiscussionThread target = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Originele vraag",
                "Tekst", null, false);
        DiscussionThread duplicate = discussions.ask(f.other, f.board, ThreadKind.QUESTION, "Dubbele vraag",
                "Zelfde vraag", null, false);
        discussions.answer(f.peer, duplicate.getId(), "Antwoord op het duplicaat", null);
        assertThrows(ForbiddenException.class, () -> moderation.merge(f.peer, duplicate.getId(), target.getId()));
        moderation.merge(f.moderator, duplicate.getId(), target.getId());
        ThreadMovedException moved = assertThrows(ThreadMovedException.class,
                () -> discussions.thread(f.peer, duplicate.getId(), 0, 10));
        assertEquals(target.getId().longValue(), moved.target());
        List<String> texts = discussions.thread(f.peer, target.getId(), 0, 10).getPosts().stream()
                .map(p -> p.getPost().getBody()).toList();
        assertTrue(texts.containsAll(List.of("Tekst", "Zelfde vraag", "Antwoord op het duplicaat")), texts.toString());
    }

    @Inject
    OrganisationRepository organisations;

    @Test
    void escalationSuggestsTheProvinceBoardAndTheModeratorUndoesItWithoutLosingTheThread() {
        Fixture f = new Fixture(false);
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        long oostVlaanderen = organisations.findByNisCode("40000").orElseThrow().getId();
        network.updateAtrium(admin, f.board, "Discussie " + f.board, null, false, oostVlaanderen, null);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Vraag voor de provincie",
                "Hoe lees je artikel 4.4.3 VCRO?", null, false);

        ThreadModeration page = moderation.threadModeration(f.moderator, thread.getId());
        assertEquals("expert-oost-vlaanderen", page.getSuggestedExpertBoard().getSlug());
        assertEquals("expert-oost-vlaanderen", page.getExpertBoards().get(0).getSlug(), "the suggestion comes first");
        assertFalse(page.isUndoable());

        moderation.escalate(f.moderator, thread.getId(), "expert-oost-vlaanderen");
        // the Atrium's moderator does not moderate the expert board, yet sees the thread to undo the escalation
        ThreadModeration after = moderation.threadModeration(f.moderator, thread.getId());
        assertFalse(after.isModerator());
        assertTrue(after.isUndoable());
        assertTrue(after.getPosts().isEmpty(), "nothing else to moderate there");
        assertThrows(ForbiddenException.class, () -> moderation.lock(f.moderator, thread.getId(), true));
        assertThrows(ForbiddenException.class, () -> moderation.threadModeration(f.peer, thread.getId()));
        assertThrows(ForbiddenException.class, () -> moderation.undoTransfer(f.peer, thread.getId()));

        DiscussionThread back = moderation.undoTransfer(f.moderator, thread.getId());
        assertEquals(f.board, back.getBoard().getSlug());
        assertNull(back.getOriginBoard());
        ThreadView read = discussions.thread(f.asker, thread.getId(), 0, 10);
        assertEquals(f.board, read.getThread().getBoard().getSlug());
        assertNull(read.getThread().getOriginBoard(), "no longer shown as escalated");
        assertFalse(discussions.escalatedFrom(f.peer, f.board, 10).stream().anyMatch(t -> t.getId().equals(thread.getId())));
        assertEquals("thread.undo.nothing", assertThrows(DomainException.class,
                () -> moderation.undoTransfer(f.moderator, thread.getId())).code());
        assertEquals(1L, db.nativeSingle("SELECT COUNT(*) FROM audit_entry WHERE action = 'discussion.move-undone' "
                + "AND subject = 'thread:" + thread.getId() + "' AND actor = '" + f.moderator.getUsername() + "'"));

        // a thematic Atrium without a province gets no suggestion
        Fixture g = new Fixture(false);
        DiscussionThread other = discussions.ask(g.asker, g.board, ThreadKind.QUESTION, "Vraag zonder provincie",
                "Tekst", null, false);
        assertNull(moderation.threadModeration(g.moderator, other.getId()).getSuggestedExpertBoard());
    }

    @Test
    void mergeTargetsAreFoundByTitleAndAMergedQuestionIsNeverAnAcceptedAnswer() {
        Fixture f = new Fixture(false);
        String n = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
        DiscussionThread target = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Hemelwaterput 100% verplicht " + n,
                "Tekst", null, false);
        DiscussionThread duplicate = discussions.ask(f.other, f.board, ThreadKind.QUESTION, "HEMELWATERPUT bij renovatie " + n,
                "Zelfde vraag", null, false);
        Post answer = discussions.answer(f.peer, duplicate.getId(), "Antwoord op het duplicaat", null);

        assertEquals(List.of(target.getId()), moderation.mergeTargets(f.moderator, duplicate.getId(),
                "hemelwaterPUT 100% verplicht " + n, 10).stream().map(DiscussionThread::getId).toList(),
                "any case, the % taken literally, never the thread itself");
        assertTrue(moderation.mergeTargets(f.moderator, duplicate.getId(), "100_ verplicht " + n, 10).isEmpty(),
                "_ is no wildcard");
        assertThrows(ForbiddenException.class, () -> moderation.mergeTargets(f.peer, duplicate.getId(), "hemel", 10));

        moderation.merge(f.moderator, duplicate.getId(), target.getId());
        ThreadView view = discussions.thread(f.asker, target.getId(), 0, 10);
        Post mergedQuestion = view.getPosts().stream().map(PostView::getPost)
                .filter(p -> "Zelfde vraag".equals(p.getBody())).findFirst().orElseThrow();
        assertEquals(duplicate.getTitle(), mergedQuestion.getMergedFrom().getTitle());
        assertTrue(mergedQuestion.isMergedOpening());
        assertFalse(mergedQuestion.isAcceptable());
        assertEquals("thread.accept.mergedQuestion", assertThrows(DomainException.class,
                () -> discussions.accept(f.asker, mergedQuestion.getId())).code());
        discussions.accept(f.asker, answer.getId());
        assertTrue(discussions.thread(f.asker, target.getId(), 0, 10).getThread().isSolved(),
                "an answer merged in can be accepted");
        assertTrue(moderation.mergeTargets(f.moderator, target.getId(), "renovatie " + n, 10).isEmpty(),
                "a merged thread is no target");
    }

    @Test
    void aFlaggedPostReachesTheQueueAndAHiddenPostShowsANotice() {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Vraag over een dossier",
                "Tekst", null, false);
        Post answer = discussions.answer(f.peer, thread.getId(), "De vergunning van mijn buurman wordt zeker geweigerd.",
                null);
        PostFlag flag = moderation.flag(f.asker, answer.getId(), FlagReason.LIVE_PROCEDURE, "Standpunt over lopend dossier");
        assertThrows(ConflictException.class, () -> moderation.flag(f.asker, answer.getId(), FlagReason.SPAM, null));
        assertThrows(DomainException.class, () -> moderation.flag(f.peer, answer.getId(), FlagReason.SPAM, null),
                "nobody flags their own post");
        assertThrows(ForbiddenException.class, () -> moderation.queueOfAtrium(f.peer, f.board));
        ModerationQueue queue = moderation.queueOfAtrium(f.moderator, f.board);
        assertEquals(List.of(flag.getId()), queue.getFlags().stream().map(PostFlag::getId).toList());
        moderation.resolve(f.moderator, flag.getId(), FlagDecision.HIDE_POST);
        assertEquals(0, moderation.queueOfAtrium(f.moderator, f.board).getTotal());
        PostView seen = discussions.thread(f.other, thread.getId(), 0, 10).getPosts().get(1);
        assertTrue(seen.getPost().isHidden());
        assertNull(seen.getVisibleHtml());
    }

    @Test
    void whatIsNewFollowsEachThreadsReadStateAndNeverCountsOnesOwnPosts() {
        Fixture f = new Fixture(false);
        Fixture closed = new Fixture(true);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Nieuw voor de collega",
                "Wie weet het?", null, false);
        discussions.ask(closed.asker, closed.board, ThreadKind.QUESTION, "Besloten vraag", "Alleen leden.", null, false);

        List<NewActivity> news = discussions.newSinceLastVisit(f.peer, 10);
        assertEquals(List.of(thread.getId()), news.stream().map(NewActivity::threadId).toList(),
                "a thread of my Atrium I never opened; nothing of an Atrium I am not in");
        assertTrue(news.get(0).neverOpened());

        discussions.thread(f.peer, thread.getId(), 0, 50);
        assertEquals(List.of(), discussions.newSinceLastVisit(f.peer, 10), "opened: no longer new, as the badge");
        discussions.answer(f.peer, thread.getId(), "Mijn eigen antwoord.", null);
        assertEquals(List.of(), discussions.newSinceLastVisit(f.peer, 10), "my own post is never new to me");
        discussions.answer(f.asker, thread.getId(), "Aanvulling van de vrager.", null);
        Post withdrawn = discussions.answer(f.other, thread.getId(), "Ingetrokken antwoord.", null);
        discussions.withdraw(f.other, withdrawn.getId());
        discussions.answer(f.other, thread.getId(), "Nog een antwoord.", null);
        news = discussions.newSinceLastVisit(f.peer, 10);
        assertEquals(1, news.size());
        assertFalse(news.get(0).neverOpened());
        assertEquals(2, news.get(0).newReplies(), "two replies by others; not mine, not the withdrawn one");
        assertEquals("Nieuw voor de collega", news.get(0).title());
        boolean badge = discussions.threads(f.peer, f.board, ThreadFilter.ALL, null, false, 0, 25).getItems().stream()
                .filter(s -> s.getThread().getId().equals(thread.getId())).findFirst().orElseThrow().isUnread();
        assertTrue(badge, "the board's badge agrees");

        long few = statements(() -> discussions.newSinceLastVisit(f.peer, 10));
        for (int i = 0; i < 4; i++) {
            DiscussionThread more = discussions.ask(f.other, f.board, ThreadKind.QUESTION, "Meer " + i, "Tekst", null, false);
            discussions.answer(f.asker, more.getId(), "Antwoord " + i, null);
        }
        assertEquals(5, discussions.newSinceLastVisit(f.peer, 10).size());
        assertEquals(few, statements(() -> discussions.newSinceLastVisit(f.peer, 10)), "one statement, whatever the threads");
        assertTrue(few <= 2, "statements: " + few);
    }

    private long statements(Runnable work) {
        work.run(); // warm caches, so both measurements compare like with like
        long before = StatementCounter.current();
        work.run();
        return StatementCounter.current() - before;
    }

    private Post openingOf(DiscussionThread thread) {
        return discussions.thread(thread.getAuthor(), thread.getId(), 0, 1).getPosts().get(0).getPost();
    }

    private Account official(String prefix) {
        String name = prefix + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return accounts.createBySystem(new NewAccount(name, "Official " + name, null, null, Role.OFFICIAL, null));
    }

    /** A fresh Atrium with its board, an asker, two peers and a moderator, all members. */
    @Inject
    Attachments attachmentService;
    @Inject
    PostFiles postFiles;

    @Test
    void filesReceivedBeforeAskingAreAttachedWithTheQuestionAndTheTitleAndTagsChangeWithHistory() {
        Fixture f = new Fixture(false);
        byte[] text = "Nota bij de vraag.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Attachments.Received note = attachmentService.receive("nota.txt", (long) text.length,
                new java.io.ByteArrayInputStream(text));
        String kappen = "kappen" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Kapvergunning voor een eik?",
                "Is een vergunning nodig?", List.of(kappen), false, List.of(note));
        Post opening = discussions.thread(f.asker, thread.getId(), 0, 10).getPosts().get(0).getPost();
        assertEquals(List.of("nota.txt"), postFiles.ofPost(f.asker, opening.getId()).stream()
                .map(AttachmentView::filename).toList(), "the file came with the question");

        // all rules of a question at once, not one by one
        List<String> codes = DiscussionThread.problems(true, null, "Kap", " ", List.of("a", "b", "c", "d", "e", "f"))
                .stream().map(DomainException::code).toList();
        assertEquals(List.of("thread.kind.required", "thread.title.tooShort", "post.body.required", "thread.tags.tooMany"),
                codes);

        // the tags of the board are suggested (normalised as typed), never those of a board one may not see
        assertEquals(List.of(kappen), discussions.suggestTags(f.peer, f.board, " " + kappen.toUpperCase().substring(0, 9), 10));
        Fixture hidden = new Fixture(true);
        discussions.ask(hidden.asker, hidden.board, ThreadKind.QUESTION, "Geheime vraag over kapmachines",
                "Tekst.", List.of(kappen + "-geheim"), false);
        assertFalse(discussions.suggestTags(f.peer, f.board, kappen, 10).contains(kappen + "-geheim"));

        // a moderator changes title and tags, not the text; the history keeps the old title and tags
        assertThrows(ForbiddenException.class, () -> discussions.edit(f.peer, opening.getId(), "Is een vergunning nodig?",
                "Een andere titel voor de vraag", List.of(kappen), null), "a member is neither author nor moderator");
        discussions.edit(f.moderator, opening.getId(), "Is een vergunning nodig?", "Kapvergunning voor een eik in de tuin",
                List.of(kappen, "bomen"), 1);
        assertThrows(ForbiddenException.class, () -> discussions.edit(f.moderator, opening.getId(), "Een andere tekst.",
                "Kapvergunning voor een eik in de tuin", List.of(kappen, "bomen"), 2), "the text stays the author's");
        assertThrows(ConflictException.class, () -> discussions.edit(f.asker, opening.getId(), "Is een vergunning nodig?",
                "Nog een andere titel", List.of(kappen), 1), "an edit from an older revision is a conflict");
        List<PostRevision> revisions = discussions.revisions(f.asker, opening.getId());
        assertEquals(2, revisions.size());
        assertEquals("Kapvergunning voor een eik?", revisions.get(0).getTitle());
        assertEquals(kappen, revisions.get(0).getTags());
        assertEquals("Kapvergunning voor een eik in de tuin", revisions.get(1).getTitle());
        assertEquals("bomen, " + kappen, revisions.get(1).getTags(), "A-Z");
        assertEquals("Kapvergunning voor een eik in de tuin", discussions.thread(f.asker, thread.getId(), 0, 10)
                .getThread().getTitle());
    }

    private final class Fixture {
        final String board;
        final Account asker;
        final Account peer;
        final Account other;
        final Account moderator;

        Fixture(boolean membersOnly) {
            Account admin = accountRepository.findByUsername("admin").orElseThrow();
            String slug = "it-disc-" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            network.createAtrium(admin, slug, "Discussie " + slug, AtriumKind.THEMATIC, membersOnly, null);
            asker = official("ask");
            peer = official("peer");
            other = official("oth");
            moderator = official("mod");
            for (Account a : List.of(asker, peer, other)) {
                memberships.setMembership(admin, slug, a.getUsername(), MembershipRole.MEMBER);
            }
            memberships.setMembership(admin, slug, moderator.getUsername(), MembershipRole.MODERATOR);
            board = discussions.boardOfAtrium(asker, slug).board().getSlug();
        }
    }

    // --- From answer to knowledge: promotion, "answered by" links, wiki import ---

    @Inject
    KnowledgeService knowledge;
    @Inject
    WikiService wiki;
    @Inject
    GuidanceService guidanceService;
    @Inject
    Importer importer;

    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void aSolvedQuestionBecomesANewPageAndASectionOfAnFaqAndBothLinkToEachOther() {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Hemelwaterput [GSV] bij verbouwing?",
                "Moet er een put komen?\n\n# Context\nEen rijwoning.", List.of("hemelwater"), false);
        Post accepted = discussions.answer(f.peer, thread.getId(), "Ja, boven **40 m²** dakoppervlak.", null);
        Post helpful = discussions.answer(f.other, thread.getId(), "Let ook op de infiltratievoorziening.", null);
        Post plain = discussions.answer(f.moderator, thread.getId(), "Geen idee.", null);
        discussions.markHelpful(f.asker, helpful.getId());
        assertEquals("knowledge.promote.notSolved", assertThrows(DomainException.class,
                () -> knowledge.promoteToNewPage(f.asker, thread.getId(), null, f.board, null, null, null, NL)).code());
        discussions.accept(f.asker, accepted.getId());
        assertThrows(ForbiddenException.class,
                () -> knowledge.promoteToNewPage(f.peer, thread.getId(), null, f.board, null, null, null, NL),
                "the author of the answer is neither the asker nor a moderator");
        assertEquals("knowledge.promote.notAccepted", assertThrows(DomainException.class,
                () -> knowledge.promoteToNewPage(f.asker, thread.getId(), helpful.getId(), f.board, null, null, null, NL)).code());

        WikiPage page = knowledge.promoteToNewPage(f.asker, thread.getId(), null, f.board, null, null, null, NL);
        assertEquals("Hemelwaterput (GSV) bij verbouwing?", page.getTitle());
        assertEquals(f.board, page.getAtrium().getSlug());
        String html = wiki.page(f.other, page.getId()).page().getBodyHtml();
        assertTrue(html.contains("<h2>Vraag</h2>") && html.contains("<h3>Context</h3>"), html);
        assertTrue(html.contains("<strong>40 m²</strong>") && html.contains("infiltratievoorziening"), html);
        assertFalse(html.contains("Geen idee."), "answers nobody found helpful stay out: " + html);
        assertTrue(html.contains("username&#61;" + f.peer.getUsername()), "the answer keeps its author: " + html);
        assertTrue(html.contains("/discussion/thread.xhtml?id&#61;" + thread.getId()), "and links to the question: " + html);
        assertEquals(List.of("hemelwater"), List.copyOf(wiki.page(f.asker, page.getId()).tags()));

        WikiPage faq = wiki.create(f.moderator, f.board, null, "FAQ hemelwater", "# FAQ\n\nVragen.", null);
        assertThrows(ForbiddenException.class, () -> knowledge.promoteToSection(f.other, thread.getId(), accepted.getId(),
                faq.getId(), null, NL), "only the asker or a moderator");
        knowledge.promoteToSection(f.moderator, thread.getId(), accepted.getId(), faq.getId(), null, NL);
        WikiPage saved = wiki.page(f.peer, faq.getId()).page();
        assertEquals(2, saved.getRevision());
        assertTrue(saved.getBody().startsWith("# FAQ\n\nVragen.\n\n## Hemelwaterput \\[GSV\\] bij verbouwing?\n\nJa, boven"),
                saved.getBody());
        assertEquals("Overgenomen uit vraag «Hemelwaterput [GSV] bij verbouwing?»",
                wiki.revisions(f.peer, faq.getId()).get(0).getSummary());
        assertEquals("knowledge.promote.already", assertThrows(ConflictException.class, () -> knowledge.promoteToSection(
                f.asker, thread.getId(), null, faq.getId(), null, NL)).code());
        assertEquals(2, wiki.page(f.peer, faq.getId()).page().getRevision(), "a refused promotion saves nothing");

        List<KnowledgeLink> links = knowledge.links(f.other, thread.getId());
        assertEquals(List.of(page.getTitle(), "FAQ hemelwater"), links.stream().map(KnowledgeLink::title).toList());
        assertTrue(links.stream().allMatch(k -> k.kind() == KnowledgeKind.PROMOTED && k.type() == KnowledgeTargetType.WIKI));
        List<KnowledgeSource> sources = knowledge.sourcesOf(f.other, faq.getId());
        assertEquals(1, sources.size());
        assertEquals(thread.getId().longValue(), sources.get(0).threadId());
        assertTrue(sources.get(0).answerOnly() && sources.get(0).isPromoted());
        assertFalse(knowledge.sourcesOf(f.other, page.getId()).get(0).answerOnly());
    }

    @Test
    void aPromotionThatTheWikiRefusesLeavesNoLinkAndMembersOnlyKnowledgeStaysHidden() {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Vraag voor de kennisbank",
                "Tekst", null, false);
        Post answer = discussions.answer(f.peer, thread.getId(), "Antwoord", null);
        discussions.accept(f.asker, answer.getId());
        assertThrows(ForbiddenException.class, () -> knowledge.promoteToNewPage(f.asker, thread.getId(), null, null, null,
                "Netwerkbreed", null, NL), "network-wide pages are for relationship managers and editors");
        wiki.create(f.moderator, f.board, null, "Bezet", "Tekst", null);
        assertEquals("wiki.title.taken", assertThrows(ConflictException.class, () -> knowledge.promoteToNewPage(f.asker,
                thread.getId(), null, f.board, null, "Bezet", null, NL)).code());
        assertEquals(List.of(), knowledge.links(f.asker, thread.getId()));

        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        String closed = "it-closed-" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        network.createAtrium(admin, closed, "Besloten " + closed, AtriumKind.THEMATIC, true, null);
        memberships.setMembership(admin, closed, f.asker.getUsername(), MembershipRole.MEMBER);
        WikiPage secret = knowledge.promoteToNewPage(f.asker, thread.getId(), null, closed, null, null, null, NL);
        WikiPage open = wiki.create(f.moderator, f.board, null, "Open pagina", "Tekst", null);
        knowledge.link(f.asker, thread.getId(), KnowledgeTargetType.WIKI, open.getId());
        assertEquals(2, knowledge.links(f.asker, thread.getId()).size());
        assertEquals(List.of("Open pagina"), knowledge.links(f.peer, thread.getId()).stream().map(KnowledgeLink::title)
                .toList(), "a page of a member-only Atrium is not shown to those who may not see it");
        assertEquals(1, knowledge.sourcesOf(f.asker, secret.getId()).size());
    }

    @Test
    void aQuestionIsLinkedToThePagesAndGuidanceThatAnswerItAndTheLinksCanBeRemoved() {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Nog niet opgeloste vraag",
                "Tekst", null, false);
        WikiPage page = wiki.create(f.moderator, f.board, null, "Antwoordpagina", "Het antwoord.", null);
        assertThrows(ForbiddenException.class, () -> knowledge.link(f.peer, thread.getId(), KnowledgeTargetType.WIKI,
                page.getId()));
        ThreadKnowledge link = knowledge.link(f.asker, thread.getId(), KnowledgeTargetType.WIKI, page.getId());
        assertEquals("knowledge.link.exists", assertThrows(ConflictException.class, () -> knowledge.link(f.moderator,
                thread.getId(), KnowledgeTargetType.WIKI, page.getId())).code());
        assertEquals("knowledge.link.unknownTarget", assertThrows(DomainException.class, () -> knowledge.link(f.asker,
                thread.getId(), KnowledgeTargetType.WIKI, 999_999_999L)).code());

        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        GuidanceInput input = new GuidanceInput(
                GuidanceKind.GUIDELINE, "Richtlijn hemelwater " + f.board, "Samenvatting", "Tekst",
                List.of(), LocalDate.of(2026, 1, 1), null, List.of(), true, List.of(), Set.of());
        Guidance draft = guidanceService.create(admin, input);
        assertEquals("knowledge.link.guidanceDraft", assertThrows(DomainException.class, () -> knowledge.link(admin,
                thread.getId(), KnowledgeTargetType.GUIDANCE, draft.getId())).code());
        assertEquals("knowledge.link.unknownTarget", assertThrows(DomainException.class, () -> knowledge.link(f.asker,
                thread.getId(), KnowledgeTargetType.GUIDANCE, draft.getId())).code(), "a draft does not exist for others");
        guidanceService.publish(admin, draft.getId());
        assertTrue(knowledge.guidanceChoices(f.asker, "hemelwater " + f.board).stream()
                .anyMatch(g -> g.getId().equals(draft.getId())));
        knowledge.link(f.moderator, thread.getId(), KnowledgeTargetType.GUIDANCE, draft.getId());

        long oneOfEach = statements(() -> knowledge.links(f.other, thread.getId()));
        for (int i = 0; i < 3; i++) {
            WikiPage more = wiki.create(f.moderator, f.board, null, "Meer " + i, "Tekst", null);
            knowledge.link(f.asker, thread.getId(), KnowledgeTargetType.WIKI, more.getId());
        }
        assertEquals(oneOfEach, statements(() -> knowledge.links(f.other, thread.getId())),
                "the links of a thread take a fixed number of statements");

        List<KnowledgeLink> links = knowledge.links(f.other, thread.getId());
        assertEquals(5, links.size());
        assertEquals(List.of(KnowledgeTargetType.WIKI, KnowledgeTargetType.GUIDANCE), links.subList(0, 2).stream()
                .map(KnowledgeLink::type).toList());
        assertEquals("/guidance/guidance.xhtml?id=" + draft.getId(), links.get(1).url());
        assertTrue(links.stream().allMatch(k -> k.kind() == KnowledgeKind.ANSWERED_BY));
        assertEquals(KnowledgeKind.ANSWERED_BY, knowledge.sourcesOf(f.other, page.getId()).get(0).kind());

        assertThrows(ForbiddenException.class, () -> knowledge.unlink(f.peer, thread.getId(), link.getId()));
        knowledge.unlink(f.moderator, thread.getId(), link.getId());
        assertThrows(NotFoundException.class, () -> knowledge.unlink(f.moderator, thread.getId(), link.getId()));
        assertEquals(4, knowledge.links(f.asker, thread.getId()).size());
        assertEquals(List.of(), knowledge.sourcesOf(f.asker, page.getId()));
    }

    @Test
    void wikiLinesAreImportedOnceAndAReimportIsANewRevisionOnlyWhenTheTextChanged() {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        String run = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String slug = "it-wiki-" + run;
        String parentLine = "{\"id\": \"w-" + run + "-1\", \"type\": \"wiki\", \"title\": \"Begrippen " + run
                + "\", \"body\": \"# Begrippen\\n\\nRUP, GRUP.\", \"author\": \"imp" + run + "\", "
                + "\"created\": \"2024-03-01T10:00:00Z\", \"tags\": [\"rup\"]}";
        String childLine = "{\"id\": \"w-" + run + "-2\", \"type\": \"wiki\", \"title\": \"RUP " + run
                + "\", \"body\": \"Een ruimtelijk uitvoeringsplan.\", \"parent\": \"w-" + run + "-1\", "
                + "\"author\": \"imp" + run + "\"}";
        String atriumLine = "{\"id\": \"w-" + run + "-3\", \"type\": \"wiki\", \"title\": \"Lokale afspraken\", "
                + "\"body\": \"Tekst\", \"atrium\": \"" + slug + "\", \"author\": \"imp" + run + "\"}";
        String orphanLine = "{\"id\": \"w-" + run + "-4\", \"type\": \"wiki\", \"title\": \"Wees\", "
                + "\"body\": \"Tekst\", \"parent\": \"bestaat-niet-" + run + "\", \"author\": \"imp" + run + "\"}";

        assertTrue(importer.importLine(admin, parentLine).created());
        assertTrue(importer.importLine(admin, childLine).created());
        ImportOutcome inAtrium = importer.importLine(admin, atriumLine);
        assertTrue(inAtrium.created());
        assertEquals(slug, inAtrium.createdAtrium(), "an unknown slug makes an open Atrium");
        assertEquals("import.wiki.parent.notFound", assertThrows(DomainException.class,
                () -> importer.importLine(admin, orphanLine)).code());

        List<WikiPage> found = wiki.findPages(admin, run, false, 10);
        WikiPage parent = found.stream().filter(p -> p.getTitle().startsWith("Begrippen")).findFirst().orElseThrow();
        WikiPage child = found.stream().filter(p -> p.getTitle().startsWith("RUP")).findFirst().orElseThrow();
        assertNull(parent.getAtrium(), "no Atrium: a network-wide page");
        assertEquals(parent.getId(), child.getParentId());
        assertEquals(Instant.parse("2024-03-01T10:00:00Z"), parent.getCreatedAt());
        assertEquals("imp" + run, wiki.revisions(admin, parent.getId()).get(0).getAuthor().getUsername());
        assertEquals(1, wiki.pages(admin, slug).size());

        assertFalse(importer.importLine(admin, parentLine).created(), "the same id again updates, never duplicates");
        assertFalse(importer.importLine(admin, childLine).created());
        assertEquals(1, wiki.page(admin, parent.getId()).page().getRevision(), "nothing changed: no new revision");
        assertEquals(2, wiki.findPages(admin, run, false, 10).size());

        importer.importLine(admin, parentLine.replace("RUP, GRUP.", "RUP, GRUP, PRUP."));
        WikiPage updated = wiki.page(admin, parent.getId()).page();
        assertEquals(2, updated.getRevision());
        assertTrue(updated.getBodyHtml().contains("PRUP"), updated.getBodyHtml());
        assertEquals("Bijgewerkt bij een import", wiki.revisions(admin, parent.getId()).get(0).getSummary());
        importer.importLine(admin, parentLine.replace("RUP, GRUP.", "RUP, GRUP, PRUP."));
        assertEquals(2, wiki.page(admin, parent.getId()).page().getRevision(), "importing the same text again is idempotent");
    }
}

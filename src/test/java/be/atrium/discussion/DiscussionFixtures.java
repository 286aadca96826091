package be.atrium.discussion;

import be.atrium.identity.Account;
import be.atrium.identity.Role;
import be.atrium.organisation.GovernmentLevel;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

/** Unsaved boards, threads and posts for rule tests; ids set by reflection where rules compare them. */
public final class DiscussionFixtures {

    public static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static long nextId = 1000;

    private DiscussionFixtures() {
    }

    public static Account account(String username) {
        return withId(new Account(username, username, null, null, Role.OFFICIAL, NOW), nextId++);
    }

    public static Board theme(String slug) {
        return withId(Board.theme(slug, "Thema " + slug, null, NOW), nextId++);
    }

    public static Board expert(String slug) {
        return withId(Board.expert(slug, "Expertenbord " + slug, GovernmentLevel.PROVINCIAL, null, NOW), nextId++);
    }

    public static DiscussionThread question(Board board, Account author) {
        return withId(new DiscussionThread(board, ThreadKind.QUESTION, "Hemelwaterput bij verbouwing", author, false,
                List.of(), NOW), nextId++);
    }

    public static Post opening(DiscussionThread thread) {
        return withId(new Post(thread, thread.getAuthor(), true, "Moet er een put komen?", "<p>Moet er een put komen?</p>",
                null, NOW), nextId++);
    }

    public static Post reply(DiscussionThread thread, Account author) {
        return withId(new Post(thread, author, false, "Ja, volgens de GSV.", "<p>Ja, volgens de GSV.</p>", null,
                NOW.plusSeconds(60)), nextId++);
    }

    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The asker accepts an answer (for tests outside the discussion package). */
    public static void accept(DiscussionThread thread, Post answer, Account by) {
        thread.accept(answer, by, false);
    }

    /**
     * Someone marks a post as helpful (for tests outside the discussion package): the rule checked,
     * the count raised as the database raises it ({@link DiscussionRepository#countHelpful}).
     */
    public static void markHelpful(Post post, Account by) {
        post.requireHelpfulMarkBy(by);
        try {
            Field field = Post.class.getDeclaredField("helpfulCount");
            field.setAccessible(true);
            field.setInt(post, post.getHelpfulCount() + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A moderator hides a post (for tests outside the discussion package). */
    public static void hide(Post post, String by, java.time.Instant at) {
        post.hide(by, at);
    }
}

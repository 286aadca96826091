package be.atrium.discussion.api;

import be.atrium.discussion.ThreadView;
import be.atrium.identity.Account;
import jakarta.json.JsonValue;

/**
 * A field that a capability above discussions adds to the JSON of a thread
 * ({@code GET /api/v1/threads/{id}}), such as the knowledge the thread is linked to. Discussions
 * know nothing of these capabilities; each registers an {@code @ApplicationScoped} bean.
 */
public interface ThreadJsonPart {

    /** The field name in the thread's JSON. */
    String name();

    /** The value, as the viewer may see it. */
    JsonValue of(Account viewer, ThreadView view);
}

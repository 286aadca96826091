package be.atrium.content;

import java.util.Objects;

/**
 * What a file is attached to: a post, a practice case or a piece of guidance. Each
 * kind of owner has its own column in {@code attachment}, so the database keeps a real foreign
 * key for every owner and checks that exactly one is set.
 */
public record AttachmentOwner(Kind kind, long id) {

    /** The kinds of content that carry files, with the entity attribute that holds the owner's id. */
    public enum Kind {
        POST("postId"),
        PRACTICE("practiceId"),
        GUIDANCE("guidanceId");

        private final String attribute;

        Kind(String attribute) {
            this.attribute = attribute;
        }

        /** The attribute of {@link Attachment} (fixed here, never from a request) that holds this kind's id. */
        String attribute() {
            return attribute;
        }
    }

    public AttachmentOwner {
        Objects.requireNonNull(kind, "kind");
    }

    public static AttachmentOwner post(long id) {
        return new AttachmentOwner(Kind.POST, id);
    }

    public static AttachmentOwner practice(long id) {
        return new AttachmentOwner(Kind.PRACTICE, id);
    }

    public static AttachmentOwner guidance(long id) {
        return new AttachmentOwner(Kind.GUIDANCE, id);
    }
}

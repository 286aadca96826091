package be.atrium.content;

import be.atrium.platform.outbox.ChangeType;

import java.util.Objects;

/**
 * What a file is attached to: a post, a practice case or a piece of guidance. Each
 * kind of owner has its own column in {@code attachment}, so the database keeps a real foreign
 * key for every owner and checks that exactly one is set.
 */
public record AttachmentOwner(Kind kind, long id) {

    /** The kinds of content that carry files, with the entity attribute that holds the owner's id. */
    public enum Kind {
        POST("postId", "post"),
        PRACTICE("practiceId", "practice"),
        GUIDANCE("guidanceId", "guidance");

        private final String attribute;
        private final ChangeType attached;
        private final ChangeType detached;
        private final ChangeType textExtracted;

        Kind(String attribute, String aggregate) {
            this.attribute = attribute;
            this.attached = ChangeType.of(aggregate, "attached");
            this.detached = ChangeType.of(aggregate, "detached");
            this.textExtracted = ChangeType.of(aggregate, "file-text");
        }

        /** The outbox change recorded on the owner when a file is added. */
        public ChangeType attached() {
            return attached;
        }

        /** The outbox change recorded on the owner when a file is removed. */
        public ChangeType detached() {
            return detached;
        }

        /** The outbox change recorded on the owner when the text of one of its files is known (or known to be unavailable). */
        public ChangeType textExtracted() {
            return textExtracted;
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

package be.atrium.content;

/** Where the text of a stored file stands: to be read, read, or not to be had. */
public enum FileTextStatus {
    PENDING, DONE, UNAVAILABLE
}

package be.atrium.platform;

/** The caller is known and may see the thing, but may not do this with it. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String what) {
        super(what);
    }
}

package be.atrium.platform;

/** Someone else changed the thing in the meantime, or it already exists. */
public class ConflictException extends DomainException {
    public ConflictException(String code, String field, Object... arguments) {
        super(code, field, arguments);
    }
}

package be.atrium.platform;

/** An upload larger than the configured limit: the API answers 413 with the limit in the message. */
public class PayloadTooLargeException extends DomainException {

    public PayloadTooLargeException(String code, String field, Object... arguments) {
        super(code, field, arguments);
    }
}

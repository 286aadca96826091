package be.atrium.platform;

/** An upload whose content is not of an allowed type: the API answers 415 with the reason. */
public class UnsupportedTypeException extends DomainException {

    public UnsupportedTypeException(String code, String field, Object... arguments) {
        super(code, field, arguments);
    }
}

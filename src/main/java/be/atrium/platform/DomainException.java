package be.atrium.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule of the domain was broken by the caller's input. Carries a message key (resolved in
 * the user's language by pages and API alike), its arguments, and the field at fault if one is.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final String field;
    private final transient Object[] arguments;

    public DomainException(String code, String field, Object... arguments) {
        super(code + (field == null ? "" : " (" + field + ")"));
        this.code = code;
        this.field = field;
        this.arguments = arguments;
    }

    /**
     * Every rule of these that breaks, checked one after the other, so that a form can show all
     * of its errors at once instead of the first one only.
     */
    public static List<DomainException> broken(Runnable... rules) {
        List<DomainException> broken = new ArrayList<>();
        for (Runnable rule : rules) {
            try {
                rule.run();
            } catch (DomainException e) {
                broken.add(e);
            }
        }
        return broken;
    }

    /** Message key in the {@code messages} bundle, e.g. {@code atrium.slug.invalid}. */
    public String code() {
        return code;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

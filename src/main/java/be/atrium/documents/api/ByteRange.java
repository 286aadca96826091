package be.atrium.documents.api;

import java.util.Locale;
import java.util.Optional;

/**
 * One byte range of a {@code Range} request (RFC 9110, section 14): {@code bytes=first-last},
 * {@code bytes=first-} or {@code bytes=-suffixLength}, resolved against the file's size. A header
 * that is not a single valid byte range is ignored (the whole file is sent, as the RFC allows,
 * also for several ranges); a valid range that lies wholly beyond the end is unsatisfiable (416).
 */
public record ByteRange(long first, long last) {

    /** A valid range that lies beyond the end of the file: answered 416 with {@code Content-Range: bytes *}{@code /size}. */
    public static final class UnsatisfiableException extends RuntimeException {
        public UnsatisfiableException(String range) {
            super("range not satisfiable: " + range);
        }
    }

    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} header of a 206 answer. */
    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /**
     * The range a header asks for, or empty when the whole file is to be sent (no header, another
     * unit, several ranges, bad syntax).
     *
     * @throws UnsatisfiableException when the range starts beyond the end of the file
     */
    public static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.strip();
        if (!h.toLowerCase(Locale.ROOT).startsWith("bytes=")) {
            return Optional.empty();
        }
        String spec = h.substring(6).strip();
        if (spec.isEmpty() || spec.contains(",")) {
            return Optional.empty();
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        String a = spec.substring(0, dash).strip();
        String b = spec.substring(dash + 1).strip();
        try {
            if (a.isEmpty()) {
                if (!digits(b)) {
                    return Optional.empty();
                }
                long suffix = Long.parseLong(b);
                if (suffix == 0 || size == 0) {
                    throw new UnsatisfiableException(header);
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            if (!digits(a) || !(b.isEmpty() || digits(b))) {
                return Optional.empty();
            }
            long first = Long.parseLong(a);
            long last = b.isEmpty() ? Long.MAX_VALUE : Long.parseLong(b);
            if (last < first) {
                return Optional.empty();
            }
            if (first >= size) {
                throw new UnsatisfiableException(header);
            }
            return Optional.of(new ByteRange(first, Math.min(last, size - 1)));
        } catch (NumberFormatException e) {
            return Optional.empty(); // more digits than a long holds
        }
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}

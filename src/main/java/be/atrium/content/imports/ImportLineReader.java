package be.atrium.content.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Reads an import body line by line with a bounded buffer: at most one line is in memory, and
 * a line longer than the limit is skipped (reported as too long) instead of being held. So an
 * import of any size needs only a little heap.
 */
public final class ImportLineReader implements AutoCloseable {

    /** What {@link #next()} gives: a line of text, or the fact that the line was too long. */
    public record Line(int number, String text, boolean tooLong) {
    }

    private final Reader in;
    private final int maxChars;
    private final StringBuilder buffer = new StringBuilder();
    private int number;
    private boolean end;

    public ImportLineReader(InputStream in, int maxChars) {
        this(new InputStreamReader(in, StandardCharsets.UTF_8), maxChars);
    }

    public ImportLineReader(Reader in, int maxChars) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in, 64 * 1024);
        this.maxChars = maxChars;
    }

    /** The next line (without its line ending), or null at the end of the input. */
    public Line next() throws IOException {
        if (end) {
            return null;
        }
        buffer.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (tooLong) {
                continue;
            }
            if (buffer.length() >= maxChars) {
                tooLong = true;
                buffer.setLength(0);
                buffer.trimToSize();
                continue;
            }
            buffer.append((char) c);
        }
        if (c == -1) {
            end = true;
            if (!any) {
                return null;
            }
        }
        number++;
        int length = buffer.length();
        if (length > 0 && buffer.charAt(length - 1) == '\r') {
            buffer.setLength(length - 1);
        }
        String text = tooLong ? null : buffer.toString();
        if (number == 1 && text != null && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (buffer.capacity() > 1 << 20) {
            buffer.setLength(0);
            buffer.trimToSize();
        }
        return new Line(number, text, tooLong);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

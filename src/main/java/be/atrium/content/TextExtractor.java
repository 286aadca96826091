package be.atrium.content;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads the text of one stored file with Apache Tika, within bounds: at most {@code maxChars}
 * characters (the rest is cut off, not an error), at most {@code timeLimit} of parsing (the content
 * handler stops the parse when the time is up or the thread is interrupted), Tika's zip-bomb guard
 * (its {@code SecureContentHandler}, which {@link AutoDetectParser} puts around every parse) and
 * POI's. Embedded documents are not parsed. Never throws for a bad file: the outcome says why
 * there is no text ({@link #ENCRYPTED}, {@link #BOMB}, {@link #TIMEOUT}, {@link #BROKEN},
 * {@link #EMPTY}, {@link #MEMORY}). Thread-safe.
 */
public class TextExtractor {

    public static final String ENCRYPTED = "encrypted";
    public static final String BOMB = "bomb";
    public static final String TIMEOUT = "timeout";
    public static final String BROKEN = "broken";
    public static final String EMPTY = "empty";
    public static final String MEMORY = "memory";
    public static final String MISSING = "missing";
    public static final String DAMAGED = "damaged";
    public static final String FAILED = "failed";

    /** Text read from a file, or the reason there is none. */
    public record Outcome(String text, String reason) {
        public boolean done() {
            return reason == null;
        }

        static Outcome text(String text) {
            return new Outcome(text, null);
        }

        static Outcome unavailable(String reason) {
            return new Outcome(null, reason);
        }
    }

    private final Parser parser = new AutoDetectParser();
    private final int maxChars;
    private final Duration timeLimit;

    public TextExtractor(int maxChars, Duration timeLimit) {
        this.maxChars = maxChars;
        this.timeLimit = timeLimit;
    }

    public Outcome extract(Path file, String mediaType) {
        if (isZipBomb(file)) {
            return Outcome.unavailable(BOMB); // refused before a byte is inflated
        }
        StringWriter text = new StringWriter();
        long deadline = System.nanoTime() + timeLimit.toNanos();
        var handler = new Bounded(new BodyContentHandler(new WriteOutContentHandler(text, maxChars)), deadline);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        ParseContext context = new ParseContext();
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, context);
        } catch (OutOfMemoryError e) {
            return Outcome.unavailable(MEMORY);
        } catch (StackOverflowError e) {
            return Outcome.unavailable(BROKEN);
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return result(text.toString()); // the text up to the limit is kept
            }
            return Outcome.unavailable(reason(e, handler.timedOut));
        }
        return result(text.toString());
    }

    /** An entry of an office file may inflate this many times its packed size, above {@link #BOMB_ENTRY_BYTES}. */
    static final long BOMB_RATIO = 100;
    static final long BOMB_ENTRY_BYTES = 20L * 1024 * 1024;
    /** All entries of an office file together unpack to at most this much. */
    static final long BOMB_TOTAL_BYTES = 500L * 1024 * 1024;

    /**
     * Whether a zip container (DOCX, XLSX, PPTX, ODT, ODS) says in its central directory that it
     * unpacks to far more than an office file does: Tika's and POI's guards stop such a file too,
     * but only after inflating a good part of it into memory. Entries that lie about their size
     * are still stopped by those guards. Not a zip: false.
     */
    static boolean isZipBomb(Path file) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            long total = 0;
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                var e = entries.nextElement();
                long size = e.getSize();
                long packed = Math.max(1, e.getCompressedSize());
                if (size < 0) {
                    continue;
                }
                total += size;
                if (size > BOMB_ENTRY_BYTES && size / packed > BOMB_RATIO || total > BOMB_TOTAL_BYTES) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException | RuntimeException e) {
            return false; // not a zip (or a broken one: the parser says so)
        }
    }

    private static Outcome result(String text) {
        String t = text.strip();
        return t.isEmpty() ? Outcome.unavailable(EMPTY) : Outcome.text(t);
    }

    /** Why a parse failed, from the exception and its causes. */
    static String reason(Throwable error, boolean timedOut) {
        if (timedOut) {
            return TIMEOUT;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            String name = t.getClass().getName().toLowerCase(Locale.ROOT);
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof EncryptedDocumentException || name.contains("encrypted") || name.contains("invalidpassword")
                    || message.contains("password") || message.contains("encrypt")) {
                return ENCRYPTED;
            }
            if (message.contains("zip bomb") || message.contains("zipbomb") || message.contains("nested too deep")
                    || name.contains("zipbomb")) {
                return BOMB;
            }
            if (t instanceof OutOfMemoryError) {
                return MEMORY;
            }
        }
        return BROKEN;
    }

    /** Stops the parse (with an exception) once the time is up or the worker is interrupted. */
    private static final class Bounded extends ContentHandlerDecorator {
        private final long deadline;
        volatile boolean timedOut;

        Bounded(BodyContentHandler handler, long deadline) {
            super(handler);
            this.deadline = deadline;
        }

        private void check() throws SAXException {
            if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                timedOut = true;
                throw new SAXException("text extraction stopped: time limit");
            }
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            check();
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            check();
            super.ignorableWhitespace(ch, start, length);
        }
    }
}

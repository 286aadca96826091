package be.atrium.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The allow-list of attachment types, recognised by their content (magic bytes and, for
 * office files, the entries of the zip container), never by the name or the type a client
 * claims: PNG, JPEG, GIF, WebP, PDF, UTF-8 plain text, DOCX, XLSX, PPTX, ODT and ODS.
 * Anything else (HTML, SVG, scripts, executables, plain zips) is refused.
 */
public final class FileTypes {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String GIF = "image/gif";
    public static final String WEBP = "image/webp";
    public static final String PDF = "application/pdf";
    public static final String TEXT = "text/plain";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

    private static final Set<String> IMAGES = Set.of(PNG, JPEG, GIF, WEBP);

    /** The file name extensions each type may carry; the first is added to a name without one. */
    private static final java.util.Map<String, java.util.List<String>> EXTENSIONS = java.util.Map.ofEntries(
            java.util.Map.entry(PNG, java.util.List.of("png")),
            java.util.Map.entry(JPEG, java.util.List.of("jpg", "jpeg", "jpe")),
            java.util.Map.entry(GIF, java.util.List.of("gif")),
            java.util.Map.entry(WEBP, java.util.List.of("webp")),
            java.util.Map.entry(PDF, java.util.List.of("pdf")),
            java.util.Map.entry(TEXT, java.util.List.of("txt", "text", "md", "csv", "log")),
            java.util.Map.entry(DOCX, java.util.List.of("docx")),
            java.util.Map.entry(XLSX, java.util.List.of("xlsx")),
            java.util.Map.entry(PPTX, java.util.List.of("pptx")),
            java.util.Map.entry(ODT, java.util.List.of("odt")),
            java.util.Map.entry(ODS, java.util.List.of("ods")));

    /**
     * The file name to keep for content of a detected type: a name without an extension gets the
     * type's own; a name whose extension says something else (plan.pdf that is text, page.html)
     * is refused, so that a download never opens as another kind of file than was checked.
     */
    public static String nameFor(String filename, String mediaType) {
        java.util.List<String> allowed = EXTENSIONS.get(mediaType);
        int dot = filename.lastIndexOf('.');
        if (dot < 0) {
            return filename + "." + allowed.get(0);
        }
        String ext = filename.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (!allowed.contains(ext)) {
            throw new be.atrium.platform.DomainException("attachment.type.mismatch", "filename", filename);
        }
        return filename;
    }

    private FileTypes() {
    }

    public static boolean isImage(String mediaType) {
        return IMAGES.contains(mediaType);
    }

    /** The allowed media type of a file, or empty when its content is not on the allow-list. */
    public static Optional<String> detect(Path file) {
        try {
            byte[] head = new byte[16];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            head = Arrays.copyOf(head, n);
            if (starts(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                return Optional.of(PNG);
            }
            if (starts(head, 0, 0xFF, 0xD8, 0xFF)) {
                return Optional.of(JPEG);
            }
            if (starts(head, 0, 'G', 'I', 'F', '8', '7', 'a') || starts(head, 0, 'G', 'I', 'F', '8', '9', 'a')) {
                return Optional.of(GIF);
            }
            if (starts(head, 0, 'R', 'I', 'F', 'F') && starts(head, 8, 'W', 'E', 'B', 'P')) {
                return Optional.of(WEBP);
            }
            if (starts(head, 0, '%', 'P', 'D', 'F', '-')) {
                return Optional.of(PDF);
            }
            if (starts(head, 0, 'P', 'K', 3, 4)) {
                return office(file);
            }
            return isPlainText(file) ? Optional.of(TEXT) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean starts(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Office documents are zips; only the central directory and the tiny ODF mimetype entry are read. */
    private static Optional<String> office(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                String type;
                try (InputStream in = zip.getInputStream(mimetype)) {
                    type = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
                return ODT.equals(type) || ODS.equals(type) ? Optional.of(type) : Optional.empty();
            }
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(XLSX);
            }
            if (zip.getEntry("ppt/presentation.xml") != null) {
                return Optional.of(PPTX);
            }
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.empty();
        }
    }

    /**
     * UTF-8 text without control characters other than tab, line feed, carriage return and
     * form feed (so no binary file passes as text). Reads the file in blocks.
     */
    static boolean isPlainText(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        boolean any = false;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] block = new byte[8192];
            int n;
            while (true) {
                n = in.read(block, 0, bytes.remaining());
                boolean end = n < 0;
                if (!end) {
                    any |= n > 0;
                    bytes.put(block, 0, n);
                }
                bytes.flip();
                if (decoder.decode(bytes, chars, end).isError()) {
                    return false;
                }
                if (end && decoder.flush(chars).isError()) {
                    return false;
                }
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                        return false;
                    }
                }
                chars.clear();
                bytes.compact();
                if (end) {
                    return any;
                }
            }
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

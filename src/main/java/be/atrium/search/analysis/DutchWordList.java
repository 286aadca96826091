package be.atrium.search.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The OpenTaal word list (about 395,000 folded, lower-case Dutch words with their inflections)
 * held compactly: one sorted UTF-8 byte array and the start of each word, looked up by binary
 * search. About 6 MB of heap, where a {@code HashSet<String>} of the same words takes ~45 MB.
 */
final class DutchWordList {

    private final byte[] bytes;
    private final int[] starts; // starts[i] .. starts[i + 1] - 1 is word i (without its '\n')

    private DutchWordList(byte[] bytes, int[] starts) {
        this.bytes = bytes;
        this.starts = starts;
    }

    /** Reads a gzipped file of sorted, unique, folded words, one a line. */
    static DutchWordList read(InputStream gzipped) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream(5 << 20);
        try (InputStream in = new GZIPInputStream(gzipped, 1 << 16)) {
            in.transferTo(all);
        }
        byte[] bytes = all.toByteArray();
        int count = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                count++;
            }
        }
        int[] starts = new int[count + 1];
        int word = 0;
        starts[0] = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                starts[++word] = i + 1;
            }
        }
        DutchWordList list = new DutchWordList(bytes, starts);
        list.checkSorted();
        return list;
    }

    int size() {
        return starts.length - 1;
    }

    /** Whether the folded word is in the list. */
    boolean contains(String foldedWord) {
        if (foldedWord.isEmpty()) {
            return false;
        }
        byte[] key = foldedWord.getBytes(StandardCharsets.UTF_8);
        int low = 0;
        int high = size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = compare(mid, key);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private int compare(int word, byte[] key) {
        int from = starts[word];
        int to = starts[word + 1] - 1;
        return Arrays.compareUnsigned(bytes, from, to, key, 0, key.length);
    }

    private void checkSorted() throws IOException {
        for (int i = 1; i < size(); i++) {
            if (Arrays.compareUnsigned(bytes, starts[i - 1], starts[i] - 1, bytes, starts[i], starts[i + 1] - 1) >= 0) {
                String line = new String(bytes, starts[i], starts[i + 1] - 1 - starts[i], StandardCharsets.UTF_8);
                throw new IOException("word list not sorted in UTF-8 byte order at line " + (i + 1) + ": " + line);
            }
        }
    }
}

package be.atrium.documents;

import be.atrium.documents.api.ByteRange;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Range headers as RFC 9110 reads them, against a file of 1000 bytes. */
class ByteRangeTest {

    private static Optional<ByteRange> parse(String header) {
        return ByteRange.parse(header, 1000);
    }

    @Test
    void oneRangeInItsThreeForms() {
        assertEquals(Optional.of(new ByteRange(0, 99)), parse("bytes=0-99"));
        assertEquals(Optional.of(new ByteRange(500, 999)), parse("bytes=500-"));
        assertEquals(Optional.of(new ByteRange(900, 999)), parse("bytes=-100"));
        assertEquals(Optional.of(new ByteRange(0, 999)), parse("bytes=-5000"), "a suffix longer than the file: all of it");
        assertEquals(Optional.of(new ByteRange(990, 999)), parse("bytes=990-5000"), "the end is cut to the file");
        assertEquals(Optional.of(new ByteRange(5, 5)), parse("Bytes = 5-5".replace(" = ", "=")));
        assertEquals("bytes 0-99/1000", new ByteRange(0, 99).contentRange(1000));
        assertEquals(100, new ByteRange(0, 99).length());
    }

    @Test
    void whatIsNotOneValidByteRangeSendsTheWholeFile() {
        assertEquals(Optional.empty(), parse(null));
        assertEquals(Optional.empty(), parse("items=0-5"));
        assertEquals(Optional.empty(), parse("bytes=0-5,10-20"), "several ranges: the whole file");
        assertEquals(Optional.empty(), parse("bytes=5-1"));
        assertEquals(Optional.empty(), parse("bytes=abc"));
        assertEquals(Optional.empty(), parse("bytes=-"));
        assertEquals(Optional.empty(), parse("bytes=99999999999999999999-"));
    }

    @Test
    void aRangeBeyondTheEndIsUnsatisfiable() {
        assertThrows(ByteRange.UnsatisfiableException.class, () -> parse("bytes=1000-"));
        assertThrows(ByteRange.UnsatisfiableException.class, () -> parse("bytes=2000-3000"));
        assertThrows(ByteRange.UnsatisfiableException.class, () -> parse("bytes=-0"));
    }
}

package org.newsgauge.text.load;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tells UTF-16 text without a byte order mark ({@link ByteOrderMark} reads marks) by its NUL
 * bytes: what {@link TextLoader} decodes documents by and what the CSV reader names a
 * spreadsheet's "Unicode text" file by, in one place.
 *
 * <pre>{@code
 * Charset cs = Utf16.fromNulBytes(head, head.length);   // UTF-16LE for "t\0e\0x\0t\0", else null
 * }</pre>
 */
public final class Utf16 {
    private Utf16() {
    }

    /**
     * The byte order of UTF-16 without a byte order mark, told by its NUL bytes: mostly-ASCII
     * text in UTF-16 has a NUL in every other byte (the odd ones little-endian, the even ones
     * big-endian) and almost none on the other side.
     *
     * @param data   the first bytes of a file
     * @param length how many of them to look at
     * @return UTF-16LE or UTF-16BE, or null when the NUL bytes (if any) do not fall that way
     */
    public static Charset fromNulBytes(byte[] data, int length) {
        int zerosEven = 0;
        int zerosOdd = 0;
        for (int i = 0; i < length; i++) {
            if (data[i] == 0) {
                if ((i & 1) == 0) {
                    zerosEven++;
                } else {
                    zerosOdd++;
                }
            }
        }
        int pairs = length / 2;
        if (pairs == 0) {
            return null;
        }
        if (zerosOdd >= pairs * 0.4 && zerosEven <= pairs * 0.02) {
            return StandardCharsets.UTF_16LE;
        }
        if (zerosEven >= pairs * 0.4 && zerosOdd <= pairs * 0.02) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}

package org.newsgauge.text.load;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tells UTF-16 text by its first bytes: what {@link TextLoader} decodes documents by and what
 * the CSV reader names a spreadsheet's "Unicode text" file by, in one place.
 *
 * <pre>{@code
 * Charset cs = Utf16.byteOrderMark(head, head.length);   // UTF-16LE after FF FE, else null
 * }</pre>
 */
public final class Utf16 {
    private Utf16() {
    }

    /**
     * The charset a UTF-16 byte order mark at the start of {@code data} declares. A UTF-32LE
     * mark ({@code FF FE 00 00}) starts the same way: check for UTF-32 first.
     *
     * @param data   the first bytes of a file
     * @param length how many of them were read
     * @return UTF-16LE after {@code FF FE}, UTF-16BE after {@code FE FF}, else null
     */
    public static Charset byteOrderMark(byte[] data, int length) {
        if (length < 2) {
            return null;
        }
        int b0 = data[0] & 0xFF;
        int b1 = data[1] & 0xFF;
        return b0 == 0xFF && b1 == 0xFE ? StandardCharsets.UTF_16LE
                : b0 == 0xFE && b1 == 0xFF ? StandardCharsets.UTF_16BE : null;
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

package org.newsgauge.text.load;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A Unicode byte order mark at the start of a file: the encoding it declares and its length.
 * What {@link TextLoader} decodes documents by and what the CSV reader names a file it cannot
 * read by, in one place, UTF-32's marks tried before UTF-16's, which start the same way.
 *
 * <pre>{@code
 * ByteOrderMark bom = ByteOrderMark.of(head, head.length);   // UTF-16LE, 2 after FF FE; null without a mark
 * }</pre>
 *
 * @param charset the encoding the mark declares
 * @param length  the mark's bytes, to skip: 4, 3 or 2; also the size of the encoding's unit
 *                (UTF-32: 4, UTF-16: 2), UTF-8's 3 aside
 */
public record ByteOrderMark(Charset charset, int length) {
    private static final ByteOrderMark UTF_32LE = new ByteOrderMark(Charset.forName("UTF-32LE"), 4);
    private static final ByteOrderMark UTF_32BE = new ByteOrderMark(Charset.forName("UTF-32BE"), 4);
    private static final ByteOrderMark UTF_8 = new ByteOrderMark(StandardCharsets.UTF_8, 3);
    private static final ByteOrderMark UTF_16LE = new ByteOrderMark(StandardCharsets.UTF_16LE, 2);
    private static final ByteOrderMark UTF_16BE = new ByteOrderMark(StandardCharsets.UTF_16BE, 2);

    /**
     * The mark {@code data} starts with.
     *
     * @param data   the first bytes of a file
     * @param length how many of them were read
     * @return the mark, or null when there is none
     */
    public static ByteOrderMark of(byte[] data, int length) {
        int b0 = length > 0 ? data[0] & 0xFF : -1;
        int b1 = length > 1 ? data[1] & 0xFF : -1;
        if (length >= 4 && b0 == 0xFF && b1 == 0xFE && data[2] == 0 && data[3] == 0) {
            return UTF_32LE;
        }
        if (length >= 4 && b0 == 0 && b1 == 0 && (data[2] & 0xFF) == 0xFE && (data[3] & 0xFF) == 0xFF) {
            return UTF_32BE;
        }
        if (length >= 3 && b0 == 0xEF && b1 == 0xBB && (data[2] & 0xFF) == 0xBF) {
            return UTF_8;
        }
        return b0 == 0xFF && b1 == 0xFE ? UTF_16LE : b0 == 0xFE && b1 == 0xFF ? UTF_16BE : null;
    }

    /** Whether the mark declares UTF-16 or UTF-32, an encoding other than UTF-8. */
    public boolean wide() {
        return length != 3;
    }
}

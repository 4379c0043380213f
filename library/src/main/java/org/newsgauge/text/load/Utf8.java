package org.newsgauge.text.load;

/** Fast UTF-8 validation helpers (package-private). */
final class Utf8 {

    private Utf8() {
    }

    /** Index of the first byte that starts an invalid sequence in [from, to), or -1 if all valid. */
    static int firstInvalid(byte[] d, int from, int to) {
        int i = from;
        while (i < to) {
            int b = d[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            int need;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + need >= to) {
                return i;
            }
            int cp = b & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int c = d[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += need + 1;
        }
        return -1;
    }

    /** End index without a trailing incomplete multi-byte sequence (for input cut at a cap). */
    static int completeEnd(byte[] d, int from, int to) {
        int i = to - 1;
        int back = 0;
        while (i >= from && back < 4 && (d[i] & 0xC0) == 0x80) {
            i--;
            back++;
        }
        if (i < from || d[i] >= 0) {
            return to;
        }
        int b = d[i] & 0xFF;
        int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return (to - i) < len ? i : to;
    }

    /** Whether there is any byte >= 0x80 in [from, to). */
    static boolean hasMultiByte(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (d[i] < 0) {
                return true;
            }
        }
        return false;
    }
}

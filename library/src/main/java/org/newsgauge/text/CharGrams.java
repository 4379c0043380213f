package org.newsgauge.text;

/** Character n-grams inside one word, padded with a space on each side (like char_wb). */
final class CharGrams {
    static final int MAX_WORD = 30;

    private CharGrams() {
    }

    /** Writes " word " into {@code out} and returns its length (words longer than 30 are cut). */
    static int pad(char[] buf, int len, char[] out) {
        int l = Math.min(len, MAX_WORD);
        out[0] = ' ';
        System.arraycopy(buf, 0, out, 1, l);
        out[l + 1] = ' ';
        return l + 2;
    }
}

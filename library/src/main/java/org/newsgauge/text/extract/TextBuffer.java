package org.newsgauge.text.extract;

/**
 * Collects text with whitespace collapsed and invisible characters dropped (internal), and its
 * lower-cased form alongside (one pass over the text for both) unless a character needs
 * {@link String#toLowerCase}'s context or expansion (surrogates, capital sigma, dotted capital I).
 */
final class TextBuffer {

    /** {@code Character.toLowerCase} of each Latin-1 character: String.toLowerCase on Latin-1 text. */
    private static final char[] LOWER = lowerTable();

    private char[] text = new char[256];
    private char[] lower = new char[256];
    private int length;
    /** Whether a character the lower-cased form cannot follow was appended: it is then not kept. */
    private boolean wide;
    private boolean space;
    private int linkChars;

    private static char[] lowerTable() {
        char[] t = new char[256];
        for (char c = 0; c < 256; c++) {
            t[c] = (char) Character.toLowerCase((int) c);
        }
        return t;
    }

    void append(String s, boolean inLink) {
        int n = s.length();
        if (length + n + 1 > text.length) {
            grow(length + n + 1); // a pending space and the characters at most
        }
        char[] t = text;
        char[] lo = lower;
        int j = length;
        int spaces = 0;
        boolean sp = space;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i++);
            boolean plain = c > ' ' && c < '\u00A0';
            if (!plain) {
                if (c <= ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2028'
                        || c == '\u2029' || (c >= '\u2000' && c <= '\u200A') || c == '\u3000') {
                    sp = true;
                    continue;
                }
                if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD'
                        || c == '\u2060') {
                    continue; // invisible: drop
                }
            }
            if (sp) {
                sp = false;
                if (j > 0) {
                    t[j] = ' ';
                    lo[j] = ' ';
                    j++;
                    spaces++;
                }
            }
            t[j] = c;
            if (c <= '\u00FF') {
                lo[j] = LOWER[c];
            } else if (!wide) {
                wide = !lowerWide(lo, j, c);
            }
            j++;
            if (plain) {
                // the rest of a run of plain visible characters
                while (i < n && (c = s.charAt(i)) > ' ' && c < '\u00A0') {
                    t[j] = c;
                    lo[j] = LOWER[c];
                    j++;
                    i++;
                }
            }
        }
        if (inLink) {
            linkChars += j - length - spaces;
        }
        space = sp;
        length = j;
    }

    /**
     * Stores the lower case of c (above Latin-1) at lo[j] as {@code String.toLowerCase(Locale.ROOT)}
     * gives it, which maps each char by {@code Character.toLowerCase} except for surrogates, capital
     * sigma (context-dependent) and dotted capital I (two chars): false for those, and for a lower
     * case outside the BMP.
     */
    private static boolean lowerWide(char[] lo, int j, char c) {
        if (Character.isSurrogate(c) || c == '\u03A3' || c == '\u0130') {
            return false;
        }
        int l = Character.toLowerCase((int) c);
        if (l > 0xFFFF) {
            return false;
        }
        lo[j] = (char) l;
        return true;
    }

    private void grow(int min) {
        int n = Math.max(min, text.length * 2);
        text = java.util.Arrays.copyOf(text, n);
        lower = java.util.Arrays.copyOf(lower, n);
    }

    void space() {
        space = true;
    }

    boolean isEmpty() {
        return length == 0;
    }

    int linkChars() {
        return linkChars;
    }

    /**
     * The text collected since the last {@link #take()} as {@code toLowerCase(Locale.ROOT)} gives it,
     * or null when it has a surrogate, capital sigma or dotted capital I (lower-case the text then).
     */
    String lowerCase() {
        return wide ? null : new String(lower, 0, length);
    }

    /** @return the text collected since the last call, and starts afresh */
    String take() {
        String s = new String(text, 0, length);
        length = 0;
        wide = false;
        space = false;
        linkChars = 0;
        return s;
    }
}

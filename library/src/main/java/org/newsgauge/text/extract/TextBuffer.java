package org.newsgauge.text.extract;

/**
 * Collects text with whitespace collapsed and invisible characters dropped (internal), and its
 * lower-cased form alongside while every character is Latin-1 (one pass over the text for both).
 */
final class TextBuffer {

    /** {@code Character.toLowerCase} of each Latin-1 character: String.toLowerCase on Latin-1 text. */
    private static final char[] LOWER = lowerTable();

    private char[] text = new char[256];
    private char[] lower = new char[256];
    private int length;
    /** Whether a character above Latin-1 was appended: the lower-cased form is then not kept. */
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
            if (c > '\u00FF') {
                wide = true;
            } else {
                lo[j] = LOWER[c];
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
     * or null when it has characters above Latin-1 (lower-case the text then).
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

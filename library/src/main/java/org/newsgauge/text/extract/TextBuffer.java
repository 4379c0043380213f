package org.newsgauge.text.extract;

/** Collects text with whitespace collapsed and invisible characters dropped (internal). */
final class TextBuffer {

    private StringBuilder sb = new StringBuilder(256);
    /** Whether a character above Latin-1 was appended: the builder then holds two bytes a character. */
    private boolean wide;
    private boolean space;
    private int linkChars;

    void append(String s, boolean inLink) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c > ' ' && c < '\u00A0') {
                // a run of plain visible characters, copied at once
                int start = i;
                while (++i < n) {
                    c = s.charAt(i);
                    if (c <= ' ' || c >= '\u00A0') {
                        break;
                    }
                }
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(s, start, i);
                if (inLink) {
                    linkChars += i - start;
                }
                continue;
            }
            i++;
            if (c <= ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2028' || c == '\u2029'
                    || (c >= '\u2000' && c <= '\u200A') || c == '\u3000') {
                space = true;
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD'
                    || c == '\u2060') {
                // invisible: drop
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
                wide |= c > '\u00FF';
                if (inLink) {
                    linkChars++;
                }
            }
        }
    }

    void space() {
        space = true;
    }

    boolean isEmpty() {
        return sb.length() == 0;
    }

    int linkChars() {
        return linkChars;
    }

    String take() {
        String s = sb.toString();
        if (wide) {
            // a builder stays two bytes a character once widened; the next blocks get a narrow one
            sb = new StringBuilder(256);
            wide = false;
        } else {
            sb.setLength(0);
        }
        space = false;
        linkChars = 0;
        return s;
    }
}

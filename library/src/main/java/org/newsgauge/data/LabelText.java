package org.newsgauge.data;

import java.text.Normalizer;

/**
 * A label or a column name as a person reads it: Unicode NFC (a name saved decomposed, as macOS
 * saves folder names, is the same name), every kind of space a plain space and runs of them one,
 * invisible characters (zero-width spaces, word joiners, soft hyphens, a byte order mark) dropped
 * (not the zero-width joiner and non-joiner, which change words in Persian, Indic scripts and emoji),
 * and no space at either end. Labels that look alike on screen are then alike, instead of becoming
 * classes of their own. Stateless.
 */
final class LabelText {
    private LabelText() {
    }

    /**
     * {@code s} cleaned as the class says.
     *
     * @param s a raw label or name
     * @return the cleaned text, possibly empty
     */
    static String clean(String s) {
        String t = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            // not the joiners (U+200C, U+200D): in Persian, Indic scripts and emoji they change the word
            if (c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
        int end = sb.length();
        return end > 0 && sb.charAt(end - 1) == ' ' ? sb.substring(0, end - 1) : sb.toString();
    }
}

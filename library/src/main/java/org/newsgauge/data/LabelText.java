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
     * Declared labels (an ordinal order, a pack's labels) and how a written label finds one: written
     * exactly as declared, it is that label, even if another declared label cleans alike; else the
     * first declared label that cleans to what was written. The CSV and the folder readers both
     * read labels through it, so they cannot resolve one written label to different declared ones.
     */
    static final class Declared {
        private final java.util.Set<String> exact;
        private final java.util.Map<String, String> byClean = new java.util.HashMap<>();

        Declared(java.util.List<String> labels) {
            this.exact = java.util.Set.copyOf(labels);
            labels.forEach(l -> byClean.putIfAbsent(clean(l), l));
        }

        /**
         * The declared label {@code written} reads as, or null.
         *
         * @param written the label as written, stripped
         * @param cleaned {@code clean(written)}, which the caller has
         * @return a declared label, or null when none reads alike
         */
        String resolve(String written, String cleaned) {
            return exact.contains(written) ? written : byClean.get(cleaned);
        }
    }

    /**
     * Whether {@code s} is empty once cleaned, found without cleaning it.
     *
     * @param s a raw cell
     * @return true when it holds only spaces and invisible characters
     */
    static boolean blank(String s) {
        // stops at the first visible character: a text cell costs a look at its first letter
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(invisible(c) || Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return false;
            }
        }
        return true;
    }

    /** Characters that show nothing and join nothing: zero-width space, word joiner, byte order mark, soft hyphen. */
    private static boolean invisible(char c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
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
            if (invisible(c)) {
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

package org.newsgauge.text.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers {@code pattern.matcher(low).find()} for several unanchored patterns of the lexicon with
 * one pass over a block (internal). Each pattern comes with its openings: texts one of which every
 * match of the pattern starts with (a digit can be an opening too). The pass finds where openings
 * occur, and the pattern is tried ({@code lookingAt}, with transparent bounds so {@code \b} sees
 * the character before) only there, instead of {@code find()} trying every alternative at every
 * position. A question about a block not yet scanned, for a pattern of a few openings, is first
 * put to {@link String#indexOf} (a vectorized search, several times cheaper than the pass for so
 * few texts): when none of the openings occurs, the answer is no and the pass is left for a later
 * question. Immutable; {@link #newRun()} gives the per-document state.
 */
final class OpeningScanner {

    /** Characters below this can be in openings. */
    private static final int N = 0x250;

    /** Letters of the openings' alphabet: characters are mapped to codes 1..63, 0 for others. */
    private static final int CODES = 64;

    private final Pattern[] patterns;
    /** Most openings a pattern may have to be ruled out with indexOf before the pass. */
    private static final int FEW = 8;

    /** Per pattern, its openings when they are few and none is a digit; otherwise null. */
    private final String[][] texts;
    private final boolean[] digitOpens;
    private final boolean[] afterBoundary;
    /** Code of each character below N in the openings' alphabet (0: in no opening). */
    private final byte[] code = new byte[N];
    /** Per code of the first two characters: the openings that start with them, and their pattern. */
    private final char[][][] openings = new char[CODES * CODES][][];
    private final int[][] patternOf = new int[CODES * CODES][];
    /** Per code: the pattern of a one-character opening, or -1. */
    private final int[] single = new int[CODES];
    private final int[] digitPatterns;
    /** Per code of the first two characters: whether an opening of one or two characters starts there. */
    private final boolean[] opens = new boolean[CODES * CODES];

    /**
     * @param patterns      the patterns
     * @param openings      per pattern, the lower-case texts every match starts with
     * @param digitOpens    per pattern, whether a match can also start with an ASCII digit
     * @param afterBoundary per pattern, whether every match starts at a word boundary ({@code \b}
     *                      followed by a letter or digit), so that no match starts right after an
     *                      ASCII letter, digit or underscore
     */
    OpeningScanner(Pattern[] patterns, String[][] openings, boolean[] digitOpens, boolean[] afterBoundary) {
        this.patterns = patterns.clone();
        this.texts = new String[openings.length][];
        for (int p = 0; p < openings.length; p++) {
            texts[p] = openings[p].length <= FEW && !digitOpens[p] ? openings[p].clone() : null;
        }
        this.digitOpens = digitOpens.clone();
        this.afterBoundary = afterBoundary.clone();
        java.util.Arrays.fill(single, -1);
        int codes = 1;
        for (String[] os : openings) {
            for (String o : os) {
                for (int k = 0; k < Math.min(2, o.length()); k++) {
                    char c = o.charAt(k);
                    if (c >= N) {
                        throw new IllegalArgumentException("opening starts above the table: " + o);
                    }
                    if (code[c] == 0) {
                        if (codes == CODES) {
                            throw new IllegalArgumentException("too many characters in the openings");
                        }
                        code[c] = (byte) codes++;
                    }
                }
            }
        }
        List<List<char[]>> lits = new ArrayList<>(CODES * CODES);
        List<List<Integer>> pats = new ArrayList<>(CODES * CODES);
        for (int c = 0; c < CODES * CODES; c++) {
            lits.add(null);
            pats.add(null);
        }
        for (int p = 0; p < patterns.length; p++) {
            for (String o : openings[p]) {
                if (o.length() == 1) {
                    if (single[code[o.charAt(0)]] >= 0) {
                        throw new IllegalArgumentException("one-character opening of two patterns: " + o);
                    }
                    single[code[o.charAt(0)]] = p;
                    continue;
                }
                int pair = code[o.charAt(0)] * CODES + code[o.charAt(1)];
                if (lits.get(pair) == null) {
                    lits.set(pair, new ArrayList<>());
                    pats.set(pair, new ArrayList<>());
                }
                lits.get(pair).add(o.toCharArray());
                pats.get(pair).add(p);
            }
        }
        for (int c = 0; c < CODES * CODES; c++) {
            if (lits.get(c) != null) {
                this.openings[c] = lits.get(c).toArray(new char[0][]);
                this.patternOf[c] = pats.get(c).stream().mapToInt(Integer::intValue).toArray();
            }
        }
        for (int c = 0; c < CODES * CODES; c++) {
            opens[c] = this.openings[c] != null || single[c / CODES] >= 0;
        }
        int digits = 0;
        for (boolean d : digitOpens) {
            digits += d ? 1 : 0;
        }
        digitPatterns = new int[digits];
        for (int p = 0, k = 0; p < patterns.length; p++) {
            if (digitOpens[p]) {
                digitPatterns[k++] = p;
            }
        }
    }

    /** @return state for one document (one thread), reused from block to block */
    Run newRun() {
        return new Run();
    }

    /** The openings found in the current block, per pattern. */
    final class Run {
        private final Matcher[] matchers = new Matcher[patterns.length];
        private final int[][] hits = new int[patterns.length][8];
        private final int[] counts = new int[patterns.length];
        private String low;
        /** The current block's characters, and one more (0) after them. */
        private char[] chars = new char[256];

        private Run() {
            for (int p = 0; p < patterns.length; p++) {
                matchers[p] = patterns[p].matcher("").useTransparentBounds(true).useAnchoringBounds(false);
            }
        }

        /**
         * Whether pattern p is found in the text ({@code find()}).
         *
         * @param p   the pattern's index
         * @param low the lower-cased block; scanned once, on its first question
         * @return as {@code patterns[p].matcher(low).find()}
         */
        boolean find(int p, String low) {
            if (low != this.low) {
                if (!mayOccur(p, low)) {
                    return false;
                }
                scan(low);
            }
            int n = counts[p];
            if (n == 0) {
                return false;
            }
            Matcher m = matchers[p];
            m.reset(low);
            int[] at = hits[p];
            for (int k = 0; k < n; k++) {
                m.region(at[k], low.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
            return false;
        }

        /** False when no match of pattern p can start in t: its openings are few and none occurs. */
        private boolean mayOccur(int p, String t) {
            String[] os = texts[p];
            if (os == null) {
                return true;
            }
            for (String o : os) {
                if (t.indexOf(o) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private void scan(String t) {
            low = t;
            java.util.Arrays.fill(counts, 0);
            int n = t.length();
            char[] cs = chars;
            if (cs.length < n + 1) {
                cs = new char[Math.max(n + 1, cs.length * 2)];
                chars = cs;
            }
            t.getChars(0, n, cs, 0);
            cs[n] = 0; // the character after the text is in no opening
            byte[] code = OpeningScanner.this.code;
            int[] single = OpeningScanner.this.single;
            char[][][] openings = OpeningScanner.this.openings;
            boolean[] afterBoundary = OpeningScanner.this.afterBoundary;
            boolean[] opens = OpeningScanner.this.opens;
            int next = codeOf(cs[0]);
            for (int i = 0; i < n; i++) {
                char c = cs[i];
                int first = next;
                char d = cs[i + 1];
                next = d < N ? code[d] : 0;
                if (c >= '0' && c <= '9') {
                    boolean atBoundary = i == 0 || !asciiWord(cs[i - 1]);
                    for (int p : digitPatterns) {
                        if (atBoundary || !afterBoundary[p]) {
                            add(p, i);
                        }
                    }
                    continue;
                }
                int pair = first * CODES + next;
                if (!opens[pair]) {
                    continue;
                }
                boolean atBoundary = i == 0 || !asciiWord(cs[i - 1]);
                int p1 = single[first];
                if (p1 >= 0 && (atBoundary || !afterBoundary[p1])) {
                    add(p1, i);
                }
                char[][] os = openings[pair];
                if (os == null) {
                    continue;
                }
                int[] ps = patternOf[pair];
                for (int k = 0; k < os.length; k++) {
                    int p = ps[k];
                    if ((atBoundary || !afterBoundary[p]) && startsWith(cs, n, i, os[k])) {
                        add(p, i);
                    }
                }
            }
        }

        private void add(int p, int i) {
            int n = counts[p];
            int[] at = hits[p];
            if (n > 0 && at[n - 1] == i) {
                return;
            }
            if (n == at.length) {
                at = java.util.Arrays.copyOf(at, n * 2);
                hits[p] = at;
            }
            at[n] = i;
            counts[p] = n + 1;
        }
    }

    private int codeOf(char c) {
        return c < N ? code[c] : 0;
    }

    private static boolean asciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean startsWith(char[] t, int n, int i, char[] o) {
        int len = o.length;
        if (i + len > n) {
            return false;
        }
        for (int k = 2; k < len; k++) {
            if (t[i + k] != o[k]) {
                return false;
            }
        }
        return true;
    }
}

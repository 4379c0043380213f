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
 * position. Immutable; {@link #newRun()} gives the per-document state.
 */
final class OpeningScanner {

    /** Characters below this can be in openings. */
    private static final int N = 0x250;

    /** Letters of the openings' alphabet: characters are mapped to codes 1..63, 0 for others. */
    private static final int CODES = 64;

    private final Pattern[] patterns;
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

        private void scan(String t) {
            low = t;
            java.util.Arrays.fill(counts, 0);
            int n = t.length();
            char prev = ' ';
            int next = n > 0 ? codeOf(t.charAt(0)) : 0;
            for (int i = 0; i < n; i++) {
                char c = t.charAt(i);
                int first = next;
                next = i + 1 < n ? codeOf(t.charAt(i + 1)) : 0;
                boolean boundary = !asciiWord(prev);
                prev = c;
                if (c >= '0' && c <= '9') {
                    for (int p : digitPatterns) {
                        if (boundary || !afterBoundary[p]) {
                            add(p, i);
                        }
                    }
                    continue;
                }
                if (first == 0) {
                    continue;
                }
                int p1 = single[first];
                if (p1 >= 0 && (boundary || !afterBoundary[p1])) {
                    add(p1, i);
                }
                int pair = first * CODES + next;
                char[][] os = openings[pair];
                if (os == null) {
                    continue;
                }
                for (int k = 0; k < os.length; k++) {
                    int p = patternOf[pair][k];
                    if ((boundary || !afterBoundary[p]) && startsWith(t, i, os[k])) {
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

    private static boolean startsWith(String t, int i, char[] o) {
        int len = o.length;
        if (i + len > t.length()) {
            return false;
        }
        for (int k = 2; k < len; k++) {
            if (t.charAt(i + k) != o[k]) {
                return false;
            }
        }
        return true;
    }
}

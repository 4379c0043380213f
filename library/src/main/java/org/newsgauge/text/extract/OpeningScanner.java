package org.newsgauge.text.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers {@code pattern.matcher(low).find()} for several unanchored patterns of the lexicon with
 * one pass over a block (internal). Each pattern comes with its openings: texts one of which every
 * match of the pattern starts with (a digit can be an opening too). The pass, an Aho-Corasick
 * automaton over all openings (one table step per character), finds where openings occur, and the
 * pattern is tried ({@code lookingAt}, with transparent bounds so {@code \b} sees the character
 * before) only there, instead of {@code find()} trying every alternative at every position. A
 * question about a block not yet scanned, for a pattern of a few openings, is first put to
 * {@link String#indexOf} (a vectorized search, several times cheaper than the pass for so few
 * texts): when none of the openings occurs, the answer is no and the pass is left for a later
 * question. Immutable; {@link #newRun()} gives the per-document state.
 */
final class OpeningScanner {

    /** Characters below this can be in openings. */
    private static final int N = 0x250;

    private final Pattern[] patterns;
    /** Most openings a pattern may have to be ruled out with indexOf before the pass. */
    private static final int FEW = 8;

    /** Per pattern, its openings when they are few and none is a digit; otherwise null. */
    private final String[][] texts;
    private final boolean[] afterBoundary;
    /** Code of each character below N in the openings' alphabet (0: in no opening). */
    private final byte[] code = new byte[N];
    /** Codes in the alphabet, 0 included: the width of a row of {@link #next}. */
    private final int width;
    /**
     * The automaton: for the row of a state ({@code state * width}) plus the code of the next
     * character, the row of the next state; negative (the complement of the state's number, so
     * that its {@link #ends} need no division) when that state ends one or more openings.
     */
    private final int[] next;
    /** Per state: the openings it ends, as {@code pattern << 16 | length}, longest first; or null. */
    private final int[][] ends;

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
        this.afterBoundary = afterBoundary.clone();
        List<String> words = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int p = 0; p < openings.length; p++) {
            for (String o : openings[p]) {
                words.add(o);
                owners.add(p);
            }
            if (digitOpens[p]) {
                for (char d = '0'; d <= '9'; d++) {
                    words.add(String.valueOf(d));
                    owners.add(p);
                }
            }
        }
        int codes = 1;
        for (String w : words) {
            if (w.isEmpty() || w.length() > 0xFFFF) {
                throw new IllegalArgumentException("empty or overlong opening");
            }
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (c >= N) {
                    throw new IllegalArgumentException("opening outside the table: " + w);
                }
                if (code[c] == 0) {
                    if (codes == 255) {
                        throw new IllegalArgumentException("too many characters in the openings");
                    }
                    code[c] = (byte) codes++;
                }
            }
        }
        width = codes;
        // the trie of the openings
        List<int[]> child = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        child.add(new int[width]);
        own.add(new ArrayList<>());
        for (int w = 0; w < words.size(); w++) {
            String o = words.get(w);
            int s = 0;
            for (int k = 0; k < o.length(); k++) {
                int c = code[o.charAt(k)] & 0xFF;
                if (child.get(s)[c] == 0) {
                    child.get(s)[c] = child.size();
                    child.add(new int[width]);
                    own.add(new ArrayList<>());
                }
                s = child.get(s)[c];
            }
            own.get(s).add(owners.get(w) << 16 | o.length());
        }
        int states = child.size();
        // breadth first: failure links, full transitions, the openings each state ends, and the
        // states' numbers in that order: the shallow states, where most text keeps the automaton,
        // share the first rows of the table and stay in the fastest cache. The root's row is read
        // while still zeros: its missing children go to the root, and its children fail to it.
        int[][] go = new int[states][];
        int[] fail = new int[states];
        List<List<Integer>> out = new ArrayList<>(own);
        int[] rank = new int[states];
        int[] order = new int[states];
        int ranked = 1;
        for (int k = 0; k < ranked; k++) {
            int s = order[k];
            List<Integer> all = new ArrayList<>(own.get(s));
            all.addAll(out.get(fail[s]));
            out.set(s, all);
            go[s] = new int[width];
            for (int c = 0; c < width; c++) {
                int t = child.get(s)[c];
                if (t != 0) {
                    fail[t] = go[fail[s]][c];
                    go[s][c] = t;
                    rank[t] = ranked;
                    order[ranked++] = t;
                } else {
                    go[s][c] = go[fail[s]][c];
                }
            }
        }
        ends = new int[states][];
        for (int s = 0; s < states; s++) {
            if (!out.get(s).isEmpty()) {
                ends[rank[s]] = out.get(s).stream().sorted((a, b) -> Integer.compare(b & 0xFFFF, a & 0xFFFF))
                        .mapToInt(Integer::intValue).toArray();
            }
        }
        next = new int[states * width];
        for (int s = 0; s < states; s++) {
            for (int c = 0; c < width; c++) {
                int t = rank[go[s][c]];
                next[rank[s] * width + c] = ends[t] == null ? t * width : ~t;
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
        /** Per pattern, the text its matcher was last reset to. */
        private final String[] matched = new String[patterns.length];
        /** The current block's characters. */
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
            return next(p, low, 0) >= 0;
        }

        /**
         * The start of the first match of pattern p in the text at or after from, or -1: successive
         * calls, each from the {@link #end} of the last match, give what successive {@code find()}
         * calls of one matcher give.
         *
         * @param p    the pattern's index
         * @param low  the lower-cased block
         * @param from where the match may start at the earliest
         * @return the match's start, or -1
         */
        int next(int p, String low, int from) {
            if (low != this.low) {
                scan(low);
            }
            int n = counts[p];
            Matcher m = matchers[p];
            if (n > 0 && matched[p] != low) {
                m.reset(low);
                matched[p] = low;
            }
            int[] at = hits[p];
            for (int k = 0; k < n; k++) {
                if (at[k] < from) {
                    continue;
                }
                m.region(at[k], low.length());
                if (m.lookingAt()) {
                    return at[k];
                }
            }
            return -1;
        }

        /** The end of the match that {@link #next} last found for pattern p. */
        int end(int p) {
            return matchers[p].end();
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
            Arrays.fill(counts, 0);
            int n = t.length();
            char[] cs = chars;
            if (cs.length < n) {
                cs = new char[Math.max(n, cs.length * 2)];
                chars = cs;
            }
            t.getChars(0, n, cs, 0);
            byte[] code = OpeningScanner.this.code;
            int[] next = OpeningScanner.this.next;
            int row = 0;
            for (int i = 0; i < n; i++) {
                char c = cs[i];
                int v = next[row + (c < N ? code[c] & 0xFF : 0)];
                if (v >= 0) {
                    row = v;
                    continue;
                }
                int state = ~v;
                row = state * width;
                for (int e : ends[state]) {
                    int p = e >>> 16;
                    int start = i + 1 - (e & 0xFFFF);
                    if (!afterBoundary[p] || start == 0 || !asciiWord(cs[start - 1])) {
                        add(p, start);
                    }
                }
            }
        }

        /** Adds a start of pattern p, keeping the starts ascending and distinct. */
        private void add(int p, int start) {
            int n = counts[p];
            int[] at = hits[p];
            int k = n;
            while (k > 0 && at[k - 1] > start) {
                k--;
            }
            if (k > 0 && at[k - 1] == start) {
                return;
            }
            if (n == at.length) {
                at = Arrays.copyOf(at, n * 2);
                hits[p] = at;
            }
            System.arraycopy(at, k, at, k + 1, n - k);
            at[k] = start;
            counts[p] = n + 1;
        }
    }

    private static boolean asciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '_';
    }
}

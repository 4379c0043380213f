package org.newsgauge.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Words chosen to flood the word table when its hash was fixed: the bad-input matrix's row
 * ({@code BadInputMatrixTest}) and the {@code HashFlooding} benchmark build them the same way.
 * Test code, shared as {@code src/test-shared} is (the library's tests and the benchmarks).
 *
 * <pre>{@code
 * List<String> words = CollidingWords.ofOneUnkeyedHash(100_000);   // 18 letters each, one old hash
 * }</pre>
 */
public final class CollidingWords {
    /** The start of the word table's hash before it was keyed (32-bit FNV-1a, fixed). */
    private static final int START = 0x9E3779B9;

    private CollidingWords() {
    }

    /**
     * Words that all had one hash under the word table's hash before it was keyed (32-bit
     * FNV-1a over the characters from a fixed start): strings of blocks of three CJK or Hangul
     * letters, letters the tokenizer keeps in one word and leaves as they are, each block one of
     * up to eight that lead from the same state to the same state.
     */
    public static List<String> ofOneUnkeyedHash(int count) {
        char[] l = letters();
        boolean[] isLetter = new boolean[1 << 16];
        for (char c : l) {
            isLetter[c] = true;
        }
        SplittableRandom r = new SplittableRandom(1);
        List<char[][]> blocks = new ArrayList<>();
        int state = START;
        for (long words = 1; words < count; ) {
            // blocks (a, b, c) and (a', b', c') collide when the states after a b and a' b' agree
            // in their high 16 bits and c' is c xor the difference of the low 16
            int[] head = new int[1 << 16];
            java.util.Arrays.fill(head, -1);
            int n = 1 << 19;
            int[] next = new int[n];
            int[] z = new int[n];
            char[][] ab = new char[n][];
            int best = 0;
            int bestSize = 0;
            int[] size = new int[1 << 16];
            for (int i = 0; i < n; i++) {
                ab[i] = new char[] {l[r.nextInt(l.length)], l[r.nextInt(l.length)]};
                z[i] = fnvStep(fnvStep(state, ab[i][0]), ab[i][1]);
                int h = z[i] >>> 16;
                next[i] = head[h];
                head[h] = i;
                if (++size[h] > bestSize) {
                    bestSize = size[h];
                    best = h;
                }
            }
            int first = head[best];
            char bestC = 0;
            int most = -1;
            for (char c : l) {
                int m = 0;
                for (int i = first; i >= 0; i = next[i]) {
                    m += isLetter[(char) (c ^ ((z[i] ^ z[first]) & 0xFFFF))] ? 1 : 0;
                }
                if (m > most) {
                    most = m;
                    bestC = c;
                }
            }
            List<char[]> same = new ArrayList<>();
            for (int i = first; i >= 0 && same.size() < 8; i = next[i]) {
                char c2 = (char) (bestC ^ ((z[i] ^ z[first]) & 0xFFFF));
                if (isLetter[c2]) {
                    same.add(new char[] {ab[i][0], ab[i][1], c2});
                }
            }
            char[] b = same.get(0);
            state = fnvStep(fnvStep(fnvStep(state, b[0]), b[1]), b[2]);
            blocks.add(same.toArray(new char[0][]));
            words *= same.size();
        }
        List<String> out = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            StringBuilder sb = new StringBuilder();
            int rest = w;
            for (char[][] b : blocks) {
                sb.append(b[rest % b.length]);
                rest /= b.length;
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** The state of the word table's hash before it was keyed, after {@code word}: all the words share it. */
    public static int unkeyedHash(String word) {
        int h = START;
        for (char c : word.toCharArray()) {
            h = fnvStep(h, c);
        }
        return h;
    }

    /** {@code count} random words of the same letters and length as those of {@link #ofOneUnkeyedHash}, for comparison. */
    public static List<String> random(int count, int length, long seed) {
        char[] l = letters();
        SplittableRandom r = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            char[] c = new char[length];
            for (int i = 0; i < length; i++) {
                c[i] = l[r.nextInt(l.length)];
            }
            out.add(new String(c));
        }
        return out;
    }

    /** CJK ideographs and Hangul syllables: letters the tokenizer keeps in one word and leaves as they are. */
    private static char[] letters() {
        StringBuilder letters = new StringBuilder();
        for (char c = '\u4E00'; c <= '\u9FA5'; c++) {
            letters.append(c);
        }
        for (char c = '\uAC00'; c <= '\uD7A3'; c++) {
            letters.append(c);
        }
        return letters.toString().toCharArray();
    }

    private static int fnvStep(int h, char c) {
        return (h ^ c) * 0x01000193;
    }

}

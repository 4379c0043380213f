package org.newsgauge.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The texts of a dataset that repeat an earlier one, found by a 64-bit hash of each and said in
 * one warning that names the first few: a CSV's rows and a folder's files alike. In training a
 * text on both sides of a fold makes the held-out figures look better than they are, and in an
 * evaluation it counts twice.
 *
 * <pre>{@code
 * RepeatedTexts repeats = new RepeatedTexts(line -> "line " + line);
 * repeats.add(text, line, labels.hashCode());   // for each row, in order
 * String warning = repeats.warning("row", "with other labels", "leave the repeats out");   // null: none
 * }</pre>
 *
 * <p>Not thread-safe: one per read.
 */
final class RepeatedTexts {
    /** How many distinct texts are remembered (some 80 MB at most): repeats of later ones are not counted. */
    private static final int TRACKED = 1_000_000;
    /** Repeats named in the warning. */
    private static final int NAMED = 3;

    /** Each text's hash: where it was first (below 2^31), and its labels' hash, packed in a long. */
    private final Map<Long, Long> first = new HashMap<>();
    private final LongFunction<String> name;
    private final List<String> named = new ArrayList<>();
    private long repeated;
    private long conflicting;

    /**
     * @param name how a place is named in the warning: a line number as {@code line 8}, an index as
     *             the file's path
     */
    RepeatedTexts(LongFunction<String> name) {
        this.name = name;
    }

    /**
     * Notes one text.
     *
     * @param text   the text
     * @param where  where it is (a line, an index), at least 0
     * @param labels its labels' hash: a repeat with other labels is counted as such
     */
    void add(String text, long where, int labels) {
        long here = (Math.min(where, Integer.MAX_VALUE) << 32) | (labels & 0xFFFFFFFFL);
        long hash = fnv64(text);
        Long before = first.size() < TRACKED ? first.putIfAbsent(hash, here) : first.get(hash);
        if (before != null) {
            repeated++;
            conflicting += (int) (long) before != labels ? 1 : 0;
            if (named.size() < NAMED) {
                // what a user looks up to leave one out
                named.add(name.apply(where) + " repeats " + name.apply(before >>> 32));
            }
        }
    }

    /**
     * The warning, or null when no text repeats.
     *
     * @param unit     what a text is: {@code row}, {@code file}
     * @param conflict how repeats with other labels are told: {@code with other labels}
     * @param advice   what to do: {@code leave the repeats out}
     * @return e.g. "2 rows repeat the text of an earlier row (line 4 repeats line 2; line 5 repeats
     *         line 2), 1 with other labels, which no model can all get right: in training, ..."
     */
    String warning(String unit, String conflict, String advice) {
        if (repeated == 0) {
            return null;
        }
        boolean many = repeated > 1;
        return repeated + " " + unit + (many ? "s repeat" : " repeats") + " the text of an earlier " + unit + " ("
                + String.join("; ", named) + (repeated > named.size() ? "; ..." : "") + ")"
                + (conflicting == 0 ? "" : ", " + conflicting + " " + conflict + ", which no model can all get right")
                + ": in training, a text on both sides of a fold makes the held-out figures look better than they are,"
                + " and in an evaluation it counts twice; " + advice;
    }

    /** The 64-bit FNV-1a hash of {@code s}'s characters: few enough collisions to count repeats over millions of texts. */
    private static long fnv64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}

package org.newsgauge.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Assigns rows to folds for cross-validation: stratified by label, or grouped so that every row
 * of a group (an event, a source) falls into the same fold. Deterministic for a seed.
 *
 * <pre>{@code
 * int[] fold = Folds.stratified(labels, 10, 42);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Folds {
    private Folds() {
    }

    /**
     * Stratified folds: each label's rows are shuffled and dealt round-robin.
     *
     * @param y    each row's label index
     * @param k    the number of folds, from 2 to the number of rows
     * @param seed the shuffle's seed
     * @return each row's fold, from 0 to {@code k - 1}
     * @throws IllegalArgumentException when {@code k} is below 2 or above the number of rows
     */
    public static int[] stratified(int[] y, int k, long seed) {
        checkK(k, y.length);
        Map<Integer, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < y.length; i++) {
            byLabel.computeIfAbsent(y[i], l -> new ArrayList<>()).add(i);
        }
        int[] fold = new int[y.length];
        SplittableRandom r = new SplittableRandom(seed);
        int next = 0;
        for (int label : byLabel.keySet().stream().sorted().toList()) {
            List<Integer> rows = byLabel.get(label);
            int[] a = rows.stream().mapToInt(Integer::intValue).toArray();
            shuffle(a, r);
            for (int row : a) {
                fold[row] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }

    /**
     * Grouped folds: groups are shuffled, then each goes to the fold with the fewest rows so far,
     * so that folds are about equal in size and no group is split.
     *
     * @param groups each row's group, e.g. its event
     * @param k      the number of folds, from 2 to the number of groups
     * @param seed   the shuffle's seed
     * @return each row's fold, from 0 to {@code k - 1}
     * @throws IllegalArgumentException when {@code k} is below 2 or above the number of rows or groups
     */
    public static int[] grouped(String[] groups, int k, long seed) {
        checkK(k, groups.length);
        Map<String, List<Integer>> byGroup = new HashMap<>();
        for (int i = 0; i < groups.length; i++) {
            byGroup.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(i);
        }
        int n = byGroup.size();
        if (n < k) {
            throw new IllegalArgumentException(k + " grouped folds need at least " + k + " groups, and the data has " + n + "; "
                    + (n >= 2 ? "use fewer folds (at most " + n + "), or " : "") + "cross-validate stratified (without a group"
                    + " column)");
        }
        String[] keys = byGroup.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = keys.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            String t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
        }
        int[] size = new int[k];
        int[] fold = new int[groups.length];
        for (String g : keys) {
            int best = 0;
            for (int f = 1; f < k; f++) {
                if (size[f] < size[best]) {
                    best = f;
                }
            }
            for (int row : byGroup.get(g)) {
                fold[row] = best;
            }
            size[best] += byGroup.get(g).size();
        }
        return fold;
    }

    /**
     * The held-out rows whose label no training row of their fold has, which grouped folds give
     * when the groups follow the labels (an event column that is the label by another name, or
     * one group holding most rows): a model cannot predict a label it never saw, so such folds'
     * figures and the calibration fitted on them mislead.
     *
     * @param fold   each row's fold
     * @param y      each row's label index
     * @param labels the labels' names, by index
     * @return "N of M held-out rows (labels a, b)" when there are such rows, else null
     */
    public static String unseenHeldOut(int[] fold, int[] y, List<String> labels) {
        int k = Arrays.stream(fold).max().orElse(-1) + 1;
        int[][] count = new int[k][labels.size()];
        int[] all = new int[labels.size()];
        for (int i = 0; i < fold.length; i++) {
            count[fold[i]][y[i]]++;
            all[y[i]]++;
        }
        int unseen = 0;
        java.util.TreeSet<String> which = new java.util.TreeSet<>();
        for (int f = 0; f < k; f++) {
            for (int l = 0; l < labels.size(); l++) {
                if (count[f][l] > 0 && all[l] == count[f][l]) {
                    unseen += count[f][l];
                    which.add(labels.get(l));
                }
            }
        }
        return unseen == 0 ? null : unseen + " of " + fold.length + " held-out rows have a label that no training row"
                + " of their fold has (" + String.join(", ", which) + ")";
    }

    private static void checkK(int k, int n) {
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got " + k);
        }
        if (n < k) {
            throw new IllegalArgumentException(k + " folds need at least " + k + " rows; the data has " + n);
        }
    }

    private static void shuffle(int[] a, SplittableRandom r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}

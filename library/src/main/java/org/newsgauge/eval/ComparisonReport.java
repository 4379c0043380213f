package org.newsgauge.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgauge.metrics.EvaluationReport;

/**
 * Packs compared on the same labelled data by {@link PackComparison}: each pack's figures, and
 * each later pack's differences from the first one, the baseline.
 *
 * <pre>{@code
 * ComparisonReport r = PackComparison.compare(candidates, Path.of("holdout.csv"), List.of(), List.of(),
 *         PackComparison.Settings.defaults());
 * System.out.println(r.toJson());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param data        where the labelled rows came from
 * @param n           number of rows
 * @param resamples   bootstrap resamples behind the intervals
 * @param seed        their seed
 * @param packs       each pack's figures on the compared dimensions, by name, baseline first
 * @param differences per later pack and dimension, its difference from the baseline
 */
public record ComparisonReport(String data, int n, int resamples, long seed, Map<String, EvaluationReport> packs,
                               List<Difference> differences) {
    /**
     * Copies the map (keeping its order) and the list in.
     *
     * @param data        where the labelled rows came from
     * @param n           number of rows
     * @param resamples   bootstrap resamples behind the intervals
     * @param seed        their seed
     * @param packs       each pack's figures by name, baseline first; at least one
     * @param differences per later pack and dimension, its difference from the baseline
     * @throws NullPointerException when {@code packs} or {@code differences} is null
     */
    public ComparisonReport {
        packs = Collections.unmodifiableMap(new LinkedHashMap<>(packs));
        differences = List.copyOf(differences);
    }

    /**
     * One pack against the baseline on one dimension: the pack's figure minus the baseline's, so
     * that a positive accuracy or macro-F1 difference is better (and a negative MAE difference).
     * Accuracy and macro-F1 differences are of shares, from -1 to 1, not of percentage points.
     *
     * @param dimension         the dimension compared
     * @param baseline          the baseline pack's name
     * @param pack              the compared pack's name
     * @param n                 number of rows both were evaluated on
     * @param accuracy          the pack's accuracy minus the baseline's, on all the rows
     * @param accuracyLow       2.5% point of the paired bootstrap's accuracy differences
     * @param accuracyHigh      97.5% point
     * @param macroF1           the pack's macro-F1 minus the baseline's, on all the rows
     * @param macroF1Low        2.5% point of the macro-F1 differences
     * @param macroF1High       97.5% point
     * @param mae               difference in mean absolute error (steps); null unless every pack
     *                          has the dimension ordinal with the same labels in the same order
     * @param onlyBaselineRight rows the baseline labels right and the pack wrong
     * @param onlyPackRight     rows the pack labels right and the baseline wrong
     * @param mcNemarP          McNemar's exact two-sided p-value on those two counts
     */
    public record Difference(String dimension, String baseline, String pack, int n, double accuracy,
                             double accuracyLow, double accuracyHigh, double macroF1, double macroF1Low,
                             double macroF1High, Double mae, int onlyBaselineRight, int onlyPackRight,
                             double mcNemarP) {
        /**
         * Whether the 95% interval of the macro-F1 difference leaves out zero: a difference beyond the data's noise.
         *
         * @return true when {@link #macroF1Low()} is above zero or {@link #macroF1High()} below it
         */
        public boolean macroF1Differs() {
            return macroF1Low > 0 || macroF1High < 0;
        }

        /**
         * What the figures say: better or worse beyond the noise when the macro-F1 interval leaves
         * out zero and McNemar's p is below 0.05 with the rows right in one pack only pointing the
         * same way; within the noise when neither; unclear when one, or when they point apart.
         *
         * @return the verdict; never null
         */
        public Verdict verdict() {
            boolean mcNemar = mcNemarP < 0.05;
            if (macroF1Differs() && mcNemar) {
                // the two measures must point the same way: more rows right with a lower macro-F1 is no verdict
                boolean better = macroF1 > 0;
                if (better == onlyPackRight > onlyBaselineRight) {
                    return better ? Verdict.BETTER : Verdict.WORSE;
                }
                return Verdict.UNCLEAR;
            }
            return macroF1Differs() || mcNemar ? Verdict.UNCLEAR : Verdict.WITHIN_NOISE;
        }
    }

    /** A pack against the baseline on one dimension, in words a build or a reader can act on. */
    public enum Verdict {
        /** Better beyond the noise: the macro-F1 interval is above zero and McNemar's p below 0.05. */
        BETTER("better beyond the noise"),
        /** Worse beyond the noise: the macro-F1 interval is below zero and McNemar's p below 0.05. */
        WORSE("worse beyond the noise"),
        /**
         * One measure says there is a difference and the other does not, or both do but point
         * different ways: more data would tell.
         */
        UNCLEAR("a difference on one measure only: more data would tell"),
        /** Neither measure tells the packs apart on these rows. */
        WITHIN_NOISE("within the noise");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        /**
         * The verdict in words, e.g. "worse beyond the noise".
         *
         * @return a phrase for people, in lower case
         */
        public String words() {
            return words;
        }
    }

    /**
     * The difference of {@code pack} from the baseline on {@code dimension}.
     *
     * @param pack      a compared pack's name, not the baseline's
     * @param dimension a compared dimension's name
     * @return the difference; never null
     * @throws IllegalArgumentException when no such pack (other than the baseline) or dimension was compared
     */
    public Difference difference(String pack, String dimension) {
        return differences.stream().filter(d -> d.pack().equals(pack) && d.dimension().equals(dimension)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no comparison of pack '" + pack + "' on dimension '"
                        + dimension + "' (packs after the baseline: " + String.join(", ",
                        differences.stream().map(Difference::pack).distinct().toList()) + "; dimensions compared: "
                        + String.join(", ", differences.stream().filter(d -> d.pack().equals(pack)
                                || differences.stream().noneMatch(e -> e.pack().equals(pack)))
                        .map(Difference::dimension).distinct().toList()) + ")"));
    }

    /**
     * The name of the pack the others are compared with.
     *
     * @return the first pack's name
     * @throws java.util.NoSuchElementException when the report has no pack
     */
    public String baseline() {
        return packs.keySet().iterator().next();
    }

    /**
     * The report as compact JSON: {@code {"data", "n", "resamples", "seed", "baseline", "packs":
     * {"<pack>": <evaluate --json>}, "differences": {"<pack>": {"<dimension>": {"accuracy",
     * "accuracy_ci", "macro_f1", "macro_f1_ci", "mae", "only_baseline_right", "only_pack_right",
     * "mcnemar_p", "verdict"}}}}} with the verdict {@code better}, {@code worse}, {@code unclear} or
     * {@code within_noise}.
     *
     * @return one line of JSON, figures rounded to four decimals
     */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("data", data);
        root.put("n", n);
        root.put("resamples", resamples);
        root.put("seed", seed);
        root.put("baseline", baseline());
        ObjectNode ps = root.putObject("packs");
        packs.forEach((name, r) -> ps.set(name, r.toJsonTree(mapper)));
        ObjectNode ds = root.putObject("differences");
        for (Difference d : differences) {
            ObjectNode p = ds.has(d.pack()) ? (ObjectNode) ds.get(d.pack()) : ds.putObject(d.pack());
            ObjectNode o = p.putObject(d.dimension());
            o.put("accuracy", org.newsgauge.io.JsonNumbers.fourDecimals(d.accuracy()));
            o.putArray("accuracy_ci").add(org.newsgauge.io.JsonNumbers.fourDecimals(d.accuracyLow())).add(org.newsgauge.io.JsonNumbers.fourDecimals(d.accuracyHigh()));
            o.put("macro_f1", org.newsgauge.io.JsonNumbers.fourDecimals(d.macroF1()));
            o.putArray("macro_f1_ci").add(org.newsgauge.io.JsonNumbers.fourDecimals(d.macroF1Low())).add(org.newsgauge.io.JsonNumbers.fourDecimals(d.macroF1High()));
            if (d.mae() != null) {
                o.put("mae", org.newsgauge.io.JsonNumbers.fourDecimals(d.mae()));
            }
            o.put("only_baseline_right", d.onlyBaselineRight());
            o.put("only_pack_right", d.onlyPackRight());
            o.put("mcnemar_p", org.newsgauge.io.JsonNumbers.fourDecimals(d.mcNemarP()));
            o.put("verdict", d.verdict().name().toLowerCase(java.util.Locale.ROOT));
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

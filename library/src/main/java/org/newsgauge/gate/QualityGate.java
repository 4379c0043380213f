package org.newsgauge.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.metrics.EvaluationReport;
import org.newsgauge.metrics.LabelMetrics;

/**
 * Minimum quality of a model, per dimension, checked against an {@link EvaluationReport}: a
 * quality gate for models, as JaCoCo has for coverage. What the Maven plugin's {@code evaluate}
 * goal runs.
 *
 * <p>Each dimension has a list of limits separated by commas: {@code METRIC=VALUE} (the metric must
 * be at least VALUE, or at most VALUE for the error metrics {@code ece} and {@code mae}), or with an
 * explicit {@code >=} / {@code <=}. Metrics: {@code accuracy}, {@code macro_f1}, {@code ece},
 * {@code mae} and {@code within_one} (ordinal dimensions), and per label
 * {@code f1[LABEL]}, {@code precision[LABEL]}, {@code recall[LABEL]}.
 *
 * <pre>{@code
 * QualityGate gate = QualityGate.parse(Map.of("topic", "macro_f1=0.80", "tension", "mae<=0.6, within_one=0.9"));
 * QualityGate.Outcome o = gate.check(report);
 * if (o.failed()) throw new IllegalStateException(o.message());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class QualityGate {
    private static final Pattern LIMIT = Pattern.compile(
            "\\s*([a-z_][a-z_0-9]*)(?:\\[([^\\]]+)])?\\s*(>=|<=|=)\\s*([-+0-9.eE]+)\\s*");
    private static final List<String> METRICS = List.of("accuracy", "macro_f1", "ece", "mae", "within_one",
            "f1[LABEL]", "precision[LABEL]", "recall[LABEL]");

    /**
     * One limit.
     *
     * @param dimension the dimension
     * @param metric    the metric, e.g. {@code macro_f1} or {@code recall}
     * @param label     the label of a per-label metric, or null
     * @param atLeast   true: the metric must be at least {@code value}; false: at most
     * @param value     the limit
     */
    public record Limit(String dimension, String metric, String label, boolean atLeast, double value) {
        /**
         * The limit as a person reads it.
         *
         * @return e.g. {@code topic macro_f1 >= 0.8}
         */
        public String describe() {
            return dimension + " " + name() + (atLeast ? " >= " : " <= ") + fmt(value);
        }

        /**
         * The metric's name, e.g. {@code macro_f1} or {@code recall[pro_kosovo]}.
         *
         * @return the metric, with the label in brackets for a per-label metric
         */
        public String name() {
            return label == null ? metric : metric + "[" + label + "]";
        }
    }

    private final List<Limit> limits;

    private QualityGate(List<Limit> limits) {
        this.limits = List.copyOf(limits);
    }

    /**
     * Parses the limits of each dimension ({@code dimension -> "macro_f1=0.80, accuracy=0.85"}).
     * Whether the dimensions and labels exist is checked by {@link #check}, against a report.
     *
     * @param minimums per dimension name, its limits separated by commas (or semicolons or line
     *                 breaks); every value but MAE's is a share from 0 to 1, not a percentage
     * @return the gate, its limits in the map's order
     * @throws RuleException when a limit is malformed, names an unknown metric, has a value out of
     *                       range or the wrong direction ({@code macro_f1<=0.5}), or a dimension's
     *                       limits are empty or given twice, or a metric is given twice for a dimension
     */
    public static QualityGate parse(Map<String, String> minimums) {
        List<Limit> out = new ArrayList<>();
        java.util.Set<String> dims = new java.util.HashSet<>();
        for (Map.Entry<String, String> e : minimums.entrySet()) {
            String dim = e.getKey().strip();
            if (!dims.add(dim)) {
                throw new RuleException("minimums of '" + dim + "' are given twice (once as '" + e.getKey()
                        + "'); give each dimension's minimums once, separated by commas");
            }
            String spec = e.getValue() == null ? "" : e.getValue();
            if (spec.isBlank()) {
                throw new RuleException("minimums of '" + dim + "' are empty; write e.g. macro_f1=0.80");
            }
            Map<String, Limit> seen = new java.util.HashMap<>();
            for (String part : spec.split("[,;\\n]")) {
                if (part.isBlank()) {
                    continue;
                }
                Limit l = limit(dim, part);
                // a metric given twice would be checked twice: "misses 2 of 1 minimums", or two different bars
                Limit before = seen.put(l.name(), l);
                if (before != null) {
                    throw new RuleException("minimums of '" + dim + "' give " + before.describe() + " and "
                            + l.describe() + "; give each metric once");
                }
                out.add(l);
            }
        }
        return new QualityGate(out);
    }

    private static Limit limit(String dim, String part) {
        Matcher m = LIMIT.matcher(part);
        String where = "bad minimum '" + part.strip() + "' of " + dim + ": ";
        if (!m.matches()) {
            throw new RuleException(where + "write METRIC=VALUE, e.g. macro_f1=0.80 (metrics: " + String.join(", ", METRICS) + ")");
        }
        String metric = m.group(1);
        String label = m.group(2);
        boolean perLabel = metric.equals("f1") || metric.equals("precision") || metric.equals("recall");
        boolean known = perLabel ? label != null
                : label == null && List.of("accuracy", "macro_f1", "ece", "mae", "within_one").contains(metric);
        if (!known) {
            throw new RuleException(where + "unknown metric; use one of " + String.join(", ", METRICS));
        }
        double value;
        try {
            value = Double.parseDouble(m.group(4));
        } catch (NumberFormatException ex) {
            throw new RuleException(where + "'" + m.group(4) + "' is not a number");
        }
        // every metric but MAE (in steps) is a share: 80 for 0.80 would be a gate that always fails
        if (!metric.equals("mae") && !(value >= 0 && value <= 1)) {
            throw new RuleException(where + metric + " is a share between 0 and 1; write e.g. " + metric + "="
                    + (value > 1 && value <= 100 ? String.valueOf(value / 100) : "0.80"));
        }
        if (metric.equals("mae") && !(value >= 0)) {
            throw new RuleException(where + "mae is a mean number of steps, 0 or more");
        }
        boolean lowerIsBetter = metric.equals("ece") || metric.equals("mae");
        boolean atLeast = switch (m.group(3)) {
            case ">=" -> true;
            case "<=" -> false;
            default -> !lowerIsBetter;
        };
        if (atLeast == lowerIsBetter) {
            // a maximum on a quality (macro_f1<=0.5) fails the good models: a reversed sign, not a gate
            throw new RuleException(where + (lowerIsBetter ? metric + " is an error, lower is better: give a maximum, "
                    + metric + "<=" + m.group(4) : metric + " is a quality, higher is better: give a minimum, " + metric + "="
                    + m.group(4)));
        }
        return new Limit(dim, metric, label, atLeast, value);
    }

    /**
     * The limits, in order.
     *
     * @return the limits as parsed; immutable
     */
    public List<Limit> limits() {
        return limits;
    }

    /**
     * Checks {@code report} against the limits.
     *
     * @param report the figures to check, e.g. from {@link org.newsgauge.eval.Evaluator}
     * @return every limit with its measured value, in the report's dimension order, and those not met
     * @throws RuleException when a limit names a dimension or label the report does not have, or
     *                       an ordinal metric of a nominal dimension
     */
    public Outcome check(EvaluationReport report) {
        Map<Limit, Double> measured = new LinkedHashMap<>();
        List<Limit> misses = new ArrayList<>();
        // in the report's dimension order (the pack's), whatever order the minimums came in (a build's map has none)
        List<String> order = List.copyOf(report.dimensions().keySet());
        List<Limit> ordered = new ArrayList<>(limits);
        ordered.sort(java.util.Comparator.comparingInt(l -> {
            int i = order.indexOf(l.dimension());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        for (Limit l : ordered) {
            DimensionMetrics m = report.dimensions().get(l.dimension());
            if (m == null) {
                throw new RuleException("minimums name dimension '" + l.dimension() + "', but the evaluation has "
                        + report.dimensions().keySet());
            }
            double v = value(l, m);
            measured.put(l, v);
            if (l.atLeast() ? v < l.value() : v > l.value()) {
                misses.add(l);
            }
        }
        return new Outcome(measured, misses);
    }

    private static double value(Limit l, DimensionMetrics m) {
        if (l.label() != null) {
            LabelMetrics lm = m.perLabel().get(l.label());
            if (lm == null) {
                throw new RuleException("minimum " + l.describe() + ": " + l.dimension() + " has no label '" + l.label()
                        + "'; its labels are " + m.labels());
            }
            return switch (l.metric()) {
                case "f1" -> lm.f1();
                case "precision" -> lm.precision();
                default -> lm.recall();
            };
        }
        return switch (l.metric()) {
            case "accuracy" -> m.accuracy();
            case "macro_f1" -> m.macroF1();
            case "ece" -> m.ece();
            default -> {
                Double v = l.metric().equals("mae") ? m.mae() : m.withinOne();
                if (v == null) {
                    throw new RuleException("minimum " + l.describe() + ": " + l.metric() + " is measured for ordinal "
                            + "dimensions only, and " + l.dimension() + " is nominal");
                }
                yield v;
            }
        };
    }

    /**
     * The result of a check.
     *
     * @param measured every limit with the measured value, in order
     * @param misses   the limits not met
     */
    public record Outcome(Map<Limit, Double> measured, List<Limit> misses) {
        /**
         * Copies the map (keeping its order) and the list in.
         *
         * @param measured every limit with the measured value, in order
         * @param misses   the limits not met
         * @throws NullPointerException when an argument is null
         */
        public Outcome {
            measured = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measured));
            misses = List.copyOf(misses);
        }

        /**
         * True when a limit is not met.
         *
         * @return true when {@link #misses()} is not empty
         */
        public boolean failed() {
            return !misses.isEmpty();
        }

        /**
         * One line per limit: {@code topic macro_f1 0.7421, required >= 0.8: FAILED}.
         *
         * @return the lines, in the order of {@link #measured()}, each ending {@code ok} or {@code FAILED}
         */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            measured.forEach((l, v) -> out.add(String.format(Locale.ROOT, "%s %s %.4f, required %s %s: %s", l.dimension(),
                    l.name(), v, l.atLeast() ? ">=" : "<=", fmt(l.value()), misses.contains(l) ? "FAILED" : "ok")));
            return out;
        }

        /**
         * What failed, for a build failure.
         *
         * @return the limits missed with their values, one per line after the first; or a line saying
         *         that all were met
         */
        public String message() {
            if (!failed()) {
                return "all " + measured.size() + " minimums met";
            }
            StringBuilder sb = new StringBuilder("the model misses " + misses.size() + " of " + measured.size() + " minimums:");
            for (Limit l : misses) {
                sb.append(String.format(Locale.ROOT, "%n  %s %s is %.4f, required %s %s", l.dimension(), l.name(),
                        measured.get(l), l.atLeast() ? ">=" : "<=", fmt(l.value())));
            }
            return sb.toString();
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}

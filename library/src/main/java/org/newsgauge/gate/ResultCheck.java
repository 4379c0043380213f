package org.newsgauge.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.data.DimensionSpec;
import org.newsgauge.text.Warning;

/**
 * Checks classification results against rules: which documents offend, and a message that
 * lists them with their labels. What the Maven plugin's {@code check} goal runs.
 *
 * <pre>{@code
 * ResultCheck check = ResultCheck.of(List.of("tension >= high", "confidence < 0.5"), Rule.dimensions(pack), true);
 * ResultCheck.Outcome o = check.check(JsonlResultReader.readAll(Path.of("target/newsgauge/results.jsonl")));
 * if (o.failed()) throw new IllegalStateException(o.message(50));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ResultCheck {
    private final List<Rule> rules;
    private final boolean failOnUnreadable;

    private ResultCheck(List<Rule> rules, boolean failOnUnreadable) {
        this.rules = List.copyOf(rules);
        this.failOnUnreadable = failOnUnreadable;
    }

    /**
     * A check of {@code rules} (each parsed against {@code dimensions}).
     *
     * @param rules            the rules, as {@link Rule#parse} reads them; a document offends when it
     *                         breaks any of them
     * @param dimensions       the pack's dimensions, from {@link Rule#dimensions(org.newsgauge.model.ModelPack)}
     * @param failOnUnreadable also count documents that could not be classified as offending
     * @return the check
     * @throws RuleException when a rule is bad
     */
    public static ResultCheck of(List<String> rules, List<DimensionSpec> dimensions, boolean failOnUnreadable) {
        List<Rule> parsed = new ArrayList<>();
        for (String r : rules) {
            parsed.add(Rule.parse(r, dimensions));
        }
        return new ResultCheck(parsed, failOnUnreadable);
    }

    /**
     * The rules.
     *
     * @return the parsed rules, in the order given; immutable
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Which rules {@code labels} breaks ({@code unreadable} counts as one): empty when none.
     *
     * @param labels one document's result
     * @return the broken rules as written, {@code unreadable} first when it counts; a new list
     */
    public List<String> broken(Labels labels) {
        List<String> out = new ArrayList<>();
        if (failOnUnreadable && labels.unreadable()) {
            out.add("unreadable");
        }
        for (Rule r : rules) {
            if (r.test(labels)) {
                out.add(r.text());
            }
        }
        return out;
    }

    /**
     * Checks every result.
     *
     * @param results the results, e.g. {@link org.newsgauge.report.JsonlResultReader#readAll}'s;
     *                iterated once
     * @return the number of documents and the offending ones, in result order
     */
    public Outcome check(Iterable<Labels> results) {
        int n = 0;
        List<Offence> offences = new ArrayList<>();
        for (Labels l : results) {
            n++;
            List<String> b = broken(l);
            if (!b.isEmpty()) {
                offences.add(new Offence(l, b));
            }
        }
        return new Outcome(n, offences);
    }

    /**
     * One offending document.
     *
     * @param labels its result
     * @param rules  the rules it breaks, as written ({@code unreadable} for an unreadable document)
     */
    public record Offence(Labels labels, List<String> rules) {
        /**
         * Copies the list of rules in.
         *
         * @param labels its result
         * @param rules  the rules it breaks, as written
         * @throws NullPointerException when {@code rules} is null or holds a null
         */
        public Offence {
            rules = List.copyOf(rules);
        }

        /**
         * The offence in one line: {@code path: rule, rule (topic=security 0.91, tension=high 0.62)}.
         *
         * @return the document's source, the rules it breaks and its labels ({@link ResultCheck#summary})
         */
        public String describe() {
            return labels.source() + ": " + String.join(", ", rules) + " (" + summary(labels) + ")";
        }
    }

    /**
     * The result of a check.
     *
     * @param documents number of documents checked
     * @param offences  the offending documents, in result order
     */
    public record Outcome(int documents, List<Offence> offences) {
        /**
         * Copies the list of offences in.
         *
         * @param documents number of documents checked
         * @param offences  the offending documents, in result order
         * @throws NullPointerException when {@code offences} is null or holds a null
         */
        public Outcome {
            offences = List.copyOf(offences);
        }

        /**
         * True when some document offends.
         *
         * @return true when {@link #offences()} is not empty
         */
        public boolean failed() {
            return !offences.isEmpty();
        }

        /**
         * A message naming at most {@code maxListed} offending documents, one a line.
         *
         * @param maxListed the most documents to list, 0 or more; the rest are counted
         * @return a first line with the counts, then one line per listed document; one line when
         *         none offends
         */
        public String message(int maxListed) {
            if (!failed()) {
                return documents == 1 ? "the 1 document passes" : "all " + documents + " documents pass";
            }
            StringBuilder sb = new StringBuilder();
            sb.append(offences.size()).append(" of ").append(documents).append(documents == 1 ? " document breaks" : " documents break")
                    .append(" the rules:");
            int shown = 0;
            for (Offence o : offences) {
                if (shown++ == maxListed) {
                    sb.append("\n  ... and ").append(offences.size() - maxListed).append(" more");
                    break;
                }
                sb.append("\n  ").append(o.describe());
            }
            return sb.toString();
        }
    }

    /**
     * The labels of a result in a few words: {@code topic=security 0.91, tension=high 0.62}.
     *
     * @param labels one document's result
     * @return each dimension's label and probability, or {@code unreadable} with the warnings' messages
     */
    public static String summary(Labels labels) {
        if (labels.unreadable()) {
            return labels.warnings().isEmpty() ? "unreadable"
                    : "unreadable: " + String.join("; ", labels.warnings().stream().map(Warning::message).toList());
        }
        List<String> parts = new ArrayList<>();
        for (Prediction p : labels.predictions().values()) {
            parts.add(String.format(Locale.ROOT, "%s=%s %.2f", p.dimension(), p.label(), p.probability()));
        }
        return String.join(", ", parts);
    }
}

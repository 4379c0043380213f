package org.newsgauge.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.data.DimensionSpec;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.ModelPack;
import org.newsgauge.text.Warning;

/**
 * A condition on one document's labels that marks it as offending, checked against a pack's
 * dimensions when it is parsed. Conditions joined by {@code and} must all hold.
 *
 * <pre>
 * tension &gt;= high                  ordinal: compares in the dimension's label order
 * stance = pro_kosovo               any dimension: = and !=
 * confidence &lt; 0.5                 the least probable of the document's decisions
 * stance.confidence &lt; 0.6          the probability of one dimension's decision
 * stance.pro_kosovo &gt; 0.3          the probability the model gives one label
 * language != eng                   the detected language (ISO 639-3)
 * warning = no-article              the document has a warning with this code
 * tension &gt;= high and confidence &gt;= 0.7
 * </pre>
 *
 * <pre>{@code
 * Rule r = Rule.parse("tension >= high", Rule.dimensions(pack));
 * boolean bad = r.test(labels);
 * }</pre>
 *
 * <p>Immutable and thread-safe. Unreadable documents (no predictions) match no condition on
 * labels or probabilities; use {@link ResultCheck}'s fail-on-unreadable for them.
 */
public final class Rule {
    private static final Pattern CONDITION = Pattern.compile("\\s*([^\\s<>=!]+)\\s*(<=|>=|!=|==|=|<|>)\\s*(\\S+)\\s*");
    private static final Pattern AND = Pattern.compile("\\s+(?:and|AND|&&)\\s+");

    private final String text;
    private final List<Condition> conditions;

    private Rule(String text, List<Condition> conditions) {
        this.text = text;
        this.conditions = List.copyOf(conditions);
    }

    /**
     * The dimensions of a pack, as rules see them.
     *
     * @param pack the pack whose results are checked
     * @return each dimension's name, kind and labels, in the pack's order
     */
    public static List<DimensionSpec> dimensions(ModelPack pack) {
        List<DimensionSpec> out = new ArrayList<>();
        for (DimensionModel d : pack.dimensions()) {
            out.add(new DimensionSpec(d.name(), d.kind(), d.labels()));
        }
        return out;
    }

    /**
     * Parses {@code text} against {@code dimensions}.
     *
     * @param text       the rule, e.g. {@code tension >= high and confidence >= 0.7}
     * @param dimensions the pack's dimensions, from {@link #dimensions(ModelPack)}
     * @return the rule
     * @throws RuleException when the rule is malformed or names a dimension, label or comparison
     *                       that the dimensions do not have
     */
    public static Rule parse(String text, List<DimensionSpec> dimensions) {
        if (text == null || text.isBlank()) {
            throw new RuleException("empty rule; write e.g. 'tension >= high', 'stance = pro_kosovo' or 'confidence < 0.5'");
        }
        String rule = text.strip();
        List<Condition> conditions = new ArrayList<>();
        for (String part : AND.split(rule)) {
            conditions.add(condition(rule, part, dimensions));
        }
        return new Rule(rule, conditions);
    }

    /**
     * The rule as written (trimmed).
     *
     * @return the rule's text, white space around it removed
     */
    public String text() {
        return text;
    }

    /**
     * True when the document offends: every condition holds.
     *
     * @param labels one document's result
     * @return true when all the rule's conditions hold for it
     */
    public boolean test(Labels labels) {
        for (Condition c : conditions) {
            if (!c.test(labels)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }

    private enum Op {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        static Op of(String s) {
            return switch (s) {
                case "=", "==" -> EQ;
                case "!=" -> NE;
                case "<" -> LT;
                case "<=" -> LE;
                case ">" -> GT;
                default -> GE;
            };
        }

        boolean holds(int cmp) {
            return switch (this) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
            };
        }

        boolean isEquality() {
            return this == EQ || this == NE;
        }
    }

    @FunctionalInterface
    private interface Condition {
        boolean test(Labels labels);
    }

    private static Condition condition(String rule, String part, List<DimensionSpec> dims) {
        Matcher m = CONDITION.matcher(part);
        if (!m.matches()) {
            throw bad(rule, "write SUBJECT OPERATOR VALUE, e.g. 'tension >= high' (operators = != < <= > >=; join conditions with 'and')");
        }
        String subject = m.group(1);
        Op op = Op.of(m.group(2));
        String value = m.group(3);
        String lower = subject.toLowerCase(Locale.ROOT);
        DimensionSpec dim = find(dims, subject);
        if (dim != null) {
            return labelCondition(rule, dim, op, value);
        }
        if (lower.equals("confidence")) {
            double v = number(rule, value);
            return l -> !l.unreadable() && op.holds(Double.compare(
                    l.predictions().values().stream().mapToDouble(Prediction::probability).min().orElse(1), v));
        }
        if (lower.equals("language")) {
            equalityOnly(rule, op, "language");
            if (!value.matches("[A-Za-z]{3}")) {
                throw bad(rule, "'" + value + "' is not a language code; languages are ISO 639-3 codes such as eng, srp,"
                        + " sqi (und: undetermined)");
            }
            return l -> op.holds(l.language().equalsIgnoreCase(value) ? 0 : 1);
        }
        if (lower.equals("warning") || lower.equals("warnings")) {
            equalityOnly(rule, op, "warning");
            if (Warning.CODES.stream().noneMatch(value::equalsIgnoreCase)) {
                throw bad(rule, "'" + value + "' is not a warning code; the codes are " + String.join(", ", Warning.CODES));
            }
            return l -> op.holds(l.warnings().stream().map(Warning::code).anyMatch(value::equalsIgnoreCase) ? 0 : 1);
        }
        int dot = subject.indexOf('.');
        if (dot > 0) {
            DimensionSpec d = find(dims, subject.substring(0, dot));
            String what = subject.substring(dot + 1);
            if (d != null) {
                double v = number(rule, value);
                if (what.equalsIgnoreCase("confidence") || what.equalsIgnoreCase("probability")) {
                    return l -> {
                        Prediction p = l.get(d.name());
                        return p != null && op.holds(Double.compare(p.probability(), v));
                    };
                }
                if (d.indexOf(what) >= 0) {
                    return l -> {
                        Prediction p = l.get(d.name());
                        return p != null && op.holds(Double.compare(p.distribution().getOrDefault(what, 0.0), v));
                    };
                }
                throw bad(rule, "'" + what + "' is neither 'confidence' nor a label of " + d.name() + " " + d.labels());
            }
        }
        throw bad(rule, "unknown subject '" + subject + "'; the pack's dimensions are "
                + dims.stream().map(DimensionSpec::name).toList()
                + ", and rules also know confidence, DIMENSION.confidence, DIMENSION.LABEL, language and warning");
    }

    private static Condition labelCondition(String rule, DimensionSpec dim, Op op, String value) {
        int target = dim.indexOf(value);
        if (target < 0) {
            throw bad(rule, "'" + value + "' is not a label of " + dim.name() + "; its labels are " + dim.labels());
        }
        if (!op.isEquality() && dim.kind() != DimensionKind.ORDINAL) {
            throw bad(rule, dim.name() + " is nominal (its labels have no order), so only = and != compare them");
        }
        return l -> {
            Prediction p = l.get(dim.name());
            return p != null && op.holds(Integer.compare(dim.indexOf(p.label()), target));
        };
    }

    private static void equalityOnly(String rule, Op op, String subject) {
        if (!op.isEquality()) {
            throw bad(rule, subject + " takes = or !=, not " + op.symbol);
        }
    }

    private static double number(String rule, String value) {
        try {
            double v = Double.parseDouble(value);
            if (!(v >= 0 && v <= 1)) {
                throw bad(rule, value + " is not a probability; probabilities are compared with numbers from 0 to 1");
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(rule, "'" + value + "' is not a number; probabilities are compared with numbers from 0 to 1");
        }
    }

    private static DimensionSpec find(List<DimensionSpec> dims, String name) {
        for (DimensionSpec d : dims) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }

    private static RuleException bad(String rule, String why) {
        return new RuleException("bad rule '" + rule + "': " + why);
    }
}

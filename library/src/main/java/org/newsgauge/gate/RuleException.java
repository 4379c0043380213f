package org.newsgauge.gate;

/**
 * A rule or a minimum could not be understood: the message quotes it, says what is wrong and
 * what would be accepted.
 *
 * <pre>{@code
 * try {
 *     Rule.parse("tension >= hihg", Rule.dimensions(pack));
 * } catch (RuleException e) {
 *     // bad rule 'tension >= hihg': 'hihg' is not a label of tension; its labels are [low, elevated, high, critical]
 *     System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public class RuleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message that quotes the rule or minimum.
     *
     * @param message what is wrong and what would be accepted
     */
    public RuleException(String message) {
        super(message);
    }
}

package org.newsgauge.gate;

/**
 * A rule or a minimum could not be understood: the message quotes it, says what is wrong and
 * what would be accepted.
 */
public class RuleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public RuleException(String message) {
        super(message);
    }
}

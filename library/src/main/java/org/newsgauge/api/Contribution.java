package org.newsgauge.api;

/**
 * One feature's push towards a decision: the word or phrase and how much it added to the
 * chosen label's score (value in the document times the model's weight).
 *
 * <pre>{@code
 * for (Contribution c : labels.require("topic").explanation()) {
 *     System.out.println(c.feature() + " " + c.weight());   // strongest first: kosovo police 0.5117..., police 0.4779..., ...
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param feature the feature as the analyzer names it: {@code kosovo}, {@code northern kosovo},
 *                {@code q:aggression} (a word inside quotation marks), {@code c:ovo}
 *                (a character n-gram)
 * @param weight  its contribution to the score of the chosen label; larger pushes harder
 */
public record Contribution(String feature, double weight) {
}

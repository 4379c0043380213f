package org.newsgauge.maven;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Finds the configuration elements that no goal of the plugin has as a parameter. Maven 3.8
 * drops them without a word, so {@code <failwhen>} for {@code <failWhen>} turned a gate off and
 * the build passed; each is named here with the parameter it most likely meant.
 */
final class UnknownParameters {
    private UnknownParameters() {
    }

    /**
     * The messages for the elements of {@code given} that are not in {@code known}, in order.
     *
     * @param given the element names of a configuration
     * @param known every goal's parameter names and aliases
     * @param where where the elements were found, for the message (e.g. "execution 'gate'")
     * @return one message per unknown element; empty when all are known
     */
    static List<String> find(Collection<String> given, Collection<String> known, String where) {
        List<String> out = new ArrayList<>();
        for (String name : given) {
            if (known.contains(name)) {
                continue;
            }
            String near = nearest(name, known);
            out.add("<" + name + "> in " + where + " is no parameter of any newsgauge goal, so Maven would ignore it"
                    + (near == null ? "" : "; did you mean <" + near + ">?"));
        }
        return out;
    }

    /** The known name that differs only in case, else the nearest within two edits; null when none is. */
    private static String nearest(String name, Collection<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : new java.util.TreeSet<>(known)) {
            String kl = k.toLowerCase(Locale.ROOT);
            if (kl.equals(lower)) {
                return k;
            }
            int d = distance(lower, kl);
            if (d <= 2 && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

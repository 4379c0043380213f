package org.newsgauge.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Word-level precision and recall of extracted text against gold text (bag of words). */
record WordOverlap(int extracted, int gold, int common) {

    static WordOverlap of(String extractedText, String goldText) {
        Map<String, Integer> g = counts(goldText);
        Map<String, Integer> x = counts(extractedText);
        int common = 0;
        for (Map.Entry<String, Integer> en : x.entrySet()) {
            common += Math.min(en.getValue(), g.getOrDefault(en.getKey(), 0));
        }
        return new WordOverlap(total(x), total(g), common);
    }

    WordOverlap plus(WordOverlap o) {
        return new WordOverlap(extracted + o.extracted, gold + o.gold, common + o.common);
    }

    double precision() {
        return extracted == 0 ? (gold == 0 ? 1 : 0) : (double) common / extracted;
    }

    double recall() {
        return gold == 0 ? 1 : (double) common / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Map<String, Integer> counts(String s) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                m.merge(w, 1, Integer::sum);
            }
        }
        return m;
    }

    private static int total(Map<String, Integer> m) {
        int t = 0;
        for (int v : m.values()) {
            t += v;
        }
        return t;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f", precision(), recall(), f1());
    }
}

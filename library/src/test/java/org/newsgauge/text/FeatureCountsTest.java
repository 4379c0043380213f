package org.newsgauge.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FeatureCountsTest {
    @Test
    void countsDistinctFeaturesInAscendingOrderForSmallAndLargeDocumentsAndSpaces() {
        Random r = new Random(7);
        FeatureCounts fc = new FeatureCounts();
        // counted by marks (small spaces, many occurrences: 100 to 32,768 from 64 occurrences on,
        // as far as the bit set has four words an occurrence) and by sorting (the rest), one
        // instance throughout: each call must leave nothing behind for the next
        for (int universe : new int[] {1, 2, 100, 2048, 2049, 13_834, 32_768, 32_769, 391_357, 1 << 24,
                Integer.MAX_VALUE}) {
            for (int n : new int[] {0, 1, 63, 64, 500, 5000}) {
                int[] features = new int[n + 3]; // longer than n: the tail must be ignored
                TreeMap<Integer, Integer> expected = new TreeMap<>();
                for (int i = 0; i < n; i++) {
                    features[i] = i > 0 && r.nextInt(3) == 0 ? features[r.nextInt(i)] : r.nextInt(universe);
                    expected.merge(features[i], 1, Integer::sum);
                }
                features[n] = universe - 1;
                fc.count(features, n, universe);
                assertEquals(expected.size(), fc.size(), "universe " + universe + ", n " + n);
                int i = 0;
                for (var e : expected.entrySet()) {
                    assertEquals(e.getKey(), fc.feature(i), "universe " + universe + ", n " + n);
                    assertEquals(e.getValue(), fc.count(i++), "universe " + universe + ", n " + n);
                }
            }
        }
    }
}

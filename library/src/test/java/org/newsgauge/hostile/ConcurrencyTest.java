package org.newsgauge.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Labels;
import org.newsgauge.model.PackReader;
import org.newsgauge.testing.Corpus;

/** One loaded pack shared by 16 threads gives exactly the results of one thread. */
class ConcurrencyTest {
    static final int THREADS = 16;
    static final int PER_THREAD = 10_000;

    @Test
    void sixteenThreadsTimesTenThousandGiveTheSingleThreadResults() throws Exception {
        // explanations of two features: the explanation code runs too, at little cost
        ArticleClassifier c = ArticleClassifier.of(PackReader.read(Fixtures.trainedFile())).withExplanations(2);
        // short texts, with quotes and bigrams, each thread in another order
        List<String> texts = new ArrayList<>();
        for (Corpus.Row r : Corpus.rows(1000, 11)) {
            String[] w = r.text().split(" ");
            texts.add(String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, 5))) + " \"crisis\" said");
        }
        Labels[] expected = new Labels[texts.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = c.classify(texts.get(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int stride = 1 + 2 * t; // another order in each thread
                int offset = t * 37;
                done.add(pool.submit(() -> {
                    int checked = 0;
                    for (int k = 0; k < PER_THREAD; k++) {
                        int i = (offset + k * stride) % texts.size();
                        Labels l = c.classify(texts.get(i));
                        if (!l.equals(expected[i])) {
                            throw new AssertionError("thread result differs for text " + i + ": " + l + " vs " + expected[i]);
                        }
                        checked++;
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get();
            }
            assertEquals(THREADS * PER_THREAD, total);
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.newsgauge.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.data.Dataset;
import org.newsgauge.data.DimensionSpec;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.metrics.Metrics;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.train.Folds;
import org.newsgauge.train.PackSpec;
import org.newsgauge.train.PackTrainer;

/**
 * What a corpus round changes on the articles written before it: 10 folds grouped by event over
 * the whole corpus; in each fold, one pack trained with the round's articles and one without,
 * both scored on the fold's older articles only. The same folds on both sides, so the difference
 * is the round's, not a reshuffle of events between folds (which moves 10-fold figures by a
 * point or two on its own).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.newsgauge.bench.RoundComparison training-data/pack.json FIRST_WRITER [FOLD_SEED]
 * </pre>
 *
 * The round is the articles whose writer number (the {@code 25} of {@code w25-0001}) is
 * {@code FIRST_WRITER} or more; the fold seed defaults to 42. Prints accuracy, macro-F1 and, for
 * ordinal dimensions, the mean absolute error, with and without the round. The pack spec's
 * training settings; the models alone, without its narrator-cue rules, as the cross-validation
 * figures are.
 */
public final class RoundComparison {
    private static final int FOLDS = 10;

    private RoundComparison() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: RoundComparison PACK_SPEC.json FIRST_WRITER [FOLD_SEED]");
            System.exit(2);
        }
        PackSpec spec = PackSpec.read(Path.of(args[0]));
        int firstWriter = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Dataset all = spec.reader().read(spec.data());
        int n = all.size();
        boolean[] inRound = new boolean[n];
        for (int i = 0; i < n; i++) {
            String id = all.examples().get(i).id();
            inRound[i] = Integer.parseInt(id.substring(1, id.indexOf('-'))) >= firstWriter;
        }
        int[] fold = Folds.grouped(all.groups(), FOLDS, seed);
        int dims = all.dimensions().size();
        int[][][] predicted = new int[2][dims][n]; // [with, without][dimension][row]
        PackTrainer trainer = new PackTrainer(spec.options(org.newsgauge.train.TrainingOptions.defaults()));
        for (int f = 0; f < FOLDS; f++) {
            int ff = f;
            int[] test = IntStream.range(0, n).filter(i -> fold[i] == ff && !inRound[i]).toArray();
            for (int v = 0; v < 2; v++) {
                boolean with = v == 0;
                int[] train = IntStream.range(0, n).filter(i -> fold[i] != ff && (with || !inRound[i])).toArray();
                ArticleClassifier c = ArticleClassifier.of(trainer.train(all.subset(train))).withExplanations(0);
                for (int i : test) {
                    var labels = c.classify(all.examples().get(i).text());
                    for (int d = 0; d < dims; d++) {
                        DimensionSpec ds = all.dimensions().get(d);
                        predicted[v][d][i] = ds.labels().indexOf(labels.get(ds.name()).label());
                    }
                }
            }
            System.err.println("fold " + (f + 1) + " of " + FOLDS);
        }
        int[] older = IntStream.range(0, n).filter(i -> !inRound[i]).toArray();
        System.out.printf(Locale.ROOT, "%d older articles, %d in the round (writers w%d and later), fold seed %d%n",
                older.length, n - older.length, firstWriter, seed);
        for (int d = 0; d < dims; d++) {
            DimensionSpec ds = all.dimensions().get(d);
            int[] y = all.labelIndices(d);
            int[] truth = Arrays.stream(older).map(i -> y[i]).toArray();
            for (int v = 0; v < 2; v++) {
                int[] p = predicted[v][d];
                int[] pred = Arrays.stream(older).map(i -> p[i]).toArray();
                DimensionMetrics m = Metrics.compute(ds.name(), ds.labels(), ds.kind() == DimensionKind.ORDINAL, truth, pred,
                        new double[truth.length]);
                System.out.printf(Locale.ROOT, "%-8s %-8s accuracy %.4f  macro-F1 %.4f%s%n", ds.name(),
                        v == 0 ? "with" : "without", m.accuracy(), m.macroF1(),
                        ds.kind() == DimensionKind.ORDINAL ? String.format(Locale.ROOT, "  MAE %.4f", m.mae()) : "");
            }
        }
    }
}

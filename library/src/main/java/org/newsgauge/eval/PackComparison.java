package org.newsgauge.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.newsgauge.data.Dataset;
import org.newsgauge.data.DatasetException;
import org.newsgauge.data.LabelledData;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.metrics.EvaluationReport;
import org.newsgauge.metrics.Metrics;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.ModelPack;

/**
 * Compares packs on the same labelled data, row by row: each pack's figures, and for every pack
 * after the first (the baseline) how far it is from the baseline, with the noise of the data
 * measured rather than guessed. Differences in accuracy and macro-F1 come with 95% intervals from
 * a paired bootstrap (the same resampled rows score both packs), and the rows that only one of
 * the two gets right are counted and tested with McNemar's exact test.
 *
 * <pre>{@code
 * ComparisonReport r = PackComparison.compare(
 *         List.of(new PackComparison.Candidate("old", PackReader.read(Path.of("old.ngpack"))),
 *                 new PackComparison.Candidate("new", PackReader.read(Path.of("new.ngpack")))),
 *         Path.of("holdout.csv"), List.of(), List.of(), PackComparison.Settings.defaults());
 * ComparisonReport.Difference d = r.difference("new", "stance");
 * if (d.macroF1High() < 0) System.err.println("new is worse on stance, beyond the noise");
 * }</pre>
 *
 * <p>Stateless and thread-safe; the resamples run on every core and give the same figures for
 * the same seed however many cores there are.
 */
public final class PackComparison {
    private PackComparison() {
    }

    /**
     * A pack and the name it is reported under.
     *
     * @param name unique among the compared packs, e.g. the file name
     * @param pack the pack
     */
    public record Candidate(String name, ModelPack pack) {
        /**
         * Checks the name and the pack.
         *
         * @param name unique among the compared packs, e.g. the file name; not blank
         * @param pack the pack; not null
         * @throws IllegalArgumentException when {@code name} is null or blank
         * @throws NullPointerException     when {@code pack} is null
         */
        public Candidate {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a compared pack needs a name");
            }
            java.util.Objects.requireNonNull(pack, "pack");
        }
    }

    /** The most resamples: each keeps two numbers per pack, and a 95% interval is steady long before. */
    public static final int MAX_RESAMPLES = 100_000;

    /**
     * How the differences are measured.
     *
     * @param resamples bootstrap resamples of the rows (100 to {@link #MAX_RESAMPLES}; 1000 by default)
     * @param seed      the resamples' seed: the same seed gives the same intervals
     * @param documents how a folder per label's files are read (by default with article extraction,
     *                  as classification reads them; {@code withExtraction(false)} takes them whole)
     */
    public record Settings(int resamples, long seed, org.newsgauge.text.DocumentReader documents) {
        /**
         * Checks the settings.
         *
         * @param resamples bootstrap resamples of the rows, 100 to {@link #MAX_RESAMPLES}
         * @param seed      the resamples' seed
         * @param documents how a folder per label's files are read; not null
         * @throws IllegalArgumentException when {@code resamples} is out of its range
         * @throws NullPointerException     when {@code documents} is null
         */
        public Settings {
            if (resamples < 100 || resamples > MAX_RESAMPLES) {
                throw new IllegalArgumentException("the paired bootstrap takes 100 to " + MAX_RESAMPLES + " resamples (100"
                        + " at least for a 95% interval; more than " + MAX_RESAMPLES + " only costs memory), not " + resamples);
            }
            java.util.Objects.requireNonNull(documents, "documents");
        }

        /**
         * {@code resamples} and {@code seed}, a folder's files read with article extraction.
         *
         * @param resamples bootstrap resamples of the rows, 100 to {@link #MAX_RESAMPLES}
         * @param seed      the resamples' seed: the same seed gives the same intervals
         * @throws IllegalArgumentException when {@code resamples} is out of its range
         */
        public Settings(int resamples, long seed) {
            this(resamples, seed, org.newsgauge.text.DocumentReader.defaults());
        }

        /**
         * The same settings, a folder's files read by {@code reader}.
         *
         * @param reader reads a folder per label's files, e.g. {@code DocumentReader.defaults().withExtraction(false)};
         *               a CSV's texts are not affected
         * @return new settings
         * @throws NullPointerException when {@code reader} is null
         */
        public Settings withDocuments(org.newsgauge.text.DocumentReader reader) {
            return new Settings(resamples, seed, reader);
        }

        /**
         * 1000 resamples, seed 42.
         *
         * @return the default settings, a folder's files read with article extraction
         */
        public static Settings defaults() {
            return new Settings(1000, 42);
        }
    }

    /**
     * Compares {@code packs} on labelled data in a file: a CSV (streamed once per pack: only each
     * row's id and labels are kept, not its text; each pack reads its own text columns unless
     * {@code textColumns} names them) or a folder per label (one dimension).
     *
     * @param packs       two packs or more, the baseline first, with different names
     * @param data        a labelled CSV file, or a folder per label
     * @param textColumns the CSV columns every pack reads its text from; empty: each pack's own
     *                    (recorded in its provenance)
     * @param dimensions  the dimensions to compare; empty: every dimension all the packs have (a
     *                    folder per label: the first of them)
     * @param settings    resamples, seed and how a folder's files are read
     * @return each pack's figures and each later pack's differences from the baseline
     * @throws DatasetException         when {@code data} does not exist, or for a problem in the
     *                                  data, named with its line and the pack that read it
     * @throws IllegalArgumentException for fewer than two packs, names given twice, a dimension
     *                                  not every pack has, or a label a pack does not know (the
     *                                  message names the pack)
     */
    public static ComparisonReport compare(List<Candidate> packs, Path data, List<String> textColumns,
                                           List<String> dimensions, Settings settings) throws DatasetException {
        return compare(packs, data, textColumns, dimensions, settings, d -> { });
    }

    /**
     * A row on which the packs do not all predict the same label, on one dimension: what changed
     * between them, to read.
     *
     * @param id        the row's id
     * @param truth     its true label
     * @param dimension the dimension they disagree on
     * @param predicted each pack's label, in the packs' order
     */
    public record Disagreement(String id, String dimension, String truth, List<String> predicted) {
        /**
         * Copies the list of labels in.
         *
         * @param id        the row's id
         * @param dimension the dimension they disagree on
         * @param truth     its true label
         * @param predicted each pack's label, in the packs' order
         * @throws NullPointerException when {@code predicted} is null or holds a null
         */
        public Disagreement {
            predicted = List.copyOf(predicted);
        }
    }

    /**
     * As {@link #compare(List, Path, List, List, Settings)}, handing every row on which the packs
     * disagree to {@code each}, row by row in the data's order, from the calling thread.
     *
     * <pre>{@code
     * PackComparison.compare(candidates, Path.of("holdout.csv"), List.of(), List.of(), Settings.defaults(),
     *         d -> System.err.println(d.id() + " " + d.dimension() + ": " + d.truth() + " -> " + d.predicted()));
     * }</pre>
     *
     * @param packs       two packs or more, the baseline first, with different names
     * @param data        a labelled CSV file, or a folder per label
     * @param textColumns the CSV columns every pack reads its text from; empty: each pack's own
     * @param dimensions  the dimensions to compare; empty: every dimension all the packs have
     * @param settings    resamples, seed and how a folder's files are read
     * @param each        receives each row and dimension on which some pack differs from the baseline,
     *                    after every pack has read the data
     * @return each pack's figures and each later pack's differences from the baseline
     * @throws DatasetException         when {@code data} does not exist, or for a problem in the data,
     *                                  named with its line and the pack that read it
     * @throws IllegalArgumentException for fewer than two packs, names given twice, a dimension not
     *                                  every pack has, more than one dimension named for a folder per
     *                                  label, or a label a pack does not know (the message names the pack)
     */
    public static ComparisonReport compare(List<Candidate> packs, Path data, List<String> textColumns,
                                           List<String> dimensions, Settings settings, Consumer<Disagreement> each)
            throws DatasetException {
        // DIM=COLUMN entries: the dimension on the left, read from the column on the right
        Map<String, String> columns = org.newsgauge.data.DimensionColumns.parse(dimensions);
        List<String> dims = commonDimensions(packs, List.copyOf(columns.keySet()));
        if (!Files.exists(data)) {
            // about the data, not about a pack: said before any pack reads it
            throw new DatasetException(data, 0, "no such file or folder");
        }
        boolean folder = Files.isDirectory(data);
        if (folder && dims.size() > 1) {
            if (!dimensions.isEmpty()) {
                throw new IllegalArgumentException(data + " is a folder per label, which labels one dimension; name one"
                        + " (" + String.join(", ", dims) + "), not " + dims.size());
            }
            // as evaluate takes it: the folders label the first dimension the packs share
            dims = dims.subList(0, 1);
        }
        List<String> read = org.newsgauge.data.DimensionColumns.entries(columns, dims);
        List<Rows> rows = new ArrayList<>();
        // what the readers say about the data, once: not again for each pack that reads it the same
        // way (a pack that reads other text columns may find other repeated rows)
        Set<List<String>> readWith = new HashSet<>();
        for (Candidate c : packs) {
            Rows r = new Rows(dims);
            boolean firstRead = readWith.add(folder ? List.of() : LabelledData.textColumnsFor(c.pack(), textColumns));
            try {
                r.report = folder
                        ? Evaluator.evaluate(c.pack(), LabelledData.forPack(c.pack(), data, textColumns, read,
                                settings.documents(), firstRead), r)
                        : Evaluator.evaluate(c.pack(), LabelledData.csvForPack(c.pack(), textColumns, read)
                                .withDataWarnings(firstRead), data, r);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("pack " + c.name() + ": " + e.getMessage(), e);
            } catch (DatasetException e) {
                // the data is read once per pack, with that pack's labels and columns: say which
                throw new DatasetException(null, 0, "pack " + c.name() + ": " + e.getMessage(), e);
            }
            rows.add(r);
        }
        disagreements(dims, rows, each);
        return build(packs, dims, rows, data.toString(), settings);
    }

    private static void disagreements(List<String> dims, List<Rows> rows, Consumer<Disagreement> each) {
        Rows base = rows.get(0);
        for (int i = 0; i < base.ids.size(); i++) {
            for (int d = 0; d < dims.size(); d++) {
                String first = base.predicted.get(d).get(i);
                final int row = i;
                final int dim = d;
                if (rows.stream().anyMatch(r -> !r.predicted.get(dim).get(row).equals(first))) {
                    each.accept(new Disagreement(base.ids.get(i), dims.get(d), base.truth.get(d).get(i),
                            rows.stream().map(r -> r.predicted.get(dim).get(row)).toList()));
                }
            }
        }
    }

    /**
     * Compares {@code packs} on the file or folder {@code data} with the defaults: each pack's own
     * text columns, every dimension all the packs have, 1000 resamples, seed 42.
     *
     * <pre>{@code
     * ComparisonReport r = PackComparison.compare(candidates, Path.of("holdout.csv"));
     * }</pre>
     *
     * @param packs two packs or more, the baseline first, with different names
     * @param data  a labelled CSV file, or a folder per label
     * @return each pack's figures and each later pack's differences from the baseline
     * @throws DatasetException         when {@code data} does not exist, or for a problem in the data,
     *                                  named with its line and the pack that read it
     * @throws IllegalArgumentException for fewer than two packs, names given twice, packs that share
     *                                  no dimension, or a label a pack does not know
     */
    public static ComparisonReport compare(List<Candidate> packs, Path data) throws DatasetException {
        return compare(packs, data, List.of(), List.of(), Settings.defaults());
    }

    /**
     * As {@link #compare(List, Path, List, List, Settings)} on a dataset in memory: every
     * dimension of the dataset that all the packs have.
     *
     * @param packs    two packs or more, the baseline first, with different names
     * @param data     labelled data, already read (its texts are classified as they are)
     * @param settings resamples and seed; its document reader is not used
     * @return each pack's figures and each later pack's differences from the baseline
     * @throws IllegalArgumentException for fewer than two packs, names given twice, data that labels
     *                                  none of the dimensions all the packs share, or a label a pack
     *                                  does not know
     */
    public static ComparisonReport compare(List<Candidate> packs, Dataset data, Settings settings) {
        List<String> named = data.dimensions().stream().map(org.newsgauge.data.DimensionSpec::name)
                .filter(d -> packs.stream().allMatch(c -> c.pack().dimension(d) != null)).toList();
        if (named.isEmpty() && packs.size() >= 2) {
            // an empty list would mean "every shared dimension" below, and the error would come later, vaguer
            throw new IllegalArgumentException(data.source() + " labels " + String.join(", ", data.dimensions().stream()
                    .map(org.newsgauge.data.DimensionSpec::name).toList()) + ", none of which every pack has ("
                    + String.join("; ", packs.stream()
                    .map(c -> c.name() + " has " + String.join(", ", c.pack().dimensions().stream().map(DimensionModel::name)
                            .toList())).toList()) + "); give data labelled with a dimension every pack has");
        }
        List<String> dims = commonDimensions(packs, named);
        List<Rows> rows = new ArrayList<>();
        for (Candidate c : packs) {
            Rows r = new Rows(dims);
            try {
                r.report = Evaluator.evaluate(c.pack(), data, r);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("pack " + c.name() + ": " + e.getMessage(), e);
            }
            rows.add(r);
        }
        return build(packs, dims, rows, data.source(), settings);
    }

    /** The dimensions asked for, or those all packs share, checked against every pack. */
    private static List<String> commonDimensions(List<Candidate> packs, List<String> asked) {
        if (packs.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two packs, got " + packs.size());
        }
        Set<String> names = new HashSet<>();
        for (Candidate c : packs) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("pack " + c.name() + " is given twice; compare different packs");
            }
        }
        List<String> dims = asked.isEmpty()
                ? packs.get(0).pack().dimensions().stream().map(DimensionModel::name)
                        .filter(d -> packs.stream().allMatch(c -> c.pack().dimension(d) != null)).toList()
                : List.copyOf(new java.util.LinkedHashSet<>(asked));
        if (dims.isEmpty()) {
            throw new IllegalArgumentException("the packs share no dimension: " + String.join("; ", packs.stream()
                    .map(c -> c.name() + " has " + String.join(", ", c.pack().dimensions().stream().map(DimensionModel::name).toList()))
                    .toList()));
        }
        for (String d : dims) {
            for (Candidate c : packs) {
                if (c.pack().dimension(d) == null) {
                    throw new IllegalArgumentException("pack " + c.name() + " has no dimension '" + d + "' (it has "
                            + String.join(", ", c.pack().dimensions().stream().map(DimensionModel::name).toList())
                            + "); compare only the dimensions all packs have");
                }
            }
        }
        return dims;
    }

    /** One pack's results, row by row, in the data's order: the compared dimensions only. */
    private static final class Rows implements Consumer<Evaluator.RowResult> {
        final List<String> dims;
        final List<String> ids = new ArrayList<>();
        final List<List<String>> truth = new ArrayList<>();
        final List<List<String>> predicted = new ArrayList<>();
        EvaluationReport report;

        Rows(List<String> dims) {
            this.dims = dims;
            for (int d = 0; d < dims.size(); d++) {
                truth.add(new ArrayList<>());
                predicted.add(new ArrayList<>());
            }
        }

        @Override
        public void accept(Evaluator.RowResult r) {
            ids.add(r.id());
            for (int d = 0; d < dims.size(); d++) {
                int at = r.dimensions().indexOf(dims.get(d));
                truth.get(d).add(r.truth().get(at));
                predicted.get(d).add(r.predicted().get(at));
            }
        }
    }

    private static ComparisonReport build(List<Candidate> packs, List<String> dims, List<Rows> rows, String source,
                                          Settings settings) {
        Rows base = rows.get(0);
        int n = base.ids.size();
        for (int p = 1; p < rows.size(); p++) {
            // every pack read the same rows; a difference would be a reader's bug, not the user's
            if (!rows.get(p).ids.equals(base.ids) || !rows.get(p).truth.equals(base.truth)) {
                throw new IllegalStateException("packs " + packs.get(0).name() + " and " + packs.get(p).name()
                        + " read different rows from " + source);
            }
        }
        Map<String, EvaluationReport> reports = new LinkedHashMap<>();
        for (int p = 0; p < packs.size(); p++) {
            EvaluationReport all = rows.get(p).report;
            Map<String, DimensionMetrics> kept = new LinkedHashMap<>();
            for (String d : dims) {
                kept.put(d, all.dimensions().get(d));
            }
            reports.put(packs.get(p).name(), new EvaluationReport(kept));
        }
        List<ComparisonReport.Difference> diffs = new ArrayList<>();
        for (int d = 0; d < dims.size(); d++) {
            String dim = dims.get(d);
            // one label index for every pack: the baseline's labels in order, then any others
            List<String> labels = new ArrayList<>(packs.get(0).pack().dimension(dim).labels());
            Map<String, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < labels.size(); i++) {
                index.put(labels.get(i), i);
            }
            int[] truth = indices(base.truth.get(d), labels, index);
            int[][] pred = new int[packs.size()][];
            for (int p = 0; p < packs.size(); p++) {
                pred[p] = indices(rows.get(p).predicted.get(d), labels, index);
            }
            boolean ordinal = sameOrder(packs, dim);
            double[][][] boot = bootstrap(truth, pred, labels.size(), settings);
            // the point differences are those of the packs' own evaluations on all rows
            DimensionMetrics fb = reports.get(packs.get(0).name()).dimensions().get(dim);
            for (int p = 1; p < packs.size(); p++) {
                int onlyBase = 0;
                int onlyPack = 0;
                for (int i = 0; i < n; i++) {
                    boolean b = pred[0][i] == truth[i];
                    boolean c = pred[p][i] == truth[i];
                    onlyBase += b && !c ? 1 : 0;
                    onlyPack += c && !b ? 1 : 0;
                }
                DimensionMetrics fp = reports.get(packs.get(p).name()).dimensions().get(dim);
                double[] accDiff = boot[p][0];
                double[] f1Diff = boot[p][1];
                diffs.add(new ComparisonReport.Difference(dim, packs.get(0).name(), packs.get(p).name(), n,
                        fp.accuracy() - fb.accuracy(), quantile(accDiff, 0.025), quantile(accDiff, 0.975),
                        fp.macroF1() - fb.macroF1(), quantile(f1Diff, 0.025), quantile(f1Diff, 0.975),
                        ordinal ? fp.mae() - fb.mae() : null, onlyBase, onlyPack, mcNemar(onlyBase, onlyPack)));
            }
        }
        return new ComparisonReport(source, n, settings.resamples(), settings.seed(), reports, diffs);
    }

    private static int[] indices(List<String> values, List<String> labels, Map<String, Integer> index) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            Integer at = index.get(values.get(i));
            if (at == null) {
                at = labels.size();
                labels.add(values.get(i));
                index.put(values.get(i), at);
            }
            out[i] = at;
        }
        return out;
    }

    /** Mean absolute error compares packs only when every pack orders the dimension's labels the same way. */
    private static boolean sameOrder(List<Candidate> packs, String dim) {
        DimensionModel first = packs.get(0).pack().dimension(dim);
        return packs.stream().map(c -> c.pack().dimension(dim))
                .allMatch(m -> m.kind() == DimensionKind.ORDINAL && m.labels().equals(first.labels()));
    }

    private record Figures(double accuracy, double macroF1) {
    }

    /**
     * Accuracy and macro-F1 of the rows {@code sample}, with repeats, the macro-F1 averaged over the
     * labels {@code counted}: those the evaluation on all rows averages over (true or predicted
     * there), so that a resample that happens to miss a rarely predicted label does not average
     * over fewer labels than the point figure does.
     */
    private static Figures figures(int[] truth, int[] pred, int k, int[] sample, boolean[] counted) {
        int[] tp = new int[k];
        int[] support = new int[k];
        int[] predicted = new int[k];
        int correct = 0;
        for (int i : sample) {
            support[truth[i]]++;
            predicted[pred[i]]++;
            if (truth[i] == pred[i]) {
                tp[truth[i]]++;
                correct++;
            }
        }
        return new Figures(sample.length == 0 ? 0 : (double) correct / sample.length,
                Metrics.macroF1(tp, support, predicted, counted));
    }

    /**
     * Paired bootstrap: {@code [pack][0 accuracy | 1 macro-F1][resample]} differences from the
     * baseline (pack 0), each resample drawn from its own seed so that cores do not change them.
     */
    static double[][][] bootstrap(int[] truth, int[][] pred, int k, Settings settings) {
        int n = truth.length;
        int r = settings.resamples();
        double[][][] out = new double[pred.length][2][r];
        if (n == 0) {
            return out;
        }
        // each pack's macro-F1 over the labels its evaluation on all rows averages over
        boolean[][] counted = new boolean[pred.length][k];
        for (int p = 0; p < pred.length; p++) {
            for (int i = 0; i < n; i++) {
                counted[p][truth[i]] = true;
                counted[p][pred[p][i]] = true;
            }
        }
        // one well-mixed seed per resample, drawn from the settings' seed: seeds 42 and 43 share no resample
        long[] seeds = new SplittableRandom(settings.seed()).longs(r).toArray();
        IntStream.range(0, r).parallel().forEach(s -> {
            SplittableRandom rng = new SplittableRandom(seeds[s]);
            int[] sample = new int[n];
            for (int j = 0; j < n; j++) {
                sample[j] = rng.nextInt(n);
            }
            Figures base = figures(truth, pred[0], k, sample, counted[0]);
            for (int p = 1; p < pred.length; p++) {
                Figures f = figures(truth, pred[p], k, sample, counted[p]);
                out[p][0][s] = f.accuracy - base.accuracy;
                out[p][1][s] = f.macroF1 - base.macroF1;
            }
        });
        return out;
    }

    /** The q-quantile of the values (sorted in place), by the nearest rank. */
    private static double quantile(double[] values, double q) {
        Arrays.sort(values);
        return values.length == 0 ? 0 : values[(int) Math.round(q * (values.length - 1))];
    }

    /**
     * McNemar's exact test: the two-sided probability, under "both packs are as good", of a split
     * at least as uneven as {@code b} rows right only in one pack against {@code c} only in the other.
     */
    static double mcNemar(int b, int c) {
        int m = b + c;
        if (m == 0) {
            return 1;
        }
        int k = Math.min(b, c);
        // P(X <= k) for X ~ Binomial(m, 1/2), summed in logs so that large m does not underflow
        double logTerm = -m * Math.log(2);
        double max = logTerm;
        double[] terms = new double[k + 1];
        terms[0] = logTerm;
        for (int i = 1; i <= k; i++) {
            logTerm += Math.log(m - i + 1) - Math.log(i);
            terms[i] = logTerm;
            max = Math.max(max, logTerm);
        }
        double sum = 0;
        for (double t : terms) {
            sum += Math.exp(t - max);
        }
        return Math.min(1, 2 * Math.exp(max) * sum);
    }
}

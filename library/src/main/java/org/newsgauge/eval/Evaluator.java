package org.newsgauge.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.newsgauge.data.Dataset;
import org.newsgauge.data.DimensionSpec;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.ModelPack;
import org.newsgauge.text.SparseVector;

/**
 * Evaluates a pack on labelled data: every dimension of the pack that the data labels.
 *
 * <pre>{@code
 * EvaluationReport r = Evaluator.evaluate(pack, dataset);
 * System.out.println(r.toJson());
 * }</pre>
 */
public final class Evaluator {
    private Evaluator() {
    }

    /**
     * @throws IllegalArgumentException when the data labels none of the pack's dimensions, or
     *                                  uses a label the pack does not know
     */
    public static EvaluationReport evaluate(ModelPack pack, Dataset data) {
        SparseVector[] x = new SparseVector[data.size()];
        List<String> texts = data.texts();
        IntStream.range(0, x.length).parallel().forEach(i -> x[i] = pack.features().vectorize(texts.get(i)));
        Map<String, DimensionMetrics> out = new LinkedHashMap<>();
        for (int d = 0; d < data.dimensions().size(); d++) {
            DimensionSpec spec = data.dimensions().get(d);
            DimensionModel model = pack.dimension(spec.name());
            if (model == null) {
                continue;
            }
            int[] truth = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                String label = data.examples().get(i).labels().get(d);
                truth[i] = model.labels().indexOf(label);
                if (truth[i] < 0) {
                    throw new IllegalArgumentException("line " + data.examples().get(i).line() + " of " + data.source()
                            + ": label '" + label + "' is not one of dimension '" + spec.name() + "' in the pack ("
                            + String.join(", ", model.labels()) + ")");
                }
            }
            out.put(spec.name(), evaluate(model, x, truth));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(data.source() + " labels none of the pack's dimensions ("
                    + String.join(", ", pack.dimensions().stream().map(DimensionModel::name).toList()) + ")");
        }
        return new EvaluationReport(out);
    }

    /** Figures of one dimension model on vectors with known label indices. */
    public static DimensionMetrics evaluate(DimensionModel model, SparseVector[] x, int[] truth) {
        int[] pred = new int[x.length];
        double[] conf = new double[x.length];
        IntStream.range(0, x.length).parallel().forEach(i -> {
            double[] p = model.distribution(model.scores(x[i]));
            pred[i] = model.choose(p);
            conf[i] = p[pred[i]];
        });
        return Metrics.compute(model.name(), model.labels(), model.kind() == DimensionKind.ORDINAL, truth, pred, conf);
    }
}

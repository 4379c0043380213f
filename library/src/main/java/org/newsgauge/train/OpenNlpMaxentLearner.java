package org.newsgauge.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.newsgauge.model.LinearModel;
import org.newsgauge.text.SparseVector;

/**
 * Apache OpenNLP's maximum-entropy trainer (GIS), the learner behind OpenNLP's document
 * categorizer, over newsgauge's features. Its model is read into a {@link LinearModel} (see
 * {@link LogLinearProbe}), so it is saved and explained like the others.
 *
 * <pre>{@code
 * Learner maxent = new OpenNlpMaxentLearner(100, 1);   // 100 GIS iterations, cutoff 1: Learners.byName("opennlp-maxent", c)
 * TrainingOptions o = TrainingOptions.defaults().withAlgorithm("opennlp-maxent");   // with binary features
 * }</pre>
 */
public final class OpenNlpMaxentLearner implements Learner {
    private final int iterations;
    private final int cutoff;

    /**
     * OpenNLP's maximum-entropy trainer with these settings ({@link Learners#byName} uses 100 and 1).
     *
     * @param iterations GIS iterations
     * @param cutoff     OpenNLP's cutoff: features seen fewer times than this are left out
     */
    public OpenNlpMaxentLearner(int iterations, int cutoff) {
        this.iterations = iterations;
        this.cutoff = cutoff;
    }

    @Override
    public String name() {
        return "opennlp-maxent";
    }

    @Override
    public boolean wantsBinaryFeatures() {
        return true;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("algorithm", "MAXENT/GIS");
        p.put("iterations", iterations);
        p.put("cutoff", cutoff);
        return p;
    }

    @Override
    public LinearModel fit(SparseVector[] x, int[] y, int k, int features, long seed) {
        List<Event> events = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            int[] idx = x[i].indices();
            String[] ctx = new String[idx.length];
            for (int j = 0; j < idx.length; j++) {
                ctx[j] = Integer.toString(idx[j]);
            }
            events.add(new Event(Integer.toString(y[i]), ctx, x[i].values().clone()));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        MaxentModel model;
        try {
            EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
            model = trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] outcomeToClass = new int[model.getNumOutcomes()];
        for (int o = 0; o < outcomeToClass.length; o++) {
            outcomeToClass[o] = Integer.parseInt(model.getOutcome(o));
        }
        MaxentModel m = model;
        return LogLinearProbe.extract(k, features, (f, out) -> {
            double[] p = f < 0 ? m.eval(new String[0]) : m.eval(new String[] {Integer.toString(f)}, new float[] {1f});
            java.util.Arrays.fill(out, 1e-300);
            for (int o = 0; o < p.length; o++) {
                out[outcomeToClass[o]] = p[o];
            }
        });
    }
}

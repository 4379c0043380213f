package org.newsgauge.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.newsgauge.text.SparseVector;

class ScorerTest {
    static LinearModel random(SplittableRandom r, int k, int features) {
        float[] w = new float[k * features];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) r.nextGaussian();
        }
        float[] b = new float[k];
        for (int c = 0; c < k; c++) {
            b[c] = (float) r.nextGaussian();
        }
        return new LinearModel(k, features, w, b);
    }

    static SparseVector vector(SplittableRandom r, int features) {
        int n = 1 + r.nextInt(40);
        int[] idx = new int[n];
        float[] val = new float[n];
        for (int i = 0; i < n; i++) {
            idx[i] = r.nextInt(features + 5); // some beyond the model: ignored, as by LinearModel
            val[i] = (float) r.nextDouble();
        }
        return new SparseVector(idx, val);
    }

    @Test
    void eightBitScoresMatchTheFloatScoresOfAQuantizedModel() {
        SplittableRandom r = new SplittableRandom(1);
        LinearModel q = random(r, 7, 300).quantized();
        assertNotNull(q.steps(q.scales()), "a quantized model is scored from its 8-bit steps");
        Scorer s = q.scorer();
        for (int t = 0; t < 500; t++) {
            SparseVector x = vector(r, 300);
            double[] want = floatScores(q, x);
            double[] got = s.scores(x);
            for (int c = 0; c < 7; c++) {
                assertEquals(want[c], got[c], 1e-5 * (1 + Math.abs(want[c])), "output " + c);
            }
        }
    }

    @Test
    void aModelPastTheReadAheadThresholdScoresAsTheFloatsDo() {
        // 7 x 40,000 steps = 280 KB, past Scorer.TOUCH_FROM: the rows are touched before scoring
        SplittableRandom r = new SplittableRandom(5);
        int features = 40_000;
        LinearModel q = random(r, 7, features).quantized();
        assertTrue(7L * features > Scorer.TOUCH_FROM);
        Scorer s = q.scorer();
        for (int t = 0; t < 200; t++) {
            SparseVector x = vector(r, features);
            double[] want = floatScores(q, x);
            double[] got = s.scores(x);
            for (int c = 0; c < 7; c++) {
                assertEquals(want[c], got[c], 1e-5 * (1 + Math.abs(want[c])), "output " + c);
            }
        }
    }

    @Test
    void modelOffTheGridIsScoredWithItsFloats() {
        SplittableRandom r = new SplittableRandom(2);
        LinearModel m = random(r, 3, 50);
        assertNull(m.steps(m.scales()), "weights off the 8-bit grid have no steps");
        Scorer s = m.scorer();
        for (int t = 0; t < 100; t++) {
            SparseVector x = vector(r, 50);
            assertArrayEquals(floatScores(m, x), s.scores(x));
        }
    }

    @Test
    void mostlyZeroModelOfManyLabelsScoresToTheBitAsTheEightBitSums() {
        SplittableRandom r = new SplittableRandom(3);
        int k = SparseRows.MIN_OUTPUTS + 8;
        int features = 400;
        // as NB-SVM models of many labels are: nine steps in ten round to zero
        float[] w = new float[k * features];
        for (int i = 0; i < w.length; i++) {
            w[i] = r.nextInt(10) == 0 ? (float) r.nextGaussian() : (float) (r.nextGaussian() * 1e-4);
        }
        float[] b = new float[k];
        LinearModel q = new LinearModel(k, features, w, b).quantized();
        float[] scale = q.scales();
        byte[] steps = q.steps(scale);
        assertNotNull(SparseRows.of(steps, k, features), "this model is scored by its sparse rows");
        LinearModel dense = random(new SplittableRandom(4), k, features).quantized();
        assertNull(SparseRows.of(dense.steps(dense.scales()), k, features), "a model with most steps non-zero keeps dense rows");
        assertNull(SparseRows.of(steps, SparseRows.MIN_OUTPUTS - 1, steps.length / (SparseRows.MIN_OUTPUTS - 1)),
                "too few outputs for sparse rows");
        Scorer s = q.scorer();
        for (int t = 0; t < 500; t++) {
            SparseVector x = vector(r, features);
            // the 8-bit sums, every step added in feature order, zeros included
            double[] want = new double[k];
            for (int i = 0; i < x.size(); i++) {
                int f = x.indices()[i];
                for (int c = 0; f < features && c < k; c++) {
                    want[c] += x.values()[i] * steps[f * k + c];
                }
            }
            for (int c = 0; c < k; c++) {
                want[c] = b[c] + want[c] * scale[c];
            }
            assertArrayEquals(want, s.scores(x), "vector " + t);
        }
    }

    @Test
    void aScorerBySparseRowsKeepsNoDenseSteps() throws IllegalAccessException {
        SplittableRandom r = new SplittableRandom(5);
        int k = SparseRows.MIN_OUTPUTS + 8;
        int features = 400;
        float[] w = new float[k * features];
        for (int i = 0; i < w.length; i += 17) {
            w[i] = (float) r.nextGaussian();
        }
        LinearModel sparse = new LinearModel(k, features, w, new float[k]).quantized();
        assertNotNull(SparseRows.of(sparse.steps(sparse.scales()), k, features), "scored by sparse rows");
        assertEquals(0, stepBytes(sparse.scorer()), "the dense steps are not kept beside the sparse rows");
        LinearModel dense = random(r, 7, 300).quantized();
        assertEquals(7 * 300, stepBytes(dense.scorer()), "a dense scorer keeps its steps");
    }

    /** The bytes of the 8-bit step arrays a scorer holds (whatever its fields are called). */
    private static int stepBytes(Scorer s) throws IllegalAccessException {
        int bytes = 0;
        for (java.lang.reflect.Field f : Scorer.class.getDeclaredFields()) {
            if (f.getType() == byte[].class) {
                f.setAccessible(true);
                byte[] b = (byte[]) f.get(s);
                bytes += b == null ? 0 : b.length;
            }
        }
        return bytes;
    }

    /** The model's float scores of {@code x}. */
    private static double[] floatScores(LinearModel m, SparseVector x) {
        double[] out = new double[m.outputs()];
        m.scores(x, out);
        return out;
    }
}

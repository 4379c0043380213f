package org.newsgauge.train;

/**
 * Fits the parameters that turn held-out linear scores into calibrated probabilities:
 * a softmax temperature, or Platt's sigmoid for one binary score.
 */
final class Calibration {
    private Calibration() {
    }

    /** The temperature T that minimises the log-loss of {@code softmax(scores / T)} on the held-out rows. */
    static double temperature(double[][] scores, int[] y) {
        double lo = Math.log(0.01);
        double hi = Math.log(100);
        // golden-section search on log T; the log-loss is unimodal in T
        double g = (Math.sqrt(5) - 1) / 2;
        double a = lo;
        double b = hi;
        double c1 = b - g * (b - a);
        double c2 = a + g * (b - a);
        double f1 = softmaxLoss(scores, y, Math.exp(c1));
        double f2 = softmaxLoss(scores, y, Math.exp(c2));
        for (int it = 0; it < 60; it++) {
            if (f1 < f2) {
                b = c2;
                c2 = c1;
                f2 = f1;
                c1 = b - g * (b - a);
                f1 = softmaxLoss(scores, y, Math.exp(c1));
            } else {
                a = c1;
                c1 = c2;
                f1 = f2;
                c2 = a + g * (b - a);
                f2 = softmaxLoss(scores, y, Math.exp(c2));
            }
        }
        return Math.exp((a + b) / 2);
    }

    private static double softmaxLoss(double[][] scores, int[] y, double t) {
        double loss = 0;
        for (int i = 0; i < y.length; i++) {
            double[] s = scores[i];
            double max = Double.NEGATIVE_INFINITY;
            for (double v : s) {
                max = Math.max(max, v / t);
            }
            double sum = 0;
            for (double v : s) {
                sum += Math.exp(v / t - max);
            }
            loss -= s[y[i]] / t - max - Math.log(sum);
        }
        return loss;
    }

    /**
     * Platt scaling: {@code (a, b)} such that {@code 1 / (1 + exp(-(a * s + b)))} estimates
     * {@code P(positive | s)}, fitted by Newton's method with Platt's smoothed targets.
     */
    static double[] platt(double[] s, boolean[] positive) {
        int n = s.length;
        int np = 0;
        for (boolean p : positive) {
            if (p) {
                np++;
            }
        }
        int nn = n - np;
        double hiT = (np + 1.0) / (np + 2.0);
        double loT = 1.0 / (nn + 2.0);
        double a = 1;
        double b = Math.log((np + 1.0) / (nn + 1.0));
        for (int it = 0; it < 100; it++) {
            double g1 = 0;
            double g2 = 0;
            double h11 = 1e-12;
            double h22 = 1e-12;
            double h21 = 0;
            for (int i = 0; i < n; i++) {
                double z = a * s[i] + b;
                double p = 1 / (1 + Math.exp(-z));
                double t = positive[i] ? hiT : loT;
                double d = p - t;
                double w = p * (1 - p);
                g1 += d * s[i];
                g2 += d;
                h11 += w * s[i] * s[i];
                h22 += w;
                h21 += w * s[i];
            }
            double det = h11 * h22 - h21 * h21;
            if (Math.abs(det) < 1e-18) {
                break;
            }
            double da = (h22 * g1 - h21 * g2) / det;
            double db = (h11 * g2 - h21 * g1) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new double[] {a, b};
    }
}

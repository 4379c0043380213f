package org.newsgauge.cli;

import java.io.PrintWriter;
import java.util.List;
import org.newsgauge.eval.CrossValidation;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.metrics.EvaluationReport;

/** Prints an evaluation report for people. */
final class ReportPrinter {
    private ReportPrinter() {
    }

    static void print(EvaluationReport r, PrintWriter out) {
        print(r, null, out);
    }

    /** A cross-validation's pooled figures, with each dimension's figures fold by fold. */
    static void print(CrossValidation cv, PrintWriter out) {
        print(cv.pooled(), cv, out);
    }

    private static void print(EvaluationReport r, CrossValidation cv, PrintWriter out) {
        for (DimensionMetrics m : r.dimensions().values()) {
            out.printf("%s (n=%d): accuracy %.4f, macro-F1 %.4f, ECE %.4f%s%n", m.dimension(), m.n(), m.accuracy(),
                    m.macroF1(), m.ece(), m.mae() == null ? "" : String.format(", MAE %.4f, within one step %.4f", m.mae(), m.withinOne()));
            if (cv != null) {
                printFolds(cv, m, out);
            }
            int width = Math.max(16, m.labels().stream().mapToInt(String::length).max().orElse(0));
            out.printf("  %-" + width + "s %9s %9s %9s %8s%n", "label", "precision", "recall", "f1", "support");
            int[][] c = m.confusion();
            for (int i = 0; i < m.labels().size(); i++) {
                var lm = m.perLabel().get(m.labels().get(i));
                int predicted = 0;
                for (int[] row : c) {
                    predicted += row[i];
                }
                // a label never predicted has no precision, one with no documents no recall: not 0, which would be a figure
                out.printf("  %-" + width + "s %9s %9s %9.4f %8d%n", m.labels().get(i),
                        predicted == 0 ? "-" : String.format("%.4f", lm.precision()),
                        lm.support() == 0 ? "-" : String.format("%.4f", lm.recall()), lm.f1(), lm.support());
            }
            printConfusion(m, width, out);
        }
    }

    /** Each fold's macro-F1 (and MAE), with their mean and spread: how far one split's figure moves. */
    private static void printFolds(CrossValidation cv, DimensionMetrics m, PrintWriter out) {
        StringBuilder sb = new StringBuilder("  per fold: macro-F1");
        double[] f1 = cv.perFold(m.dimension(), DimensionMetrics::macroF1);
        for (double v : f1) {
            sb.append(String.format(" %.3f", v));
        }
        sb.append(String.format(" (mean %.4f, sd %.4f)", java.util.Arrays.stream(f1).average().orElse(0),
                cv.standardDeviation(m.dimension(), DimensionMetrics::macroF1)));
        if (m.mae() != null) {
            double[] mae = cv.perFold(m.dimension(), x -> x.mae());
            sb.append("; MAE");
            for (double v : mae) {
                sb.append(String.format(" %.3f", v));
            }
            sb.append(String.format(" (sd %.4f)", cv.standardDeviation(m.dimension(), x -> x.mae())));
        }
        out.println(sb);
    }

    /** The confusion matrix with its labels: rows the true label, columns the predicted one, headed by the rows' numbers. */
    private static void printConfusion(DimensionMetrics m, int width, PrintWriter out) {
        List<String> labels = m.labels();
        int[][] c = m.confusion();
        int cell = 6;
        for (int[] row : c) {
            for (int v : row) {
                cell = Math.max(cell, String.valueOf(v).length() + 1);
            }
        }
        out.println("  confusion (rows: true label; columns: predicted, numbered as the rows):");
        int number = ("(" + labels.size() + ")").length() + 1; // "(1) ", or "(12) " with ten labels or more
        StringBuilder head = new StringBuilder(String.format("  %-" + (number + width) + "s", ""));
        for (int j = 0; j < labels.size(); j++) {
            head.append(String.format(" %" + cell + "s", "(" + (j + 1) + ")"));
        }
        out.println(head);
        for (int i = 0; i < c.length; i++) {
            StringBuilder sb = new StringBuilder(String.format("  %-" + number + "s%-" + width + "s", "(" + (i + 1) + ")",
                    labels.get(i)));
            for (int v : c[i]) {
                sb.append(String.format(" %" + cell + "d", v));
            }
            out.println(sb);
        }
    }
}

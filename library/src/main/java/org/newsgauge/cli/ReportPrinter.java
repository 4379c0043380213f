package org.newsgauge.cli;

import java.io.PrintWriter;
import org.newsgauge.eval.DimensionMetrics;
import org.newsgauge.eval.EvaluationReport;

/** Prints an evaluation report for people. */
final class ReportPrinter {
    private ReportPrinter() {
    }

    static void print(EvaluationReport r, PrintWriter out) {
        for (DimensionMetrics m : r.dimensions().values()) {
            out.printf("%s (n=%d): accuracy %.4f, macro-F1 %.4f, ECE %.4f%s%n", m.dimension(), m.n(), m.accuracy(),
                    m.macroF1(), m.ece(), m.mae() == null ? "" : String.format(", MAE %.4f, within one step %.4f", m.mae(), m.withinOne()));
            out.printf("  %-16s %9s %9s %9s %8s%n", "label", "precision", "recall", "f1", "support");
            m.perLabel().forEach((label, lm) -> out.printf("  %-16s %9.4f %9.4f %9.4f %8d%n", label, lm.precision(),
                    lm.recall(), lm.f1(), lm.support()));
            out.println("  confusion (rows: true, columns: predicted, in label order):");
            for (int[] row : m.confusion()) {
                StringBuilder sb = new StringBuilder("   ");
                for (int v : row) {
                    sb.append(String.format(" %6d", v));
                }
                out.println(sb);
            }
        }
    }
}

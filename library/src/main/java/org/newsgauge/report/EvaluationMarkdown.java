package org.newsgauge.report;

import java.util.List;
import java.util.Locale;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.metrics.EvaluationReport;

/**
 * An evaluation report for people, as Markdown (readable as text, rendered by code hosts): per
 * dimension the headline figures, a per-label table and the confusion matrix, and the quality
 * gate's lines when there is one.
 *
 * <pre>{@code
 * org.newsgauge.io.AtomicFile.write(Path.of("target/newsgauge/evaluation.md"),
 *         EvaluationMarkdown.render(report, "Evaluation of news.ngpack on holdout.csv", List.of()));
 * }</pre>
 */
public final class EvaluationMarkdown {
    private EvaluationMarkdown() {
    }

    /**
     * The report as a Markdown document.
     *
     * @param report the figures, e.g. from {@link org.newsgauge.eval.Evaluator#evaluate}
     * @param title  heading
     * @param gate   lines of a quality gate check (e.g. {@code QualityGate.Outcome.lines()}), or empty
     * @return the document, figures to four decimals
     */
    public static String render(EvaluationReport report, String title, List<String> gate) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(title).append("\n\n");
        sb.append("| dimension | n | accuracy | macro-F1 | ECE | MAE | within one |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (DimensionMetrics m : report.dimensions().values()) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f | %s | %s |\n", m.dimension(), m.n(),
                    m.accuracy(), m.macroF1(), m.ece(), opt(m.mae()), opt(m.withinOne())));
        }
        if (!gate.isEmpty()) {
            sb.append("\n## Quality gate\n\n");
            gate.forEach(l -> sb.append("- ").append(l).append('\n'));
        }
        for (DimensionMetrics m : report.dimensions().values()) {
            sb.append("\n## ").append(m.dimension()).append("\n\n| label | precision | recall | F1 | support |\n|---|---:|---:|---:|---:|\n");
            m.perLabel().forEach((label, lm) -> sb.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %d |\n",
                    label, lm.precision(), lm.recall(), lm.f1(), lm.support())));
            sb.append("\nConfusion (rows: true label, columns: predicted)\n\n| |");
            m.labels().forEach(l -> sb.append(' ').append(l).append(" |"));
            sb.append("\n|---|").append("---:|".repeat(m.labels().size())).append('\n');
            int[][] c = m.confusion();
            for (int i = 0; i < c.length; i++) {
                sb.append("| **").append(m.labels().get(i)).append("** |");
                for (int v : c[i]) {
                    sb.append(' ').append(v).append(" |");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String opt(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.4f", v);
    }
}

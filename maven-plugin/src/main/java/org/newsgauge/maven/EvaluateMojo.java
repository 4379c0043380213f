package org.newsgauge.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.newsgauge.data.DatasetException;
import org.newsgauge.eval.CrossValidator;
import org.newsgauge.eval.EvaluationReport;
import org.newsgauge.eval.Evaluator;
import org.newsgauge.data.LabelledData;
import org.newsgauge.gate.QualityGate;
import org.newsgauge.model.ModelPack;
import org.newsgauge.io.AtomicFile;
import org.newsgauge.report.EvaluationMarkdown;
import org.newsgauge.train.ProgressListener;

/**
 * Evaluates a pack on labelled data (or cross-validates the training settings), writes
 * {@code evaluation.json} and {@code evaluation.md}, and fails the build when a dimension misses
 * its {@code minimums}: a quality gate for models.
 */
@Mojo(name = "evaluate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class EvaluateMojo extends AbstractDataMojo {
    /** The pack to evaluate; default: the built-in pack. Ignored when cross-validating. */
    @Parameter(property = "newsgauge.model")
    File model;

    /** Evaluate only these dimensions (default: all of the pack's). */
    @Parameter(property = "newsgauge.dimensions")
    List<String> dimensions;

    /** Cross-validate the training settings on {@code data} (or {@code spec}) instead of evaluating a pack. */
    @Parameter(property = "newsgauge.crossValidate", defaultValue = "false")
    boolean crossValidate;

    /** Folds of the cross-validation. */
    @Parameter(property = "newsgauge.folds", defaultValue = "5")
    int folds;

    /**
     * Minimum quality per dimension: {@code <minimums><topic>macro_f1=0.80</topic><tension>mae<=0.6, within_one=0.9</tension></minimums>}.
     * Metrics: accuracy, macro_f1, ece, mae, within_one, f1[LABEL], precision[LABEL], recall[LABEL].
     */
    @Parameter
    Map<String, String> minimums;

    /** Where {@code evaluation.json} and {@code evaluation.md} go. */
    @Parameter(property = "newsgauge.outputDirectory", defaultValue = "${project.build.directory}/newsgauge")
    File outputDirectory;

    /**
     * A minimum on a dimension that is not evaluated would be found only after the evaluation
     * (or a cross-validation of minutes) has run: it is found before.
     */
    private void requireGateDimensions(List<String> evaluated, String what) throws MojoExecutionException {
        for (String d : minimums == null ? java.util.Set.<String>of() : minimums.keySet()) {
            if (!evaluated.contains(d)) {
                throw new MojoExecutionException("<minimums> has dimension '" + d + "', which " + what + " does not have"
                        + " (evaluated: " + String.join(", ", evaluated) + "); correct the name or remove the minimum");
            }
        }
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException, IOException {
        QualityGate gate = QualityGate.parse(minimums == null ? Map.of() : minimums);
        EvaluationReport report;
        org.newsgauge.eval.CrossValidation cv = null;
        String title;
        if (crossValidate) {
            org.newsgauge.data.Dataset d = dataset();
            requireGateDimensions(d.dimensions().stream().map(org.newsgauge.data.DimensionSpec::name).toList(), "the data");
            cv = CrossValidator.runWithFolds(d, options(), folds, grouped(), ProgressListener.NONE);
            report = cv.pooled();
            title = folds + "-fold cross-validation on " + (spec != null ? spec.getName() : data.getName());
        } else {
            if (data == null) {
                throw new MojoExecutionException("configure <data>: labelled data to evaluate the pack on "
                        + "(or set <crossValidate>true</crossValidate>)");
            }
            ModelPack pack = classifier(model).pack();
            // as LabelledData.forPack selects them: the pack's dimensions, in its order, narrowed to <dimensions>
            List<String> evaluated = pack.dimensions().stream().map(org.newsgauge.model.DimensionModel::name)
                    .filter(n -> list(dimensions).isEmpty() || list(dimensions).contains(n)).toList();
            if (evaluated.isEmpty()) {
                evaluated = list(dimensions);
            }
            if (data.isDirectory()) {
                // a folder per label labels one dimension: the first of them
                evaluated = evaluated.subList(0, 1);
            }
            requireGateDimensions(evaluated, list(dimensions).isEmpty() ? "the pack" : "<dimensions>");
            try {
                report = Evaluator.evaluate(pack, LabelledData.forPack(pack, existing(data, "<data>").toPath(),
                        list(textColumns), list(dimensions)));
            } catch (DatasetException | IllegalArgumentException e) {
                throw new MojoExecutionException("cannot evaluate on " + data + ": " + e.getMessage(), e);
            }
            title = "Evaluation of " + (model == null ? "the built-in pack" : model.getName()) + " on " + data.getName();
        }
        QualityGate.Outcome outcome = gate.check(report);
        File json = new File(outputDirectory, "evaluation.json");
        File md = new File(outputDirectory, "evaluation.md");
        // cross-validated: each dimension also has its figures fold by fold
        AtomicFile.write(json.toPath(), (cv == null ? report.toJson() : cv.toJson()) + "\n");
        AtomicFile.write(md.toPath(), EvaluationMarkdown.render(report, title, outcome.lines()));
        getLog().info("newsgauge: " + title);
        for (org.newsgauge.eval.DimensionMetrics m : report.dimensions().values()) {
            getLog().info(String.format(java.util.Locale.ROOT, "newsgauge:   %s (n=%d): accuracy %.4f, macro-F1 %.4f%s%s",
                    m.dimension(), m.n(), m.accuracy(), m.macroF1(),
                    cv == null ? "" : String.format(java.util.Locale.ROOT, " (sd %.4f over the folds)",
                            cv.standardDeviation(m.dimension(), org.newsgauge.eval.DimensionMetrics::macroF1)),
                    m.mae() == null ? "" : String.format(java.util.Locale.ROOT, ", MAE %.4f, within one %.4f", m.mae(), m.withinOne())));
        }
        for (String l : outcome.lines()) {
            if (l.endsWith("FAILED")) {
                getLog().error("newsgauge:   gate: " + l);
            } else {
                getLog().info("newsgauge:   gate: " + l);
            }
        }
        getLog().info("newsgauge: reports " + json + ", " + md);
        if (outcome.failed()) {
            throw new MojoFailureException("newsgauge quality gate: " + outcome.message());
        }
    }
}

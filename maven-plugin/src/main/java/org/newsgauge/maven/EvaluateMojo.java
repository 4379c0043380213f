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
import org.newsgauge.eval.ComparisonReport;
import org.newsgauge.eval.CrossValidator;
import org.newsgauge.eval.PackComparison;
import org.newsgauge.metrics.EvaluationReport;
import org.newsgauge.eval.Evaluator;
import org.newsgauge.data.LabelledData;
import org.newsgauge.gate.QualityGate;
import org.newsgauge.model.ModelPack;
import org.newsgauge.io.AtomicFile;
import org.newsgauge.report.EvaluationMarkdown;

/**
 * Evaluates a pack on labelled data (or cross-validates the training settings), writes
 * {@code evaluation.json} and {@code evaluation.md}, and fails the build when a dimension misses
 * its {@code minimums}: a quality gate for models.
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>evaluate</goal></goals>   <!-- verify; the built-in pack unless <model> -->
 *   <configuration><data>src/test/data/holdout.csv</data>
 *     <minimums><topic>macro_f1=0.80</topic><tension>mae&amp;lt;=0.5, within_one=0.9</tension></minimums></configuration>
 * </execution>
 * }</pre>
 */
@Mojo(name = "evaluate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class EvaluateMojo extends AbstractDataMojo {
    /** The pack to evaluate; default: the built-in pack. Ignored when cross-validating. */
    @Parameter(property = "newsgauge.model")
    File model;

    /**
     * Evaluate only these dimensions (default: all of the pack's); {@code topic=category} reads
     * dimension {@code topic}'s labels from the data's column {@code category}.
     */
    @Parameter(property = "newsgauge.dimensions")
    List<String> dimensions;

    /** Cross-validate the training settings on {@code data} (or {@code spec}) instead of evaluating a pack. */
    @Parameter(property = "newsgauge.crossValidate", defaultValue = "false")
    boolean crossValidate;

    /** Folds of the cross-validation. */
    @Parameter(property = "newsgauge.folds", defaultValue = "5")
    int folds;

    /**
     * Minimum quality per dimension: {@code <minimums><topic>macro_f1=0.80</topic><tension>mae&amp;lt;=0.6, within_one=0.9</tension></minimums>}.
     * Metrics: accuracy, macro_f1, ece, mae, within_one, f1[LABEL], precision[LABEL], recall[LABEL].
     */
    @Parameter
    Map<String, String> minimums;

    /**
     * A pack to compare the evaluated one with on the same {@code data}, e.g. the pack now in
     * production: the build fails when the evaluated pack is worse beyond the noise on a dimension
     * (macro-F1's paired-bootstrap 95% interval below zero, and McNemar's p below 0.05 with more
     * rows right only in the baseline than only in the pack; see {@code failOnRegression}). A
     * dimension the baseline lacks is evaluated but not compared. Writes {@code comparison.json}
     * ({@code newsgauge compare --json}).
     */
    @Parameter(property = "newsgauge.baseline")
    File baseline;

    /** With a {@code baseline}: fail the build when the evaluated pack is worse than it beyond the noise. */
    @Parameter(property = "newsgauge.failOnRegression", defaultValue = "true")
    boolean failOnRegression;

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
        requireOwnOutputDirectory();
        QualityGate gate = QualityGate.parse(minimums == null ? Map.of() : minimums);
        EvaluationReport report;
        org.newsgauge.eval.CrossValidation cv = null;
        String title;
        ComparisonReport comparison = null;
        if (crossValidate && baseline != null) {
            throw new MojoExecutionException("<baseline> is compared with the evaluated pack on <data>; cross-validation"
                    + " trains no pack to compare: remove <baseline> or set <crossValidate>false</crossValidate>");
        }
        if (crossValidate && folds < 2) {
            throw new MojoExecutionException("<folds> takes 2 or more (each fold is held out once), not " + folds);
        }
        if (crossValidate) {
            org.newsgauge.data.Dataset d = dataset();
            requireGateDimensions(d.dimensions().stream().map(org.newsgauge.data.DimensionSpec::name).toList(), "the data");
            for (org.newsgauge.data.DimensionSpec spec : d.dimensions()) {
                requireGateFits(gate, spec.name(), spec.labels(), spec.kind() == org.newsgauge.model.DimensionKind.ORDINAL);
            }
            cv = CrossValidator.runWithFolds(d, options(), folds, grouped(),
                    new LogProgress(getLog(), prefix(), folds + "-fold cross-validation", progressQuietMillis));
            report = cv.pooled();
            title = folds + "-fold cross-validation on " + (spec != null ? spec.getName() : data.getName());
        } else {
            if (data == null) {
                throw new MojoExecutionException("configure <data>: labelled data to evaluate the pack on "
                        + "(or set <crossValidate>true</crossValidate>)");
            }
            ModelPack pack = classifier(model).pack();
            // as LabelledData.forPack selects them: the pack's dimensions, in its order, narrowed to <dimensions>
            List<String> named;
            try {
                named = org.newsgauge.data.DimensionColumns.names(list(dimensions));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("<dimensions>: " + e.getMessage(), e);
            }
            List<String> evaluated = pack.dimensions().stream().map(org.newsgauge.model.DimensionModel::name)
                    .filter(n -> named.isEmpty() || named.contains(n)).toList();
            if (evaluated.isEmpty()) {
                evaluated = named;
            }
            if (data.isDirectory()) {
                // a folder per label labels one dimension: the first of them
                evaluated = evaluated.subList(0, 1);
            }
            requireGateDimensions(evaluated, list(dimensions).isEmpty() ? "the pack" : "<dimensions>");
            for (org.newsgauge.model.DimensionModel m : pack.dimensions()) {
                requireGateFits(gate, m.name(), m.labels(), m.kind() == org.newsgauge.model.DimensionKind.ORDINAL);
            }
            try {
                if (baseline == null) {
                    report = Evaluator.evaluate(pack, LabelledData.forPack(pack, existing(data, "<data>").toPath(),
                            list(textColumns), list(dimensions), documents()));
                } else {
                    comparison = compare(pack, evaluated);
                    // the evaluated pack is the second of the two compared, after the baseline; a dimension the
                    // baseline lacks is not compared, but still evaluated for the gate and the reports
                    EvaluationReport compared = List.copyOf(comparison.packs().values()).get(1);
                    report = compared.dimensions().keySet().containsAll(evaluated) ? compared
                            : Evaluator.evaluate(pack, LabelledData.forPack(pack, existing(data, "<data>").toPath(),
                                    list(textColumns), list(dimensions), documents()));
                }
            } catch (DatasetException | IllegalArgumentException e) {
                throw new MojoExecutionException("cannot evaluate on " + data + ": " + e.getMessage(), e);
            }
            title = "Evaluation of " + (model == null ? "the built-in pack" : model.getName()) + " on " + data.getName();
        }
        QualityGate.Outcome outcome = gate.check(report);
        List<String> lines = new java.util.ArrayList<>(outcome.lines());
        List<String> regressions = new java.util.ArrayList<>();
        if (comparison != null) {
            for (ComparisonReport.Difference d : comparison.differences()) {
                boolean worse = d.verdict() == ComparisonReport.Verdict.WORSE;
                String line = String.format(java.util.Locale.ROOT,
                        "%s against baseline %s: macro-F1 %+.4f [%+.4f, %+.4f], accuracy %+.4f, McNemar p %.3f: %s%s",
                        d.dimension(), d.baseline(), d.macroF1(), d.macroF1Low(), d.macroF1High(), d.accuracy(),
                        d.mcNemarP(), d.verdict().words(), worse && failOnRegression ? " FAILED" : "");
                lines.add(line);
                if (worse && failOnRegression) {
                    regressions.add(String.format(java.util.Locale.ROOT, "%s (macro-F1 %+.4f [%+.4f, %+.4f], McNemar p %.3f)",
                            d.dimension(), d.macroF1(), d.macroF1Low(), d.macroF1High(), d.mcNemarP()));
                }
            }
            AtomicFile.write(new File(outputDirectory, "comparison.json").toPath(), comparison.toJson() + "\n");
        } else if (java.nio.file.Files.deleteIfExists(new File(outputDirectory, "comparison.json").toPath())) {
            // an earlier build's comparison must not pass for this one's
            getLog().info(prefix() + "removed comparison.json of an earlier build (no <baseline> now)");
        }
        File json = new File(outputDirectory, "evaluation.json");
        File md = new File(outputDirectory, "evaluation.md");
        // cross-validated: each dimension also has its figures fold by fold
        AtomicFile.write(json.toPath(), (cv == null ? report.toJson() : cv.toJson()) + "\n");
        AtomicFile.write(md.toPath(), EvaluationMarkdown.render(report, title, lines));
        getLog().info(prefix() + title);
        for (org.newsgauge.metrics.DimensionMetrics m : report.dimensions().values()) {
            getLog().info(prefix() + String.format(java.util.Locale.ROOT, "  %s (n=%d): accuracy %.4f, macro-F1 %.4f%s%s",
                    m.dimension(), m.n(), m.accuracy(), m.macroF1(),
                    cv == null ? "" : String.format(java.util.Locale.ROOT, " (sd %.4f over the folds)",
                            cv.standardDeviation(m.dimension(), org.newsgauge.metrics.DimensionMetrics::macroF1)),
                    m.mae() == null ? "" : String.format(java.util.Locale.ROOT, ", MAE %.4f, within one %.4f", m.mae(), m.withinOne())));
        }
        for (String l : lines) {
            if (l.endsWith("FAILED")) {
                getLog().error(prefix() + "  gate: " + l);
            } else if (l.endsWith(ComparisonReport.Verdict.WORSE.words())) {
                // worse than the baseline, with <failOnRegression>false: not an error, not news to pass over
                getLog().warn(prefix() + "  gate: " + l);
            } else {
                getLog().info(prefix() + "  gate: " + l);
            }
        }
        getLog().info(prefix() + "reports " + json + ", " + md + (comparison == null ? "" : ", "
                + new File(outputDirectory, "comparison.json")));
        List<String> failures = new java.util.ArrayList<>();
        if (outcome.failed()) {
            failures.add(outcome.message());
        }
        if (!regressions.isEmpty()) {
            failures.add("the pack is worse than baseline " + baseline + " beyond the noise on "
                    + String.join(", ", regressions) + " (see comparison.json; <failOnRegression>false</failOnRegression>"
                    + " reports without failing)");
        }
        if (!failures.isEmpty()) {
            throw new MojoFailureException("newsgauge quality gate: " + String.join("; ", failures));
        }
    }

    /**
     * A minimum on a label the dimension lacks, or an ordinal metric of a nominal dimension, found
     * before the evaluation (a cross-validation can take minutes), not after it.
     */
    private static void requireGateFits(QualityGate gate, String dimension, List<String> labels, boolean ordinal)
            throws MojoExecutionException {
        for (QualityGate.Limit l : gate.limits()) {
            if (!l.dimension().equals(dimension)) {
                continue;
            }
            if (l.label() != null && !labels.contains(l.label())) {
                throw new MojoExecutionException("<minimums> of " + dimension + ": " + l.name() + " names label '" + l.label()
                        + "', which " + dimension + " does not have (labels: " + String.join(", ", labels) + ")");
            }
            if (!ordinal && (l.metric().equals("mae") || l.metric().equals("within_one"))) {
                throw new MojoExecutionException("<minimums> of " + dimension + ": " + l.metric() + " is measured for ordinal"
                        + " dimensions only, and " + dimension + " is nominal; use accuracy or macro_f1");
            }
        }
    }


    /**
     * Two evaluate executions of one build writing one folder would leave only the last one's
     * reports, and its gate lines, with nothing said: the second is refused.
     */
    private void requireOwnOutputDirectory() throws MojoExecutionException, IOException {
        java.nio.file.Path json = new File(outputDirectory, "evaluation.json").toPath();
        if (buildStarted != null && java.nio.file.Files.exists(json)
                && java.nio.file.Files.getLastModifiedTime(json).toMillis() >= buildStarted.getTime()) {
            throw new MojoExecutionException("another evaluate execution of this build has written " + json
                    + "; give each execution its own <outputDirectory>, e.g. ${project.build.directory}/newsgauge-"
                    + "<execution id>, so that neither's reports replace the other's");
        }
    }

    /** The evaluated pack against {@code <baseline>} on {@code <data>}: both evaluated on the same rows. */
    private ComparisonReport compare(ModelPack pack, List<String> evaluated) throws MojoExecutionException, DatasetException {
        ModelPack base = classifier(existing(baseline, "<baseline>")).pack();
        try {
            if (model != null && java.nio.file.Files.isSameFile(model.toPath(), baseline.toPath())) {
                throw new MojoExecutionException("<baseline> is the evaluated pack itself (" + baseline
                        + "); give the pack to compare with, e.g. the one in production");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + baseline + ": " + message(e), e);
        }
        String packName = model == null ? "built-in pack" : model.getName();
        String baseName = baseline.getName().equals(packName) ? baseline.getPath() : baseline.getName();
        List<String> common = evaluated.stream().filter(d -> base.dimension(d) != null).toList();
        if (common.isEmpty()) {
            throw new MojoExecutionException("<baseline> " + baseline + " has none of the evaluated dimensions ("
                    + String.join(", ", evaluated) + "); give a baseline pack of the same dimensions");
        }
        if (common.size() < evaluated.size()) {
            getLog().info(prefix() + "<baseline> " + baseline.getName() + " lacks " + String.join(", ", evaluated.stream()
                    .filter(d -> !common.contains(d)).toList()) + "; compared on " + String.join(", ", common));
        }
        // each with the column it is read from, as <dimensions> gave it
        List<String> read = org.newsgauge.data.DimensionColumns.entries(
                org.newsgauge.data.DimensionColumns.parse(list(dimensions)), common);
        return PackComparison.compare(List.of(new PackComparison.Candidate(baseName, base),
                new PackComparison.Candidate(packName, pack)), existing(data, "<data>").toPath(), list(textColumns),
                read, PackComparison.Settings.defaults().withDocuments(documents()));
    }
}

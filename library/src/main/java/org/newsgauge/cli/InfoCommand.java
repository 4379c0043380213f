package org.newsgauge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackReader;
import org.newsgauge.model.ParamKeys;
import org.newsgauge.model.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "info", mixinStandardHelpOptions = true, description = "Print a pack's manifest as a readable model card.")
final class InfoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PACK", arity = "0..1", description = "The pack (default: the built-in default pack)")
    Path pack;

    @Spec
    CommandSpec cmd;

    /** The analyzer in words: "word 1-2-grams, quotes marked, sublinear TF-IDF, min count 2". */
    static String describe(org.newsgauge.text.AnalyzerConfig a) {
        StringBuilder sb = new StringBuilder(a.wordNgrams() == 1 ? "word unigrams" : "word 1-" + a.wordNgrams() + "-grams");
        if (a.charNgrams()) {
            sb.append(", character ").append(a.charNgramMin()).append('-').append(a.charNgramMax()).append("-grams");
        }
        sb.append(", quotes ").append(switch (a.quotes()) {
            case MARK -> "marked (q:)";
            case BOTH -> "marked and plain";
            case IGNORE -> "ignored";
        });
        sb.append(", ").append(a.weighting().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace("tfidf", "TF-IDF"));
        sb.append(", min count ").append(a.minCount());
        if (!a.lowercase()) {
            sb.append(", case kept");
        }
        if (a.minTokenLength() > 1) {
            sb.append(", tokens of ").append(a.minTokenLength()).append("+ characters");
        }
        return sb.toString();
    }

    @Override
    public Integer call() throws Exception {
        ModelPack p = pack == null ? org.newsgauge.api.ArticleClassifier.defaults().pack() : PackReader.read(pack);
        PrintWriter out = cmd.commandLine().getOut();
        Provenance v = p.provenance();
        out.println("model pack " + (pack == null ? "(default)" : pack.toString()));
        out.println("  trained by newsgauge " + v.libraryVersion() + " with " + v.algorithm() + ", seed " + v.seed()
                + ", " + (v.calibrationFolds() == 0 ? "probabilities calibrated on the training scores (no held-out folds)"
                : v.calibrationFolds() + " calibration folds"));
        out.println("  training data " + v.trainingSource() + " (" + v.documents() + " documents, sha256 " + v.trainingSha256()
                + "), text columns " + (v.textColumns().isEmpty() ? "none (trained on files or on texts in memory;"
                        + " reads column text from a CSV)" : String.join(", ", v.textColumns())));
        out.println("  analyzer: " + describe(p.features().config()) + "; " + p.features().size() + " features");
        if (!p.features().config().quotedNames().isEmpty()) {
            out.println("    read as quoted: " + String.join("; ", p.features().config().quotedNames()));
        }
        if (!p.features().config().stopWords().isEmpty()) {
            out.println("    stop words (no features): " + String.join(", ", p.features().config().stopWords()));
        }
        java.util.Map<String, Object> rest = new java.util.LinkedHashMap<>(v.params());
        for (DimensionModel d : p.dimensions()) {
            out.println("  dimension " + d.name() + " (" + d.kind().name().toLowerCase() + ", " + d.decoder().name().toLowerCase()
                    + "): " + String.join(", ", d.labels()));
            Object c = rest.remove(ParamKeys.c(d.name()));
            rest.remove(ParamKeys.learner(d.name()));
            Object own = rest.remove(ParamKeys.algorithm(d.name()));
            out.println("    learner " + v.learner(d.name()) + (c == null ? "" : ", C " + c)
                    + (own == null ? "" : " (this dimension's own algorithm, " + own + "; the others': " + v.algorithm() + ")"));
            for (String key : new String[] {ParamKeys.heldOut(ParamKeys.learner(d.name())), ParamKeys.heldOut(ParamKeys.c(d.name()))}) {
                Object held = rest.remove(key);
                if (held != null) {
                    out.println("    chosen on the folds by " + held);
                }
            }
            Object fitted = rest.remove(ParamKeys.foldsFitted(d.name()));
            if (fitted != null) {
                out.println("    calibration folds fitted: " + fitted);
            }
            double[] shift = d.logPriorShift();
            if (java.util.Arrays.stream(shift).anyMatch(x -> x != 0)) {
                StringBuilder sb = new StringBuilder("    prior shift (log, to the expected real mix):");
                for (int k = 0; k < shift.length; k++) {
                    sb.append(k == 0 ? " " : ", ").append(d.labels().get(k))
                            .append(String.format(java.util.Locale.ROOT, " %+.2f", shift[k]));
                }
                out.println(sb);
            }
            for (org.newsgauge.model.CueRule r : p.cueRules()) {
                if (r.dimension().equals(d.name())) {
                    r.terms().forEach((label, terms) -> out.println(String.format(java.util.Locale.ROOT,
                            "    narrator cues for %s (confidence %.2f, (right + 1) / (decided + 2) on the training documents): %s",
                            label, r.confidence().get(label), String.join("; ", terms))));
                }
            }
        }
        Object features = rest.remove(ParamKeys.FEATURES_HELD_OUT);
        if (features != null) {
            out.println("  analyzer chosen on the folds by " + features);
        }
        out.println("  other parameters " + rest);
        if (v.heldOut() != null) {
            // a large corpus fits only the folds it needs: say how many of them the figures come from
            String fitted = p.dimensions().stream().map(d -> v.params().get(ParamKeys.foldsFitted(d.name())))
                    .filter(java.util.Objects::nonNull).map(String::valueOf).distinct().reduce((a, b) -> a + "/" + b).orElse(null);
            out.println("held-out figures at training time (" + (fitted == null ? v.calibrationFolds() + " folds"
                    : fitted + " of " + v.calibrationFolds() + " folds fitted, on the rows they held out") + "):");
            ReportPrinter.print(v.heldOut(), out);
        }
        return 0;
    }
}

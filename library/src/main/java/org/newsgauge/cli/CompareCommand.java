package org.newsgauge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgauge.eval.ComparisonReport;
import org.newsgauge.metrics.DimensionMetrics;
import org.newsgauge.eval.PackComparison;
import org.newsgauge.model.PackReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare packs on the same labelled data: each pack's figures, and each later pack against the"
                + " first (the baseline), with 95%% intervals from a paired bootstrap and McNemar's exact test.",
                "Example: compare --data holdout.csv old.ngpack new.ngpack"})
final class CompareCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PACK", arity = "0..*", description = "Packs to compare, the baseline first")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--with-default", description = "Compare the built-in Serbia-Kosovo pack too, as the baseline")
    boolean withDefault;

    @Option(names = "--data", required = true, paramLabel = "FILE|DIR",
            description = "Labelled CSV (columns named as the packs' dimensions) or DIR/<label>/*.txt")
    Path data;

    @Option(names = "--text-column", paramLabel = "C", description = "Text columns (default: each pack's own)")
    List<String> textColumns = new ArrayList<>();

    @Option(names = "--label-column", paramLabel = "DIM[=COLUMN]", description = "Compare only these dimensions (default:"
            + " all the packs share); DIM=COLUMN reads DIM's labels from a CSV column of another name")
    List<String> labelColumns = new ArrayList<>();

    @Option(names = "--resamples", paramLabel = "N", description = "Bootstrap resamples for the intervals (default 1000)")
    int resamples = 1000;

    @Option(names = "--raw", description = "Folder per label: take each file as it is, without article extraction"
            + " (as the packs were trained with train --raw)")
    boolean raw;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the resamples (default 42)")
    long seed = 42;

    @Option(names = "--disagreements", paramLabel = "FILE", description = "Also write every row on which the packs"
            + " predict different labels to FILE (CSV: id,dimension,truth,<pack>,...), to read what changed")
    Path disagreements;

    @Option(names = "--json", description = "Print one JSON object: {\"data\", \"n\", \"resamples\", \"seed\", \"baseline\", \"packs\": {\"<pack>\":"
            + " <evaluate --json>}, \"differences\": {\"<pack>\": {\"<dimension>\": {\"accuracy\", \"accuracy_ci\", \"macro_f1\","
            + " \"macro_f1_ci\", \"mae\", \"only_baseline_right\", \"only_pack_right\", \"mcnemar_p\", \"verdict\"}}}}")
    boolean json;

    @Spec
    CommandSpec cmd;

    /** The name of the built-in pack in the report. */
    private static final String BUILT_IN = "built-in";

    @Override
    public Integer call() throws Exception {
        if (packs.size() + (withDefault ? 1 : 0) < 2) {
            throw new Main.UserError("compare needs two packs or more: give PACK files, or one with --with-default"
                    + " to compare it with the built-in pack");
        }
        for (int i = 0; i < packs.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (java.nio.file.Files.exists(packs.get(i)) && java.nio.file.Files.exists(packs.get(j))
                        && java.nio.file.Files.isSameFile(packs.get(i), packs.get(j))) {
                    throw new Main.UserError(packs.get(j) + " and " + packs.get(i) + " are the same file; compare different packs");
                }
            }
        }
        List<PackComparison.Candidate> candidates = new ArrayList<>();
        if (withDefault) {
            candidates.add(new PackComparison.Candidate(BUILT_IN, org.newsgauge.api.ArticleClassifier.defaults().pack()));
        }
        List<String> names = names(packs);
        for (int i = 0; i < packs.size(); i++) {
            candidates.add(new PackComparison.Candidate(names.get(i), PackReader.read(packs.get(i))));
        }
        PackComparison.Settings settings = new PackComparison.Settings(resamples, seed, DataOptions.documents(raw, data));
        ComparisonReport r;
        if (disagreements == null) {
            r = PackComparison.compare(candidates, data, textColumns, labelColumns, settings);
        } else {
            try (RowCsv csv = RowCsv.create(disagreements, data, "--disagreements")) {
                List<String> header = new ArrayList<>(List.of("id", "dimension", "truth"));
                candidates.forEach(c -> header.add(c.name()));
                csv.row(header);
                r = PackComparison.compare(candidates, data, textColumns, labelColumns, settings, d -> {
                    List<String> rec = new ArrayList<>(List.of(d.id(), d.dimension(), d.truth()));
                    rec.addAll(d.predicted());
                    csv.row(rec);
                });
                csv.commit();
            }
        }
        if (json) {
            cmd.commandLine().getOut().println(r.toJson());
        } else {
            print(r, cmd.commandLine().getOut());
        }
        return 0;
    }

    /** File names where they tell the packs apart, the paths as given where they do not. */
    private static List<String> names(List<Path> packs) {
        List<String> files = packs.stream().map(p -> String.valueOf(p.getFileName())).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < packs.size(); i++) {
            String f = files.get(i);
            boolean unique = files.stream().filter(f::equals).count() == 1 && !f.equals(BUILT_IN);
            out.add(unique ? f : packs.get(i).toString());
        }
        return out;
    }

    static void print(ComparisonReport r, PrintWriter out) {
        out.printf("%d rows of %s; baseline %s; 95%% intervals from %d paired bootstrap resamples (seed %d)%n", r.n(),
                r.data(), r.baseline(), r.resamples(), r.seed());
        int width = Math.max(12, r.packs().keySet().stream().mapToInt(String::length).max().orElse(0));
        for (String dim : r.packs().values().iterator().next().dimensions().keySet()) {
            boolean ordinal = r.packs().values().stream().allMatch(e -> e.dimensions().get(dim).mae() != null);
            out.printf("%n%s%n", dim);
            out.printf("  %-" + width + "s %9s %9s %7s%s%n", "pack", "accuracy", "macro-F1", "ECE", ordinal ? "       MAE" : "");
            for (var e : r.packs().entrySet()) {
                DimensionMetrics m = e.getValue().dimensions().get(dim);
                out.printf("  %-" + width + "s %9.4f %9.4f %7.4f%s%n", e.getKey(), m.accuracy(), m.macroF1(), m.ece(),
                        ordinal ? String.format(" %9.4f", m.mae()) : "");
            }
            for (ComparisonReport.Difference d : r.differences()) {
                if (d.dimension().equals(dim)) {
                    out.printf("  %s - %s: accuracy %+.4f [%+.4f, %+.4f], macro-F1 %+.4f [%+.4f, %+.4f]%s%n", d.pack(),
                            d.baseline(), d.accuracy(), d.accuracyLow(), d.accuracyHigh(), d.macroF1(), d.macroF1Low(),
                            d.macroF1High(), d.mae() == null ? "" : String.format(", MAE %+.4f", d.mae()));
                    out.printf("    right only in %s: %d, only in %s: %d; McNemar p = %.3f; %s%n", d.baseline(),
                            d.onlyBaselineRight(), d.pack(), d.onlyPackRight(), d.mcNemarP(), verdict(d));
                }
            }
        }
    }

    /** The verdict in words; "within the noise" says of how many rows. */
    private static String verdict(ComparisonReport.Difference d) {
        ComparisonReport.Verdict v = d.verdict();
        return v == ComparisonReport.Verdict.WITHIN_NOISE ? v.words() + " of " + d.n() + " rows" : v.words();
    }
}

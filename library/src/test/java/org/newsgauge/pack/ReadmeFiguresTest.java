package org.newsgauge.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Contribution;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.model.CueRule;

/**
 * The README shows what the default pack says of the sample articles (a {@code results.csv}, a
 * JSON line, a failed check) and the confidences of its narrator cue rules. A change to the corpus
 * or the pack changes them; this test makes the same commit update the README, which otherwise
 * goes stale without a word (it did once). A failure names the README line and the figure the
 * pack gives now.
 *
 * <p>SKIPPED when the build skipped the default pack ({@code -Dnewsgauge.skipDefaultPack=true}).
 */
class ReadmeFiguresTest {
    private static final Path README = Path.of("../README.md");
    /** The sample documents the README's lines name: the CLI's, and the plugin IT's (the same texts). */
    private static final Pattern CSV_ROW = Pattern.compile(
            "^(examples/articles|src/main/articles)/([\\w.-]+),(\\w+),([\\d.]+),(\\w+),([\\d.]+),(\\w+),([\\d.]+),");
    private static final Pattern JSON_PATH = Pattern.compile("^\\{\"path\":\"(examples/articles|src/main/articles)/([\\w.-]+)\"");
    private static final Pattern JSON_DIM = Pattern.compile(
            "\"(\\w+)\":\\{\"label\":\"(\\w+)\",\"probability\":([\\d.]+)");
    private static final Pattern JSON_FEATURE = Pattern.compile("\\{\"feature\":\"([^\"]+)\",\"weight\":([\\d.]+)\\}");
    private static final Pattern CHECK_LINE = Pattern.compile(
            "^\\s+(examples/articles|src/main/articles)/([\\w.-]+): .*\\(topic=(\\w+) ([\\d.]+), stance=(\\w+) ([\\d.]+),"
                    + " tension=(\\w+) ([\\d.]+)\\)");
    private static final Pattern CUE_CONFIDENCE = Pattern.compile(
            "confidence, measured on the training corpus when the pack is made: pro_serbia ([\\d.]+), pro_kosovo$");

    private static List<String> lines;

    @BeforeAll
    static void read() throws IOException {
        assumeTrue(ArticleClassifier.class.getResource("/org/newsgauge/default.ngpack") != null,
                "SKIPPED: built without the default pack (-Dnewsgauge.skipDefaultPack=true)");
        lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    }

    private static Labels classify(String folder, String name) throws IOException {
        Path file = folder.equals("examples/articles") ? Path.of("../examples/articles", name)
                : Path.of("../maven-plugin/src/it/classify-mixed/src/main/articles", name);
        assertTrue(Files.isRegularFile(file), "the README names " + folder + "/" + name + ", which is not at " + file);
        return ArticleClassifier.defaults().classify(file);
    }

    private static String four(double p) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4f", p)).stripTrailingZeros().toPlainString();
    }

    private static String two(double p) {
        return String.format(Locale.ROOT, "%.2f", p);
    }

    private static String plain(String number) {
        return new java.math.BigDecimal(number).stripTrailingZeros().toPlainString();
    }

    @Test
    void theSampleResultsRowsAreWhatThePackSays() throws IOException {
        assertRowsAreThePacks(CSV_ROW, 4, 2, "the README's sample results.csv rows");
    }

    /**
     * Each README line that {@code row} matches (groups: folder, file, then the label and the
     * probability of topic, stance and tension) against what the pack says of that file, the
     * probabilities to {@code decimals} places as the README shows them; at least {@code atLeast}.
     */
    private static void assertRowsAreThePacks(Pattern row, int decimals, int atLeast, String what) throws IOException {
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = row.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            Labels l = classify(m.group(1), m.group(2));
            List<String> now = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            int g = 3;
            for (String dim : List.of("topic", "stance", "tension")) {
                Prediction p = l.require(dim);
                now.add(dim + "=" + p.label() + " " + String.format(Locale.ROOT, "%." + decimals + "f", p.probability()));
                shown.add(dim + "=" + m.group(g) + " " + new java.math.BigDecimal(m.group(g + 1)).setScale(decimals));
                g += 2;
            }
            if (!now.equals(shown)) {
                wrong.add("README line " + (i + 1) + ": shows " + shown + ", the pack gives " + now);
            }
            checked++;
        }
        assertTrue(checked >= atLeast, "expected " + what + ", found " + checked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void theSampleJsonLinesAreWhatThePackSays() throws IOException {
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher path = JSON_PATH.matcher(lines.get(i));
            if (!path.find()) {
                continue;
            }
            Labels l = classify(path.group(1), path.group(2));
            // the dimensions shown in full are on the next lines, each with its first features
            for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
                Matcher dim = JSON_DIM.matcher(lines.get(j));
                if (!dim.find()) {
                    continue;
                }
                Prediction p = l.require(dim.group(1));
                String now = p.label() + " " + four(p.probability());
                String shown = dim.group(2) + " " + plain(dim.group(3));
                if (!now.equals(shown)) {
                    wrong.add("README line " + (j + 1) + ": " + dim.group(1) + " shows " + shown + ", the pack gives " + now);
                }
                Matcher f = JSON_FEATURE.matcher(lines.get(j + 1));
                List<Contribution> why = p.explanation();
                for (int k = 0; f.find(); k++) {
                    String nowF = k < why.size() ? why.get(k).feature() + " " + four(why.get(k).weight()) : "(none)";
                    String shownF = f.group(1) + " " + plain(f.group(2));
                    if (!nowF.equals(shownF)) {
                        wrong.add("README line " + (j + 2) + ": feature " + (k + 1) + " shows " + shownF + ", the pack gives "
                                + nowF);
                    }
                }
                checked++;
            }
        }
        assertTrue(checked >= 2, "expected the README's sample JSON lines, found " + checked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void theFailedCheckSampleIsWhatThePackSays() throws IOException {
        assertRowsAreThePacks(CHECK_LINE, 2, 1, "the README's failed-check sample");
    }

    @Test
    void theNarratorCueConfidencesAreThePacks() {
        CueRule stance = ArticleClassifier.defaults().pack().cueRules().stream()
                .filter(r -> r.dimension().equals("stance")).findFirst().orElseThrow();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = CUE_CONFIDENCE.matcher(lines.get(i));
            if (m.find()) {
                assertEquals(m.group(1) + " " + lines.get(i + 1).trim().split(" ")[0],
                        two(stance.confidence().get("pro_serbia")) + " " + two(stance.confidence().get("pro_kosovo")),
                        "README lines " + (i + 1) + "-" + (i + 2) + ": the cue rules' confidences (pro_serbia, pro_kosovo)");
                return;
            }
        }
        throw new AssertionError("the README no longer gives the cue rules' confidences where this test looks");
    }
}

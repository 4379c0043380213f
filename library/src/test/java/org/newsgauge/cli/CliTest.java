package org.newsgauge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.testing.Corpus;

class CliTest {
    @TempDir
    static Path dir;
    static Path csv;
    static Path pack;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static Run runWithInput(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new java.io.ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void trainOnce() throws Exception {
        csv = Corpus.writeCsv(dir.resolve("train.csv"), 300, 1);
        pack = dir.resolve("model.ngpack");
        Run r = run("train", "--data", csv.toString(), "--text-column", "text", "--label-column", "topic",
                "--ordinal", "level=low,mid,high", "--output", pack.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("trained auto on 300 documents"), r.out);
        // under auto each dimension says which learner the held-out folds chose
        assertTrue(java.util.regex.Pattern.compile("(?m)^  topic\\s+(nbsvm|svm)\\s+held-out accuracy").matcher(r.out).find(), r.out);
        assertTrue(Files.size(pack) > 0);
    }

    @Test
    void evaluatePrintsTheDocumentedJson() throws Exception {
        Path test = Corpus.writeCsv(dir.resolve("test.csv"), 100, 2);
        Run r = run("evaluate", "--model", pack.toString(), "--data", test.toString(), "--json");
        assertEquals(0, r.code, r.err);
        JsonNode j = new ObjectMapper().readTree(r.out);
        assertTrue(j.get("topic").get("accuracy").asDouble() > 0.8, r.out);
        assertEquals(100, j.get("topic").get("n").asInt());
        assertTrue(j.get("level").has("mae") && j.get("level").has("within_one"));
        assertFalse(j.get("topic").has("mae"));
        Run table = run("evaluate", "--model", pack.toString(), "--data", test.toString());
        assertEquals(0, table.code);
        assertTrue(table.out.contains("macro-F1") && table.out.contains("within one step"), table.out);
        // rows of sport only: the other labels have no documents, so no recall (a dash, not a figure of 0)
        List<String> lines = Files.readAllLines(test);
        Path sportOnly = Files.write(dir.resolve("sport-only.csv"), java.util.stream.Stream.concat(lines.stream().limit(1),
                lines.stream().skip(1).filter(l -> l.contains(",sport,"))).toList());
        Run sport = run("evaluate", "--model", pack.toString(), "--data", sportOnly.toString());
        assertEquals(0, sport.code, sport.err);
        assertTrue(java.util.regex.Pattern.compile("(?m)^  markets +\\S+ +- +\\d\\.\\d{4} +0$").matcher(sport.out).find(), sport.out);
    }

    @Test
    void crossValidateReportsEveryDimension() throws Exception {
        Run r = run("cross-validate", "--data", csv.toString(), "--text-column", "text", "--label-column", "topic",
                "--ordinal", "level=low,mid,high", "--folds", "3", "--json");
        assertEquals(0, r.code, r.err);
        JsonNode j = new ObjectMapper().readTree(r.out);
        assertEquals(300, j.get("topic").get("n").asInt());
        assertTrue(j.get("topic").get("macro_f1").asDouble() > 0.8, r.out);
        // fold by fold too: three folds that hold every document once
        JsonNode folds = j.get("level").get("folds");
        assertEquals(3, folds.size());
        assertEquals(300, folds.get(0).get("n").asInt() + folds.get(1).get("n").asInt() + folds.get(2).get("n").asInt());
        assertTrue(folds.get(0).has("mae") && !j.get("topic").get("folds").get(0).has("mae"), r.out);
        double mean = (folds.get(0).get("macro_f1").asDouble() + folds.get(1).get("macro_f1").asDouble()
                + folds.get(2).get("macro_f1").asDouble()) / 3;
        assertEquals(mean, j.get("level").get("folds_macro_f1_mean").asDouble(), 2e-4);
        assertTrue(j.get("level").get("folds_macro_f1_sd").asDouble() >= 0, r.out);
        Run table = run("cross-validate", "--data", csv.toString(), "--text-column", "text", "--label-column", "topic",
                "--folds", "3");
        assertEquals(0, table.code, table.err);
        assertTrue(table.out.contains("  per fold: macro-F1 ") && table.out.contains("(mean ")
                && table.out.matches("(?s).*\\(1\\) markets +\\d+ +\\d+ +\\d+\n.*"), table.out);
    }

    @Test
    void compareShowsEachPackAndTheDifferenceFromTheBaseline() throws Exception {
        Path small = Corpus.writeCsv(dir.resolve("small.csv"), 30, 5);
        Path weak = dir.resolve("weak.ngpack");
        assertEquals(0, run("train", "--data", small.toString(), "--text-column", "text", "--label-column", "topic",
                "--ordinal", "level=low,mid,high", "--calibration-folds", "0", "--output", weak.toString()).code);
        Path test = Corpus.writeCsv(dir.resolve("compare-test.csv"), 200, 6);
        Run r = run("compare", "--data", test.toString(), "--json", pack.toString(), weak.toString());
        assertEquals(0, r.code, r.err);
        JsonNode j = new ObjectMapper().readTree(r.out);
        assertEquals("model.ngpack", j.get("baseline").asText());
        JsonNode evaluated = new ObjectMapper().readTree(run("evaluate", "--model", weak.toString(), "--data",
                test.toString(), "--json").out);
        assertEquals(evaluated, j.get("packs").get("weak.ngpack"));
        JsonNode d = j.get("differences").get("weak.ngpack").get("level");
        assertEquals(d.get("macro_f1").asDouble(), evaluated.get("level").get("macro_f1").asDouble()
                - j.get("packs").get("model.ngpack").get("level").get("macro_f1").asDouble(), 2e-4);
        assertTrue(d.has("mae") && d.get("macro_f1_ci").size() == 2, d.toString());
        Path changed = dir.resolve("changed.csv");
        Run withRows = run("compare", "--data", test.toString(), "--disagreements", changed.toString(), pack.toString(),
                weak.toString());
        assertEquals(0, withRows.code, withRows.err);
        List<String> rows = Files.readAllLines(changed);
        assertEquals("id,dimension,truth,model.ngpack,weak.ngpack", rows.get(0));
        // each row names a row and dimension on which the two packs predict different labels
        assertTrue(rows.size() > 1, rows.toString());
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            assertTrue(f.length == 5 && !f[3].equals(f[4]) && (f[1].equals("topic") || f[1].equals("level")), row);
        }
        Run table = run("compare", "--data", test.toString(), "--label-column", "topic", pack.toString(), weak.toString());
        assertEquals(0, table.code, table.err);
        assertTrue(table.out.contains("200 rows of") && table.out.contains("weak.ngpack - model.ngpack: accuracy ")
                && table.out.contains("McNemar p = ") && !table.out.contains("level"), table.out);
        Run one = run("compare", "--data", test.toString(), pack.toString());
        assertEquals(2, one.code);
        assertTrue(one.err.contains("compare needs two packs or more"), one.err);
        Run missing = run("compare", "--data", test.toString(), pack.toString(), dir.resolve("nope.ngpack").toString());
        assertEquals(2, missing.code);
        assertTrue(missing.err.contains("nope.ngpack"), missing.err);
        Run same = run("compare", "--data", test.toString(), pack.toString(), dir.resolve(".").resolve("model.ngpack").toString());
        assertEquals(2, same.code);
        assertTrue(same.err.contains("are the same file; compare different packs"), same.err);
        // a folder per label labels one dimension: the first the packs share (both have topic and level)
        Path folder = dir.resolve("compare-folder");
        java.util.Map<String, String> prose = java.util.Map.of(
                "sport", "The coach praised the players after the match, and the league season goes on next week.",
                "markets", "Shares rose as the bank reported a profit and investors cheered the bond prices and the trade deal.",
                "weather", "Heavy rain and strong wind are in the forecast, and the storm may bring snow and floods tonight.");
        for (var e : prose.entrySet()) {
            Files.createDirectories(folder.resolve(e.getKey()));
            for (int i = 0; i < 5; i++) {
                Files.writeString(folder.resolve(e.getKey()).resolve(i + ".txt"), "Report " + i + ". " + e.getValue());
            }
        }
        Run byFolder = run("compare", "--data", folder.toString(), "--json", pack.toString(), weak.toString());
        assertEquals(0, byFolder.code, byFolder.err);
        JsonNode f = new ObjectMapper().readTree(byFolder.out);
        assertEquals(15, f.get("n").asInt());
        assertTrue(f.get("differences").get("weak.ngpack").has("topic") && !f.get("differences").get("weak.ngpack").has("level"),
                byFolder.out);
        assertTrue(f.get("differences").get("weak.ngpack").get("topic").has("verdict"), byFolder.out);
        Run folderColumns = run("compare", "--data", folder.toString(), "--text-column", "body", pack.toString(), weak.toString());
        assertEquals(2, folderColumns.code, folderColumns.out);
        assertTrue(folderColumns.err.contains("is a folder per label: its files are the texts, so text columns (body) do not"
                + " apply"), folderColumns.err);
    }

    @Test
    void mistakesThatWouldTrainAUselessPackOrWriteNowhereAreRefused() throws Exception {
        Path out = dir.resolve("refused.ngpack");
        Run zero = run("train", "--data", csv.toString(), "--label-column", "topic", "--char-ngrams", "0-3", "--output", out.toString());
        assertEquals(2, zero.code);
        assertTrue(zero.err.contains("--char-ngrams takes auto, off or MIN-MAX"), zero.err);
        Run grouped = run("train", "--data", csv.toString(), "--label-column", "topic", "--group-column", "topic",
                "--output", out.toString());
        assertEquals(2, grouped.code);
        assertTrue(grouped.err.contains("group column 'topic' is also a label column"), grouped.err);
        Path coded = Files.writeString(dir.resolve("coded.csv"), Files.readString(csv).replaceFirst("id,", "code,"));
        Run ids = run("train", "--data", coded.toString(), "--label-column", "code", "--output", out.toString());
        assertEquals(2, ids.code);
        assertTrue(ids.err.contains("has a label of its own in 'code' (300 labels for 300 rows): is it the label column?"), ids.err);
        Path renamed = Files.writeString(dir.resolve("path-dim.csv"), Files.readString(csv).replaceFirst("topic", "path"));
        Run reserved = run("train", "--data", renamed.toString(), "--label-column", "path", "--output", out.toString());
        assertEquals(2, reserved.code);
        assertTrue(reserved.err.contains("dimension 'path' of ") && reserved.err.contains("has the name of a column of the reports"),
                reserved.err);
        Path upper = Files.writeString(dir.resolve("language-dim.csv"), Files.readString(csv).replaceFirst("topic", "Language"));
        Run reservedInAnyCase = run("train", "--data", upper.toString(), "--label-column", "Language", "--output", out.toString());
        assertEquals(2, reservedInAnyCase.code);
        assertTrue(reservedInAnyCase.err.contains("dimension 'Language' of "), reservedInAnyCase.err);
        Path twice = Files.writeString(dir.resolve("two-cases.csv"), Files.readString(csv).replaceFirst("topic,level", "topic,Topic"));
        Run sameInAnyCase = run("train", "--data", twice.toString(), "--label-column", "topic", "--label-column", "Topic",
                "--output", out.toString());
        assertEquals(2, sameInAnyCase.code);
        assertTrue(sameInAnyCase.err.contains("dimensions 'topic' and 'Topic' of ") && sameInAnyCase.err.contains("would share the report column 'Topic'"),
                sameInAnyCase.err);
        assertFalse(Files.exists(out));
        Path aFile = Files.writeString(dir.resolve("plain-file"), "x");
        Run under = run("train", "--data", csv.toString(), "--label-column", "topic", "--calibration-folds", "0",
                "--output", aFile.resolve("p.ngpack").toString());
        assertEquals(2, under.code);
        assertTrue(under.err.contains("plain-file: is a file, not a folder"), under.err);
        Run noOutput = run("train", "--data", csv.toString());
        assertEquals(2, noOutput.code);
        assertTrue(noOutput.err.startsWith("error: Missing required"), noOutput.err);
    }

    @Test
    void classifyPrintsTheFirstWarningsOfEachKindAndCountsTheRest(@TempDir Path dir) throws Exception {
        int empty = ClassifyCommand.WARNINGS_SHOWN + 5;
        for (int i = 0; i < empty; i++) {
            Files.writeString(dir.resolve(String.format("e%02d.txt", i)), "");
        }
        Files.writeString(dir.resolve("story.txt"), "The coach and the players scored a goal in the stadium.");
        Run r = run("classify", "--model", pack.toString(), "--format", "csv", dir.toString());
        assertEquals(0, r.code(), r.err());
        long shown = r.err().lines().filter(l -> l.startsWith("warning: " + dir.resolve("e"))).count();
        assertEquals(ClassifyCommand.WARNINGS_SHOWN, shown, r.err());
        assertTrue(r.err().contains("warning: 5 more 'empty' warnings not shown (every document's warnings are in the"
                + " report; --all-warnings prints them here)"), r.err());
        // nothing is lost: the report has every document's warning
        assertEquals(empty, r.out().lines().filter(l -> l.endsWith(",the document is empty")).count(), r.out());
        Run all = run("classify", "--model", pack.toString(), "--format", "csv", "--all-warnings", dir.toString());
        assertEquals(empty, all.err().lines().filter(l -> l.startsWith("warning: " + dir.resolve("e"))).count(), all.err());
        assertTrue(!all.err().contains("more 'empty' warnings"), all.err());
        // a table keeps only the codes: it says where the messages are
        Run table = run("classify", "--model", pack.toString(), dir.toString());
        assertTrue(table.err().contains("warning: 5 more 'empty' warnings not shown (the table shows their code; --format"
                + " csv, jsonl or html keeps every message; --all-warnings prints them here)"), table.err());
    }

    @Test
    void evaluateWithoutAModelUsesTheDefaultPack() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(getClass().getResource("/org/newsgauge/default.ngpack") != null,
                "SKIPPED: built without the default pack (-Dnewsgauge.skipDefaultPack=true)");
        Run r = run("evaluate", "--data", "../training-data/holdout.csv", "--json");
        assertEquals(0, r.code, r.err);
        JsonNode j = new ObjectMapper().readTree(r.out);
        assertEquals(116, j.get("stance").get("n").asInt());
        assertTrue(j.get("tension").has("within_one"), r.out);
        Run compared = run("compare", "--data", "../training-data/holdout.csv", "--with-default", "--label-column", "stance",
                "--json", pack.toString());
        // the built-in pack is the baseline; the test pack has no stance dimension, and the error says so
        assertEquals(2, compared.code, compared.out);
        assertTrue(compared.err.contains("pack model.ngpack has no dimension 'stance'"), compared.err);
        Run info = run("info");
        assertEquals(0, info.code, info.err);
        assertTrue(info.out.contains("read as quoted: office for kosovo and metohija;")
                && info.out.contains("prior shift (log, to the expected real mix): neutral +")
                && info.out.contains("analyzer: word 1-2-grams, quotes marked (q:), sublinear TF-IDF, min count 2;"), info.out);
    }

    @Test
    void crossValidateTakesASpecLikeTrainWithoutItsPriors() throws Exception {
        Path spec = Files.writeString(dir.resolve("cv-spec.json"), "{\"data\": \"" + csv.getFileName() + "\","
                + " \"text_columns\": [\"text\"], \"nominal\": [\"topic\"], \"ordinal\": {\"level\": [\"low\", \"mid\", \"high\"]},"
                + " \"priors\": {\"topic\": {\"sport\": 0.9}}}");
        Run bySpec = run("cross-validate", "--spec", spec.toString(), "--folds", "3", "--json");
        assertEquals(0, bySpec.code, bySpec.err);
        Run byData = run("cross-validate", "--data", csv.toString(), "--text-column", "text", "--label-column", "topic",
                "--ordinal", "level=low,mid,high", "--folds", "3", "--json");
        // the same data and settings: the same figures (the spec's prior, which would move them, is left out)
        assertEquals(new ObjectMapper().readTree(byData.out), new ObjectMapper().readTree(bySpec.out));
        Run both = run("cross-validate", "--spec", spec.toString(), "--data", csv.toString(), "--folds", "3");
        assertEquals(2, both.code, both.err);
        // a --seed given on the command line wins over the spec's (42 when it has none)
        Path seeded = dir.resolve("seeded.ngpack");
        assertEquals(0, run("train", "--spec", spec.toString(), "--seed", "7", "--calibration-folds", "0",
                "--output", seeded.toString()).code);
        assertTrue(run("info", seeded.toString()).out.contains(", seed 7,"));
    }

    @Test
    void classWeightIsNoneByDefaultTheSpecsWhenItSaysAndTheCommandLinesOverBoth() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain-spec.json"), "{\"data\": \"" + csv.getFileName() + "\","
                + " \"text_columns\": [\"text\"], \"nominal\": [\"topic\"]}");
        Path weighed = Files.writeString(dir.resolve("weighed-spec.json"), "{\"data\": \"" + csv.getFileName() + "\","
                + " \"text_columns\": [\"text\"], \"nominal\": [\"topic\"], \"class_weight\": \"balanced\"}");
        String[][] cases = {
                {plain.toString(), null, "class_weight=none"},
                {weighed.toString(), null, "class_weight=balanced"},
                {weighed.toString(), "none", "class_weight=none"},
                {plain.toString(), "balanced", "class_weight=balanced"}};
        for (String[] c : cases) {
            Path out = dir.resolve("weights.ngpack");
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("train", "--spec", c[0],
                    "--algorithm", "svm", "--c", "1", "--calibration-folds", "0", "--output", out.toString()));
            if (c[1] != null) {
                args.addAll(java.util.List.of("--class-weight", c[1]));
            }
            Run r = run(args.toArray(String[]::new));
            assertEquals(0, r.code, r.err);
            Run info = run("info", out.toString());
            assertTrue(info.out.contains(c[2]), java.util.Arrays.toString(c) + ": " + info.out);
        }
        Run bad = run("train", "--spec", plain.toString(), "--class-weight", "even", "--output", dir.resolve("x.ngpack").toString());
        assertEquals(2, bad.code);
        assertTrue(bad.err.contains("--class-weight takes balanced or none, not 'even'"), bad.err);
    }

    @Test
    void stopWordsFromTheCommandLineAndTheSpecMakeNoFeatureAndInfoListsThem() throws Exception {
        Path spec = Files.writeString(dir.resolve("stop-spec.json"), "{\"data\": \"" + csv.getFileName() + "\","
                + " \"text_columns\": [\"text\"], \"nominal\": [\"topic\"], \"stop_words\": [\"Bank\"]}");
        Path stopped = dir.resolve("stopped.ngpack");
        Run train = run("train", "--spec", spec.toString(), "--stop-word", "shares", "--calibration-folds", "0",
                "--output", stopped.toString());
        assertEquals(0, train.code, train.err);
        Run info = run("info", stopped.toString());
        assertTrue(info.out.contains("stop words (no features): shares, bank"), info.out);
        java.util.List<String> names = org.newsgauge.model.PackReader.read(stopped).features().names();
        assertTrue(names.stream().noneMatch(n -> java.util.List.of(n.replace("q:", "").split(" ")).contains("bank")), names.toString());
        assertTrue(names.stream().noneMatch(n -> java.util.List.of(n.replace("q:", "").split(" ")).contains("shares")),
                "the command line's stop word too: " + names);
        assertTrue(names.contains("profit"), names.toString());
        Run two = run("train", "--data", csv.toString(), "--label-column", "topic", "--stop-word", "Kosovo's",
                "--output", dir.resolve("x.ngpack").toString());
        assertEquals(2, two.code);
        assertTrue(two.err.contains("--stop-word: a stop word is one word as the tokenizer splits text; 'Kosovo's' is 2"), two.err);
    }

    @Test
    void trainBySpecAppliesItsNarratorCuesAndInfoListsThem() throws Exception {
        Path spec = Files.writeString(dir.resolve("cue-spec.json"), "{\"data\": \"" + csv.getFileName() + "\","
                + " \"text_columns\": [\"text\"], \"nominal\": [\"topic\"],"
                + " \"narrator_cues\": {\"topic\": {\"weather\": [\"heavy rain warning\"]}}}");
        Path cued = dir.resolve("cued.ngpack");
        assertEquals(0, run("train", "--spec", spec.toString(), "--calibration-folds", "0", "--output", cued.toString()).code);
        Run info = run("info", cued.toString());
        // the corpus never uses the term: the rule decided no training document, and info must not
        // say it was right on half of them; the confidence is the smoothed (right + 1) / (decided + 2)
        assertTrue(info.out.contains("narrator cues for weather (confidence 0.50, (right + 1) / (decided + 2) on the training"
                + " documents): heavy rain warning"), info.out);
        Path doc = Files.writeString(dir.resolve("cue.txt"), "Shares and bond prices rose as investors cheered the bank profit. "
                + "Heavy rain warning issued for the city.");
        Run r = run("classify", "--model", cued.toString(), "--raw", "--format", "jsonl", doc.toString());
        assertEquals(0, r.code, r.err);
        JsonNode topic = new ObjectMapper().readTree(r.out.lines().findFirst().orElseThrow()).get("topic");
        assertEquals("narrator: heavy rain warning", topic.get("explanation").get(0).get("feature").asText(), r.out);
    }

    @Test
    void evaluateOnACsvWithoutTheDimensionsColumnSaysHowToFixIt() throws Exception {
        Path other = Files.writeString(dir.resolve("label-named.csv"), "text,label\n\"The coach praised the players.\",sport\n");
        Run r = run("evaluate", "--model", pack.toString(), "--data", other.toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains("no column 'topic'; the header has: text, label. The pack reads each of its dimensions"
                + " (topic, level) from a column named as it: name the column a dimension's labels are in (CLI"
                + " --label-column DIM=COLUMN"), r.err);
        // which works
        Run named = run("evaluate", "--model", pack.toString(), "--data", other.toString(), "--label-column", "topic=label");
        assertEquals(0, named.code, named.err);
        assertTrue(named.out.contains("topic"), named.out);
    }

    @Test
    void classifyTakesTheFormatFromTheOutputFileAndRefusesAMismatch() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("format-docs"));
        Files.writeString(docs.resolve("one.txt"), "The coach praised the players after the match in the stadium. The league season goes on next week.");
        Path csvOut = dir.resolve("by-name.csv");
        Run c = run("classify", "--model", pack.toString(), "--output", csvOut.toString(), docs.toString());
        assertEquals(0, c.code, c.err);
        assertEquals("path,topic,topic_p,level,level_p,language,warnings", Files.readAllLines(csvOut).get(0));
        Path jsonlOut = dir.resolve("by-name.JSONL");
        Run j = run("classify", "--model", pack.toString(), "--output", jsonlOut.toString(), docs.toString());
        assertEquals(0, j.code, j.err);
        assertEquals("sport", new ObjectMapper().readTree(Files.readAllLines(jsonlOut).get(0)).get("topic").get("label").asText());
        Path txtOut = dir.resolve("by-name.txt");
        Run t = run("classify", "--model", pack.toString(), "--output", txtOut.toString(), docs.toString());
        assertEquals(0, t.code, t.err);
        assertTrue(Files.readAllLines(txtOut).get(0).startsWith("document "), Files.readString(txtOut));

        Path mismatch = dir.resolve("mismatch.csv");
        Run m = run("classify", "--model", pack.toString(), "--format", "jsonl", "--output", mismatch.toString(), docs.toString());
        assertEquals(2, m.code, m.err);
        assertTrue(m.err.contains("is named as csv but --format is jsonl"), m.err);
        assertFalse(Files.exists(mismatch));
    }

    @Test
    void classifyWritesCsvJsonlAndTable() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs/sub"));
        Files.writeString(docs.resolve("one.txt"), "The coach praised the players after the match in the stadium. The league season goes on next week.");
        Files.writeString(docs.getParent().resolve("two.md"), "# Markets\n\nShares and bond prices rose as investors cheered the bank profit. Trade in the tariff row eased, and the bank said profit would grow.");
        Files.writeString(docs.getParent().resolve("ignored.pdf"), "not a document type we read");
        Path out = dir.resolve("report.csv");
        Run r = run("classify", "--model", pack.toString(), "--format", "csv", "--output", out.toString(),
                docs.getParent().toString());
        assertEquals(0, r.code, r.err);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("path,topic,topic_p,level,level_p,language,warnings", lines.get(0));
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(1).contains("one.txt") && lines.get(1).contains(",sport,"), lines.get(1));
        assertTrue(lines.get(2).contains("two.md") && lines.get(2).contains(",markets,"), lines.get(2));

        Run jsonl = run("classify", "--model", pack.toString(), "--format", "jsonl", docs.toString());
        assertEquals(0, jsonl.code, jsonl.err);
        JsonNode j = new ObjectMapper().readTree(jsonl.out.lines().findFirst().orElseThrow());
        assertEquals("sport", j.get("topic").get("label").asText());
        assertTrue(j.get("topic").get("explanation").size() > 0);
        assertTrue(j.get("level").get("distribution").has("high"));

        Path html = dir.resolve("report.html");
        Run page = run("classify", "--model", pack.toString(), "--format", "html", "--output", html.toString(), docs.toString());
        assertEquals(0, page.code, page.err);
        String htmlText = Files.readString(html);
        assertTrue(htmlText.contains("one.txt") && htmlText.contains("sport") && !htmlText.contains("src=\"http"), "self-contained");

        Run table = run("classify", "--model", pack.toString(), "--raw", docs.toString());
        assertEquals(0, table.code, table.err);
        assertTrue(table.out.contains("sport ("), table.out);
    }

    @Test
    void classifyTableShowsEveryWarningCode() throws Exception {
        // a page cut at the 2 MB cap that then holds no article: the table must say both, or the
        // reader sees "truncated" and no reason for the missing labels
        Path docs = Files.createDirectories(dir.resolve("table-warnings"));
        StringBuilder rows = new StringBuilder("<html><body><table>");
        while (rows.length() < 2_200_000) {
            rows.append("<tr><td>").append(rows.length()).append("</td></tr>");
        }
        Files.writeString(docs.resolve("huge-table.html"), rows.append("</table></body></html>"));
        Run r = run("classify", "--model", pack.toString(), docs.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("[truncated, no-article]"), r.out);
    }

    @Test
    void cleanAndInfoWork() throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><title>Match report</title></head><body><nav><a href='/'>Home</a> <a href='/s'>Sport</a></nav>"
                + "<article><h1>Match report</h1><p>The coach praised the players after a long and difficult match in the "
                + "old stadium on Saturday, saying the team had finally found its rhythm after weeks of poor results.</p>"
                + "<p>Fans stayed in the stands long after the final whistle, singing and waving scarves, while the players "
                + "walked a lap of honour around the pitch.</p></article><footer>Copyright 2024</footer></body></html>");
        Run clean = run("clean", page.toString());
        assertEquals(0, clean.code, clean.err);
        assertTrue(clean.out.contains("coach praised"), clean.out);
        assertFalse(clean.out.contains("Copyright"), clean.out);
        Run csvClean = run("clean", csv.toString());
        assertEquals(2, csvClean.code, csvClean.err);
        assertTrue(csvClean.err.contains(csv + ": clean takes one document") && csvClean.out.isEmpty(), csvClean.err);
        Run explain = run("clean", "--explain", page.toString());
        assertEquals(0, explain.code, explain.err);
        assertTrue(explain.out.contains("KEEP") && explain.out.contains("drop"), explain.out);
        // the headline clean prints first is marked kept, not dropped
        assertTrue(clean.out.startsWith("Match report"), clean.out);
        assertTrue(java.util.regex.Pattern.compile("(?m)^KEEP h1\\s+\\(title\\)\\s+Match report$").matcher(explain.out).find(),
                explain.out);
        Run info = run("info", pack.toString());
        assertEquals(0, info.code, info.err);
        assertTrue(info.out.contains("dimension level (ordinal, cumulative): low, mid, high"), info.out);
        assertTrue(info.out.contains("train.csv (300 documents"), info.out);
    }

    @Test
    void infoShowsTheChoicesOfTheFoldsAndTheOtherParametersApart() throws Exception {
        org.newsgauge.model.ModelPack p = org.newsgauge.model.PackReader.read(pack);
        org.newsgauge.model.Provenance v = p.provenance();
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("balanced", true);
        params.put("learner.topic", "svm");
        params.put("C.topic", 0.5);
        params.put("learner.topic.held_out", "macro_f1 nbsvm C=0.25: 0.9000, svm C=0.5: 0.9100");
        params.put("C.level", 1.0);
        params.put("C.level.held_out", "mae C=1: 0.3000, C=2: 0.3100");
        params.put("calibration_folds_fitted.level", 2);
        params.put("features.held_out", "macro_f1 words: 0.9000, words + chars 2-5: 0.8900");
        Path chosen = dir.resolve("chosen.ngpack");
        org.newsgauge.model.PackWriter.write(new org.newsgauge.model.ModelPack(p.features(), p.dimensions(),
                new org.newsgauge.model.Provenance(v.libraryVersion(), "auto", params, v.seed(), v.calibrationFolds(),
                        v.trainingSource(), v.trainingSha256(), v.documents(), v.textColumns(), null)), chosen);
        Run info = run("info", chosen.toString());
        assertEquals(0, info.code, info.err);
        List<String> lines = info.out.lines().filter(l -> l.startsWith("    ") || l.contains(" on the folds ")
                || l.startsWith("  other")).toList();
        assertEquals(List.of(
                "    learner svm, C 0.5",
                "    chosen on the folds by macro_f1 nbsvm C=0.25: 0.9000, svm C=0.5: 0.9100",
                "    learner auto, C 1.0",
                "    chosen on the folds by mae C=1: 0.3000, C=2: 0.3100",
                "    calibration folds fitted: 2",
                "  analyzer chosen on the folds by macro_f1 words: 0.9000, words + chars 2-5: 0.8900",
                "  other parameters {balanced=true}"), lines, info.out);
    }

    @Test
    void trainsWithNbsvmAndTheCardSaysSo() throws Exception {
        Path nb = dir.resolve("nb.ngpack");
        Run r = run("train", "--data", csv.toString(), "--text-column", "text", "--label-column", "topic",
                "--algorithm", "nbsvm", "--c", "1", "--output", nb.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("trained nbsvm on 300 documents"), r.out);
        Run info = run("info", nb.toString());
        assertEquals(0, info.code, info.err);
        assertTrue(info.out.contains("nbsvm") && info.out.contains("nb_smoothing"), info.out);
        Path test = Corpus.writeCsv(dir.resolve("nbtest.csv"), 100, 3);
        Run eval = run("evaluate", "--model", nb.toString(), "--data", test.toString(), "--json");
        assertEquals(0, eval.code, eval.err);
        assertTrue(new ObjectMapper().readTree(eval.out).get("topic").get("accuracy").asDouble() > 0.8, eval.out);
    }

    @Test
    void oneDimensionGetsItsOwnLearnerAndTheTrainLineSaysWhich() throws Exception {
        Path p = dir.resolve("own.ngpack");
        Run r = run("train", "--data", csv.toString(), "--text-column", "text", "--label-column", "topic",
                "--label-column", "level", "--algorithm", "level=liblinear", "--output", p.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("trained auto (level: liblinear) on 300 documents"), r.out);
        assertTrue(r.out.lines().anyMatch(l -> l.strip().startsWith("level") && l.contains("liblinear")), r.out);
        assertTrue(r.out.lines().anyMatch(l -> l.strip().startsWith("topic") && !l.contains("liblinear")), r.out);
        Run info = run("info", p.toString());
        assertTrue(info.out.contains("learner liblinear, C ") && info.out.contains("(this dimension's own algorithm, liblinear; the others': auto)"), info.out);
        for (String[] bad : new String[][] {{"level=xgboost", "unknown --algorithm 'level=xgboost'"},
                {"=svm", "names no dimension; give DIM=NAME such as stance=nbsvm"},
                {"level=smile-maxent", "--algorithm level=smile-maxent: dimension 'level' cannot use smile-maxent"},
                {"stance=svm", "--algorithm names dimension 'stance', which the data does not label (dimensions: topic, level)"}}) {
            Run e = run("train", "--data", csv.toString(), "--text-column", "text", "--label-column", "topic",
                    "--label-column", "level", "--algorithm", bad[0], "--output", dir.resolve("x").toString());
            assertEquals(2, e.code, e.err);
            assertTrue(e.err.contains(bad[1]), e.err);
        }
    }

    @Test
    void algorithmsGivenOnTheCommandLineWinOverASpecsAndAreGivenOnceEach() throws Exception {
        Path spec = Files.writeString(dir.resolve("algos.json"), "{\"data\": \"" + csv.getFileName() + "\","
                + " \"text_columns\": [\"text\"], \"nominal\": [\"topic\", \"level\"],"
                + " \"algorithms\": {\"level\": \"liblinear\"}}");
        String[][] cases = {
                {},                                   // the spec's: level liblinear, topic auto
                {"--algorithm", "svm"},               // a plain NAME is for every dimension: level svm too
                {"--algorithm", "topic=NBSVM"},       // one dimension's, in any case; the spec's level kept
        };
        String[][] expected = {{"liblinear", null}, {"svm", "svm"}, {"liblinear", "nbsvm"}};
        for (int i = 0; i < cases.length; i++) {
            Path p = dir.resolve("algos" + i + ".ngpack");
            List<String> args = new java.util.ArrayList<>(List.of("train", "--spec", spec.toString(), "--output", p.toString()));
            args.addAll(List.of(cases[i]));
            Run r = run(args.toArray(String[]::new));
            assertEquals(0, r.code, r.err);
            var provenance = org.newsgauge.model.PackReader.read(p).provenance();
            assertEquals(expected[i][0], provenance.learner("level"), String.join(" ", cases[i]));
            if (expected[i][1] != null) {
                assertEquals(expected[i][1], provenance.learner("topic"), String.join(" ", cases[i]));
            } else {
                assertTrue(List.of("nbsvm", "svm").contains(provenance.learner("topic")), "auto's choice: " + provenance.learner("topic"));
            }
        }
        for (String[] twice : new String[][] {{"svm", "nbsvm", "--algorithm is given twice without a dimension (svm, nbsvm)"},
                {"topic=svm", "topic=nbsvm", "--algorithm gives dimension 'topic' twice (svm, nbsvm); give it once"}}) {
            Run e = run("train", "--spec", spec.toString(), "--output", dir.resolve("x").toString(),
                    "--algorithm", twice[0], "--algorithm", twice[1]);
            assertEquals(2, e.code, e.err);
            assertTrue(e.err.contains(twice[2]), e.err);
        }
        Run misspelt = run("cross-validate", "--spec", spec.toString(), "--folds", "3", "--algorithm", "levle=svm");
        assertEquals(2, misspelt.code, misspelt.err);
        assertTrue(misspelt.err.contains("--algorithm names dimension 'levle', which " + spec + " does not label"
                + " (dimensions: topic, level)"), misspelt.err);
    }

    @Test
    void cleanWarnsOfNoArticleWithAndWithoutExplain() throws Exception {
        for (String end : new String[] {"\n", "", "\r\n", "\n\n"}) {
            Path menu = dir.resolve("menu.txt");
            Files.writeString(menu, "Home | News | Sport\nPolitics | Economy | World\nContact | About us" + end);
            Run clean = run("clean", menu.toString());
            assertEquals(0, clean.code, clean.err);
            assertTrue(clean.err.contains("warning: " + menu + ": no article text found"), clean.err);
            Run explain = run("clean", "--explain", menu.toString());
            assertEquals(0, explain.code, explain.err);
            assertTrue(explain.out.contains("drop") && !explain.out.contains("KEEP"), explain.out);
            assertTrue(explain.err.contains("warning: " + menu + ": no article text found"), explain.err);
        }
    }

    @Test
    void badInputExitsWithTwoAndNamesTheProblem() throws Exception {
        Run missing = run("train", "--data", dir.resolve("nope.csv").toString(), "--output", dir.resolve("x").toString());
        assertEquals(2, missing.code);
        assertTrue(missing.err.contains("nope.csv") && missing.err.contains("not found"), missing.err);

        Run column = run("train", "--data", csv.toString(), "--text-column", "body", "--output", dir.resolve("x").toString());
        assertEquals(2, column.code);
        assertTrue(column.err.contains("no column 'body'"), column.err);

        Path spec = Files.writeString(dir.resolve("spec.json"), "{\"data\": \"" + csv.getFileName() + "\"}");
        for (List<String> command : List.of(List.of("train", "--output", dir.resolve("x").toString()),
                List.of("cross-validate", "--folds", "3"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--data", spec.toString()));
            Run asData = run(args.toArray(String[]::new));
            assertEquals(2, asData.code, asData.err);
            assertTrue(asData.err.contains("spec.json") && asData.err.contains("--spec " + spec), asData.err);
        }

        Run algo = run("train", "--data", csv.toString(), "--text-column", "text", "--label-column", "topic",
                "--algorithm", "xgboost", "--output", dir.resolve("x").toString());
        assertEquals(2, algo.code);
        assertTrue(algo.err.contains("unknown --algorithm 'xgboost'"), algo.err);

        for (String[] bad : new String[][] {{"--c", "-1"}, {"--c", "lots"}, {"--char-ngrams", "two"},
                {"--char-ngrams", "-"}, {"--char-ngrams", "3-9"}}) {
            Run setting = run("train", "--data", csv.toString(), "--text-column", "text", "--label-column", "topic",
                    bad[0], bad[1], "--output", dir.resolve("x").toString());
            assertEquals(2, setting.code, String.join(" ", bad));
            assertTrue(setting.err.contains(bad[0]) && setting.err.contains(bad[1]), setting.err);
        }

        Run usage = run("train");
        assertEquals(2, usage.code);
        assertTrue(usage.err.contains("Missing required"), usage.err);

        Path badPack = Files.writeString(dir.resolve("bad.ngpack"), "not a zip");
        Run bad = run("classify", "--model", badPack.toString(),
                Files.writeString(dir.resolve("for-bad-pack.txt"), "Kosovo police closed the crossing.").toString());
        assertEquals(2, bad.code);
        assertTrue(bad.err.contains("bad.ngpack"), bad.err);

        Run nothing = run("classify", "--model", pack.toString(), dir.resolve("nothing-here").toString());
        assertEquals(2, nothing.code);
        assertTrue(nothing.err.contains("nothing-here"), nothing.err);
    }

    @Test
    void classifyRefusesACacheFileThatIsNotACache() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("cachedocs"));
        Files.writeString(docs.resolve("one.txt"), "The coach praised the players after the match in the stadium.");
        Path results = Files.writeString(dir.resolve("results.csv"), "path,topic\none.txt,sport\n");
        Run r = run("classify", "--model", pack.toString(), "--cache", results.toString(), docs.toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains(results + ": is not a newsgauge cache; choose another file"), r.err);
        assertEquals("path,topic\none.txt,sport\n", Files.readString(results));
        assertEquals("", r.out, "refused before the work");
    }

    @Test
    void classifyFollowsALinkedFolderAndWarnsOfALoop() throws Exception {
        Path real = Files.createDirectories(dir.resolve("linked/real"));
        Files.writeString(real.resolve("one.txt"), "The coach praised the players after the match in the stadium.");
        Path link = Files.createSymbolicLink(dir.resolve("linked/link"), real);
        Run named = run("classify", "--model", pack.toString(), link.toString());
        assertEquals(0, named.code, named.err);
        assertTrue(named.out.contains("/one.txt "), named.out);
        Path loop = Files.createSymbolicLink(real.resolve("up"), real);
        Run looped = run("classify", "--model", pack.toString(), real.toString());
        assertEquals(0, looped.code, looped.err);
        assertTrue(looped.err.contains("warning: " + loop + ": symbolic link loop"), looped.err);
        assertTrue(looped.out.contains("/one.txt "), looped.out);
    }

    @Test
    void aFolderWhereAFileIsWantedIsRefusedBeforeTheWork() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Path docs = Files.createDirectories(dir.resolve("folderdocs"));
        Files.writeString(docs.resolve("one.txt"), "The coach praised the players after the match in the stadium.");
        String[][] commands = {
            {"classify", "--model", pack.toString(), "--output", folder.toString(), docs.toString()},
            {"classify", "--model", pack.toString(), "--cache", folder.toString(), docs.toString()},
            {"train", "--data", csv.toString(), "--text-column", "text", "--label-column", "topic", "--output", folder.toString()},
            {"info", folder.toString()},
            {"classify", "--model", folder.toString(), docs.toString()},
            {"evaluate", "--model", folder.toString(), "--data", csv.toString()},
            {"clean", folder.toString()}};
        for (String[] c : commands) {
            Run r = run(c);
            assertEquals(2, r.code, String.join(" ", c) + "\n" + r.err);
            assertTrue(r.err.startsWith("error: " + folder + ": is a folder") || r.err.startsWith("error: " + folder + " is a folder"),
                    r.err);
            assertEquals("", r.out, "refused before the work: " + String.join(" ", c));
        }
    }

    @Test
    void badThreadsAndNoCommandAreBadUsage() {
        for (String n : new String[] {"0", "-3"}) {
            Run r = run("classify", "--model", pack.toString(), "--threads", n, csv.toString());
            assertEquals(2, r.code, r.err);
            assertTrue(r.err.contains("--threads takes a number of at least 1, not " + n), r.err);
        }
        Run bare = run();
        assertEquals(2, bare.code);
        assertTrue(bare.err.contains("Usage: newsgauge"), bare.err);
        assertEquals("", bare.out);
        // a misspelt command or option is answered with the names it is nearest to
        Run command = run("evalute", "--model", pack.toString());
        assertEquals(2, command.code, command.err);
        assertTrue(command.err.contains("Did you mean") && command.err.contains("evaluate"), command.err);
        Run option = run("train", "--data", csv.toString(), "--text-colum", "text", "--output", "x.ngpack");
        assertEquals(2, option.code, option.err);
        assertTrue(option.err.contains("Possible solutions: --text-column"), option.err);
    }

    @Test
    void specMistakesExitTwoNamingTheFileAndTheFix() throws Exception {
        Path none = dir.resolve("none.json");
        Path cut = Files.writeString(dir.resolve("cut.json"), "{\"data\": \"train.csv\",\n \"text_columns\": [\"text\"");
        Path typo = Files.writeString(dir.resolve("typo.json"),
                "{\"data\": \"train.csv\", \"text_columns\": [\"text\"], \"nominals\": [\"topic\"]}");
        Path seed = Files.writeString(dir.resolve("seed.json"),
                "{\"data\": \"train.csv\", \"text_columns\": [\"text\"], \"nominal\": [\"topic\"], \"seed\": \"x\"}");
        for (String[] c : new String[][] {{none.toString(), "not found"}, {cut.toString(), "cut.json:2: not valid JSON"},
                {typo.toString(), "unknown key 'nominals' (keys: data, text_columns, nominal,"}, {seed.toString(), "'seed' is \"x\""}}) {
            Run r = run("train", "--spec", c[0], "--output", dir.resolve("spec.ngpack").toString());
            assertEquals(2, r.code, r.err);
            assertTrue(r.err.startsWith("error: " + c[0]) && r.err.contains(c[1]), r.err);
            assertFalse(r.err.contains("\tat "), r.err);
        }
        assertFalse(Files.exists(dir.resolve("spec.ngpack")));
        // a misspelt 'data' is said to be the spec's, with where it was looked for
        Path data = Files.writeString(dir.resolve("data.json"), "{\"data\": \"trian.csv\", \"text_columns\": [\"text\"],"
                + " \"nominal\": [\"topic\"]}");
        Run missing = run("train", "--spec", data.toString(), "--output", dir.resolve("spec.ngpack").toString());
        assertEquals(2, missing.code, missing.err);
        assertTrue(missing.err.contains(dir.resolve("trian.csv") + ": not found: the pack spec's 'data' names it"), missing.err);
    }

    @Test
    void csvMistakesAndAFeaturelessCorpusExitTwo() throws Exception {
        Run id = run("train", "--data", csv.toString(), "--text-column", "text", "--label-column", "topic",
                "--id-column", "nosuch", "--output", dir.resolve("id.ngpack").toString());
        assertEquals(2, id.code, id.err);
        assertTrue(id.err.contains("no column 'nosuch'"), id.err);

        Path two = Files.writeString(dir.resolve("two.csv"), "text,label\nSerbia recalls envoy,politics\nFootball final tonight,sport\n");
        Run none = run("train", "--data", two.toString(), "--output", dir.resolve("none.ngpack").toString());
        assertEquals(2, none.code, none.err);
        assertTrue(none.err.contains("error: no features:") && none.err.contains("two.csv") && none.err.contains("--min-count"),
                none.err);
        assertFalse(Files.exists(dir.resolve("none.ngpack")));

        // the defaults looked for, and evaluate's DIM=COLUMN given to train: each says what to name
        Path own = Files.writeString(dir.resolve("own.csv"), "title,category\nSerbia recalls envoy,politics\n");
        Run noText = run("train", "--data", own.toString(), "--output", dir.resolve("own.ngpack").toString());
        assertEquals(2, noText.code, noText.err);
        assertTrue(noText.err.contains("no column 'text'") && noText.err.contains("the default, text, was looked for")
                && noText.err.contains("--text-column"), noText.err);
        Run noLabel = run("train", "--data", own.toString(), "--text-column", "title", "--output", dir.resolve("own.ngpack").toString());
        assertTrue(noLabel.err.contains("no column 'label'") && noLabel.err.contains("--label-column"), noLabel.err);
        Run mapped = run("train", "--data", own.toString(), "--text-column", "title", "--label-column", "topic=category",
                "--output", dir.resolve("own.ngpack").toString());
        assertEquals(2, mapped.code, mapped.err);
        assertTrue(mapped.err.contains("no column 'topic=category'") && mapped.err.contains("'topic=category' reads as"
                + " DIM=COLUMN, which is for evaluating"), mapped.err);

        // Excel's "sep=;" line before the header: named, with the fix
        Path sep = Files.writeString(dir.resolve("sep.csv"), "sep=;\ntext;label\nSerbia recalls envoy;politics\n");
        Run excel = run("train", "--data", sep.toString(), "--output", dir.resolve("sep.ngpack").toString());
        assertEquals(2, excel.code, excel.err);
        assertTrue(excel.err.contains("sep.csv:1: starts with 'sep=;', the separator line Excel writes before the header:"
                + " delete that line"), excel.err);
    }

    @Test
    void evaluateOnFoldersSaysWhichDimensionTheyLabel() throws Exception {
        Path tree = dir.resolve("levels");
        for (Corpus.Row row : Corpus.rows(30, 4)) {
            Files.writeString(Files.createDirectories(tree.resolve(row.level())).resolve(row.id() + ".txt"),
                    "It was said on the day that the people of the region and all of their officials were waiting for"
                            + " a report on what had happened in the city, and this is what it said: " + row.text());
        }
        Run wrong = run("evaluate", "--model", pack.toString(), "--data", tree.toString());
        assertEquals(2, wrong.code, wrong.err);
        assertTrue(wrong.err.startsWith("error: " + tree + ": the label folders are taken as labels of dimension 'topic', but "),
                wrong.err);
        assertTrue(wrong.err.contains("they are labels of dimension 'level': evaluate it with --label-column level"), wrong.err);
        assertFalse(wrong.err.contains("line 0"), wrong.err);
        Run right = run("evaluate", "--model", pack.toString(), "--data", tree.toString(), "--label-column", "level", "--json");
        assertEquals(0, right.code, right.err);
        assertEquals(30, new ObjectMapper().readTree(right.out).get("level").get("n").asInt());
    }

    @Test
    void evaluateOnFoldersChecksTheLabelFoldersBeforeReadingAnyDocument() throws Exception {
        Path tree = dir.resolve("unknown-label");
        // every document is empty, an error once read: the folders' labels must be refused first
        Files.writeString(Files.createDirectories(tree.resolve("sport")).resolve("a.txt"), "");
        Files.writeString(Files.createDirectories(tree.resolve("politics")).resolve("b.txt"), "");
        Run r = run("evaluate", "--model", pack.toString(), "--data", tree.toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.startsWith("error: " + tree + ": the label folders are taken as labels of dimension 'topic', but"
                + " 'politics' is not one of its labels (markets, sport, weather); "), r.err);
        assertFalse(r.err.contains("has no text"), r.err);
    }

    @Test
    void quotedNamesWithQuotesIgnoredAreAUsageError() throws Exception {
        Path out = dir.resolve("ignored-names.ngpack");
        for (List<String> command : List.of(List.of("train", "--output", out.toString()), List.of("cross-validate", "--folds", "3"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--data", csv.toString(), "--text-column", "text", "--label-column", "topic",
                    "--quoted-name", "Office for Kosovo and Metohija", "--quotes", "ignore"));
            Run r = run(args.toArray(String[]::new));
            assertEquals(2, r.code, command + ": " + r.err);
            assertTrue(r.err.startsWith("error: --quoted-name has no effect with --quotes ignore")
                    && r.err.contains("leave out --quoted-name"), r.err);
        }
        Path spec = Files.writeString(dir.resolve("names-spec.json"), "{\"data\": \"" + csv.getFileName() + "\","
                + " \"text_columns\": [\"text\"], \"nominal\": [\"topic\"], \"quoted_names\": [\"Office for Kosovo\"]}");
        Run bySpec = run("train", "--spec", spec.toString(), "--quotes", "ignore", "--output", out.toString());
        assertEquals(2, bySpec.code, bySpec.err);
        assertTrue(bySpec.err.startsWith("error: " + spec + ": 'quoted_names' have no effect when quotes are ignored"), bySpec.err);
        assertFalse(Files.exists(out));
    }

    @Test
    void aHeadlineWithoutAnArticleIsToldOfRaw() throws Exception {
        Path headline = Files.writeString(dir.resolve("headline.txt"), "The coach praised the players after the match\n");
        Run r = run("classify", "--model", pack.toString(), headline.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.err.contains("warning: " + headline + ": no article text found among 1 blocks")
                && r.err.contains("to classify the text as it is, use --raw (CLI), <raw>true</raw> (Maven plugin), setRawText(true) (Spark) or withExtraction(false) (API)"), r.err);
        Run raw = run("classify", "--model", pack.toString(), "--raw", headline.toString());
        assertEquals(0, raw.code, raw.err);
        assertTrue(raw.out.contains("sport (") && !raw.err.contains("no article"), raw.out + raw.err);
    }

    @Test
    void helpAndVersionExitZero() {
        assertEquals(0, run("--help").code);
        assertEquals(0, run("classify", "--help").code);
        Run v = run("--version");
        assertEquals(0, v.code);
        assertTrue(v.out.startsWith("newsgauge "), v.out);
        // every command's --help lists -V: each must print the version, not nothing
        for (String command : List.of("train", "evaluate", "cross-validate", "compare", "classify", "clean", "info")) {
            Run sub = run(command, "-V");
            assertEquals(0, sub.code, command + ": " + sub.err);
            assertEquals(v.out, sub.out, command);
        }
    }

    @Test
    void trainRefusesToOverwriteAFileThatIsNotAPack() throws Exception {
        Path data = Files.copy(csv, dir.resolve("victim.csv"));
        byte[] before = Files.readAllBytes(data);
        Run r = run("train", "--data", data.toString(), "--text-column", "text", "--label-column", "topic",
                "--output", data.toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.startsWith("error: " + data + ": exists and is not a model pack"), r.err);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(data)), "the training data was overwritten");
        // a pack is retrained in place, as before
        Path again = Files.copy(pack, dir.resolve("again.ngpack"));
        Run retrain = run("train", "--data", csv.toString(), "--text-column", "text", "--label-column", "topic",
                "--output", again.toString());
        assertEquals(0, retrain.code, retrain.err);
    }

    @Test
    void ordinalOrdersAreCheckedBeforeTrainingAndTheirSpacesTrimmed() throws Exception {
        Path out = dir.resolve("ordinal-checks.ngpack");
        String[][] bad = {
            {"level=low,low,mid,high", "ordinal dimension 'level' lists 'low' twice"},
            {"level=low,,mid,high", "ordinal dimension 'level' has an empty label"},
        };
        for (String[] b : bad) {
            Run r = run("train", "--data", csv.toString(), "--label-column", "topic", "--ordinal", b[0], "--output", out.toString());
            assertEquals(2, r.code, b[0] + ": " + r.err);
            assertTrue(r.err.startsWith("error: " + b[1]), r.err);
            assertFalse(Files.exists(out), "a pack that cannot be loaded was written for " + b[0]);
        }
        Run twice = run("train", "--data", csv.toString(), "--label-column", "topic", "--label-column", "topic",
                "--output", out.toString());
        assertEquals(2, twice.code, twice.err);
        assertTrue(twice.err.startsWith("error: label column 'topic' is named twice"), twice.err);
        Run leak = run("train", "--data", csv.toString(), "--text-column", "topic", "--label-column", "topic",
                "--output", out.toString());
        assertEquals(2, leak.code, leak.err);
        assertTrue(leak.err.contains("is both a text column and a label column"), leak.err);
        Run orderTwice = run("train", "--data", csv.toString(), "--ordinal", "level=low,mid,high", "--ordinal",
                "level=high,mid,low", "--output", out.toString());
        assertEquals(2, orderTwice.code, orderTwice.err);
        assertTrue(orderTwice.err.startsWith("error: --ordinal gives the order of 'level' twice"), orderTwice.err);
        assertFalse(Files.exists(out));
        // "low, mid, high" as typed in a shell: the labels are low, mid and high
        Run spaced = run("train", "--data", csv.toString(), "--label-column", "topic", "--ordinal", "level = low, mid, high",
                "--output", out.toString());
        assertEquals(0, spaced.code, spaced.err);
        Run info = run("info", out.toString());
        assertTrue(info.out.contains("): low, mid, high"), info.out);
    }

    @Test
    void headlinesInAFolderPerLabelTrainWithRaw() throws Exception {
        // one line per file, as headlines or tweets are: too short to pass for an article
        Path folder = dir.resolve("headlines");
        String[][] lines = {
            {"sport", "Striker scores twice as the champions win the derby"},
            {"sport", "Coach praises defence after a cup victory at home"},
            {"sport", "Goalkeeper saves a penalty in the final minute of the match"},
            {"sport", "Team signs a young striker before the new season"},
            {"weather", "Heavy rain and strong wind expected over the coast tonight"},
            {"weather", "Snow closes mountain roads as temperatures fall"},
            {"weather", "Heatwave warning issued with temperatures near forty degrees"},
            {"weather", "Storm brings rain and flooding to the valley towns"},
        };
        for (int i = 0; i < lines.length; i++) {
            Files.writeString(Files.createDirectories(folder.resolve(lines[i][0])).resolve(i + ".txt"), lines[i][1] + "\n");
        }
        Path out = dir.resolve("headlines.ngpack");
        Run extracted = run("train", "--data", folder.toString(), "--output", out.toString());
        assertEquals(2, extracted.code, extracted.err);
        // the message names every file without text, in one run, and the option that is the fix, which train has
        assertTrue(extracted.err.contains("8 files have no text: sport/0.txt, sport/1.txt, sport/2.txt, sport/3.txt,"
                        + " weather/4.txt") && extracted.err.contains("--raw"), extracted.err);
        assertFalse(Files.exists(out));

        Run raw = run("train", "--data", folder.toString(), "--raw", "--calibration-folds", "2", "--output", out.toString());
        assertEquals(0, raw.code, raw.err);
        // files have no text column: the card says so, and which column a CSV is read from
        Run card = run("info", out.toString());
        assertTrue(card.out.contains("text columns none (trained on files or on texts in memory; reads column text from a CSV)"),
                card.out);
        Run eval = run("evaluate", "--model", out.toString(), "--data", folder.toString(), "--label-column", "label",
                "--raw", "--json");
        assertEquals(0, eval.code, eval.err);
        assertEquals(8, new ObjectMapper().readTree(eval.out).get("label").get("n").asInt(), eval.out);
        Run noRaw = run("evaluate", "--model", out.toString(), "--data", folder.toString(), "--label-column", "label");
        assertEquals(2, noRaw.code, noRaw.err);
        assertTrue(noRaw.err.contains("8 files have no text"), noRaw.err);
        Run cv = run("cross-validate", "--data", folder.toString(), "--raw", "--folds", "2", "--json");
        assertEquals(0, cv.code, cv.err);
        assertEquals(8, new ObjectMapper().readTree(cv.out).get("label").get("n").asInt(), cv.out);
        Path copy = Files.copy(out, dir.resolve("headlines-copy.ngpack"));
        Run cmp = run("compare", "--data", folder.toString(), "--raw", "--json", out.toString(), copy.toString());
        assertEquals(0, cmp.code, cmp.err);
        assertEquals(8, new ObjectMapper().readTree(cmp.out).get("n").asInt(), cmp.out);

        // beside --spec, a data option is named as the mistake, not as a missing --data
        Run spec = run("train", "--spec", dir.resolve("any.json").toString(), "--raw", "--output", out.toString() + "s");
        assertEquals(2, spec.code, spec.err);
        assertTrue(spec.err.startsWith("error: --spec takes the data") && spec.err.contains("--raw"), spec.err);
        // a mistyped folder is reported as missing, not as a CSV
        Run missing = run("train", "--data", dir.resolve("headlinez").toString(), "--raw", "--output", out.toString() + "x");
        assertEquals(2, missing.code, missing.err);
        assertTrue(missing.err.contains("headlinez") && !missing.err.contains("--raw applies"), missing.err);
        // with a CSV, --raw would do nothing: said, not ignored
        Run csvRaw = run("train", "--data", csv.toString(), "--text-column", "text", "--label-column", "topic", "--raw",
                "--output", dir.resolve("csv-raw.ngpack").toString());
        assertEquals(2, csvRaw.code, csvRaw.err);
        assertTrue(csvRaw.err.contains("--raw applies to a folder per label") && csvRaw.err.contains(csv.toString()),
                csvRaw.err);
        Run csvEval = run("evaluate", "--model", pack.toString(), "--data", csv.toString(), "--raw");
        assertEquals(2, csvEval.code, csvEval.err);
        assertTrue(csvEval.err.contains("--raw applies to a folder per label"), csvEval.err);
    }

    @Test
    void csvOnlyOptionsWithAFolderAreAnErrorNotIgnored() throws Exception {
        Path folder = dir.resolve("by-label");
        for (String label : List.of("sport", "weather")) {
            Files.createDirectories(folder.resolve(label));
            for (int i = 0; i < 3; i++) {
                Files.writeString(folder.resolve(label).resolve(i + ".txt"), label + " news number " + i + " about " + label);
            }
        }
        Path out = dir.resolve("folder-options.ngpack");
        Run r = run("train", "--data", folder.toString(), "--ordinal", "label=sport,weather", "--output", out.toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.startsWith("error: " + folder + " is a folder per label") && r.err.contains("--ordinal"), r.err);
        Run text = run("train", "--data", folder.toString(), "--text-column", "body", "--group-column", "event",
                "--output", out.toString());
        assertEquals(2, text.code, text.err);
        assertTrue(text.err.contains("--text-column, --group-column cannot apply"), text.err);
        assertFalse(Files.exists(out));
    }

    @Test
    void calibrationFoldsOfOneAreRefusedAndTooFewDocumentsRecordNone() throws Exception {
        Path out = dir.resolve("folds.ngpack");
        Run one = run("train", "--data", csv.toString(), "--label-column", "topic", "--calibration-folds", "1",
                "--output", out.toString());
        assertEquals(2, one.code, one.err);
        assertTrue(one.err.startsWith("error: --calibration-folds takes 0 (calibrate on the training scores) or at least 2"), one.err);
        Path small = Corpus.writeCsv(dir.resolve("small.csv"), 40, 3);
        Run many = run("train", "--data", small.toString(), "--label-column", "topic", "--calibration-folds", "50",
                "--output", out.toString());
        assertEquals(0, many.code, many.err);
        // what ran is recorded, not what was asked
        assertEquals(0, org.newsgauge.model.PackReader.read(out).provenance().calibrationFolds());
        Run info = run("info", out.toString());
        assertTrue(info.out.contains("probabilities calibrated on the training scores (no held-out folds)"), info.out);
    }

    @Test
    void aFailedWriteToStandardOutputIsNotDone() {
        PrintWriter broken = new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] c, int off, int len) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void flush() throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        });
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"info", pack.toString()}, broken, new PrintWriter(err));
        assertEquals(Main.INTERNAL, code, err.toString());
        assertTrue(err.toString().startsWith("error: could not write the output to standard output"), err.toString());
        // a reader that closed the pipe ('newsgauge info | head -1') read what it wanted: not an error
        StringWriter quiet = new StringWriter();
        assertEquals(0, Main.run(new String[] {"info", pack.toString()}, System.in, broken, new PrintWriter(quiet),
                () -> new java.io.IOException("Broken pipe")), quiet.toString());
        assertEquals("", quiet.toString());
    }

    @Test
    void aFileThatIsNoZipIsSaidToBeNoPack() throws Exception {
        Run r = run("info", csv.toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains("is not a model pack (a pack is a zip file; this one has no zip entry)"), r.err);
        // a pack cut inside its first entry's header is a damaged pack, not another file
        Path cut = Files.write(dir.resolve("cut.ngpack"), java.util.Arrays.copyOf(Files.readAllBytes(pack), 20));
        Run truncated = run("info", cut.toString());
        assertEquals(2, truncated.code, truncated.err);
        assertTrue(truncated.err.contains("truncated or damaged"), truncated.err);
        Run ngrams = run("train", "--data", csv.toString(), "--label-column", "topic", "--ngrams", "3",
                "--output", dir.resolve("n3.ngpack").toString());
        assertEquals(2, ngrams.code, ngrams.err);
        assertTrue(ngrams.err.startsWith("error: --ngrams takes 1 (words) or 2 (words and word pairs), not 3"), ngrams.err);
    }

    @Test
    void classifyRefusesACsvAndTakesTheNumberOfExplanations() throws Exception {
        Run r = run("classify", "--model", pack.toString(), csv.toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains("classify takes documents (.txt, .md, .html), and would read this table as one;"
                + " to score a pack on labelled rows use 'evaluate --data"), r.err);
        // a tab-separated table too (it was classified as one article)
        Path tsv = Files.writeString(dir.resolve("rows.TSV"), "text\tlabel\nGoal\tsport\n");
        assertEquals(2, run("classify", "--model", pack.toString(), tsv.toString()).code);
        Path doc = Files.writeString(dir.resolve("explained.txt"), Corpus.rows(1, 11).get(0).text());
        Run two = run("classify", "--model", pack.toString(), "--raw", "--format", "jsonl", "--explanations", "2", doc.toString());
        assertEquals(0, two.code, two.err);
        JsonNode j = new ObjectMapper().readTree(two.out);
        assertEquals(2, j.get("topic").get("explanation").size(), two.out);
    }

    @Test
    void infoSaysHowManyOfTheFoldsTheHeldOutFiguresComeFrom() throws Exception {
        // a large corpus fits only the folds it needs; the pack records it per dimension
        org.newsgauge.model.ModelPack p = org.newsgauge.model.PackReader.read(pack);
        org.newsgauge.model.Provenance v = p.provenance();
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>(v.params());
        params.put(org.newsgauge.model.ParamKeys.foldsFitted("topic"), 1);
        params.put(org.newsgauge.model.ParamKeys.foldsFitted("level"), 1);
        org.newsgauge.model.Provenance fewer = new org.newsgauge.model.Provenance(v.libraryVersion(), v.algorithm(), params,
                v.seed(), v.calibrationFolds(), v.trainingSource(), v.trainingSha256(), v.documents(), v.textColumns(), v.heldOut());
        Path out = dir.resolve("fewer-folds.ngpack");
        org.newsgauge.model.PackWriter.write(new org.newsgauge.model.ModelPack(p.features(), p.dimensions(), fewer), out);
        Run info = run("info", out.toString());
        assertTrue(info.out.contains("held-out figures at training time (1 of 3 folds fitted, on the rows they held out):"),
                info.out);
        assertTrue(run("info", pack.toString()).out.contains("held-out figures at training time (3 folds):"));
    }

    @Test
    void evaluateWritesEveryRowsPredictionWithItsTrueLabel() throws Exception {
        Path test = Corpus.writeCsv(dir.resolve("predicted.csv"), 40, 7);
        Path out = dir.resolve("predictions.csv");
        Run r = run("evaluate", "--model", pack.toString(), "--data", test.toString(), "--json", "--predictions", out.toString());
        assertEquals(0, r.code, r.err);
        List<String> lines = Files.readAllLines(out);
        assertEquals("id,topic,topic_predicted,topic_probability,level,level_predicted,level_probability", lines.get(0));
        assertEquals(41, lines.size());
        // the rows make the figures: their share of right topics is the reported accuracy
        long right = lines.stream().skip(1).map(l -> l.split(",")).filter(f -> f[1].equals(f[2])).count();
        JsonNode j = new ObjectMapper().readTree(r.out);
        assertEquals(j.get("topic").get("accuracy").asDouble(), right / 40.0, 1e-9);
        assertEquals(r.out, run("evaluate", "--model", pack.toString(), "--data", test.toString(), "--json").out,
                "the same figures with and without --predictions");
    }

    @Test
    void dashReadsOneDocumentFromStandardInput() throws Exception {
        Path page = dir.resolve("stdin-page.html");
        String html = "<html><body><nav><a href='/'>Home</a> <a href='/s'>Sport</a></nav><article><h1>Cup final</h1>"
                + "<p>The coach praised the players after a long and difficult match in the old stadium on Saturday, saying the"
                + " team had finally found its rhythm after weeks of poor results and a string of injuries.</p></article>"
                + "<footer>Copyright 2024</footer></body></html>";
        Files.writeString(page, html);
        byte[] bytes = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Run file = run("classify", "--model", pack.toString(), "--format", "csv", page.toString());
        Run piped = runWithInput(bytes, "classify", "--model", pack.toString(), "--format", "csv", page.toString(), "-");
        assertEquals(0, piped.code, piped.err);
        String[] lines = piped.out.split("\\R");
        assertEquals(3, lines.length, piped.out);
        // standard input comes first wherever '-' is listed, under the path '-', with the labels of the same bytes read as a file
        String fileRow = file.out.split("\\R")[1];
        assertEquals("-" + fileRow.substring(fileRow.indexOf(',')), lines[1]);
        assertEquals(fileRow, lines[2]);

        Run clean = runWithInput(bytes, "clean", "-");
        assertEquals(0, clean.code, clean.err);
        assertEquals(run("clean", page.toString()).out, clean.out);
        assertFalse(clean.out.contains("Copyright"), clean.out);

        Run twice = runWithInput(bytes, "classify", "--model", pack.toString(), "-", "-");
        assertEquals(Main.BAD_INPUT, twice.code);
        assertTrue(twice.err.contains("'-' (standard input) is given 2 times"), twice.err);
        Run explain = runWithInput(bytes, "clean", "--explain", "-");
        assertEquals(Main.BAD_INPUT, explain.code);
        assertTrue(explain.err.contains("--explain reads a file, not standard input"), explain.err);
        Run empty = runWithInput(new byte[0], "classify", "--model", pack.toString(), "-");
        assertEquals(0, empty.code, empty.err);
        assertTrue(empty.out.contains("[empty]"), empty.out);
    }

    @Test
    void standardInputAloneLeavesACacheAsItIs() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("stdin-cache-docs"));
        Files.writeString(docs.resolve("a.txt"), "The coach praised the players after a long match in the old stadium.");
        Path results = dir.resolve("stdin-cache.jsonl");
        assertEquals(0, run("classify", "--model", pack.toString(), "--cache", results.toString(), docs.toString()).code);
        byte[] before = Files.readAllBytes(results);
        byte[] page = "Shares fell on the exchange as markets closed lower.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // a cache keeps the results of one run's files: a run of standard input alone has none, and
        // committing it would empty the cache of every earlier result
        for (String[] args : new String[][] {
                {"classify", "--model", pack.toString(), "--cache", results.toString(), "-"},
                {"classify", "--model", pack.toString(), "--cache", results.toString(), "-",
                        Files.createDirectories(dir.resolve("stdin-cache-none")).toString()}}) {
            Run r = runWithInput(page, args);
            assertEquals(Main.BAD_INPUT, r.code, r.err);
            assertTrue(r.err.contains("--cache"), r.err);
            assertArrayEquals(before, Files.readAllBytes(results), "the cache is left as it was");
        }
        // with files beside it, the files are cached and standard input is not
        Run mixed = runWithInput(page, "classify", "--model", pack.toString(), "--cache", results.toString(), "-",
                docs.toString());
        assertEquals(0, mixed.code, mixed.err);
        assertTrue(mixed.err.contains("(1 from cache"), mixed.err);
    }
}

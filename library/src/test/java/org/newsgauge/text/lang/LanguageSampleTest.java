package org.newsgauge.text.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.newsgauge.text.DocumentReader;
import org.newsgauge.text.SourceFormat;

/**
 * The README's claim about the language sample: {@value LanguageDetection#SAMPLE_CHARS}
 * characters give the same language as the 1,000 used before, on every extracted page of the
 * extraction test set and of {@code training-data/pages}, and on every test text of the public
 * benchmark sets (../shared/datasets, beside the repository; SKIPPED without it), each read as
 * {@code classify} reads it (extraction on). Texts no longer than the sample cannot differ and
 * are not detected twice.
 */
class LanguageSampleTest {
    private static final int BEFORE = 1000;
    private static final Path DATASETS = Path.of("../../shared/datasets");

    @Test
    void theSampleAgreesWithALongerOneOnEveryPage() throws IOException {
        DocumentReader reader = DocumentReader.defaults().withLanguageDetection(false);
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/extraction"), Path.of("../training-data/pages"))) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(LanguageSampleTest::isPage).sorted().toList()) {
                    texts.add(reader.read(p).text());
                }
            }
        }
        assertTrue(texts.size() > 400, "pages found: " + texts.size());
        assertSameLanguage("pages", texts);
    }

    @Test
    void theSampleAgreesWithALongerOneOnEveryBenchmarkTestText() throws IOException {
        assumeTrue(Files.isDirectory(DATASETS), "SKIPPED: no " + DATASETS + " (the shared datasets are not beside this clone)");
        List<String> texts = new ArrayList<>();
        for (String set : List.of("ag_news", "bbc_news", "cameo_pentaclass", "reuters_r8", "reuters_r52",
                "semeval2016_task6", "twenty_newsgroups")) {
            texts.addAll(column(DATASETS.resolve(set).resolve("test.csv"), "text"));
        }
        texts.addAll(column(DATASETS.resolve("fnc1").resolve("test_bodies.csv"), "body"));
        assumeTrue(!texts.isEmpty(), "SKIPPED: no benchmark test files under " + DATASETS);
        DocumentReader reader = DocumentReader.defaults().withLanguageDetection(false);
        List<String> read = new ArrayList<>();
        for (String t : texts) {
            read.add(reader.read(t, "test.csv", SourceFormat.TEXT).text());
        }
        assertSameLanguage("benchmark test texts", read);
    }

    private static void assertSameLanguage(String what, List<String> texts) {
        List<String> differ = new ArrayList<>();
        int long_ = 0;
        for (String t : texts) {
            if (t.length() <= LanguageDetection.SAMPLE_CHARS) {
                continue;
            }
            long_++;
            String now = LanguageDetection.detect(t, LanguageDetection.SAMPLE_CHARS);
            String before = LanguageDetection.detect(t, BEFORE);
            if (!now.equals(before)) {
                differ.add(before + " -> " + now + ": " + t.substring(0, Math.min(80, t.length())).replace('\n', ' '));
            }
        }
        // the comparison means something only if many texts are longer than the sample
        assertTrue(long_ > texts.size() / 10, what + ": only " + long_ + " of " + texts.size() + " texts longer than the sample");
        assertEquals(List.of(), differ, what + ": languages that change with the shorter sample");
    }

    private static boolean isPage(Path p) {
        String n = p.getFileName().toString();
        return !n.endsWith(".gold.txt") && (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt") || n.endsWith(".md"));
    }

    private static List<String> column(Path csv, String column) throws IOException {
        if (!Files.exists(csv)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.add(rec.get(column));
            }
        }
        return out;
    }
}

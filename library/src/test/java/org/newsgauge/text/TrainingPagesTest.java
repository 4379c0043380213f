package org.newsgauge.text;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Every page in {@code training-data/pages/} (made by {@code training-data/tools/make_pages.py})
 * must give back its article from {@code training-data/articles.csv}: word precision and recall
 * of the extracted text against title + body at least 0.95 over all pages, and no page far off.
 * Figures go to {@code target/training-pages-report.txt}. Skipped when the pages are absent.
 */
class TrainingPagesTest {

    private static final Path DATA = Path.of("..", "training-data");

    @Test
    void extractionGivesBackTheArticles() throws IOException {
        Path pages = DATA.resolve("pages");
        Path csv = DATA.resolve("articles.csv");
        assumeTrue(Files.isDirectory(pages) && Files.isRegularFile(csv), "no training-data/pages");
        Map<String, String> gold = new HashMap<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                gold.put(rec.get("id"), rec.get("title") + "\n\n" + rec.get("body"));
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(pages)) {
            files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "training-data/pages is empty");
        DocumentReader reader = DocumentReader.defaults();
        WordOverlap total = new WordOverlap(0, 0, 0);
        WordOverlap html = new WordOverlap(0, 0, 0);
        WordOverlap text = new WordOverlap(0, 0, 0);
        List<String> bad = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Path p : files) {
            String name = p.getFileName().toString();
            String id = name.substring(0, name.lastIndexOf('.'));
            String g = gold.get(id);
            assertTrue(g != null, "page " + name + " has no article in articles.csv");
            WordOverlap o = WordOverlap.of(reader.read(p).text(), g);
            total = total.plus(o);
            if (name.endsWith(".html")) {
                html = html.plus(o);
            } else {
                text = text.plus(o);
            }
            report.append(String.format(Locale.ROOT, "%-24s %s%n", name, o));
            if (o.precision() < 0.85 || o.recall() < 0.85) {
                bad.add(name + " " + o);
            }
        }
        String head = String.format(Locale.ROOT, "%d pages: %s%n  html: %s%n  text: %s%n%n", files.size(), total, html, text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "training-pages-report.txt"), head + report, StandardCharsets.UTF_8);
        assertTrue(total.precision() >= 0.95, "precision " + total);
        assertTrue(total.recall() >= 0.95, "recall " + total);
        assertTrue(bad.isEmpty(), "pages far off: " + bad);
    }
}

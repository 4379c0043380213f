package org.newsgauge.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality on the hand-built test set in {@code src/test/resources/extraction}: word
 * precision and recall against the gold article, per style, and a side-by-side comparison with
 * Boilerpipe's ArticleExtractor on the HTML pages. Figures go to
 * {@code target/extraction-report.txt}.
 */
class ExtractionQualityTest {

    record Page(Path file, String style, String encoding, String language, String gold) {
    }

    record Scored(Page page, SourceDocument doc, WordOverlap ours, WordOverlap boilerpipe) {
    }

    private static List<Scored> scored;

    static Path dir() {
        try {
            return Paths.get(ExtractionQualityTest.class.getResource("/extraction/manifest.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Page> pages() throws IOException {
        Path dir = dir();
        List<Page> pages = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            Path file = dir.resolve(f[0]);
            String name = f[0].substring(0, f[0].indexOf('.'));
            String gold = Files.readString(dir.resolve(name + ".gold.txt"), StandardCharsets.UTF_8);
            pages.add(new Page(file, f[1], f[2], f[3], gold));
        }
        return pages;
    }

    @BeforeAll
    static void score() throws IOException {
        DocumentReader reader = DocumentReader.defaults();
        scored = new ArrayList<>();
        for (Page p : pages()) {
            SourceDocument doc = reader.read(p.file());
            WordOverlap ours = WordOverlap.of(doc.text(), p.gold());
            WordOverlap bp = null;
            if (p.style().endsWith("-html")) {
                String html = reader.withExtraction(false).read(p.file()).charset().isEmpty() ? "" : decoded(p);
                bp = WordOverlap.of(BoilerpipeBaseline.extract(html), p.gold());
            }
            scored.add(new Scored(p, doc, ours, bp));
        }
        writeReport();
    }

    /** The page decoded exactly as our loader decodes it, so both extractors see the same text. */
    private static String decoded(Page p) {
        try {
            byte[] b = Files.readAllBytes(p.file());
            return org.newsgauge.text.load.TextLoader.decode(b, b.length, false, SourceFormat.HTML).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void atLeastFortyPages() {
        assertTrue(scored.size() >= 40, "test set has " + scored.size() + " pages");
    }

    @Test
    void precisionAndRecallOverTheSetAreAtLeast95Percent() {
        WordOverlap all = total(scored, false);
        assertTrue(all.precision() >= 0.95, "precision " + all);
        assertTrue(all.recall() >= 0.95, "recall " + all);
    }

    @Test
    void everyPageFindsItsArticle() {
        for (Scored s : scored) {
            assertTrue(s.ours().recall() >= 0.80 && s.ours().precision() >= 0.80,
                    s.page().file().getFileName() + " (" + s.page().style() + "): " + s.ours());
        }
    }

    @Test
    void beatsBoilerpipeOnHtmlPages() {
        List<Scored> html = scored.stream().filter(s -> s.boilerpipe() != null).toList();
        WordOverlap ours = total(html, false);
        WordOverlap bp = total(html, true);
        assertTrue(ours.f1() > bp.f1(), "ours " + ours + " vs boilerpipe " + bp);
    }

    @Test
    void titleIsTheHeadline() {
        int right = 0;
        for (Scored s : scored) {
            String goldTitle = s.page().gold().lines().findFirst().orElse("");
            if (s.doc().title().equals(goldTitle)) {
                right++;
            }
        }
        assertTrue(right >= scored.size() * 0.9, right + " of " + scored.size() + " titles right");
    }

    @Test
    void languagesAndCharsetsAreRecorded() {
        for (Scored s : scored) {
            String want = Map.of("en", "eng", "de", "deu", "fr", "fra", "es", "spa").get(s.page().language());
            if (want != null) {
                assertEquals(want, s.doc().language(), s.page().file().getFileName().toString());
            } else {
                // Serbian: the model may say srp, hrv or bos for Latin-script Serbian
                assertTrue(List.of("srp", "hrv", "bos").contains(s.doc().language()), s.doc().language());
            }
            String enc = s.page().encoding();
            String cs = s.doc().charset();
            switch (enc) {
                case "utf-8", "utf-8-sig" -> assertEquals("UTF-8", cs);
                case "utf-16" -> assertTrue(cs.startsWith("UTF-16"), cs);
                default -> assertEquals(enc, cs.toLowerCase(Locale.ROOT), s.page().file().getFileName().toString());
            }
        }
    }

    private static WordOverlap total(List<Scored> list, boolean boilerpipe) {
        WordOverlap t = new WordOverlap(0, 0, 0);
        for (Scored s : list) {
            t = t.plus(boilerpipe ? s.boilerpipe() : s.ours());
        }
        return t;
    }

    private static void writeReport() throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("Extraction quality: word precision / recall against gold (micro-averaged)\n\n");
        Map<String, List<Scored>> byStyle = new TreeMap<>();
        for (Scored s : scored) {
            byStyle.computeIfAbsent(s.page().style(), k -> new ArrayList<>()).add(s);
        }
        sb.append(String.format(Locale.ROOT, "%-16s %5s  %-32s %s%n", "style", "pages", "newsgauge", "boilerpipe"));
        for (Map.Entry<String, List<Scored>> en : byStyle.entrySet()) {
            List<Scored> l = en.getValue();
            boolean html = l.get(0).boilerpipe() != null;
            sb.append(String.format(Locale.ROOT, "%-16s %5d  %-32s %s%n", en.getKey(), l.size(), total(l, false),
                    html ? total(l, true) : "-"));
        }
        List<Scored> html = scored.stream().filter(s -> s.boilerpipe() != null).toList();
        List<Scored> text = scored.stream().filter(s -> s.boilerpipe() == null).toList();
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "%-16s %5d  %-32s %s%n", "HTML pages", html.size(), total(html, false), total(html, true)));
        sb.append(String.format(Locale.ROOT, "%-16s %5d  %-32s%n", "text pages", text.size(), total(text, false)));
        sb.append(String.format(Locale.ROOT, "%-16s %5d  %-32s%n", "all pages", scored.size(), total(scored, false)));
        sb.append("\nper page\n");
        for (Scored s : scored) {
            sb.append(String.format(Locale.ROOT, "%-14s %-15s %-13s %-4s %-32s %s%n", s.page().file().getFileName(),
                    s.page().style(), s.doc().charset(), s.doc().language(), s.ours(),
                    s.boilerpipe() == null ? "" : "boilerpipe " + s.boilerpipe()));
        }
        Path out = Path.of("target", "extraction-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        WordOverlap all = total(scored, false);
        System.out.printf(Locale.ROOT, "extraction: %d pages, %s (boilerpipe on HTML: %s vs ours %s); see %s%n",
                scored.size(), all, total(html, true), total(html, false), out);
    }
}

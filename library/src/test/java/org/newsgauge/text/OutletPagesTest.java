package org.newsgauge.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * 27 pages in the markup of real outlets' article pages, each around an article written for the
 * test, in {@code src/test/resources/extraction-outlets/} with its gold text: a first set of 15
 * (BBC, the Guardian's news, opinion and live blog layouts, Reuters, AP, Al Jazeera, Euronews,
 * RFE/RL, Balkan Insight, Kosovo Online, B92, N1, Prishtina Insight, an AMP page) and a second of
 * 12, {@code b-*} (Politico Europe, DW, France 24, Euractiv, Kosovo 2.0, Telegrafi, Gazeta Express,
 * a Serbian portal, a Sputnik-style outlet, Exit News, Danas, a Substack post). Each set was
 * written by a helper who had not seen the extractor's rules, and the rules were then fixed on it
 * (2026-11-27), so the set guards those fixes more than it measures unseen designs (the second
 * set, measured before its fixes: P 0.955, R 0.993). Word precision and recall over the pages at
 * least 0.95, and no page below 0.80; figures go to {@code target/outlet-pages-report.txt}.
 */
class OutletPagesTest {

    @Test
    void outletLayoutsGiveBackTheirArticles() throws IOException, URISyntaxException {
        Path dir = Paths.get(OutletPagesTest.class.getResource("/extraction-outlets/01-balkaninsight.html").toURI()).getParent();
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 27, pages.size() + " pages");
        DocumentReader reader = DocumentReader.defaults();
        WordOverlap total = new WordOverlap(0, 0, 0);
        List<String> far = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Path p : pages) {
            String name = p.getFileName().toString();
            String gold = Files.readString(dir.resolve(name.replace(".html", ".gold.txt")), StandardCharsets.UTF_8);
            WordOverlap o = WordOverlap.of(reader.read(p).text(), gold);
            total = total.plus(o);
            report.append(String.format(Locale.ROOT, "%-28s %s%n", name, o));
            if (o.precision() < 0.80 || o.recall() < 0.80) {
                far.add(name + " " + o);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "outlet-pages-report.txt"),
                String.format(Locale.ROOT, "%d pages: %s%n%n", pages.size(), total) + report, StandardCharsets.UTF_8);
        assertTrue(total.precision() >= 0.95, "precision " + total);
        assertTrue(total.recall() >= 0.95, "recall " + total);
        assertTrue(far.isEmpty(), "pages far off: " + far);
    }
}

package org.newsgauge.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgauge.api.Contribution;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.data.DimensionSpec;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.text.Warning;

class HtmlResultWriterTest {
    static final List<DimensionSpec> DIMS = List.of(
            new DimensionSpec("topic", DimensionKind.NOMINAL, List.of("sport", "weather")),
            new DimensionSpec("level", DimensionKind.ORDINAL, List.of("low", "mid", "high")));

    static Labels doc(String path, String topic, String level) {
        return new Labels(path, Map.of(
                "topic", new Prediction("topic", topic, 0.8, Map.of("sport", 0.8, "weather", 0.2),
                        List.of(new Contribution("goal", 0.42), new Contribution("q:<b>", 0.1))),
                "level", new Prediction("level", level, 0.6, Map.of("low", 0.2, "mid", 0.2, "high", 0.6), List.of())),
                "eng", List.of());
    }

    @Test
    void oneSelfContainedPageWithChartsTableAndDetails() throws Exception {
        StringWriter sw = new StringWriter();
        try (HtmlResultWriter w = new HtmlResultWriter(sw, DIMS, "Report <1>", "pack x")) {
            w.write(doc("a/<script>alert(1)</script>.txt", "sport", "high"));
            w.write(doc("b.txt", "sport", "low"));
            w.write(new Labels("c.bin", Map.of(), "und", List.of(new Warning("binary", "binary file, skipped"))));
        }
        String html = sw.toString();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.endsWith("</html>\n"));
        assertFalse(html.contains("<script>alert"), "document names are escaped");
        assertTrue(html.contains("a/&lt;script&gt;alert(1)&lt;/script&gt;.txt"));
        assertTrue(html.contains("<title>Report &lt;1&gt;</title>"));
        assertFalse(html.matches("(?s).*(src|href)=\"?(https?:)?//.*"), "nothing is fetched");
        assertFalse(html.contains("<link"));
        assertEquals(1, count(html, "<script>"), "one inline script");
        assertEquals(3, count(html, "<tr class=\"doc\""));
        assertEquals(3, count(html, "<tr class=\"detail\" hidden>"));
        assertTrue(html.contains("data-label=\"sport\""));
        assertTrue(html.contains("<span class=\"num\">2 \u00B7 100%</span>"), "both classified documents are sport");
        assertTrue(html.contains("<span class=\"num\">0 \u00B7 0%</span>"), "labels without documents are shown");
        assertTrue(html.contains("<span class=\"feat\">q:&lt;b&gt; <i>+0.100</i></span>"));
        assertTrue(html.contains("<b>1</b>unreadable"));
        assertTrue(html.contains("class=\"warn unread\" title=\"binary file, skipped\">binary</span>"));
    }

    @Test
    void emptyReport() throws Exception {
        StringWriter sw = new StringWriter();
        new HtmlResultWriter(sw, DIMS, "r", "").close();
        assertTrue(sw.toString().contains("No documents."));
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}

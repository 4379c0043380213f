package org.newsgauge.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgauge.api.Labels;
import org.newsgauge.data.ReportColumns;

class CsvResultWriterTest {
    @Test
    void writersNameTheirColumnsFromHere() throws Exception {
        StringWriter out = new StringWriter();
        try (CsvResultWriter w = new CsvResultWriter(out, List.of("topic"))) {
            w.write(new Labels("a.txt", Map.of(), "und", List.of()));
        }
        assertTrue(out.toString().startsWith("path,topic," + ReportColumns.probability("topic") + ",language,warnings"), out.toString());
    }
}

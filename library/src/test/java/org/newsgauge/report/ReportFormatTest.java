package org.newsgauge.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
    @Test
    void aFileNameAsksForTheFormatOfItsExtension() {
        assertEquals(Optional.of(ReportFormat.CSV), ReportFormat.ofFileName("results.csv"));
        assertEquals(Optional.of(ReportFormat.JSONL), ReportFormat.ofFileName("Run.JSONL"));
        assertEquals(Optional.of(ReportFormat.JSONL), ReportFormat.ofFileName("run.ndjson"));
        assertEquals(Optional.of(ReportFormat.HTML), ReportFormat.ofFileName("page.html"));
        assertEquals(Optional.of(ReportFormat.HTML), ReportFormat.ofFileName("page.HTM"));
        assertEquals(Optional.empty(), ReportFormat.ofFileName("table.txt"));
        assertEquals(Optional.empty(), ReportFormat.ofFileName("csv"));
    }
}

package org.newsgauge.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.api.Labels;
import org.newsgauge.text.Warning;

class JsonlResultReaderTest {
    @Test
    void readsBackWhatTheWriterWrote(@TempDir Path dir) throws IOException {
        List<Labels> in = List.of(HtmlResultWriterTest.doc("a.txt", "sport", "mid"),
                new Labels("b.bin", Map.of(), "und", List.of(new Warning("binary", "binary file"))));
        StringWriter sw = new StringWriter();
        try (JsonlResultWriter w = new JsonlResultWriter(sw)) {
            for (Labels l : in) {
                w.write(l);
            }
        }
        Path f = Files.writeString(dir.resolve("r.jsonl"), sw.toString());
        List<Labels> back = JsonlResultReader.readAll(f);
        assertEquals(in.get(1), back.get(1));
        assertEquals(in.get(0).source(), back.get(0).source());
        assertEquals(in.get(0).get("topic"), back.get(0).get("topic"));
        assertEquals(List.copyOf(in.get(0).predictions().keySet()), List.copyOf(back.get(0).predictions().keySet()), "dimension order kept");
    }

    @Test
    void whatTheSinkThrowsReachesTheCallerUnchanged(@TempDir Path dir) throws IOException {
        StringWriter sw = new StringWriter();
        try (JsonlResultWriter w = new JsonlResultWriter(sw)) {
            w.write(HtmlResultWriterTest.doc("a.txt", "sport", "mid"));
        }
        Path f = Files.writeString(dir.resolve("r.jsonl"), sw.toString());
        IllegalArgumentException mine = new IllegalArgumentException("the caller's own check");
        // it used to come back as an IOException saying line 1 was "not a newsgauge JSONL result"
        assertEquals(mine, assertThrows(IllegalArgumentException.class,
                () -> JsonlResultReader.forEach(f, l -> { throw mine; })));
    }

    @Test
    void namesTheLineOfBadInput(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("r.jsonl"), "{\"path\":\"a\"}\n\n[1,2]\n");
        IOException e = assertThrows(IOException.class, () -> JsonlResultReader.readAll(f));
        assertTrue(e.getMessage().contains("r.jsonl:3: not a newsgauge JSONL result"), e.getMessage());
    }
}

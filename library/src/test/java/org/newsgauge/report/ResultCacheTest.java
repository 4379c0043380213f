package org.newsgauge.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.api.Contribution;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.text.Warning;

/** The cache's files, byte for byte, and what it makes of damaged ones. */
class ResultCacheTest {
    static final String HEAD = "{\"format\":1,\"key\":\"k\\\"\u00e9\"}\n";
    static final String ENTRY_A = "{\"sha256\":\"a1\",\"result\":{\"path\":\"x\u00e9.txt\",\"language\":\"eng\","
            + "\"warnings\":[{\"code\":\"no-article\",\"message\":\"none \u00e9\"}],\"topic\":{\"label\":\"b\u2013\","
            + "\"probability\":0.5,\"distribution\":{\"a\":0.1235,\"b\u2013\":0.5,\"c\":0.3765},"
            + "\"explanation\":[{\"feature\":\"f\\\"eat\",\"weight\":-0.3333}]}}}\n";
    static final String ENTRY_B = "{\"sha256\":\"b2\",\"result\":{\"path\":\"y.txt\",\"language\":\"und\","
            + "\"warnings\":[{\"code\":\"binary\",\"message\":\"bin\"}]}}\n";
    static final String KEY = "k\"\u00e9";

    @TempDir
    Path dir;

    Path file() {
        return dir.resolve("cache.jsonl");
    }

    static Labels a(String source) {
        return new Labels(source, Map.of("topic", Prediction.of("topic", List.of("a", "b\u2013", "c"),
                new double[] {0.123456789, 0.5, 0.376543211}, 1, List.of(new Contribution("f\"eat", -0.333333333)))),
                "eng", List.of(new Warning("no-article", "none \u00e9")));
    }

    static Labels b() {
        return new Labels("y.txt", Map.of(), "und", List.of(new Warning("binary", "bin")));
    }

    @Test
    void journalAndCacheFilesAreTheseBytes() throws IOException {
        try (ResultCache cache = ResultCache.open(file(), KEY)) {
            cache.record("a1", a("x\u00e9.txt"));
            cache.record("b2", b());
        }
        assertEquals(HEAD + ENTRY_A + ENTRY_B, Files.readString(ResultJournal.of(file()), StandardCharsets.UTF_8));
        try (ResultCache cache = ResultCache.open(file(), KEY)) {
            assertEquals(2, cache.size());
            Labels back = cache.lookup("a1", "renamed.txt");
            assertEquals("renamed.txt", back.source());
            cache.record("a1", cache.lookup("a1", "x\u00e9.txt"));
            cache.record("b2", cache.lookup("b2", "y.txt"));
            cache.commit();
        }
        assertEquals(HEAD + ENTRY_A + ENTRY_B, Files.readString(file(), StandardCharsets.UTF_8));
    }

    @Test
    void theJsonACallerBuiltAlreadyGivesTheSameLine() throws IOException {
        Labels io = new Labels("z.txt", Map.of(), "und", List.of(new Warning(Warning.IO, "cannot read")));
        try (ResultCache cache = ResultCache.open(file(), KEY)) {
            cache.record("a1", a("x\u00e9.txt"), JsonlResultWriter.toJson(a("x\u00e9.txt")));
            cache.record("b2", b(), null);
            cache.record("c3", io, JsonlResultWriter.toJson(io));
            cache.commit();
        }
        assertEquals(HEAD + ENTRY_A + ENTRY_B, Files.readString(file(), StandardCharsets.UTF_8), "no io result kept");
    }

    @Test
    void aWholeCacheIsReadBackAsWritten() throws IOException {
        Files.writeString(file(), HEAD + ENTRY_A + ENTRY_B, StandardCharsets.UTF_8);
        try (ResultCache cache = ResultCache.open(file(), KEY)) {
            assertEquals(2, cache.size());
            assertEquals(a("n.txt").warnings(), cache.lookup("a1", "n.txt").warnings());
            assertEquals(0.1235, cache.lookup("a1", "n.txt").get("topic").distribution().get("a"));
            assertEquals(2, cache.hits());
        }
        try (ResultCache cache = ResultCache.open(file(), "another key")) {
            assertEquals(0, cache.size());
        }
    }

    @Test
    void aCacheOfAnotherPackIsNotUsedAndTheLogSaysWhy() throws Exception {
        Files.writeString(file(), HEAD + ENTRY_A + ENTRY_B, StandardCharsets.UTF_8);
        String logged = org.newsgauge.testing.StderrLog.capture(() -> {
            try (ResultCache cache = ResultCache.open(file(), "another pack's key")) {
                assertEquals(0, cache.size());
            }
            return null;
        }).log();
        assertTrue(logged.contains("WARN") && logged.contains(file() + ": the cache was made with another pack or other"
                + " settings; its results are not used, every document is classified again"), logged);
    }

    @Test
    void aCacheWithADamagedLineIsDroppedWholeButItsJournalIsKept() throws IOException {
        List<byte[]> damaged = List.of("not json\n".getBytes(StandardCharsets.UTF_8),
                "{\"result\":{}}\n".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
                "[1]\n".getBytes(StandardCharsets.UTF_8), new byte[] {'"', (byte) 0xff, '"', '\n'});
        for (byte[] bad : damaged) {
            Files.writeString(file(), HEAD + ENTRY_A, StandardCharsets.UTF_8);
            Files.write(file(), bad, java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(ResultJournal.of(file()), HEAD + ENTRY_B, StandardCharsets.UTF_8);
            try (ResultCache cache = ResultCache.open(file(), KEY)) {
                assertEquals(1, cache.size(), new String(bad, StandardCharsets.UTF_8));
                assertNull(cache.lookup("a1", "x.txt"));
                assertNotNull(cache.lookup("b2", "y.txt"));
            }
        }
        Files.writeString(file(), "", StandardCharsets.UTF_8);
        try (ResultCache cache = ResultCache.open(file(), KEY)) {
            assertEquals(1, cache.size(), "an empty cache file");
        }
    }

    @Test
    void aCacheLineWithAnyShaIsKeptButGivesNoResultWithoutOne() throws IOException {
        Files.writeString(file(), HEAD + ENTRY_A + "{\"sha256\":5}\n", StandardCharsets.UTF_8);
        try (ResultCache cache = ResultCache.open(file(), KEY)) {
            assertEquals(2, cache.size());
            assertNull(cache.lookup("5", "x.txt"));
            assertEquals(0, cache.hits());
        }
    }

    @Test
    void aJournalLineThatIsNotAnEntryIsSkipped() throws IOException {
        Files.writeString(ResultJournal.of(file()), HEAD + "not json\n{\"sha256\":5,\"result\":{}}\n{\"sha256\":\"c3\"}\n\n"
                + ENTRY_A + "{\"sha256\":\"c4\",\"result\":[]}\n", StandardCharsets.UTF_8);
        try (ResultCache cache = ResultCache.open(file(), KEY)) {
            assertEquals(1, cache.size());
            assertNotNull(cache.lookup("a1", "x.txt"));
        }
    }

    @Test
    void aFileThatIsNotACacheIsRefusedNotOverwritten() throws IOException {
        List<byte[]> foreign = List.of("path,topic\nx.txt,sport\n".getBytes(StandardCharsets.UTF_8),
                "garbage".getBytes(StandardCharsets.UTF_8), "{\"path\":\"x.txt\"}\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xff, 0, 1, '\n'});
        for (byte[] bytes : foreign) {
            Files.write(file(), bytes);
            FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class, () -> ResultCache.open(file(), KEY));
            assertTrue(e.getMessage().startsWith(file() + ": is not a newsgauge cache"), e.getMessage());
            assertArrayEquals(bytes, Files.readAllBytes(file()), "left as it was");
        }
        Files.writeString(file(), "{\"format\":9,\"key\":\"other\"}\n", StandardCharsets.UTF_8);
        try (ResultCache cache = ResultCache.open(file(), KEY)) {
            assertEquals(0, cache.size(), "a cache of another format is ours, and stale");
        }
    }
}

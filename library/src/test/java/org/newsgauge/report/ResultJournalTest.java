package org.newsgauge.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.api.Labels;
import org.newsgauge.text.Warning;

/** The cache's journal: what a run that never commits leaves for the next one. */
class ResultJournalTest {
    @TempDir
    Path dir;

    Path cacheFile() {
        return dir.resolve("cache.jsonl");
    }

    static Labels result(int i) {
        return new Labels("doc" + i + ".txt", Map.of(), "eng", List.of(new Warning(Warning.LANGUAGE, "note " + i)));
    }

    static String sha(int i) {
        return String.format("%064x", i);
    }

    @Test
    void resultsAreOnDiskInBatchesBeforeTheRunEnds() throws IOException {
        try (ResultCache cache = ResultCache.open(cacheFile(), "k")) {
            for (int i = 0; i < ResultJournal.BATCH; i++) {
                cache.record(sha(i), result(i));
            }
            // not closed, not committed: what a killed process leaves
            List<String> lines = Files.readAllLines(ResultJournal.of(cacheFile()));
            assertEquals(1 + ResultJournal.BATCH, lines.size(), "a whole batch is flushed");
        }
    }

    @Test
    void aTornLastLineIsDroppedAndTheJournalGoesOn() throws IOException {
        try (ResultCache cache = ResultCache.open(cacheFile(), "k")) {
            for (int i = 0; i < 3; i++) {
                cache.record(sha(i), result(i));
            }
        }
        Path journal = ResultJournal.of(cacheFile());
        Files.writeString(journal, "{\"sha256\":\"" + sha(3) + "\",\"result\":{\"path\":\"doc3.t", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (ResultCache cache = ResultCache.open(cacheFile(), "k")) {
            assertEquals(3, cache.size());
            assertNull(cache.lookup(sha(3), "doc3.txt"), "the torn entry");
            cache.record(sha(3), result(3));
        }
        try (ResultCache cache = ResultCache.open(cacheFile(), "k")) {
            assertEquals(4, cache.size(), "the entry after the cut is whole");
            Labels three = cache.lookup(sha(3), "renamed.txt");
            assertNotNull(three);
            assertEquals("renamed.txt", three.source());
            assertEquals(result(3).warnings(), three.warnings());
            for (String line : Files.readAllLines(journal).subList(1, 5)) {
                assertTrue(line.startsWith("{\"sha256\":") && line.endsWith("}}"), line);
            }
        }
    }

    @Test
    void aCommitFoldsTheJournalIntoTheCache() throws IOException {
        try (ResultCache cache = ResultCache.open(cacheFile(), "k")) {
            cache.record(sha(1), result(1));
        }
        try (ResultCache cache = ResultCache.open(cacheFile(), "k")) {
            assertNotNull(cache.lookup(sha(1), "doc1.txt"));
            cache.record(sha(1), result(1));
            cache.record(sha(2), result(2));
            cache.commit();
        }
        assertFalse(Files.exists(ResultJournal.of(cacheFile())));
        assertEquals(3, Files.readAllLines(cacheFile()).size(), "head and two entries");
        try (ResultCache cache = ResultCache.open(cacheFile(), "k")) {
            assertEquals(2, cache.size());
        }
    }

    @Test
    void aJournalOfAnotherKeyOrDamagedIsStartedAfresh() throws IOException {
        try (ResultCache cache = ResultCache.open(cacheFile(), "k")) {
            cache.record(sha(1), result(1));
        }
        try (ResultCache cache = ResultCache.open(cacheFile(), "other")) {
            assertEquals(0, cache.size());
        }
        assertEquals(1, Files.readAllLines(ResultJournal.of(cacheFile())).size(), "only the new head line");
        Files.write(ResultJournal.of(cacheFile()), new byte[] {(byte) 0xff, 0, '\n', '{', '\n'});
        try (ResultCache cache = ResultCache.open(cacheFile(), "other")) {
            assertEquals(0, cache.size());
            cache.record(sha(2), result(2));
        }
        try (ResultCache cache = ResultCache.open(cacheFile(), "other")) {
            assertEquals(1, cache.size());
        }
    }
}

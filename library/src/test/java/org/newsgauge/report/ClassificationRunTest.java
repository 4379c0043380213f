package org.newsgauge.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Labels;
import org.newsgauge.data.DocumentFiles;
import org.newsgauge.testing.Corpus;

class ClassificationRunTest {
    @TempDir
    Path dir;
    Path docs;
    Path out;

    @BeforeEach
    void documents() throws IOException {
        docs = Files.createDirectories(dir.resolve("docs"));
        out = dir.resolve("out");
        List<Corpus.Row> rows = Corpus.rows(12, 5);
        for (int i = 0; i < rows.size(); i++) {
            Files.writeString(docs.resolve(String.format("d%02d.txt", i)), rows.get(i).text());
        }
        Files.write(docs.resolve("z-binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 9, 0});
    }

    /** The small pack, reading the synthetic texts as they are (they are too short for article extraction). */
    static ArticleClassifier classifier(org.newsgauge.model.ModelPack pack) {
        ArticleClassifier c = ArticleClassifier.of(pack);
        return c.withReader(c.reader().withExtraction(false));
    }

    RunSummary run(ArticleClassifier c, List<Labels> seen) throws IOException {
        return ClassificationRun.of(c, out).threads(3).relativeTo(dir)
                .run(DocumentFiles.find(List.of(docs)), seen::add);
    }

    @Test
    void secondRunClassifiesNothingAndWritesTheSameReports() throws IOException {
        ArticleClassifier c = classifier(SmallPack.get());
        List<Labels> first = new ArrayList<>();
        RunSummary s1 = run(c, first);
        assertEquals(13, s1.documents());
        assertEquals(13, s1.classified());
        assertEquals(1, s1.unreadable());
        assertEquals(1, s1.warningCounts().get("binary"));
        assertEquals(12, s1.labelCounts().get("topic").values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(List.of("low", "mid", "high"), List.copyOf(s1.labelCounts().get("level").keySet()));
        assertEquals("docs/d00.txt", first.get(0).source());
        byte[][] reports = read();

        List<Labels> second = new ArrayList<>();
        RunSummary s2 = run(c, second);
        assertEquals(0, s2.classified());
        assertEquals(13, s2.fromCache());
        assertEquals(first, second);
        assertArrayEquals(reports, read(), "reports are the same, byte for byte");
        assertTrue(s2.lines().get(0).startsWith("13 documents (0 classified, 13 from cache, 1 unreadable, 1 with warnings) in "));
        assertNoTemporaryFiles();
    }

    @Test
    void theCacheHoldsEachResultAsTheJsonlReportWritesIt() throws IOException {
        ArticleClassifier c = classifier(SmallPack.get());
        for (int round = 0; round < 2; round++) { // fresh, then from the cache
            run(c, new ArrayList<>());
            List<String> report = Files.readAllLines(out.resolve("results.jsonl"), StandardCharsets.UTF_8);
            List<String> cache = Files.readAllLines(out.resolve(ClassificationRun.CACHE_FILE), StandardCharsets.UTF_8);
            assertEquals(report.size() + 1, cache.size());
            for (int i = 0; i < report.size(); i++) {
                String sha = ResultCache.sha256(docs.resolve(i < 12 ? String.format("d%02d.txt", i) : "z-binary.txt"));
                assertEquals("{\"sha256\":\"" + sha + "\",\"result\":" + report.get(i) + "}", cache.get(i + 1));
            }
        }
    }

    /** The key in the head of the cache that a run of {@code c} with {@code explanations} writes into a fresh folder. */
    String cacheKey(ArticleClassifier c, int explanations) throws IOException {
        Path into = Files.createTempDirectory(dir, "out");
        ClassificationRun.of(c, into).explanations(explanations).run(DocumentFiles.find(List.of(docs)), l -> { });
        String head = Files.readAllLines(into.resolve(ClassificationRun.CACHE_FILE), StandardCharsets.UTF_8).get(0);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"format\":1,\"key\":\"([0-9a-f]{64})\"}").matcher(head);
        assertTrue(m.matches(), head);
        return m.group(1);
    }

    @Test
    void theCacheKeyIsTheSameForTheSameInputsAndChangesWithThePackBytesAndEverySetting() throws Exception {
        ArticleClassifier c = classifier(SmallPack.get());
        String key = cacheKey(c, 3);
        assertEquals(key, cacheKey(c, 3), "same pack and settings, another output folder: the same key");
        org.newsgauge.model.ModelPack p = SmallPack.get();
        org.newsgauge.model.ModelPack reread = org.newsgauge.model.PackReader.read(
                new java.io.ByteArrayInputStream(org.newsgauge.model.PackWriter.toBytes(p)), "small.ngpack");
        assertEquals(key, cacheKey(classifier(reread), 3), "the same pack read back from its bytes: the same key");

        org.newsgauge.model.Provenance v = p.provenance();
        org.newsgauge.model.ModelPack reseeded = new org.newsgauge.model.ModelPack(p.features(), p.dimensions(),
                new org.newsgauge.model.Provenance(v.libraryVersion(), v.algorithm(), v.params(), v.seed() + 1,
                        v.calibrationFolds(), v.trainingSource(), v.trainingSha256(), v.documents(), v.textColumns(), v.heldOut()));
        java.util.Set<String> keys = new java.util.HashSet<>(List.of(key,
                cacheKey(classifier(reseeded), 3),                                     // other pack bytes, same weights
                cacheKey(classifier(SmallPack.other()), 3),                            // another pack
                cacheKey(c, 5),                                                        // explanations
                cacheKey(c.withReader(c.reader().withExtraction(true)), 3),           // article extraction
                cacheKey(c.withReader(c.reader().withMaxBytes(10_000)), 3),           // size limit
                cacheKey(c.withReader(c.reader().withLanguageDetection(!c.reader().languageDetection())), 3)));
        assertEquals(7, keys.size(), "each change gives a key of its own: " + keys);
    }

    @Test
    void theRunsSettingsNameEveryReadingSettingAndTheLibraryVersion() throws IOException {
        ArticleClassifier c = classifier(SmallPack.get());
        ClassificationRun r = ClassificationRun.of(c, out).explanations(3);
        assertEquals("newsgauge=" + org.newsgauge.Version.CURRENT + ";extraction=false;maxBytes=" + c.reader().maxBytes()
                + ";language=" + c.reader().languageDetection() + ";explanations=3", r.settings());
    }

    @Test
    void aChangedDocumentKeepsTheKeyAndIsCachedUnderTheSha256OfItsNewBytes() throws IOException {
        ArticleClassifier c = classifier(SmallPack.get());
        String key = cacheKey(c, 3);
        Files.writeString(docs.resolve("d03.txt"), "Storm warning: heavy rain and flood alert in the region.");
        assertEquals(key, cacheKey(c, 3), "the key is the pack's and the settings'; a document is found by its content");
        ClassificationRun.of(c, out).explanations(3).relativeTo(dir).run(DocumentFiles.find(List.of(docs)), l -> { });
        assertTrue(Files.readAllLines(out.resolve(ClassificationRun.CACHE_FILE), StandardCharsets.UTF_8).stream()
                .anyMatch(l -> l.startsWith("{\"sha256\":\"4d64ea55a8e3a04e31f75dd4f3437d062fa0346ac525b7be6f53f29f1d865cba\","
                        + "\"result\":{\"path\":\"docs/d03.txt\"")), "SHA-256 of the new bytes, pinned");
    }

    @Test
    void changedFilesAndAnotherPackAreClassifiedAgain() throws IOException {
        ArticleClassifier c = classifier(SmallPack.get());
        run(c, new ArrayList<>());
        Files.writeString(docs.resolve("d03.txt"), "Storm warning: heavy rain and flood alert in the region.");
        Files.delete(docs.resolve("d04.txt"));
        Files.writeString(docs.resolve("d99.txt"), Files.readString(docs.resolve("d05.txt"))); // same content, new name
        List<Labels> seen = new ArrayList<>();
        RunSummary s = run(c, seen);
        assertEquals(13, s.documents());
        assertEquals(1, s.classified(), "only the changed file; the copy's content is known");
        assertEquals("docs/d05.txt", seen.get(4).source());
        assertEquals("docs/d99.txt", seen.get(11).source(), "results in file order, named as now");
        assertEquals(seen.get(4).predictions(), seen.get(11).predictions());

        ArticleClassifier other = classifier(SmallPack.other());
        assertEquals(13, run(other, new ArrayList<>()).classified(), "another pack: every file again");
        assertEquals(0, run(other, new ArrayList<>()).classified());
        assertEquals(13, run(other.withReader(other.reader().withMaxBytes(10_000)), new ArrayList<>()).classified(),
                "other reader settings: every file again");
    }

    @Test
    void withoutCacheEverythingIsClassifiedAndOnlyAskedFormatsAreWritten() throws IOException {
        ArticleClassifier c = classifier(SmallPack.get());
        RunSummary s = ClassificationRun.of(c, out).cache(false).formats(List.of(ReportFormat.CSV))
                .run(DocumentFiles.find(List.of(docs)), l -> { });
        assertEquals(13, s.classified());
        assertEquals(List.of(out.resolve("results.csv").toAbsolutePath()), s.reports());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("results.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
        List<String> csv = Files.readAllLines(out.resolve("results.csv"), StandardCharsets.UTF_8);
        assertEquals("path,topic,topic_p,level,level_p,language,warnings", csv.get(0));
        assertEquals(14, csv.size());
    }

    @Test
    void aFailedRunLeavesTheOldReports() throws IOException {
        ArticleClassifier c = classifier(SmallPack.get());
        run(c, new ArrayList<>());
        byte[][] before = read();
        Files.writeString(docs.resolve("d00.txt"), "Changed: the match ended in chaos as the coach left.");
        try {
            ClassificationRun.of(c, out).relativeTo(dir).run(DocumentFiles.find(List.of(docs)), l -> {
                throw new IllegalStateException("stop");
            });
        } catch (IllegalStateException expected) {
            // the consumer failed half-way
        }
        assertArrayEquals(before, read());
        assertNoTemporaryFiles();
    }

    /** A run that stops (the consumer throws, as an interrupt would) at document {@code at} (1-based). */
    void runStoppingAt(ArticleClassifier c, int at) {
        int[] seen = {0};
        assertThrows(IllegalStateException.class, () -> ClassificationRun.of(c, out).threads(3).relativeTo(dir)
                .run(DocumentFiles.find(List.of(docs)), l -> {
                    if (++seen[0] == at) {
                        throw new IllegalStateException("stopped");
                    }
                }));
    }

    Path journal() {
        return out.resolve(ClassificationRun.CACHE_FILE + ".journal");
    }

    @Test
    void theRunAfterACrashClassifiesOnlyWhatTheCrashedRunHadNotJournaled() throws IOException {
        ArticleClassifier c = classifier(SmallPack.get());
        runStoppingAt(c, 9); // documents 1 to 8 are done: written and journaled
        assertFalse(Files.exists(out.resolve(ClassificationRun.CACHE_FILE)), "no cache committed");
        List<String> lines = Files.readAllLines(journal());
        assertEquals(1 + 8, lines.size(), "a head line and the 8 finished documents");
        // as a kill in the middle of a write leaves it: the last entry torn in half
        String last = lines.get(lines.size() - 1);
        Files.writeString(journal(), String.join("\n", lines.subList(0, lines.size() - 1)) + "\n"
                + last.substring(0, last.length() / 2), StandardCharsets.UTF_8);

        List<Labels> seen = new ArrayList<>();
        RunSummary resumed = run(c, seen);
        assertEquals(13, resumed.documents());
        assertEquals(7, resumed.fromCache(), "the 7 whole journal entries");
        assertEquals(6, resumed.classified(), "the torn one and the 5 the crashed run never reached");
        assertFalse(Files.exists(journal()), "a completed run folds the journal into the cache");
        assertNoTemporaryFiles();

        List<Labels> fresh = new ArrayList<>();
        Files.delete(out.resolve(ClassificationRun.CACHE_FILE));
        run(c, fresh);
        assertEquals(fresh, seen, "results from the journal are those a fresh run gives");
        assertEquals(13, run(c, new ArrayList<>()).fromCache());
    }

    @Test
    void twoCrashesInARowKeepTheProgressOfBoth() throws IOException {
        ArticleClassifier c = classifier(SmallPack.get());
        run(c, new ArrayList<>());
        String cache = Files.readString(out.resolve(ClassificationRun.CACHE_FILE));
        for (int i = 0; i < 13; i++) { // every document changes
            Files.writeString(docs.resolve(String.format("d%02d.txt", i)), "Edited " + i + ": " + Corpus.rows(12, 5).get(i % 12).text());
        }
        Files.delete(docs.resolve("z-binary.txt"));
        runStoppingAt(c, 4); // 3 done
        runStoppingAt(c, 7); // 3 from the journal, 3 more done
        assertEquals(cache, Files.readString(out.resolve(ClassificationRun.CACHE_FILE)), "the cache is as the last whole run left it");
        RunSummary resumed = run(c, new ArrayList<>());
        assertEquals(6, resumed.fromCache());
        assertEquals(7, resumed.classified());
    }

    @Test
    void aJournalOfAnotherPackIsNotUsed() throws IOException {
        runStoppingAt(classifier(SmallPack.get()), 9);
        RunSummary other = run(classifier(SmallPack.other()), new ArrayList<>());
        assertEquals(13, other.classified());
        assertEquals(0, other.fromCache());
    }

    private byte[][] read() throws IOException {
        return new byte[][] {Files.readAllBytes(out.resolve("results.csv")), Files.readAllBytes(out.resolve("results.jsonl")),
                Files.readAllBytes(out.resolve("results.html"))};
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void aKilledRunsTemporaryFilesAreRemovedOnceAbandonedAndNothingElse() throws IOException {
        Files.createDirectories(out);
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - ClassificationRun.ABANDONED.toMillis() - 60_000);
        Path report = Files.writeString(out.resolve(".results.csv.k3j9x2.tmp"), "half a report");
        Path cache = Files.writeString(out.resolve("." + ClassificationRun.CACHE_FILE + ".a1b2c3.tmp"), "half a cache");
        Path fresh = Files.writeString(out.resolve(".results.jsonl.zz9.tmp"), "a live run's");
        Path foreign = Files.writeString(out.resolve("notes.tmp"), "someone else's");
        for (Path p : List.of(report, cache, foreign)) {
            Files.setLastModifiedTime(p, old);
        }
        run(classifier(SmallPack.get()), new java.util.ArrayList<>());
        assertFalse(Files.exists(report), "a killed run's report");
        assertFalse(Files.exists(cache), "a killed run's cache");
        assertTrue(Files.exists(fresh), "written to within the last minutes: perhaps a live run's");
        assertTrue(Files.exists(foreign), "not a name newsgauge makes");
        assertTrue(Files.exists(out.resolve("results.csv")));
    }
}

package org.newsgauge.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Labels;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.Dataset;
import org.newsgauge.testing.Corpus;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.TrainingOptions;

class PackRoundTripTest {
    static Dataset data;
    static ModelPack pack;
    static byte[] bytes;

    @BeforeAll
    static void train(@TempDir Path dir) throws Exception {
        data = CsvDatasetReader.builder().textColumns("text").labelColumns("topic")
                .ordinal("level", Corpus.LEVELS).build().read(Corpus.writeCsv(dir.resolve("c.csv"), 300, 1));
        pack = new PackTrainer(TrainingOptions.defaults()).train(data);
        bytes = PackWriter.toBytes(pack);
    }

    @Test
    void savedAndLoadedPackPredictsTheSame(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.ngpack");
        PackWriter.write(pack, f);
        ModelPack loaded = PackReader.read(f);
        ArticleClassifier a = ArticleClassifier.of(pack);
        ArticleClassifier b = ArticleClassifier.of(loaded);
        for (Corpus.Row r : Corpus.rows(50, 9)) {
            Labels la = a.classify(r.text());
            Labels lb = b.classify(r.text());
            assertEquals(la.predictions(), lb.predictions());
        }
        assertEquals(pack.provenance().trainingSha256(), loaded.provenance().trainingSha256());
        assertEquals("c.csv", loaded.provenance().trainingSource());
        assertEquals(pack.dimensions(), loaded.dimensions());
        assertTrue(loaded.provenance().heldOut().dimensions().get("topic").accuracy() > 0.8);
        // the same file read twice gives equal provenance, confusion matrices compared by their counts
        // (the manifest keeps figures to four decimals, so the trained pack's own are finer)
        assertEquals(loaded.provenance(), PackReader.read(f).provenance());
    }

    @Test
    void aPackWrittenOverAnotherKeepsItsPermissions(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions");
        Path f = Files.writeString(dir.resolve("p.ngpack"), "an older pack");
        java.util.Set<java.nio.file.attribute.PosixFilePermission> shared =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(f, shared);
        PackWriter.write(pack, f);
        assertArrayEquals(bytes, Files.readAllBytes(f));
        assertEquals(shared, Files.getPosixFilePermissions(f), "re-training over a pack keeps its mode 0640");
    }

    @Test
    void aFolderIsRefusedAndAFailedWriteLeavesTheOldPackAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.ngpack"));
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> PackWriter.write(pack, folder));
        assertTrue(Files.isDirectory(folder));

        Path f = Files.writeString(dir.resolve("p.ngpack"), "an older pack");
        Provenance p = pack.provenance();
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>(p.params());
        params.put("unwritable", new Object()); // no JSON for it: the manifest fails midway
        ModelPack broken = new ModelPack(pack.features(), pack.dimensions(), new Provenance(p.libraryVersion(), p.algorithm(),
                params, p.seed(), p.calibrationFolds(), p.trainingSource(), p.trainingSha256(), p.documents(),
                p.textColumns(), p.heldOut()));
        assertThrows(IllegalArgumentException.class, () -> PackWriter.write(broken, f));
        assertEquals("an older pack", Files.readString(f));
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("folder.ngpack", "p.ngpack"), files.map(x -> x.getFileName().toString()).sorted().toList(),
                    "no temporary file left");
        }
    }

    @Test
    void anotherWritersTemporaryFileIsNeverTouched(@TempDir Path dir) throws Exception {
        // the name a writer of the same pid and thread id took in another JVM (containers share pids)
        Path theirs = Files.writeString(dir.resolve(".p.ngpack." + ProcessHandle.current().pid() + "."
                + Thread.currentThread().getId() + ".tmp"), "another JVM's pack, half written");
        Path f = dir.resolve("p.ngpack");
        PackWriter.write(pack, f);
        assertArrayEquals(bytes, Files.readAllBytes(f));
        assertEquals("another JVM's pack, half written", Files.readString(theirs));
    }

    @Test
    void sameSeedGivesByteIdenticalPack() throws Exception {
        ModelPack again = new PackTrainer(TrainingOptions.defaults()).train(data);
        assertArrayEquals(bytes, PackWriter.toBytes(again));
        ModelPack other = new PackTrainer(TrainingOptions.defaults().withSeed(43)).train(data);
        assertTrue(!java.util.Arrays.equals(bytes, PackWriter.toBytes(other)), "another seed shuffles differently");
    }

    @Test
    void ordinalDimensionIsCumulativeAndProbabilitiesSumToOne() {
        DimensionModel level = pack.dimension("level");
        assertEquals(DimensionKind.ORDINAL, level.kind());
        assertEquals(Decoder.CUMULATIVE, level.decoder());
        Labels l = ArticleClassifier.of(pack).classify("crisis emergency clashes alert chaos on the stadium");
        assertEquals("high", l.get("level").label());
        assertEquals(1.0, l.get("level").distribution().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertEquals("sport", l.get("topic").label());
        assertTrue(l.get("topic").explanation().stream().anyMatch(c -> c.feature().equals("stadium")),
                l.get("topic").explanation().toString());
    }

    @Test
    void truncatedPackIsATypedError() {
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < 40; i++) {
            int cut = r.nextInt(bytes.length - 1);
            byte[] part = java.util.Arrays.copyOf(bytes, cut);
            assertThrows(ModelFormatException.class, () -> PackReader.read(new ByteArrayInputStream(part), "cut.ngpack"),
                    "cut at " + cut);
        }
    }

    @Test
    void packCutAfterItsLastEntryIsATypedError() {
        // the entries stream in before the zip directory: a cut inside the directory loses no
        // entry, and must still be refused as truncated
        int directory = lastIndexOf(bytes, new byte[] {'P', 'K', 1, 2});
        for (int cut : new int[] {bytes.length - 1, bytes.length - 22, directory + 46, directory}) {
            byte[] part = java.util.Arrays.copyOf(bytes, cut);
            ModelFormatException e = assertThrows(ModelFormatException.class,
                    () -> PackReader.read(new ByteArrayInputStream(part), "cut.ngpack"), "cut at " + cut);
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    @Test
    void packWithAZipCommentOrATrailingNewlineLoads() throws Exception {
        byte[] commented = java.util.Arrays.copyOf(bytes, bytes.length + 5);
        commented[bytes.length - 2] = 5; // the end record's comment length
        System.arraycopy("hello".getBytes(StandardCharsets.US_ASCII), 0, commented, bytes.length, 5);
        byte[] newline = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        newline[bytes.length] = '\n';
        for (byte[] b : List.of(commented, newline)) {
            assertEquals(pack.dimensions(), PackReader.read(new ByteArrayInputStream(b), "p.ngpack").dimensions());
        }
    }

    /** Start of the last central-directory header of the pack, whose entries come before it. */
    private static int lastIndexOf(byte[] b, byte[] sig) {
        int found = -1;
        for (int i = 0; i + sig.length <= b.length; i++) {
            if (b[i] == sig[0] && b[i + 1] == sig[1] && b[i + 2] == sig[2] && b[i + 3] == sig[3]) {
                found = found < 0 ? i : found;
            }
        }
        assertTrue(found > 0, "no central directory");
        return found;
    }

    @Test
    void manifestRecordsTheChosenLearnerAndC() {
        for (String dim : List.of("topic", "level")) {
            String learner = pack.provenance().learner(dim);
            Object c = pack.provenance().params().get("C." + dim);
            List<Double> allowed = learner.equals("svm") ? List.of(0.5, 1.0, 2.0) : List.of(0.125, 0.25, 0.5);
            assertTrue(List.of("svm", "nbsvm").contains(learner), dim + ": " + learner);
            assertTrue(allowed.contains(((Number) c).doubleValue()), dim + ": " + learner + " C=" + c);
            String figures = String.valueOf(pack.provenance().params().get("learner." + dim + ".held_out"));
            assertTrue(figures.contains("nbsvm C=0.25: ") && figures.contains(", svm C=0.5: "), figures);
        }
    }

    @Test
    void flippedBytesAreDetected() {
        SplittableRandom r = new SplittableRandom(5);
        int caught = 0;
        for (int i = 0; i < 60; i++) {
            byte[] copy = bytes.clone();
            int at = r.nextInt(copy.length);
            copy[at] ^= (byte) (1 + r.nextInt(255));
            try {
                ModelPack p = PackReader.read(new ByteArrayInputStream(copy), "flipped.ngpack");
                // a flip that leaves every entry intact (zip metadata only) must give the same model
                assertEquals(pack.dimensions(), p.dimensions(), "flip at " + at + " loaded a different model");
            } catch (ModelFormatException e) {
                caught++;
            } catch (Exception e) {
                throw new AssertionError("flip at " + at + " gave " + e, e);
            }
        }
        assertTrue(caught > 40, "most flips hit data: " + caught);
    }

    @Test
    void quotedNamesSurviveSaveAndLoadAndOnlyThenRaiseTheFormatVersion() throws Exception {
        assertTrue(manifest(bytes).contains("\"format_version\" : 1,"), "no names: version 1");
        TrainingOptions o = TrainingOptions.defaults();
        ModelPack named = new PackTrainer(o.withAnalyzer(o.analyzer().withQuotedNames(List.of("Office for Kosovo"))))
                .train(data);
        ModelPack loaded = PackReader.read(new ByteArrayInputStream(PackWriter.toBytes(named)), "named.ngpack");
        assertEquals(List.of("office for kosovo"), loaded.features().config().quotedNames());
        assertEquals(named.features().config(), loaded.features().config());
        assertTrue(manifest(PackWriter.toBytes(named)).contains("\"format_version\" : 2,"), "names: version 2");
        byte[] bad = rewriteManifest(PackWriter.toBytes(named),
                m -> m.replace("\"office for kosovo\"", "\"--\""));
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> PackReader.read(new ByteArrayInputStream(bad), "bad.ngpack"));
        assertTrue(e.getMessage().contains("quoted name"), e.getMessage());
        byte[] old = rewriteManifest(PackWriter.toBytes(named), m -> m.replace("\"format_version\" : 2", "\"format_version\" : 1"));
        e = assertThrows(ModelFormatException.class, () -> PackReader.read(new ByteArrayInputStream(old), "old.ngpack"));
        assertTrue(e.getMessage().contains("'quoted_names' in format 1"), e.getMessage());
    }

    @Test
    void stopWordsSurviveSaveAndLoadAndOnlyThenRaiseTheFormatVersion() throws Exception {
        TrainingOptions o = TrainingOptions.defaults();
        // the words must be in the data for their absence to say anything
        List<org.newsgauge.data.Example> named = new java.util.ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            org.newsgauge.data.Example e = data.examples().get(i);
            named.add(i % 3 == 0 ? new org.newsgauge.data.Example(e.id(), e.text() + " Kosovo and Serbia agreed.", e.labels(),
                    e.group(), e.line()) : e);
        }
        Dataset withNames = data.withExamples(named);
        ModelPack control = new PackTrainer(o).train(withNames);
        assertTrue(control.features().names().stream().anyMatch(n -> n.contains("kosovo")), "without stop words, a feature");
        ModelPack stopped = new PackTrainer(o.withAnalyzer(o.analyzer().withStopWords(List.of("Kosovo", "Serbia"))))
                .train(withNames);
        byte[] b = PackWriter.toBytes(stopped);
        assertTrue(manifest(b).contains("\"format_version\" : 4,"), "stop words: version 4");
        ModelPack loaded = PackReader.read(new ByteArrayInputStream(b), "stopped.ngpack");
        assertEquals(List.of("kosovo", "serbia"), loaded.features().config().stopWords());
        assertEquals(stopped.features().names(), loaded.features().names());
        assertFalse(loaded.features().names().stream().anyMatch(n -> n.matches("(q:)?(.* )?(kosovo|serbia)( .*)?")),
                loaded.features().names().toString());
        String text = "Kosovo and Serbia agreed on plates in Brussels.";
        assertArrayEquals(stopped.features().vectorize(text).indices(), loaded.features().vectorize(text).indices());
        byte[] old = rewriteManifest(b, m -> m.replace("\"format_version\" : 4", "\"format_version\" : 3"));
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> PackReader.read(new ByteArrayInputStream(old), "old.ngpack"));
        assertTrue(e.getMessage().contains("'stop_words' in format 3"), e.getMessage());
        byte[] two = rewriteManifest(b, m -> m.replace("\"serbia\"", "\"serbia's\""));
        e = assertThrows(ModelFormatException.class, () -> PackReader.read(new ByteArrayInputStream(two), "two.ngpack"));
        assertTrue(e.getMessage().contains("inconsistent") && e.getMessage().contains("one word"), e.getMessage());
        String word = stopped.features().names().stream().filter(n -> n.matches("[a-z]+")).findFirst().orElseThrow();
        byte[] feature = rewriteManifest(b, m -> m.replace("\"serbia\"", "\"" + word + "\""));
        e = assertThrows(ModelFormatException.class, () -> PackReader.read(new ByteArrayInputStream(feature), "f.ngpack"));
        assertTrue(e.getMessage().contains("stop word '" + word + "' is in a feature name"), e.getMessage());
    }

    @Test
    void newerFormatAsksForAnUpgrade() throws Exception {
        byte[] newer = rewriteManifest(bytes, m -> m.replace("\"format_version\" : 1", "\"format_version\" : 99"));
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> PackReader.read(new ByteArrayInputStream(newer), "newer.ngpack"));
        assertTrue(e.getMessage().contains("format 99") && e.getMessage().contains("newer build of the same version"),
                e.getMessage());
        byte[] later = rewriteManifest(newer, m -> m.replaceFirst("(\"library_version\" : \")[^\"]*", "$19.9.9"));
        e = assertThrows(ModelFormatException.class, () -> PackReader.read(new ByteArrayInputStream(later), "later.ngpack"));
        assertTrue(e.getMessage().contains("format 99") && e.getMessage().contains("upgrade newsgauge to the version that"
                + " wrote it (9.9.9)"), e.getMessage());
    }

    @Test
    void tamperedManifestChecksumIsDetected() throws Exception {
        byte[] tampered = rewriteManifest(bytes, m -> m.replaceFirst("(\"features.txt\" : \")[0-9a-f]", "$10"));
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> PackReader.read(new ByteArrayInputStream(tampered), "t.ngpack"));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void notAPackIsATypedError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.ngpack");
        Files.writeString(f, "hello");
        assertThrows(ModelFormatException.class, () -> PackReader.read(f));
        Files.write(f, new byte[0]);
        assertThrows(ModelFormatException.class, () -> PackReader.read(f));
    }

    static String manifest(byte[] pack) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pack))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("manifest.json")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no manifest");
    }

    static byte[] rewriteManifest(byte[] pack, java.util.function.UnaryOperator<String> edit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pack));
             ZipOutputStream zo = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("manifest.json")) {
                    data = edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zo.putNextEntry(new ZipEntry(e.getName()));
                zo.write(data);
                zo.closeEntry();
            }
        }
        return out.toByteArray();
    }

}

package org.newsgauge.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.newsgauge.data.CsvDatasetReader;
import org.newsgauge.data.DatasetException;
import org.newsgauge.model.Decoder;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.model.DimensionModel;
import org.newsgauge.model.LinearModel;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackWriter;
import org.newsgauge.model.Provenance;
import org.newsgauge.testing.Corpus;
import org.newsgauge.text.AnalyzerConfig;
import org.newsgauge.text.FeatureSpace;
import org.newsgauge.train.PackTrainer;
import org.newsgauge.train.TrainingOptions;

/** Packs and files shared by the hostile-input tests. */
final class Fixtures {
    private static ModelPack trained;
    private static Path trainedFile;

    private Fixtures() {
    }

    /** A small pack (topic nominal, level ordinal) trained once on the synthetic corpus. */
    static synchronized ModelPack trained() {
        if (trained == null) {
            try {
                Path dir = Files.createTempDirectory("hostile");
                Path csv = Corpus.writeCsv(dir.resolve("c.csv"), 200, 1);
                trained = new PackTrainer(TrainingOptions.defaults().withCalibrationFolds(0)).train(CsvDatasetReader.builder()
                        .textColumns("text").labelColumns("topic").ordinal("level", Corpus.LEVELS).build().read(csv));
                trainedFile = dir.resolve("small.ngpack");
                // removed when the JVM exits, file before folder (deleteOnExit runs in reverse order)
                dir.toFile().deleteOnExit();
                trainedFile.toFile().deleteOnExit();
                PackWriter.write(trained, trainedFile);
                Files.delete(csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DatasetException e) {
                throw new IllegalStateException(e);
            }
        }
        return trained;
    }

    /** The trained pack as a file (in a temporary folder deleted when the JVM exits). */
    static synchronized Path trainedFile() {
        trained();
        return trainedFile;
    }

    /** A tiny hand-made pack: {@code features} word features, one 3-label nominal dimension. */
    static ModelPack tiny(int features) {
        List<String> names = new ArrayList<>();
        float[] idf = new float[features];
        for (int f = 0; f < features; f++) {
            names.add("w" + f);
            idf[f] = 1 + f % 3;
        }
        float[] w = new float[features * 3];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i % 7 - 3) / 8f;
        }
        DimensionModel d = new DimensionModel("topic", DimensionKind.NOMINAL, List.of("a", "b", "c"), Decoder.SOFTMAX,
                new LinearModel(3, features, w, new float[] {0, 0.5f, -0.5f}), new double[] {1}, new double[3]);
        Provenance p = new Provenance("0.1.0", "svm", Map.of("C", 1.0), 42, 0, "tiny.csv", "00", 3, List.of("text"), null);
        return new ModelPack(FeatureSpace.fromNames(AnalyzerConfig.defaults(), names, idf), List.of(d), p);
    }

    /** A zip of the entries, in order (deflated, or stored when over 1 MB). */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry ze = new ZipEntry(e.getKey());
                if (e.getValue().length > 1 << 20) {
                    // big entries stored: quick to write, and not a zip bomb
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(e.getValue());
                    ze.setMethod(ZipEntry.STORED);
                    ze.setSize(e.getValue().length);
                    ze.setCompressedSize(e.getValue().length);
                    ze.setCrc(crc.getValue());
                }
                z.putNextEntry(ze);
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The entries of a zip, in order. */
    static Map<String, byte[]> unzip(byte[] pack) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(pack))) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                m.put(e.getName(), z.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /**
     * The entries of {@code pack} with its manifest edited and the entry checksums recomputed,
     * zipped again: damage that reaches the parser.
     */
    static byte[] edited(byte[] pack, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> edit,
                         Map<String, byte[]> extra) {
        try {
            // the manifest, then the extra entries in their order, then the pack's others
            Map<String, byte[]> old = unzip(pack);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("manifest.json", old.remove("manifest.json"));
            entries.putAll(extra);
            old.forEach(entries::putIfAbsent);
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode m =
                    (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(entries.get("manifest.json"));
            edit.accept(m);
            com.fasterxml.jackson.databind.node.ObjectNode sums = json.createObjectNode();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (!e.getKey().equals("manifest.json")) {
                    sums.put(e.getKey(), sha256(e.getValue()));
                }
            }
            m.set("entries", sums);
            entries.put("manifest.json", json.writeValueAsBytes(m));
            return zip(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 in hex, as in a pack's manifest. */
    static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

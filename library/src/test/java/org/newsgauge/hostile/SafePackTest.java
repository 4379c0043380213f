package org.newsgauge.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgauge.model.ModelFormatException;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackReader;
import org.newsgauge.model.PackWriter;

/**
 * Untrusted model packs: zip bombs, the limits on entries, dimensions, labels and features,
 * non-finite numbers, and a valid pack cut at many offsets and with bytes flipped at random.
 * Every case is a {@link ModelFormatException} or the very same model; never another exception,
 * never a different model loaded silently.
 */
class SafePackTest {
    static ModelPack pack;
    static byte[] bytes;

    @BeforeAll
    static void pack() throws IOException {
        pack = Fixtures.trained();
        bytes = PackWriter.toBytes(pack);
    }

    static ModelFormatException refused(byte[] b) {
        return assertThrows(ModelFormatException.class, () -> PackReader.read(new ByteArrayInputStream(b), "hostile.ngpack"));
    }

    /** Loads or refuses; a load must give the original model. Returns whether it was refused. */
    static boolean sameOrRefused(byte[] b, String what) {
        return sameOrRefused(pack, b, what);
    }

    static boolean sameOrRefused(ModelPack pack, byte[] b, String what) {
        ModelPack p;
        try {
            p = PackReader.read(new ByteArrayInputStream(b), "hostile.ngpack");
        } catch (ModelFormatException e) {
            return true;
        } catch (Throwable e) {
            throw new AssertionError(what + " gave " + e, e);
        }
        assertEquals(pack.dimensions(), p.dimensions(), what + " loaded a different model");
        assertArrayEquals(pack.features().idf(), p.features().idf(), what + " loaded other IDF values");
        for (int f = 0; f < pack.features().size(); f++) {
            assertEquals(pack.features().name(f), p.features().name(f), what + " loaded other features");
        }
        return false;
    }

    @Test
    void cutAtEveryOffsetIsRefusedOrTheSameModel() throws IOException {
        // every offset of a tiny pack: each local header, each entry's data, the central directory
        byte[] tiny = PackWriter.toBytes(Fixtures.tiny(6));
        ModelPack tinyPack = PackReader.read(new ByteArrayInputStream(tiny), "tiny.ngpack");
        int cen = centralDirectory(tiny);
        for (int cut = 0; cut < tiny.length; cut++) {
            boolean refused = sameOrRefused(tinyPack, Arrays.copyOf(tiny, cut), "cut at " + cut);
            // what may load is a pack cut inside its central directory, after every entry was read and checked
            assertTrue(refused || cut >= cen, "cut at " + cut + ", before the central directory at " + cen + ", loaded");
        }
        // and 500 offsets spread over a trained pack
        int trainedCen = centralDirectory(bytes);
        for (int i = 0; i < 500; i++) {
            int cut = (int) ((long) bytes.length * i / 500);
            assertTrue(sameOrRefused(Arrays.copyOf(bytes, cut), "cut at " + cut) || cut >= trainedCen,
                    "cut at " + cut + " of " + bytes.length + " loaded");
        }
    }

    /** Offset of the zip's central directory, from its end record. */
    static int centralDirectory(byte[] zip) {
        return java.nio.ByteBuffer.wrap(zip, zip.length - 6, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
    }

    @Test
    void randomFlipsAreRefusedOrTheSameModel() {
        SplittableRandom r = new SplittableRandom(6);
        int refused = 0;
        int n = 1000;
        for (int i = 0; i < n; i++) {
            byte[] copy = bytes.clone();
            int flips = 1 + r.nextInt(4);
            StringBuilder what = new StringBuilder("flips at");
            for (int k = 0; k < flips; k++) {
                int at = r.nextInt(copy.length);
                copy[at] ^= (byte) (1 + r.nextInt(255));
                what.append(' ').append(at);
            }
            if (sameOrRefused(copy, what.toString())) {
                refused++;
            }
        }
        assertTrue(refused > n * 0.8, refused + " of " + n + " refused");
    }

    @Test
    void zipBombIsRefusedBeforeItFillsTheMemory() throws IOException {
        // 64 MB of zeros deflate to 64 KB: far beyond the expansion allowed (a real bomb is bigger,
        // and is stopped at the same point: after 8 MB)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("manifest.json"));
            z.write("{\"format\":\"newsgauge-pack\",\"format_version\":1}".getBytes());
            z.putNextEntry(new ZipEntry("features.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                z.write(zeros);
            }
        }
        byte[] bomb = out.toByteArray();
        assertTrue(bomb.length < 256 << 10, "bomb of " + bomb.length + " bytes");
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        ModelFormatException e = refused(bomb);
        assertTrue(e.getMessage().contains("zip bomb") && e.getMessage().contains("features.txt"), e.getMessage());
        long after = rt.totalMemory() - rt.freeMemory();
        assertTrue(after - before < 48L << 20, "the refused bomb used " + ((after - before) >> 20) + " MB");
    }

    @Test
    void tooManyEntriesOrTheSameTwice() throws IOException {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= PackReader.MAX_ENTRIES; i++) {
            many.put("e" + i, new byte[1]);
        }
        assertTrue(refused(Fixtures.zip(many)).getMessage().contains("more than 256 entries"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a zip with one name twice, which ZipOutputStream refuses to write: patch the second name
        Map<String, byte[]> two = new LinkedHashMap<>();
        two.put("manifest.json", new byte[] {'{', '}'});
        two.put("manifest.jsoX", new byte[] {'{', '}'});
        byte[] z = Fixtures.zip(two);
        for (int i = 0; i + 13 <= z.length; i++) {
            if (new String(z, i, 13, java.nio.charset.StandardCharsets.ISO_8859_1).equals("manifest.jsoX")) {
                z[i + 12] = 'n';
            }
        }
        assertTrue(refused(z).getMessage().contains("twice"));
        out.close();
    }

    @Test
    void tooManyDimensionsOrLabels() throws IOException {
        byte[] tiny = PackWriter.toBytes(Fixtures.tiny(6));
        byte[] dims = Fixtures.edited(tiny, m -> {
            ArrayNode a = (ArrayNode) m.get("dimensions");
            ObjectNode d = (ObjectNode) a.get(0);
            for (int i = 1; i <= PackReader.MAX_DIMENSIONS; i++) {
                a.add(d.deepCopy().put("name", "d" + i));
            }
        }, Map.of());
        assertTrue(refused(dims).getMessage().contains("1 to 64 dimensions"), refused(dims).getMessage());
        byte[] labels = Fixtures.edited(tiny, m -> {
            ArrayNode l = (ArrayNode) m.get("dimensions").get(0).get("labels");
            for (int i = 0; i < PackReader.MAX_LABELS; i++) {
                l.add("l" + i);
            }
        }, Map.of());
        assertTrue(refused(labels).getMessage().contains("more than 10000 labels"), refused(labels).getMessage());
        byte[] twice = Fixtures.edited(tiny, m -> ((ArrayNode) m.get("dimensions").get(0).get("labels")).set(1, "a"), Map.of());
        assertTrue(refused(twice).getMessage().contains("repeated label"), refused(twice).getMessage());
    }

    @Test
    void tooManyFeatures() throws IOException {
        // 50,000,001 empty feature names, stored (not deflated) so that it is not a zip bomb
        byte[] lines = new byte[PackReader.MAX_FEATURES + 1];
        Arrays.fill(lines, (byte) '\n');
        Map<String, byte[]> extra = new LinkedHashMap<>();
        extra.put("features.txt", lines);
        byte[] b = Fixtures.edited(PackWriter.toBytes(Fixtures.tiny(6)), m -> { }, extra);
        ModelFormatException e = refused(b);
        assertTrue(e.getMessage().contains("more than 50000000 features"), e.getMessage());
    }

    @Test
    void nonFiniteOrHugeNumbersAreRefused() throws IOException {
        byte[] tiny = PackWriter.toBytes(Fixtures.tiny(6));
        byte[] nanIdf = new byte[24];
        java.nio.ByteBuffer.wrap(nanIdf).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(1).putFloat(Float.NaN);
        assertTrue(refused(Fixtures.edited(tiny, m -> { }, Map.of("idf.f32", nanIdf))).getMessage().contains("idf.f32"));
        byte[] hugeIdf = new byte[24];
        java.nio.ByteBuffer.wrap(hugeIdf).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(1).putFloat(3e38f);
        assertTrue(refused(Fixtures.edited(tiny, m -> { }, Map.of("idf.f32", hugeIdf))).getMessage().contains("IDF"));
        byte[] t0 = Fixtures.edited(tiny, m -> ((ArrayNode) m.get("dimensions").get(0).get("calibration")).set(0, 0.0), Map.of());
        assertTrue(refused(t0).getMessage().contains("temperature"), refused(t0).getMessage());
        byte[] shift = Fixtures.edited(tiny, m -> ((ArrayNode) m.get("dimensions").get(0).get("log_prior_shift")).set(0, 1e6), Map.of());
        assertTrue(refused(shift).getMessage().contains("log_prior_shift"), refused(shift).getMessage());
        byte[] text = Fixtures.edited(tiny, m -> ((ArrayNode) m.get("dimensions").get(0).get("calibration")).set(0, "x"), Map.of());
        assertTrue(refused(text).getMessage().contains("calibration"), refused(text).getMessage());
    }

    @Test
    void aPackIsReadWithoutJavaSerialization() throws IOException {
        // the reader builds the model from JSON and arrays: an ObjectInputStream never sees the bytes
        String src = new String(readSource("org/newsgauge/model/PackReader.java"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!src.contains("ObjectInputStream") && !src.contains("readObject") && !src.contains("Class.forName"));
    }

    private static byte[] readSource(String path) throws IOException {
        java.nio.file.Path p = java.nio.file.Path.of("src/main/java").resolve(path);
        try (InputStream in = java.nio.file.Files.newInputStream(p)) {
            return in.readAllBytes();
        }
    }
}

package org.newsgauge.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgauge.model.ModelPack;
import org.newsgauge.model.PackWriter;
import org.newsgauge.train.PackSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Build step that trains the default pack from {@code training-data/pack.json} (fixed seed) and
 * writes it into the library's classes, so the jar carries it. Run by the library's Maven build
 * ({@code exec-maven-plugin}, phase {@code process-classes}); not part of the public API.
 *
 * <pre>{@code
 * // what the library's build runs (exec-maven-plugin, process-classes), by hand from the checkout:
 * DefaultPackBuilder.main(new String[] {"training-data/pack.json", "library/target/classes/org/newsgauge/default.ngpack"});
 * }</pre>
 *
 * <p>A build step run once per build; not for concurrent use.
 */
public final class DefaultPackBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultPackBuilder.class);

    private DefaultPackBuilder() {
    }

    /**
     * Trains the default pack and writes it, unless the pack file is newer than the spec, its
     * data and the library's compiled classes (then it is left as it is).
     *
     * @param args the pack spec (JSON) and the pack file to write
     * @throws IllegalArgumentException when there are not exactly two arguments, or the spec's
     *                                  data cannot train a pack
     * @throws org.newsgauge.data.DatasetException when the spec or its data is not valid (the
     *                                  message names the file and line)
     * @throws java.io.IOException      when the spec or the data cannot be read, or the pack cannot be
     *                                  written
     * @throws Exception                declared for the build's exec plugin; only the above are thrown
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DefaultPackBuilder SPEC.json OUTPUT.ngpack");
        }
        Path specFile = Path.of(args[0]);
        Path out = Path.of(args[1]);
        PackSpec spec = PackSpec.read(specFile);
        if (Files.exists(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(spec.data())) > 0
                && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(specFile)) > 0
                && Files.getLastModifiedTime(out).toMillis() > newestClass()) {
            LOG.info("default pack {} is up to date", out.getFileName());
            return;
        }
        long t0 = System.nanoTime();
        ModelPack pack = spec.train();
        PackWriter.write(pack, out);
        LOG.info("default pack: {} documents, {} features, {} ms -> {}", pack.provenance().documents(), pack.features().size(),
                (System.nanoTime() - t0) / 1_000_000, out.getFileName());
    }

    /**
     * When the newest class of the library was compiled (0 when it runs from a jar): a pack older
     * than the code that trains it is trained again, not kept because its data did not change.
     */
    private static long newestClass() throws java.io.IOException {
        Path classes;
        try {
            classes = Path.of(DefaultPackBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return 0;
        }
        if (!Files.isDirectory(classes)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(classes)) {
            long newest = 0;
            for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
            }
            return newest;
        }
    }
}

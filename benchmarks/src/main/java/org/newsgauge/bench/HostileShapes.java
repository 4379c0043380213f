package org.newsgauge.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.newsgauge.hostile.HostilePages;
import org.newsgauge.text.DocumentReader;
import org.newsgauge.text.SourceDocument;

/**
 * Times the hostile pages of docs/hostile-input.md that were once quadratic, at growing sizes:
 * {@link DocumentReader#read(Path)} in this JVM (reading, charset, extraction; no classifier),
 * the median of three reads after one warm-up, so that time growing with the square of the size
 * shows against linear growth. The pages are those of {@code BadInputMatrixTest}
 * ({@link HostilePages}), built to the given number of bytes (the reader cuts a file at 2 MB).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.newsgauge.bench.HostileShapes [--sizes 16384,65536,2000000]
 *     [--shapes table,md-hashes,md-brackets,og-title,title-headings,md-quotes]
 * </pre>
 *
 * The figures before each fix were taken by compiling this class against the library of the
 * commit before the fix (small sizes only: the 2 MB figures of those are extrapolated).
 */
public final class HostileShapes {
    private HostileShapes() {
    }

    /** The pages, by name: the file name (its extension sets the format) and the page of about n bytes. */
    static final Map<String, Shape> SHAPES = new LinkedHashMap<>();

    record Shape(String file, IntFunction<String> page) {
    }

    static {
        SHAPES.put("table", new Shape("table.html", HostilePages::table));
        SHAPES.put("md-hashes", new Shape("hashes.md", n -> HostilePages.markdown("## " + "#".repeat(n) + "x")));
        SHAPES.put("md-brackets", new Shape("brackets.md", n -> HostilePages.markdown("[".repeat(n))));
        SHAPES.put("md-quotes", new Shape("quotes.md", n -> HostilePages.markdown(">".repeat(n))));
        SHAPES.put("og-title", new Shape("og-title.html", HostilePages::ogTitleOfSpaces));
        SHAPES.put("title-headings", new Shape("title.html", n -> HostilePages.titleAndHeadings(n / 2, n)));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = Options.parse(args, Set.of("sizes", "shapes"));
        int[] sizes = Arrays.stream(opt.getOrDefault("sizes", "16384,32768,65536,2000000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        String[] shapes = opt.getOrDefault("shapes", String.join(",", SHAPES.keySet())).split(",");
        DocumentReader reader = DocumentReader.defaults();
        Path dir = Files.createTempDirectory("ng-hostile");
        System.out.println("shape            bytes      ms (median of 3)  warnings");
        for (String name : shapes) {
            Shape shape = SHAPES.get(name);
            if (shape == null) {
                throw new IllegalArgumentException("unknown shape " + name + "; one of " + SHAPES.keySet());
            }
            for (int n : sizes) {
                Path f = dir.resolve(shape.file());
                Files.writeString(f, shape.page().apply(n), StandardCharsets.UTF_8);
                SourceDocument doc = reader.read(f);
                double[] ms = new double[3];
                for (int r = 0; r < ms.length; r++) {
                    long t0 = System.nanoTime();
                    doc = reader.read(f);
                    ms[r] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "%-15s %9d %12.0f        %s%n", name, Files.size(f), ms[1],
                        doc.warnings().stream().map(w -> w.code()).toList());
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}

package org.newsgauge.text.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every line of the extraction test pages and the training pages, as texts for the lexicon's tests. */
final class PageLines {

    private PageLines() {
    }

    static List<String> read() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path dir : new Path[] {Path.of("src/test/resources/extraction"), Path.of("..", "training-data", "pages")}) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                    lines.addAll(List.of(text.split("\n")));
                }
            }
        }
        return lines;
    }
}

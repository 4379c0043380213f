package org.newsgauge.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code ```java} blocks of the project's README, each with the README line of its opening
 * fence. Test code shared by the library's and the Spark module's README tests (a test source root
 * of both, see their POMs), which split the blocks between them by {@link Block#isSpark()}: one
 * predicate, so that no block is compiled by neither.
 *
 * <pre>{@code
 * for (ReadmeJavaBlocks.Block b : ReadmeJavaBlocks.read(ReadmeJavaBlocks.README)) {
 *     b.line();      // 924: the line of its ```java fence
 *     b.isSpark();   // true: compiled by the spark module's test, not the library's
 * }
 * }</pre>
 */
public final class ReadmeJavaBlocks {
    /** The README seen from a module's folder, where Surefire runs the tests: both modules sit at the root. */
    public static final Path README = Path.of("..", "README.md");

    /** A block that mentions Spark needs Spark's classes, which only the spark module's class path has. */
    private static final Pattern SPARK = Pattern.compile("\\bspark\\b", Pattern.CASE_INSENSITIVE);

    private ReadmeJavaBlocks() {
    }

    /** The {@code ```java} blocks of a Markdown file, in order. */
    public static List<Block> read(Path markdown) throws IOException {
        return parse(Files.readAllLines(markdown));
    }

    /** The {@code ```java} blocks of a Markdown file's lines, each with the 1-based line of its opening fence. */
    public static List<Block> parse(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("```java")) {
                int start = i;
                while (++i < lines.size() && !lines.get(i).strip().equals("```")) {
                    // the block's lines
                }
                blocks.add(new Block(start + 1, List.copyOf(lines.subList(start + 1, i))));
            }
        }
        return blocks;
    }

    /** A {@code ```java} block: the README line of its opening fence and its lines. */
    public record Block(int line, List<String> lines) {
        public String text() {
            return String.join("\n", lines);
        }

        /** Whether the block is about Spark (mentions it): the spark module compiles it, the library does not. */
        public boolean isSpark() {
            return SPARK.matcher(text()).find();
        }
    }
}

package org.newsgauge.spark;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgauge.readme.ReadmeJavaBlocks.Block;
import org.newsgauge.readme.ReadmeSnippetTests;
import org.newsgauge.readme.SnippetCompiler;

/**
 * Compiles the README's Spark {@code ```java} blocks against this module's test class path (Spark,
 * the module, the library), so that a renamed method of the Spark API fails the build, naming the
 * README line. The other blocks are the library's {@code ReadmeSnippetsTest}'s: the two split them
 * with one predicate ({@link Block#isSpark()}), so every block is compiled by one of them. The
 * blocks are not run: compiling is the check.
 */
class ReadmeSparkSnippetsTest {
    /** Spark's SQL types and the module; not the library's {@code org.newsgauge.data}, whose Dataset would clash. */
    private static final List<String> IMPORTS = List.of("java.util.*", "java.nio.file.*",
            "org.apache.spark.sql.*", "org.newsgauge.spark.*");

    /** The reader's own session and table, which the README's Spark fragments use without declaring. */
    private static final List<String> PREAMBLE = List.of(
            "SparkSession spark = null;",
            "Dataset<Row> articles = null;");

    @TestFactory
    Stream<DynamicTest> everySparkSnippetCompiles() throws IOException {
        return ReadmeSnippetTests.compileEach(Block::isSpark, "about Spark",
                "a core library snippet, compiled by the library module's ReadmeSnippetsTest",
                new SnippetCompiler(IMPORTS, PREAMBLE));
    }
}

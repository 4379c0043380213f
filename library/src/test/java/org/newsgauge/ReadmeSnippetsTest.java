package org.newsgauge;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgauge.readme.ReadmeSnippetTests;
import org.newsgauge.readme.SnippetCompiler;

/**
 * Compiles the README's {@code ```java} blocks about the core library, so that an API change
 * cannot leave them wrong: nothing else compiles them. A failure names the README line of the
 * block and of each error. The blocks are not run (they read files that are not here): compiling
 * is the check. The Spark blocks are skipped here, as the library's class path has no Spark: the
 * spark module's {@code ReadmeSparkSnippetsTest} compiles them (the two split the blocks with one
 * predicate, {@code ReadmeJavaBlocks.Block.isSpark}, in {@code src/test-shared}).
 */
class ReadmeSnippetsTest {
    /** The imports every snippet gets: the JDK's usual ones and the library's packages the README uses. */
    private static final List<String> IMPORTS = List.of("java.util.*", "java.nio.file.*", "java.io.*",
            "org.newsgauge.api.*", "org.newsgauge.text.*", "org.newsgauge.data.*", "org.newsgauge.train.*",
            "org.newsgauge.model.*", "org.newsgauge.eval.*", "org.newsgauge.metrics.*");

    /**
     * Stands for the user's own variables, which the README's fragments use without declaring:
     * {@code text} (first block), {@code texts} (Use it from Java),
     * {@code dataset} (comparing packs).
     */
    private static final List<String> PREAMBLE = List.of(
            "String text = \"\";",
            "List<String> texts = List.of();",
            "Dataset dataset = null;");

    @TestFactory
    Stream<DynamicTest> everyCoreSnippetCompiles() throws IOException {
        return ReadmeSnippetTests.compileEach(b -> !b.isSpark(), "about the core library",
                "a Spark snippet, compiled by the spark module's ReadmeSparkSnippetsTest (Spark is not on the"
                        + " library module's class path)",
                new SnippetCompiler(IMPORTS, PREAMBLE));
    }
}

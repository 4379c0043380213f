package org.newsgauge.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.newsgauge.readme.ReadmeJavaBlocks.Block;

/**
 * The dynamic tests of a module's README check: one per {@code ```java} block of the README, named
 * after its line; the module's own blocks are compiled, the others reported as skipped with where
 * they are compiled instead.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> everySparkSnippetCompiles() throws IOException {
 *     return ReadmeSnippetTests.compileEach(Block::isSpark, "about Spark",
 *             "compiled by the library module's ReadmeSnippetsTest", new SnippetCompiler(imports, preamble));
 * }
 * }</pre>
 */
public final class ReadmeSnippetTests {
    private ReadmeSnippetTests() {
    }

    /**
     * @param mine       the blocks this module compiles
     * @param what       what they are about, for the message when there are none ("about Spark")
     * @param elsewhere  why the other blocks are skipped here and where they are compiled
     * @param compiler   compiles one block
     */
    public static Stream<DynamicTest> compileEach(Predicate<Block> mine, String what, String elsewhere,
            SnippetCompiler compiler) throws IOException {
        Path readme = ReadmeJavaBlocks.README;
        if (!Files.isRegularFile(readme)) {
            // aborted in a test, not in the factory: Surefire reports an aborted factory as nothing at all
            return Stream.of(DynamicTest.dynamicTest("README.md", () -> Assumptions.abort(
                    "SKIPPED: no README.md beside the module (looked for " + readme.toAbsolutePath().normalize()
                    + "); the test runs in a full checkout")));
        }
        List<Block> blocks = ReadmeJavaBlocks.read(readme);
        assertTrue(blocks.stream().anyMatch(mine),
                "no ```java block " + what + " found in " + readme + ": has the README's fence changed?");
        return blocks.stream().map(b -> DynamicTest.dynamicTest("README.md line " + b.line(), () -> {
            if (!mine.test(b)) {
                Assumptions.abort("SKIPPED README.md line " + b.line() + ": " + elsewhere);
            }
            compiler.compile(b);
        }));
    }
}

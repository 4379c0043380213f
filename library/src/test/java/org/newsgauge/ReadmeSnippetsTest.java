package org.newsgauge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles the README's {@code ```java} blocks about the core library, so that an API change
 * cannot leave them wrong: nothing else compiles them. Each block becomes a class of its own, its
 * {@code import} lines on top and its other lines in a method body; a failure names the README
 * line of the block and of each error. The blocks are not run (they read files that are not here):
 * compiling is the check. The Spark blocks are skipped: the library's class path has no Spark.
 */
class ReadmeSnippetsTest {
    /** The imports every snippet gets: the JDK's usual ones and the library's packages the README uses. */
    private static final List<String> IMPORTS = List.of("java.util.*", "java.nio.file.*", "java.io.*",
            "org.newsgauge.api.*", "org.newsgauge.text.*", "org.newsgauge.data.*", "org.newsgauge.train.*",
            "org.newsgauge.model.*", "org.newsgauge.eval.*");

    /**
     * Stands for the user's own variables, which the README's fragments use without declaring:
     * {@code text} (first block), {@code texts} and {@code files} (Use it from Java),
     * {@code dataset} (comparing packs).
     */
    private static final List<String> PREAMBLE = List.of(
            "String text = \"\";",
            "List<String> texts = List.of();",
            "List<Path> files = List.of();",
            "Dataset dataset = null;");

    /** A block that mentions Spark needs Spark's classes, which the library module's class path lacks. */
    private static final Pattern SPARK = Pattern.compile("\\bspark\\b", Pattern.CASE_INSENSITIVE);

    @TestFactory
    Stream<DynamicTest> everyCoreSnippetCompiles() throws IOException {
        Path readme = Path.of("..", "README.md");
        if (!Files.isRegularFile(readme)) {
            // aborted in a test, not in the factory: Surefire reports an aborted factory as nothing at all
            return Stream.of(DynamicTest.dynamicTest("README.md", () -> Assumptions.abort(
                    "SKIPPED: no README.md beside the library module (looked for "
                    + readme.toAbsolutePath().normalize() + "); the test runs in a full checkout")));
        }
        List<Block> blocks = javaBlocks(Files.readAllLines(readme));
        assertFalse(blocks.stream().allMatch(b -> SPARK.matcher(b.text()).find()),
                "no ```java block about the core library found in " + readme + ": has the README's fence changed?");
        return blocks.stream().map(b -> DynamicTest.dynamicTest("README.md line " + b.line(), () -> {
            if (SPARK.matcher(b.text()).find()) {
                Assumptions.abort("SKIPPED README.md line " + b.line() + ": a Spark snippet, and Spark is not"
                        + " on the library module's class path, so it is not compiled here");
            }
            compile(b);
        }));
    }

    /** The {@code ```java} blocks of a Markdown file, each with the 1-based line of its opening fence. */
    private static List<Block> javaBlocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("```java")) {
                int start = i;
                while (++i < lines.size() && !lines.get(i).strip().equals("```")) {
                    // the block's lines
                }
                blocks.add(new Block(start + 1, lines.subList(start + 1, i)));
            }
        }
        return blocks;
    }

    private static void compile(Block block) throws IOException {
        Unit unit = new Unit(block);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "no Java compiler: run the tests on a JDK, not a JRE");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("--release", "17", "-proc:none",
                "-classpath", System.getProperty("java.class.path"));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            boolean ok = javac.getTask(null, new Discarding(files), diagnostics, options, null,
                    List.of(new Source(unit.className, unit.source()))).call();
            if (!ok) {
                fail("the ```java block at README.md line " + block.line() + " does not compile:\n"
                        + diagnostics.getDiagnostics().stream()
                                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                                .map(unit::describe)
                                .collect(Collectors.joining("\n")));
            }
        }
    }

    /** A {@code ```java} block: the README line of its opening fence and its lines. */
    record Block(int line, List<String> lines) {
        String text() {
            return String.join("\n", lines);
        }
    }

    /**
     * A block made a compilation unit, with the README line of each of its lines (0 for the lines
     * the test adds), so that an error names the README's line.
     */
    private static final class Unit {
        final String className;
        private final List<String> lines = new ArrayList<>();
        private final List<Integer> readmeLines = new ArrayList<>();

        Unit(Block block) {
            className = "Snippet" + block.line();
            IMPORTS.forEach(i -> add("import " + i + ";", 0));
            addBlockLines(block, true);
            add("class " + className + " {", 0);
            add("static void snippet() throws Exception {", 0);
            PREAMBLE.forEach(p -> add(p, 0));
            addBlockLines(block, false);
            add("}}", 0);
        }

        private void addBlockLines(Block block, boolean imports) {
            for (int i = 0; i < block.lines().size(); i++) {
                String line = block.lines().get(i);
                if (line.strip().startsWith("import ") == imports) {
                    add(line, block.line() + 1 + i);
                }
            }
        }

        private void add(String line, int readmeLine) {
            lines.add(line);
            readmeLines.add(readmeLine);
        }

        String source() {
            return String.join("\n", lines) + "\n";
        }

        /** An error as "README.md:LINE: message", or as on a line the test adds. */
        String describe(Diagnostic<? extends JavaFileObject> d) {
            int n = (int) d.getLineNumber();
            String message = d.getMessage(Locale.ROOT);
            if (n < 1 || n > lines.size()) {
                return "  " + message;
            }
            String line = lines.get(n - 1).strip();
            return readmeLines.get(n - 1) > 0
                    ? "  README.md:" + readmeLines.get(n - 1) + ": " + message + "\n      " + line
                    : "  on a line the test adds (" + line + "): " + message;
        }
    }

    /** A compilation unit held in a string. */
    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }

    /** Throws away the class files: compiling is the check, nothing is run. */
    private static final class Discarding extends ForwardingJavaFileManager<StandardJavaFileManager> {
        Discarding(StandardJavaFileManager files) {
            super(files);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + className + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return OutputStream.nullOutputStream();
                }
            };
        }
    }
}

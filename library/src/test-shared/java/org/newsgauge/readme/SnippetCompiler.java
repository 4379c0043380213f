package org.newsgauge.readme;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.newsgauge.readme.ReadmeJavaBlocks.Block;

/**
 * Compiles a README {@code ```java} block in memory with {@code --release 17} against the running
 * test's class path, and fails naming the README line of each error. The block becomes a class of
 * its own, its {@code import} lines on top and its other lines in a method body after a preamble
 * that declares the variables the README uses without declaring. Nothing is run: compiling is the
 * check.
 *
 * <pre>{@code
 * new SnippetCompiler(List.of("org.newsgauge.api.*"), List.of("String text = \"\";")).compile(block);
 * // fails with: the ```java block at README.md line 19 does not compile:
 * //   README.md:20: cannot find symbol ...
 * }</pre>
 */
public final class SnippetCompiler {
    private final List<String> imports;
    private final List<String> preamble;

    /**
     * @param imports  what every block imports on demand ({@code "java.util.*"}), besides its own imports
     * @param preamble statements before each block's lines, declaring the reader's own variables
     */
    public SnippetCompiler(List<String> imports, List<String> preamble) {
        this.imports = List.copyOf(imports);
        this.preamble = List.copyOf(preamble);
    }

    /** Compiles {@code block}; fails the test, naming the README lines, if it does not compile. */
    public void compile(Block block) throws IOException {
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

    /**
     * A block made a compilation unit, with the README line of each of its lines (0 for the lines
     * the test adds), so that an error names the README's line.
     */
    private final class Unit {
        final String className;
        private final List<String> lines = new ArrayList<>();
        private final List<Integer> readmeLines = new ArrayList<>();

        Unit(Block block) {
            className = "Snippet" + block.line();
            imports.forEach(i -> add("import " + i + ";", 0));
            addBlockLines(block, true);
            add("class " + className + " {", 0);
            add("static void snippet() throws Exception {", 0);
            preamble.forEach(p -> add(p, 0));
            addBlockLines(block, false);
            add("}}", 0);
        }

        private void addBlockLines(Block block, boolean importLines) {
            for (int i = 0; i < block.lines().size(); i++) {
                String line = block.lines().get(i);
                if (line.strip().startsWith("import ") == importLines) {
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

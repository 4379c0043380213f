package org.newsgauge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Labels;
import org.newsgauge.model.PackReader;
import org.newsgauge.testing.Corpus;

/**
 * Compiles the example project {@code examples/java-api} against this build and runs its
 * programs, so that the examples a user copies cannot go stale: nothing else builds them (the
 * project is standalone, outside the reactor, as a user's would be).
 */
class ExamplesTest {
    private static final Path SOURCES = Path.of("../examples/java-api/src/main/java");

    private static URLClassLoader compiled(Path classes) throws Exception {
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "-Xlint:all,-path", "-Werror", "-proc:none"));
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, errors, errors, args.toArray(new String[0]));
        assertEquals(0, rc, "examples/java-api does not compile against this build:\n" + errors);
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ExamplesTest.class.getClassLoader());
    }

    /** Runs {@code main} of the example class with {@code args} and returns what it printed. */
    private static String run(ClassLoader loader, String example, String... args) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            loader.loadClass("org.newsgauge.example." + example).getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void trainAndEvaluateTrainsSavesLoadsAndScoresAPack(@TempDir Path dir) throws Exception {
        Path train = Corpus.writeCsv(dir.resolve("train.csv"), 300, 1);
        Path test = Corpus.writeCsv(dir.resolve("test.csv"), 100, 2);
        Path pack = dir.resolve("topic.ngpack");
        try (URLClassLoader loader = compiled(Files.createDirectory(dir.resolve("classes")))) {
            String out = run(loader, "TrainAndEvaluate", train.toString(), test.toString(), "text", "topic", pack.toString());
            Matcher m = Pattern.compile("topic: 100 test rows, accuracy (\\d\\.\\d{3}), macro-F1 \\d\\.\\d{3}, learner (\\S+)")
                    .matcher(out);
            assertTrue(m.find(), out);
            assertTrue(Double.parseDouble(m.group(1)) >= 0.85, out);
            assertEquals(PackReader.read(pack).provenance().learner("topic"), m.group(2));
            for (String label : Corpus.TOPICS) {
                assertTrue(out.contains("  " + label + " "), "a line for " + label + ":\n" + out);
            }
        }
    }

    @Test
    void classifyFolderPrintsWhatTheDefaultPackSaysOfEachSampleArticle(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(ExamplesTest.class.getResource(ArticleClassifier.DEFAULT_PACK_RESOURCE) != null,
                "SKIPPED: built without the default pack (-Dnewsgauge.skipDefaultPack=true)");
        Path articles = Path.of("../examples/articles");
        try (URLClassLoader loader = compiled(Files.createDirectory(dir.resolve("classes")))) {
            String out = run(loader, "ClassifyFolder", articles.toString());
            List<Path> files;
            try (Stream<Path> s = Files.list(articles)) {
                files = s.sorted().toList();
            }
            for (Path f : files) {
                Labels expected = ArticleClassifier.defaults().classify(f);
                int at = out.indexOf(f.getFileName() + System.lineSeparator());
                assertTrue(at >= 0, f.getFileName() + " in:\n" + out);
                for (String dim : List.of("topic", "stance", "tension")) {
                    String line = String.format("  %-8s %-11s %.2f", dim, expected.get(dim).label(),
                            expected.get(dim).probability());
                    assertTrue(out.indexOf(line, at) >= 0, line + " after " + f.getFileName() + " in:\n" + out);
                }
            }
        }
    }
}

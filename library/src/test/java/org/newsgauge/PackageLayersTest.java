package org.newsgauge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's packages form layers: no package depends, directly or through others, on a
 * package that depends on it. A cycle is how a package stops showing the architecture (the value
 * types of {@code metrics} once sat in {@code eval} beside the evaluators that use the model, so
 * {@code model} and {@code eval} needed each other). A failure names the cycle and the files that
 * make its first step.
 *
 * <p>Read from the sources (imports and qualified names in code, comments and string literals
 * left out), with sub-packages counted as their top package ({@code text.extract} is
 * {@code text}).
 */
class PackageLayersTest {
    private static final Path SOURCES = Path.of("src/main/java/org/newsgauge");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.newsgauge\\.([a-z]+)\\.");
    /**
     * Comments and literals, matched in one left-to-right pass so that neither hides the other: a
     * {@code "/*"} in a string is no comment, a {@code "} in a comment no string.
     */
    private static final Pattern NOT_CODE = Pattern.compile(
            "\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'|/\\*.*?\\*/|//[^\\n]*",
            Pattern.DOTALL);

    @Test
    void theLibrarysPackagesHaveNoCycle() throws IOException {
        Map<String, Map<String, Set<String>>> graph = read(SOURCES);
        assertTrue(graph.keySet().containsAll(List.of("api", "text", "model", "train", "eval", "metrics", "cli")),
                "expected the library's packages under " + SOURCES.toAbsolutePath() + ", found " + graph.keySet());
        List<String> cycle = cycle(graph);
        assertTrue(cycle.isEmpty(), () -> "package cycle " + String.join(" -> ", cycle) + "; " + cycle.get(0)
                + " -> " + cycle.get(1) + " is made by " + graph.get(cycle.get(0)).get(cycle.get(1)));
    }

    @Test
    void theValueTypesAndTextAnalysisStandAlone() throws IOException {
        Map<String, Map<String, Set<String>>> graph = read(SOURCES);
        // what the rest is built on: they must not reach up
        assertTrue(Set.of("io").containsAll(graph.get("metrics").keySet()), "metrics depends on " + graph.get("metrics"));
        assertEquals(Set.of(), graph.get("text").keySet(), "text depends on " + graph.get("text"));
        assertEquals(Set.of(), graph.get("io").keySet(), "io depends on " + graph.get("io"));
        // the model is data: it can be read without the trainers, the evaluators or the facade
        assertTrue(graph.get("model").keySet().stream().noneMatch(Set.of("api", "train", "eval", "cli")::contains),
                "model depends on " + graph.get("model"));
    }

    @Test
    void theCycleFinderFindsACycle() {
        // the check above passes on an empty answer, so the finder must be able to give another
        Map<String, Map<String, Set<String>>> g = new TreeMap<>();
        g.put("api", Map.of("model", Set.of("A.java")));
        g.put("model", Map.of("eval", Set.of("M.java"), "text", Set.of("M.java")));
        g.put("eval", Map.of("model", Set.of("E.java")));
        g.put("text", Map.of());
        assertEquals(List.of("model", "eval", "model"), cycle(g));
        g.put("eval", Map.of("text", Set.of("E.java")));
        assertEquals(List.of(), cycle(g));
    }

    @Test
    void aStringThatLooksLikeACommentHidesNoCode(@org.junit.jupiter.api.io.TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("cli"));
        Files.writeString(root.resolve("cli/A.java"), String.join("\n",
                "package org.newsgauge.cli;",
                "class A {",
                "    String folders = \"DIR/<label>/*.txt\"; // org.newsgauge.gate.X in a comment is no use",
                "    Object pack = org.newsgauge.model.ModelPack.class;",
                "    String url = \"http://example.org/*\";",
                "    Object reader = org.newsgauge.text.DocumentReader.class; /* org.newsgauge.eval.Y */",
                "}"));
        assertEquals(Set.of("model", "text"), read(root).get("cli").keySet());
    }

    /** package -> (package it uses -> the files that use it). */
    private static Map<String, Map<String, Set<String>>> read(Path root) throws IOException {
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : files) {
            Path rel = root.relativize(f);
            if (rel.getNameCount() < 2) {
                continue;
            }
            String pkg = rel.getName(0).toString();
            Map<String, Set<String>> uses = graph.computeIfAbsent(pkg, k -> new TreeMap<>());
            String code = NOT_CODE.matcher(Files.readString(f, StandardCharsets.UTF_8)).replaceAll(" ");
            Matcher m = REFERENCE.matcher(code);
            while (m.find()) {
                if (!m.group(1).equals(pkg)) {
                    uses.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(rel.toString());
                }
            }
        }
        return graph;
    }

    /** A cycle as the packages along it, first repeated at the end; empty when there is none. */
    private static List<String> cycle(Map<String, Map<String, Set<String>>> graph) {
        Map<String, Integer> state = new TreeMap<>(); // 1 on the path, 2 done
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            List<String> found = visit(start, graph, state, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> visit(String p, Map<String, Map<String, Set<String>>> graph,
                                      Map<String, Integer> state, List<String> path) {
        Integer s = state.get(p);
        if (s != null && s == 2) {
            return List.of();
        }
        if (s != null) {
            List<String> c = new ArrayList<>(path.subList(path.indexOf(p), path.size()));
            c.add(p);
            return c;
        }
        state.put(p, 1);
        path.add(p);
        for (String q : graph.getOrDefault(p, Map.of()).keySet()) {
            List<String> c = visit(q, graph, state, path);
            if (!c.isEmpty()) {
                return c;
            }
        }
        path.remove(path.size() - 1);
        state.put(p, 2);
        return List.of();
    }
}

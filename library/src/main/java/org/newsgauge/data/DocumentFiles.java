package org.newsgauge.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the documents to classify under files and folders: folders are walked recursively for
 * {@code .txt}, {@code .md}, {@code .html}, {@code .htm} and {@code .xhtml} files in any case (or
 * the given glob patterns), in a stable sorted order.
 *
 * <pre>{@code
 * List<Path> files = DocumentFiles.find(List.of(Path.of("articles")));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentFiles {
    /** The default include patterns. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.txt", "**/*.md", "**/*.html", "**/*.htm", "**/*.xhtml");

    private DocumentFiles() {
    }

    /** Documents under {@code roots} with the default patterns. */
    public static List<Path> find(List<Path> roots) throws IOException {
        return find(roots, List.of(), List.of());
    }

    /**
     * Documents under {@code roots}: a root that is a file is taken as it is; under a folder, files
     * whose path relative to it matches an include pattern (default: the document extensions) and
     * no exclude pattern. A path matches a pattern also with its extension in lower case, so
     * {@code **}{@code /*.txt} takes {@code A.TXT}.
     *
     * @throws NoSuchFileException when a root does not exist
     */
    public static List<Path> find(List<Path> roots, List<String> includes, List<String> excludes) throws IOException {
        List<PathMatcher> inc = matchers(includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        List<PathMatcher> exc = matchers(excludes);
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                out.add(root);
                continue;
            }
            if (!Files.isDirectory(root)) {
                throw new NoSuchFileException(root.toString(), null, "no such file or folder");
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(p -> {
                    Path rel = root.relativize(p);
                    return matches(inc, rel) && !matches(exc, rel);
                }).sorted().forEach(out::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return out;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> m = new ArrayList<>();
        for (String g : globs) {
            m.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            if (g.startsWith("**/")) {
                // "**/*.txt" should also match "a.txt" at the top of the folder
                m.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
            }
        }
        return m;
    }

    private static boolean matches(List<PathMatcher> ms, Path rel) {
        Path lower = lowerCaseExtension(rel);
        for (PathMatcher m : ms) {
            if (m.matches(rel) || m.matches(lower)) {
                return true;
            }
        }
        return false;
    }

    /** {@code a/B.TXT} as {@code a/B.txt}. */
    private static Path lowerCaseExtension(Path rel) {
        Path name = rel.getFileName();
        if (name == null) {
            return rel;
        }
        String n = name.toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? rel : rel.resolveSibling(n.substring(0, dot) + n.substring(dot).toLowerCase(Locale.ROOT));
    }
}

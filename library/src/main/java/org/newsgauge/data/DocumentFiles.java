package org.newsgauge.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the documents to classify under files and folders: folders are walked recursively,
 * following symbolic links, for {@code .txt}, {@code .md}, {@code .html}, {@code .htm} and
 * {@code .xhtml} files in any case (or the given glob patterns), in a stable sorted order. A
 * folder that cannot be read or a symbolic link loop is left out with a warning; the search goes on.
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
    private static final Logger LOG = LoggerFactory.getLogger(DocumentFiles.class);
    /** The walk of a folder: the file system's, following symbolic links (loops are reported, not followed). */
    static final Walker FOLLOWING = (root, visitor) ->
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);

    /** Told of a path under a folder that could not be searched; the search goes on without it. */
    @FunctionalInterface
    public interface Skipped {
        /**
         * @param path the folder or link left out
         * @param why what went wrong and what happened, for people (e.g. "folder cannot be read
         *     (permission denied); its documents are left out")
         */
        void skipped(Path path, String why);
    }

    /** Walks a folder (tests put faults in). */
    @FunctionalInterface
    interface Walker {
        void walk(Path root, FileVisitor<Path> visitor) throws IOException;
    }

    private DocumentFiles() {
    }

    /**
     * Documents under {@code roots} with the default patterns; what cannot be searched is logged.
     *
     * @param roots files, taken as they are, and folders, searched recursively
     * @return the files, each once: roots in the order given, each folder's files sorted
     * @throws NoSuchFileException when a root does not exist (or is a link to nothing)
     * @throws IOException         when a root that is a file cannot have its attributes read
     */
    public static List<Path> find(List<Path> roots) throws IOException {
        return find(roots, List.of(), List.of());
    }

    /**
     * {@link #find(List, List, List, Skipped)}, logging what cannot be searched as a warning.
     *
     * @param roots    files, taken as they are, and folders, searched recursively
     * @param includes glob patterns relative to each folder; empty for {@link #DEFAULT_INCLUDES}
     * @param excludes glob patterns relative to each folder; may be empty
     * @return the files, each once: roots in the order given, each folder's files sorted
     * @throws NoSuchFileException when a root does not exist (or is a link to nothing)
     * @throws IOException         when a root that is a file cannot have its attributes read
     */
    public static List<Path> find(List<Path> roots, List<String> includes, List<String> excludes) throws IOException {
        return find(roots, includes, excludes, (path, why) -> LOG.warn("{}: {}", path, why));
    }

    /**
     * Documents under {@code roots}: a root that is a file is taken as it is; under a folder, files
     * whose path relative to it matches an include pattern (default: the document extensions) and
     * no exclude pattern. A path matches a pattern also with its extension in lower case, so
     * {@code **}{@code /*.txt} takes {@code A.TXT}. Symbolic links are followed; a sub-folder that
     * cannot be read, a link loop or a link to nothing goes to {@code skipped}.
     *
     * @param roots    files, taken as they are (whatever the patterns), and folders, searched
     *                 recursively
     * @param includes glob patterns ({@link java.nio.file.FileSystem#getPathMatcher} syntax) relative
     *                 to each folder; empty for {@link #DEFAULT_INCLUDES}. {@code **}{@code /} at the
     *                 start also matches at the top of the folder
     * @param excludes glob patterns relative to each folder; may be empty
     * @param skipped  told of each path left out and why, and of each file met again under another path
     * @return the files, each once: roots in the order given, each folder's files sorted
     * @throws NoSuchFileException when a root does not exist (or is a link to nothing)
     * @throws IOException         when a root that is a file cannot have its attributes read
     * @throws IllegalArgumentException when a pattern is not a valid glob
     */
    public static List<Path> find(List<Path> roots, List<String> includes, List<String> excludes, Skipped skipped)
            throws IOException {
        return find(roots, includes, excludes, skipped, FOLLOWING);
    }

    static List<Path> find(List<Path> roots, List<String> includes, List<String> excludes, Skipped skipped, Walker walker)
            throws IOException {
        List<PathMatcher> inc = matchers(includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        List<PathMatcher> exc = matchers(excludes);
        List<Path> out = new ArrayList<>();
        // the walk's file keys (device and inode on Unix): what tells a file met twice, for free
        java.util.Map<Path, Object> keys = new java.util.HashMap<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                out.add(root);
                // the same key as a walk gives it, so that a file named and also found in a named folder is met once
                Object key = Files.readAttributes(root, BasicFileAttributes.class).fileKey();
                if (key != null) {
                    keys.put(root, key);
                }
                continue;
            }
            if (!Files.isDirectory(root)) {
                throw new NoSuchFileException(root.toString(), null, Files.isSymbolicLink(root)
                        ? "symbolic link to nothing (a loop, or its target is missing)" : "no such file or folder");
            }
            List<Path> found = new ArrayList<>();
            // with the default patterns, hidden files and folders (.ipynb_checkpoints, .git, macOS's
            // ._ files) are tools' copies, not documents; patterns a user gives decide for themselves
            boolean skipHidden = includes.isEmpty();
            long[] hidden = {0};
            walker.walk(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (skipHidden && !dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE; // not searched, as .git is not worth counting
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path rel = root.relativize(file);
                    if (skipHidden && file.getFileName().toString().startsWith(".")) {
                        // a hidden document (._a.txt) is said; .DS_Store and the like are no documents anyway
                        hidden[0] += matches(inc, rel, lowerCaseExtension(rel)) ? 1 : 0;
                        return FileVisitResult.CONTINUE;
                    }
                    Path lower = lowerCaseExtension(rel);
                    if (matches(inc, rel, lower) && !matches(exc, rel, lower)) {
                        if (attrs.isRegularFile()) {
                            found.add(file);
                            if (attrs.fileKey() != null) {
                                keys.put(file, attrs.fileKey());
                            }
                        } else if (attrs.isSymbolicLink()) { // the link could not be followed
                            skipped.skipped(file, "symbolic link to nothing (a loop, or its target is missing); left out");
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    skipped.skipped(file, why(e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        skipped.skipped(dir, why(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            found.stream().sorted().forEach(out::add);
            if (hidden[0] > 0) {
                skipped.skipped(root, hidden[0] + " hidden document" + (hidden[0] > 1 ? "s" : "")
                        + " (named with a leading dot, as macOS's ._ files are) left out, and hidden folders are not"
                        + " searched; name such files as arguments, or give include patterns (the plugin's <includes>)"
                        + " to take them");
            }
        }
        return withoutRepeats(out, keys, skipped);
    }

    /**
     * {@code files} without a file met again under another path (through a symbolic link to a
     * folder already searched, or two overlapping roots): the first path, in root order and then
     * in sorted order, is kept, the others reported. Files are told apart by the walk's file key;
     * the real path is asked for only where the file system gives no key (a root named as a file,
     * or a file system without keys).
     */
    private static List<Path> withoutRepeats(List<Path> files, java.util.Map<Path, Object> keys, Skipped skipped) {
        java.util.Map<Object, Path> first = new java.util.HashMap<>();
        List<Path> kept = new ArrayList<>(files.size());
        for (Path f : files) {
            Object key = keys.get(f);
            if (key == null) {
                try {
                    key = f.toRealPath();
                } catch (IOException e) {
                    kept.add(f); // read later, where the problem is reported
                    continue;
                }
            }
            Path earlier = first.putIfAbsent(key, f);
            if (earlier == null) {
                kept.add(f);
            } else if (!f.toAbsolutePath().normalize().equals(earlier.toAbsolutePath().normalize())) {
                // the same path twice (overlapping arguments, "dir dir/a.txt") is no news; another path to it is
                skipped.skipped(f, "the same file as " + earlier + " (through a symbolic link); classified once");
            }
        }
        return kept;
    }

    private static String why(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop (it leads back to a folder above it); not followed";
        }
        if (e instanceof AccessDeniedException) {
            return "folder cannot be read (permission denied); its documents are left out";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.toString();
        return "cannot be read (" + reason + "); left out";
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

    /** Whether a matcher takes {@code rel} as written or with its extension in lower case ({@code lower}). */
    private static boolean matches(List<PathMatcher> ms, Path rel, Path lower) {
        for (PathMatcher m : ms) {
            if (m.matches(rel) || (lower != rel && m.matches(lower))) {
                return true;
            }
        }
        return false;
    }

    /** {@code a/B.TXT} as {@code a/B.txt}; {@code rel} itself when its extension is already lower case. */
    private static Path lowerCaseExtension(Path rel) {
        Path name = rel.getFileName();
        if (name == null) {
            return rel;
        }
        String n = name.toString();
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            return rel;
        }
        String ext = n.substring(dot);
        String lowerExt = ext.toLowerCase(Locale.ROOT);
        return ext.equals(lowerExt) ? rel : rel.resolveSibling(n.substring(0, dot) + lowerExt);
    }
}

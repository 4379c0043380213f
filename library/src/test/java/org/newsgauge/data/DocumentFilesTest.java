package org.newsgauge.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a folder search takes, follows and leaves out with a warning. */
class DocumentFilesTest {
    @TempDir
    Path dir;

    final List<String> skipped = new ArrayList<>();

    List<String> find(List<String> includes, List<String> excludes, Path... roots) throws IOException {
        return names(DocumentFiles.find(List.of(roots), includes, excludes, (p, why) -> skipped.add(dir.relativize(p) + ": " + why)));
    }

    List<String> names(List<Path> files) {
        return files.stream().map(p -> dir.relativize(p).toString()).toList();
    }

    Path file(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "text");
    }

    @Test
    void extensionsMatchInAnyCase() throws IOException {
        file("d/a/b/UP.TXT");
        file("d/a/b/low.txt");
        file("d/a/P.HTML");
        file("d/x.MD");
        file("d/y.Htm");
        file("d/z.XHTML");
        file("d/notes.PDF");
        Path d = dir.resolve("d");
        assertEquals(List.of("d/a/P.HTML", "d/a/b/UP.TXT", "d/a/b/low.txt", "d/x.MD", "d/y.Htm", "d/z.XHTML"),
                find(List.of(), List.of(), d));
        assertEquals(List.of("d/a/P.HTML", "d/x.MD", "d/y.Htm", "d/z.XHTML"), find(List.of(), List.of("**/*.txt"), d),
                "excludes too");
        assertEquals(List.of("d/a/b/UP.TXT", "d/a/b/low.txt"), find(List.of("a/b/*.txt"), List.of(), d));
        assertEquals(List.of(), skipped);
    }

    @Test
    void hiddenFilesAndFoldersAreLeftOutWithTheDefaultPatterns() throws IOException {
        file("d/a.txt");
        file("d/._a.txt");
        file("d/.DS_Store");
        file("d/.ipynb_checkpoints/a-checkpoint.txt");
        file("d/sub/.git/notes.txt");
        Path d = dir.resolve("d");
        assertEquals(List.of("d/a.txt"), find(List.of(), List.of(), d));
        // one note for the hidden document, none for .DS_Store (no document) or the folders (not searched)
        assertEquals(1, skipped.size(), skipped.toString());
        assertTrue(skipped.get(0).startsWith("d: 1 hidden document (named with a leading dot"), skipped.get(0));
        // patterns a user gives take what they match; a hidden folder given as the root is searched
        assertEquals(List.of("d/.ipynb_checkpoints/a-checkpoint.txt", "d/a.txt", "d/sub/.git/notes.txt"),
                find(List.of("**/*.txt"), List.of("**/._*"), d));
        assertEquals(List.of("d/.ipynb_checkpoints/a-checkpoint.txt"), find(List.of(), List.of(), d.resolve(".ipynb_checkpoints")));
    }

    @Test
    void symbolicLinksToFoldersAreFollowedEvenAsTheArgument() throws IOException {
        file("real/a.txt");
        file("real/sub/b.md");
        Path link = Files.createSymbolicLink(dir.resolve("linkdir"), dir.resolve("real"));
        assertEquals(List.of("linkdir/a.txt", "linkdir/sub/b.md"), find(List.of(), List.of(), link));
        Files.createDirectories(dir.resolve("top"));
        Files.createSymbolicLink(dir.resolve("top/articles"), dir.resolve("real"));
        assertEquals(List.of("top/articles/a.txt", "top/articles/sub/b.md"), find(List.of(), List.of(), dir.resolve("top")));
        assertEquals(List.of(), skipped);
    }

    @Test
    void aFileMetAgainThroughALinkIsTakenOnceWithAWarning() throws IOException {
        file("docs/2024/a.txt");
        file("docs/other/b.txt");
        Files.createSymbolicLink(dir.resolve("docs/other/latest"), dir.resolve("docs/2024"));
        assertEquals(List.of("docs/2024/a.txt", "docs/other/b.txt"), find(List.of(), List.of(), dir.resolve("docs")));
        assertEquals(List.of("docs/other/latest/a.txt: the same file as " + dir.resolve("docs/2024/a.txt")
                + " (through a symbolic link); classified once"), skipped);
        skipped.clear();
        // overlapping roots: the first root's path is kept
        assertEquals(List.of("docs/2024/a.txt", "docs/other/b.txt"),
                find(List.of(), List.of(), dir.resolve("docs/2024"), dir.resolve("docs/other")));
        assertEquals(1, skipped.size(), skipped.toString());
        skipped.clear();
        // the same path twice (a folder and a file in it) is taken once without a word: no link is involved
        assertEquals(List.of("docs/2024/a.txt"), find(List.of(), List.of(), dir.resolve("docs/2024"),
                dir.resolve("docs/2024/a.txt")));
        assertEquals(List.of(), skipped);
        // also on the real file system, whose walk tells files by their keys, and with the file named another way
        List<Path> real = DocumentFiles.find(List.of(dir.resolve("docs/2024"),
                dir.resolve("docs/other/../2024/a.txt").toAbsolutePath()));
        assertEquals(1, real.size(), real.toString());
    }

    @Test
    void loopsAreLeftOutWithAWarningAndTheRestIsFound() throws IOException {
        file("d/a.txt");
        file("d/sub/b.txt");
        Files.createSymbolicLink(dir.resolve("d/sub/up"), dir.resolve("d"));
        Files.createSymbolicLink(dir.resolve("d/loop1.txt"), dir.resolve("d/loop2.txt"));
        Files.createSymbolicLink(dir.resolve("d/loop2.txt"), dir.resolve("d/loop1.txt"));
        assertEquals(List.of("d/a.txt", "d/sub/b.txt"), find(List.of(), List.of(), dir.resolve("d")));
        assertEquals(List.of("d/loop1.txt: symbolic link to nothing (a loop, or its target is missing); left out",
                "d/loop2.txt: symbolic link to nothing (a loop, or its target is missing); left out",
                "d/sub/up: symbolic link loop (it leads back to a folder above it); not followed"),
                skipped.stream().sorted().toList());

        NoSuchFileException named = assertThrows(NoSuchFileException.class,
                () -> find(List.of(), List.of(), dir.resolve("d/loop1.txt")));
        assertEquals(dir.resolve("d/loop1.txt") + ": symbolic link to nothing (a loop, or its target is missing)",
                named.getMessage(), "not 'no such file or folder'");
    }

    /** Runs everywhere, as root too: a fake walk in which the folder {@code closed} cannot be opened, as for a user without rights. */
    @Test
    void anUnreadableFolderIsLeftOutWithAWarningAndTheRestIsFound() throws IOException {
        Path a = file("d/a.txt");
        Path b = file("d/z/b.txt");
        DocumentFiles.Walker denying = (root, v) -> {
            v.visitFile(a, Files.readAttributes(a, BasicFileAttributes.class));
            v.visitFileFailed(root.resolve("closed"), new AccessDeniedException(root.resolve("closed").toString()));
            v.visitFile(b, Files.readAttributes(b, BasicFileAttributes.class));
        };
        List<Path> found = DocumentFiles.find(List.of(dir.resolve("d")), List.of(), List.of(),
                (p, why) -> skipped.add(dir.relativize(p) + ": " + why), denying);
        assertEquals(List.of("d/a.txt", "d/z/b.txt"), names(found));
        assertEquals(List.of("d/closed: folder cannot be read (permission denied); its documents are left out"), skipped);
    }

    /** The same with a real unreadable folder; skipped when running as root, who can read it anyway. */
    @Test
    void aRealUnreadableFolderIsLeftOut() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        file("d/a.txt");
        Path closed = file("d/closed/secret.txt").getParent();
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(closed), "running as root: the folder is readable anyway");
            assertEquals(List.of("d/a.txt"), find(List.of(), List.of(), dir.resolve("d")));
            assertEquals(List.of("d/closed: folder cannot be read (permission denied); its documents are left out"), skipped);
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aMissingRootIsAnError() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> find(List.of(), List.of(), dir.resolve("nope")));
        assertTrue(e.getMessage().endsWith("nope: no such file or folder"), e.getMessage());
    }
}

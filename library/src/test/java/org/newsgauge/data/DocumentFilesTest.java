package org.newsgauge.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a folder search takes. */
class DocumentFilesTest {
    @TempDir
    Path dir;

    List<String> find(List<String> includes, List<String> excludes, Path... roots) throws IOException {
        return names(DocumentFiles.find(List.of(roots), includes, excludes));
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
    }

    @Test
    void aMissingRootIsAnError() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> find(List.of(), List.of(), dir.resolve("nope")));
        assertTrue(e.getMessage().endsWith("nope: no such file or folder"), e.getMessage());
    }
}

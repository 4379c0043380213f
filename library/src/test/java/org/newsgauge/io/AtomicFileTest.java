package org.newsgauge.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @Test
    void replacedOnlyOnCommit(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("sub/report.txt");
        AtomicFile.write(target, "old");
        try (AtomicFile f = AtomicFile.create(target)) {
            f.writer().write("half a new");
            assertEquals("old", Files.readString(target));
        }
        assertEquals("old", Files.readString(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(1, files.count(), "no temporary file left");
        }
        AtomicFile.write(target, "new");
        assertEquals("new", Files.readString(target));
    }

    @Test
    void theFileGetsThePermissionsOfAnyNewFileNotOwnerOnly(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path report = dir.resolve("report.txt");
        AtomicFile.write(report, "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(report));
    }

    @Test
    void aReplacedFileKeepsItsOwnPermissions(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path report = Files.writeString(dir.resolve("private.txt"), "old");
        java.util.Set<java.nio.file.attribute.PosixFilePermission> ownerOnly =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(report, ownerOnly);
        AtomicFile.write(report, "new");
        assertEquals("new", Files.readString(report));
        assertEquals(ownerOnly, Files.getPosixFilePermissions(report));
    }

    @Test
    void bytesAreWrittenThroughTheStreamAndPlacedOnlyOnCommit(@TempDir Path dir) throws IOException {
        Path target = Files.write(dir.resolve("data.bin"), new byte[] {1, 2, 3});
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        try (AtomicFile f = AtomicFile.create(target)) {
            f.outputStream().write(all);
            assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target), "not yet committed");
            assertThrows(IllegalStateException.class, f::writer, "text and bytes are not mixed");
            f.commit();
        }
        assertArrayEquals(all, Files.readAllBytes(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
        try (AtomicFile f = AtomicFile.create(target)) {
            f.writer().write("text");
            assertThrows(IllegalStateException.class, f::outputStream);
        }
        assertArrayEquals(all, Files.readAllBytes(target), "closed without a commit: the target is as it was");
    }

    @Test
    void aFolderIsRefusedBeforeAnyWork(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out.csv"));
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class, () -> AtomicFile.create(folder));
        assertEquals(folder + ": is a folder; give a file name", e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file made");
        }
    }

    @Test
    void aFolderWhereNoFileCanBeMadeIsReportedForTheTargetNotTheTemporaryFile() {
        // Linux's /proc takes no new files; the error used to name '/proc/.x.csv.<random>.tmp'
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(Path.of("/proc/self")),
                "SKIPPED: no /proc on this system");
        Path target = Path.of("/proc/newsgauge-results.csv");
        java.nio.file.FileSystemException e = org.junit.jupiter.api.Assertions.assertThrows(
                java.nio.file.FileSystemException.class, () -> AtomicFile.create(target));
        org.junit.jupiter.api.Assertions.assertEquals(target.toString(), e.getFile());
    }
}

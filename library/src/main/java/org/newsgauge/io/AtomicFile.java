package org.newsgauge.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * A file written atomically: into a temporary file next to it, renamed into place by
 * {@link #commit()}. Closed without a commit, the temporary file is deleted and the target is
 * left as it was, so a reader never sees half a report or half a pack. The temporary file's name
 * is drawn at random and created exclusively, so two writers (threads, or processes in
 * containers that share a pid) never write to the same one.
 *
 * <pre>{@code
 * try (AtomicFile f = AtomicFile.create(Path.of("target/report.csv"))) {
 *     f.writer().write("...");          // text; or f.outputStream() for bytes
 *     f.commit();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one writer per file.
 */
public final class AtomicFile implements Closeable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path target;
    private final Path tmp;
    private OutputStream out;
    private Writer writer;
    private boolean committed;

    private AtomicFile(Path target, Path tmp) {
        this.target = target;
        this.tmp = tmp;
    }

    /**
     * The nearest existing folder of {@code target}'s path that is a file instead, which no file can
     * be written under; null when the path is clear (its existing part is folders).
     *
     * @param target a file to be written
     * @return the nearest existing ancestor of {@code target} when it is not a folder, else null
     */
    public static Path fileInTheWay(Path target) {
        for (Path p = target.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    /**
     * Starts writing {@code target} (its folder is created). A new file gets the permissions of any
     * new file (the umask's), not the owner-only ones of {@link Files#createTempFile}; a file that
     * is replaced keeps its own (a report or pack made owner-only stays so).
     *
     * @param target the file to write; replaced only by {@link #commit()}
     * @return the file being written; close it (try-with-resources), committed or not
     * @throws FileAlreadyExistsException when {@code target} is a folder (found before any work)
     * @throws java.nio.file.FileSystemException when a file stands where one of its folders should be
     * @throws java.nio.file.AccessDeniedException when there is no permission to write in its folder
     * @throws IOException                when its folder cannot be created or the temporary file
     *                                    cannot be created for another reason
     */
    public static AtomicFile create(Path target) throws IOException {
        refuseFolder(target);
        Path abs = target.toAbsolutePath();
        Path inTheWay = fileInTheWay(abs);
        if (inTheWay != null) {
            // say which, not just its name
            throw new java.nio.file.FileSystemException(inTheWay.toString(), null,
                    "is a file, not a folder, so " + target + " cannot be written in it; choose another path");
        }
        Files.createDirectories(abs.getParent());
        while (true) {
            Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Path created = Files.createFile(tmp);
                keepPermissions(abs, created);
                return new AtomicFile(abs, created);
            } catch (FileAlreadyExistsException e) {
                // another writer's: draw again
            } catch (java.nio.file.NoSuchFileException e) {
                // the temporary file is ours, not the user's: name the file they asked for
                throw new java.nio.file.NoSuchFileException(target.toString(), null, "cannot be created in " + abs.getParent());
            } catch (java.nio.file.AccessDeniedException e) {
                throw new java.nio.file.AccessDeniedException(target.toString(), null, "no permission to write in " + abs.getParent());
            }
        }
    }

    /** Gives {@code tmp} the POSIX permissions of {@code target} when it exists (elsewhere: nothing to keep). */
    private static void keepPermissions(Path target, Path tmp) {
        try {
            if (Files.isRegularFile(target)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or not ours to read: the umask's permissions stay
        }
    }

    /**
     * Throws when {@code target} is a folder: a file cannot be renamed onto it.
     *
     * @param target a file to be written
     * @throws FileAlreadyExistsException naming the folder and asking for a file name
     */
    public static void refuseFolder(Path target) throws FileAlreadyExistsException {
        if (Files.isDirectory(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "is a folder; give a file name");
        }
    }

    /**
     * Writes {@code content} (UTF-8) to {@code target} atomically.
     *
     * @param target  the file to write, created or replaced whole
     * @param content the text
     * @throws IOException when the file cannot be created, written or moved into place (the old file,
     *                     if any, is then left as it was), or the text holds a lone surrogate
     */
    public static void write(Path target, String content) throws IOException {
        try (AtomicFile f = create(target)) {
            f.writer().write(content);
            f.commit();
        }
    }

    /**
     * The file being written to.
     *
     * @return the target's absolute path
     */
    public Path target() {
        return target;
    }

    /**
     * A buffered stream to the temporary file, for bytes (the same one on every call). Closing it
     * is harmless: {@link #commit()} flushes it and closes it anyway.
     *
     * @return the stream; not to be used after {@link #commit()} or {@link #close()}
     * @throws IllegalStateException when {@link #writer()} was asked for: one file, one way of writing it
     * @throws IOException           when the temporary file cannot be opened
     */
    public OutputStream outputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException(target + " is being written as text; use writer() or outputStream(), not both");
        }
        return stream();
    }

    /**
     * A UTF-8 writer to the temporary file (the same one on every call); a character that UTF-8
     * cannot encode (a lone surrogate) is an error, as with {@link Files#newBufferedWriter}.
     *
     * @return the writer; not to be used after {@link #commit()} or {@link #close()}
     * @throws IllegalStateException when {@link #outputStream()} was asked for
     * @throws IOException           when the temporary file cannot be opened
     */
    public Writer writer() throws IOException {
        if (writer == null) {
            if (out != null) {
                throw new IllegalStateException(target + " is being written as bytes; use writer() or outputStream(), not both");
            }
            writer = new BufferedWriter(new OutputStreamWriter(stream(), StandardCharsets.UTF_8.newEncoder()));
        }
        return writer;
    }

    private OutputStream stream() throws IOException {
        if (out == null) {
            out = new BufferedOutputStream(Files.newOutputStream(tmp));
        }
        return out;
    }

    /**
     * Flushes and closes what was written (closing it twice is harmless) and renames the file into place.
     *
     * @throws IOException when flushing fails (disk full, a character UTF-8 cannot encode) or the
     *                     file cannot be moved onto the target; the target is then as it was
     */
    public void commit() throws IOException {
        closeStreams();
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    private void closeStreams() throws IOException {
        if (writer != null) {
            writer.close();
        } else if (out != null) {
            out.close();
        }
    }

    /**
     * Deletes the temporary file unless committed.
     *
     * @throws IOException when closing the streams fails or the temporary file cannot be deleted
     */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                closeStreams();
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}

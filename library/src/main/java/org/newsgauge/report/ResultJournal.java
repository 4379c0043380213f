package org.newsgauge.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * The part of a {@link ResultCache} that survives a killed run: an append-only JSON Lines file
 * beside the cache, one line per result classified since the cache was last committed. Lines
 * are flushed in batches (every {@value #BATCH} results, or when a second has passed since the
 * last flush), so a run killed at any point loses at most a batch. On opening, the lines of a
 * journal written with the same key are read back; a torn last line (the kill came mid-write)
 * is cut off, any other line that is not a whole entry is skipped. A journal of another key, or
 * without a readable head line, is started afresh.
 *
 * <p>File format: the cache's, {@link CacheLines}: a head line {@code {"format":1,"key":"..."}},
 * then entry lines {@code {"sha256":"...","result":{...}}}. Not thread-safe.
 */
final class ResultJournal implements Closeable {
    /** Results written before a flush at the latest. */
    static final int BATCH = 100;
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final Path file;
    private final Writer out;
    private int pending;
    private long lastFlush = System.nanoTime();

    private ResultJournal(Path file, Writer out) {
        this.file = file;
        this.out = out;
    }

    /** The journal of the cache in {@code cacheFile}. */
    static Path of(Path cacheFile) {
        return cacheFile.resolveSibling(cacheFile.getFileName() + ".journal");
    }

    /**
     * Opens {@code file} for appending, after putting the entries it holds for {@code key} into
     * {@code entries} (content SHA-256 to entry line).
     */
    static ResultJournal open(Path file, String key, Map<String, String> entries) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean keep = cutTornLine(file) && replay(file, key, entries);
        Writer out = Channels.newWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                keep ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING), StandardCharsets.UTF_8);
        if (!keep) {
            out.write(CacheLines.head(key));
            out.flush();
        }
        return new ResultJournal(file, out);
    }

    /** Appends one entry line; flushes when a batch is full or a second has passed. */
    void append(String entryLine) throws IOException {
        out.write(entryLine);
        out.write('\n');
        if (++pending >= BATCH || System.nanoTime() - lastFlush >= INTERVAL_NANOS) {
            flush();
        }
    }

    private void flush() throws IOException {
        out.flush();
        pending = 0;
        lastFlush = System.nanoTime();
    }

    /** Closes the journal and deletes it: its entries are in the committed cache. */
    void delete() throws IOException {
        out.close();
        Files.deleteIfExists(file);
    }

    /** Flushes and closes the journal, which stays for the next run. */
    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Cuts the file after its last newline; false when it is missing or has no whole line. */
    private static boolean cutTornLine(Path file) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(8192);
            long end = ch.size();
            while (end > 0) {
                long start = Math.max(0, end - b.capacity());
                b.clear().limit((int) (end - start));
                while (b.hasRemaining() && ch.read(b, start + b.position()) >= 0) {
                    // fill the block
                }
                for (int i = b.position() - 1; i >= 0; i--) {
                    if (b.get(i) == '\n') {
                        ch.truncate(start + i + 1);
                        return true;
                    }
                }
                end = start;
            }
            return false;
        }
    }

    /**
     * Reads the entries of a journal with whole lines, skipping any line that is not one; false
     * when its head is not that of {@code key}.
     */
    private static boolean replay(Path file, String key, Map<String, String> entries) throws IOException {
        // anything else (not UTF-8, not our head) is not a journal we wrote: started afresh
        return CacheLines.read(file, key, (line, e) -> {
            if (e != null && e.path("sha256").isTextual() && e.path("result").isObject()) {
                entries.put(e.get("sha256").asText(), line);
            }
        }) == CacheLines.Found.READ;
    }
}

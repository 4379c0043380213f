package org.newsgauge.model;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and keeps the last of them: what {@link PackReader} needs to
 * bound how far a pack's entries may inflate (against the bytes read from the file) and to find
 * the zip's end record after the entries have streamed by.
 *
 * <pre>{@code
 * TailKeepingInputStream raw = new TailKeepingInputStream(in, 1024);
 * raw.transferTo(OutputStream.nullOutputStream());
 * byte[] last = raw.tail(); // the last 1024 bytes (all of them when fewer were read)
 * }</pre>
 *
 * <p>Skipping reads, so that skipped bytes count and stay in the tail. Not thread-safe.
 */
final class TailKeepingInputStream extends FilterInputStream {
    private final byte[] ring;
    private long count;

    /** Reads {@code in}, keeping the last {@code tailBytes} bytes. */
    TailKeepingInputStream(InputStream in, int tailBytes) {
        super(in);
        this.ring = new byte[tailBytes];
    }

    /** The number of bytes read so far. */
    long count() {
        return count;
    }

    /** The last bytes read, as many as kept (fewer when less was read), oldest first. */
    byte[] tail() {
        int len = (int) Math.min(count, ring.length);
        int start = (int) ((count - len) % ring.length);
        int first = Math.min(len, ring.length - start);
        byte[] t = new byte[len];
        System.arraycopy(ring, start, t, 0, first);
        System.arraycopy(ring, 0, t, first, len - first);
        return t;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            ring[(int) (count % ring.length)] = (byte) b;
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            keep(b, off, n);
            count += n;
        }
        return n;
    }

    /** Puts the {@code n} bytes at {@code b[off]}, read after the first {@link #count}, into the ring. */
    private void keep(byte[] b, int off, int n) {
        int from = Math.max(0, n - ring.length); // bytes before it would be overwritten in the ring at once
        int len = n - from;
        int at = (int) ((count + from) % ring.length);
        int first = Math.min(len, ring.length - at);
        System.arraycopy(b, off + from, ring, at, first);
        System.arraycopy(b, off + from + first, ring, 0, len - first);
    }

    @Override
    public long skip(long n) throws IOException {
        // read rather than skip, so that the tail stays known
        byte[] b = new byte[(int) Math.min(8192, Math.max(0, n))];
        int k = b.length == 0 ? 0 : read(b, 0, b.length);
        return Math.max(0, k);
    }
}

package org.newsgauge.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stream under {@link PackReader}: its count and tail, whatever the sizes of the reads. */
class TailKeepingInputStreamTest {
    /** Hands out at most {@code max} bytes a call, as a network or zip stream may. */
    static InputStream trickling(byte[] data, int max) {
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, max));
            }
        };
    }

    static void check(TailKeepingInputStream s, byte[] data, long read, int tailBytes) {
        assertEquals(read, s.count());
        int len = (int) Math.min(read, tailBytes);
        assertArrayEquals(Arrays.copyOfRange(data, (int) read - len, (int) read), s.tail(), "after " + read + " bytes");
    }

    @Test
    void keepsTheLastBytesWhateverTheReads() throws IOException {
        Random random = new Random(7);
        for (int tailBytes : new int[] {1, 5, 64, 1000}) {
            for (int trial = 0; trial < 40; trial++) {
                byte[] data = new byte[random.nextInt(5000)];
                random.nextBytes(data);
                TailKeepingInputStream s = new TailKeepingInputStream(trickling(data, 1 + random.nextInt(3000)), tailBytes);
                long read = 0;
                check(s, data, 0, tailBytes);
                while (true) {
                    int how = random.nextInt(4);
                    long n;
                    if (how == 0) {
                        int b = s.read();
                        n = b < 0 ? -1 : 1;
                        if (b >= 0) {
                            assertEquals(data[(int) read] & 0xff, b);
                        }
                    } else if (how == 1) {
                        n = s.skip(random.nextInt(3 * tailBytes + 2) - 1);
                        n = n == 0 && read == data.length ? -1 : n;
                    } else {
                        byte[] buf = new byte[2 + random.nextInt(3 * tailBytes + 10)];
                        int off = random.nextInt(2);
                        n = s.read(buf, off, buf.length - off - random.nextInt(2));
                        if (n > 0) {
                            assertArrayEquals(Arrays.copyOfRange(data, (int) read, (int) (read + n)),
                                    Arrays.copyOfRange(buf, off, (int) (off + n)));
                        }
                    }
                    if (n < 0) {
                        break;
                    }
                    read += n;
                    check(s, data, read, tailBytes);
                }
                assertEquals(data.length, read);
            }
        }
    }

    @Test
    void aReadLongerThanTheTailKeepsItsEnd() throws IOException {
        byte[] data = new byte[100];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        TailKeepingInputStream s = new TailKeepingInputStream(new ByteArrayInputStream(data), 8);
        assertEquals(3, s.read(new byte[3]));
        assertEquals(97, s.readNBytes(new byte[200], 0, 200));
        assertArrayEquals(Arrays.copyOfRange(data, 92, 100), s.tail());
        assertEquals(-1, s.read());
        assertEquals(100, s.count());
    }
}

package org.newsgauge.cli;

import java.io.PrintWriter;
import org.newsgauge.train.ProgressListener;

/** A one-line progress bar on stderr, shown only when stderr is a terminal. */
final class Progress implements ProgressListener {
    private final PrintWriter err;
    private final boolean enabled;
    private long lastDraw;

    Progress(PrintWriter err) {
        this.err = err;
        this.enabled = Terminal.stderr() && System.getenv("CI") == null;
    }

    @Override
    public synchronized void progress(String stage, long done, long total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int width = 30;
        int filled = total <= 0 ? 0 : (int) (width * done / total);
        err.print("\r" + "#".repeat(filled) + ".".repeat(width - filled) + " " + done + "/" + total + " " + stage + "   ");
        if (done >= total) {
            err.println();
        }
        err.flush();
    }
}

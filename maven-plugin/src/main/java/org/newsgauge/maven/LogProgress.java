package org.newsgauge.maven;

import org.apache.maven.plugin.logging.Log;
import org.newsgauge.train.ProgressListener;

/**
 * Progress of a long goal as lines of the Maven log: each step at INFO once the goal has run
 * for {@code quietMillis} (a small pack trains in a second or two and needs no progress lines),
 * at DEBUG before that. The goal logs its result itself, so the last step is not logged.
 *
 * <pre>{@code
 * new PackTrainer(options).train(data, new LogProgress(getLog(), "training", LogProgress.QUIET_MILLIS));
 * // [INFO] newsgauge: training: dimension stance (6 of 8 steps done)
 * }</pre>
 */
final class LogProgress implements ProgressListener {
    /** How long a goal runs before its steps are logged at INFO. */
    static final long QUIET_MILLIS = 3_000;
    private final Log log;
    private final String lead;
    private final String task;
    private final long quietNanos;
    private final long start = System.nanoTime();
    private String last;

    LogProgress(Log log, String task, long quietMillis) {
        this(log, "newsgauge: ", task, quietMillis);
    }

    /** As the other constructor, each line starting with {@code lead} (a mojo's prefix naming its module). */
    LogProgress(Log log, String lead, String task, long quietMillis) {
        this.log = log;
        this.lead = lead;
        this.task = task;
        this.quietNanos = quietMillis * 1_000_000L;
    }

    @Override
    public synchronized void progress(String stage, long done, long total) {
        String line = lead + task + ": " + stage + " (" + done + " of " + total + " steps done)";
        if (done >= total || line.equals(last)) {
            return;
        }
        last = line;
        if (System.nanoTime() - start >= quietNanos) {
            log.info(line);
        } else {
            log.debug(line);
        }
    }
}

package org.newsgauge.hostile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in another JVM, on the test class path, with its own heap limit. */
final class Forked {
    private Forked() {
    }

    static ProcessBuilder cli(String xmx, Path log, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + xmx);
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.newsgauge.cli.Main");
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    }

    static int run(String xmx, Path log, String... args) throws IOException, InterruptedException {
        return cli(xmx, log, args).start().waitFor();
    }
}

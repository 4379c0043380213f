package org.newsgauge.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsgauge} command line: {@code java -jar newsgauge-cli.jar <command> --help}.
 * Exit codes: 0 done, 2 bad usage or bad input (the message names the file, the line and the
 * fix), 1 internal error.
 *
 * <p>Each call of {@link #run} builds its own command line and keeps nothing: calls from several
 * threads share no state (each needs its own writers).
 */
@Command(name = "newsgauge", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Train, evaluate and apply news article classifiers (topic, stance, tension, or your own).",
        subcommands = {TrainCommand.class, EvaluateCommand.class, CrossValidateCommand.class, ClassifyCommand.class,
                CleanCommand.class, InfoCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    /** Exit code for bad usage or bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code for an internal error. */
    public static final int INTERNAL = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // the CLI owns the screen: library logging only for warnings, unless asked for
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // the library's warnings as one line each ("WARN file: ..."), without the logger's thread and class
        System.setProperty("org.slf4j.simpleLogger.showThreadName", System.getProperty("org.slf4j.simpleLogger.showThreadName", "false"));
        System.setProperty("org.slf4j.simpleLogger.showLogName", System.getProperty("org.slf4j.simpleLogger.showLogName", "false"));
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof UserError || ex instanceof org.newsgauge.data.DatasetException
                    || ex instanceof org.newsgauge.model.ModelFormatException
                    || ex instanceof java.nio.file.NoSuchFileException || ex instanceof java.nio.file.FileAlreadyExistsException
                    || ex instanceof java.nio.file.AccessDeniedException || ex instanceof IllegalArgumentException) {
                String msg = ex.getMessage();
                if (ex instanceof java.nio.file.NoSuchFileException nf) {
                    msg = nf.getFile() + ": " + (nf.getReason() == null ? "no such file" : nf.getReason());
                } else if (ex instanceof java.nio.file.AccessDeniedException ad) {
                    msg = ad.getFile() + ": " + (ad.getReason() == null ? "permission denied" : ad.getReason());
                }
                cmd.getErr().println("error: " + msg);
                return BAD_INPUT;
            }
            cmd.getErr().println("internal error: " + ex);
            ex.printStackTrace(cmd.getErr());
            return INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        int code = cl.execute(args);
        // a PrintWriter keeps write errors to itself: a full disk or a closed pipe must not pass for done
        if (out.checkError() && code == 0) {
            err.println("error: could not write the output to standard output (disk full, or the reader closed it);"
                    + " nothing written after that point can be trusted: give --output FILE where the command has it");
            code = INTERNAL;
        }
        err.flush();
        return code;
    }

    /** No command: bad usage, so the usage goes to stderr with exit code 2 ({@code --help} prints it to stdout). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    /** Thrown by commands for a problem the user can fix; exit code 2. */
    static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserError(String message) {
            super(message);
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsgauge " + org.newsgauge.Version.CURRENT};
        }
    }
}

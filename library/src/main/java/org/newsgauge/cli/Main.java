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
 * <pre>{@code
 * java -jar newsgauge-cli.jar classify examples/articles
 * java -jar newsgauge-cli.jar classify --help
 * }</pre>
 *
 * <p>From Java (picocli on the classpath: an optional dependency of the library, inside the CLI jar):
 * <pre>{@code
 * int code = Main.run(new String[] {"classify", "--format", "csv", "examples/articles"},
 *         new PrintWriter(System.out), new PrintWriter(System.err));   // 0, 1 or 2, as above
 * }</pre>
 *
 * <p>Each call of {@link #run} builds its own command line and keeps nothing: calls from several
 * threads share no state (each needs its own writers).
 */
@Command(name = "newsgauge", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Train, evaluate and apply news article classifiers (topic, stance, tension, or your own).",
        subcommands = {TrainCommand.class, EvaluateCommand.class, CrossValidateCommand.class, CompareCommand.class, ClassifyCommand.class,
                CleanCommand.class, InfoCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    /** Exit code for bad usage or bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code for an internal error. */
    public static final int INTERNAL = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard input of this run, for the commands that read {@code -}. */
    private java.io.InputStream in = System.in;

    /** The path argument that stands for standard input. */
    static final String STDIN = "-";

    java.io.InputStream in() {
        return in;
    }

    /**
     * Runs the command line and exits the JVM with its exit code (0, 1 or 2): the CLI jar's entry
     * point. Library warnings go to standard error; from a Java program use {@link #run} instead.
     *
     * @param args the command and its options, e.g. {@code classify examples/articles}
     */
    public static void main(String[] args) {
        // the CLI owns the screen: library logging only for warnings, unless asked for
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // the library's warnings as one line each ("WARN file: ..."), without the logger's thread and class
        System.setProperty("org.slf4j.simpleLogger.showThreadName", System.getProperty("org.slf4j.simpleLogger.showThreadName", "false"));
        System.setProperty("org.slf4j.simpleLogger.showLogName", System.getProperty("org.slf4j.simpleLogger.showLogName", "false"));
        // standard output through a stream that keeps its first write error, which a PrintWriter hides:
        // a reader that closed the pipe ('| head') is not a failure, a full disk is; same charset as before
        KeptError stdout = new KeptError(new java.io.FileOutputStream(java.io.FileDescriptor.out));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(new java.io.BufferedOutputStream(stdout, 1 << 16),
                java.nio.charset.Charset.defaultCharset()), true);
        System.exit(run(args, System.in, out, new PrintWriter(System.err, true), stdout::error));
    }

    /**
     * Runs the CLI with the given streams and returns the exit code, without {@code System.exit}:
     * for tests, and for running a command from a Java program. Standard input ({@code classify -},
     * {@code clean -}) is {@code System.in}.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, out, err, () -> null);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with {@code in} as standard input. */
    public static int run(String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err) {
        return run(args, in, out, err, () -> null);
    }

    /**
     * As {@link #run(String[], PrintWriter, PrintWriter)}; {@code outError} gives the first error
     * writing to {@code out}, when known: a closed pipe ends the run quietly with its exit code.
     */
    static int run(String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err,
                   java.util.function.Supplier<java.io.IOException> outError) {
        Main main = new Main();
        main.in = in;
        CommandLine cl = new CommandLine(main);
        // every command lists -V (mixinStandardHelpOptions): each prints the version, not only the top one
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new VersionProvider());
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof UserError || ex instanceof org.newsgauge.data.DatasetException
                    || ex instanceof org.newsgauge.model.ModelFormatException
                    || ex instanceof java.nio.file.NoSuchFileException || ex instanceof java.nio.file.FileAlreadyExistsException
                    || ex instanceof java.nio.file.AccessDeniedException || ex instanceof IllegalArgumentException
                    || ex instanceof java.nio.file.NotDirectoryException
                    || ex instanceof org.newsgauge.train.MissingLibraryException
                    || ex.getClass() == java.nio.file.FileSystemException.class) {
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
            String msg = String.valueOf(ex.getMessage());
            // a data option beside --spec makes picocli want the --data of its group: say what is wrong instead
            if (ex instanceof CommandLine.MissingParameterException && msg.contains("--data")
                    && java.util.Arrays.stream(a).anyMatch(x -> x.equals("--spec") || x.startsWith("--spec="))) {
                msg = "--spec takes the data, its columns and how they are read from the spec file, so the data options"
                        + " (--data, --text-column, --label-column, --ordinal, --group-column, --id-column, --raw) do not go"
                        + " beside it; leave them out, or write them into the spec";
            }
            // picocli starts some messages with its own "Error: "
            ex.getCommandLine().getErr().println("error: " + (msg.startsWith("Error: ") ? msg.substring(7) : msg));
            // a misspelt command or option: the names it is nearest to ("Did you mean: evaluate?")
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, ex.getCommandLine().getErr());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // training holds a model per fold and candidate: a heap too small for them is the user's to raise
            err.println("error: out of memory (Java heap): give Java more, e.g. java -Xmx2g -jar newsgauge-cli.jar ...;"
                    + " training needs room for the features times the labels of several models at once");
            err.flush();
            return BAD_INPUT;
        }
        // a PrintWriter keeps write errors to itself: a full disk or a closed pipe must not pass for done
        if (out.checkError() && code == 0 && !closedPipe(outError.get())) {
            err.println("error: could not write the output to standard output (disk full, or the reader closed it);"
                    + " nothing written after that point can be trusted: give --output FILE where the command has it");
            code = INTERNAL;
        }
        err.flush();
        return code;
    }

    /** Whether {@code e} says the reader of a pipe closed it (it read what it wanted), not that writing failed. */
    static boolean closedPipe(java.io.IOException e) {
        String m = e == null ? null : e.getMessage();
        return m != null && (m.contains("Broken pipe") || m.contains("pipe is being closed") || m.contains("pipe has been ended"));
    }

    /** An output stream that keeps the first {@link java.io.IOException} of its writes and flushes. */
    static final class KeptError extends java.io.FilterOutputStream {
        private volatile java.io.IOException error;

        KeptError(java.io.OutputStream out) {
            super(out);
        }

        java.io.IOException error() {
            return error;
        }

        private java.io.IOException kept(java.io.IOException e) {
            if (error == null) {
                error = e;
            }
            return e;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            try {
                out.write(b);
            } catch (java.io.IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            try {
                out.write(b, off, len);
            } catch (java.io.IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            try {
                out.flush();
            } catch (java.io.IOException e) {
                throw kept(e);
            }
        }
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

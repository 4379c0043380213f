package org.newsgauge.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgauge.text.Block;
import org.newsgauge.text.DocumentReader;
import org.newsgauge.text.ExtractionResult;
import org.newsgauge.text.SourceDocument;
import org.newsgauge.text.Warning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Print the article text the classifier sees in a file, or in standard input (-), page furniture removed.")
final class CleanCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A .txt, .md or .html file; - reads standard input (HTML when it"
            + " starts with '<', else text)")
    Path file;

    @Option(names = "--explain", description = "Print every block with its decision and the reason")
    boolean explain;

    @Option(names = "--raw", description = "No extraction: the text as it is (charset-decoded, tags stripped)")
    boolean raw;

    @Spec
    CommandSpec cmd;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        DocumentReader reader = DocumentReader.defaults().withExtraction(!raw);
        boolean stdin = file.toString().equals(Main.STDIN);
        if (stdin && explain) {
            throw new Main.UserError("--explain reads a file, not standard input: save the page first");
        }
        if (stdin) {
            print(reader.read(main.in(), Main.STDIN));
            return 0;
        }
        if (Files.isDirectory(file)) {
            throw new Main.UserError(file + ": is a folder; clean takes one file (classify takes folders)");
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            // as classify: a CSV's rows would be printed as one article's text
            throw new Main.UserError(file + ": clean takes one document (.txt, .md, .html) and would read this CSV as"
                    + " one; a CSV's texts are classified as they are, without cleaning, so there is nothing to show");
        }
        if (explain) {
            PrintWriter out = cmd.commandLine().getOut();
            ExtractionResult r = reader.explain(file);
            for (Block b : r.blocks()) {
                // the title is kept too: it is the first line of the text the classifier sees
                boolean kept = b.content() || b.reason().equals("title");
                out.printf("%s %-4s %-28s %s%n", kept ? "KEEP" : "drop", b.kind(), "(" + b.reason() + ")",
                        b.text().replace('\n', ' '));
            }
            printWarnings(r.warnings());
            return 0;
        }
        print(reader.read(file));
        return 0;
    }

    private void print(SourceDocument d) {
        cmd.commandLine().getOut().println(d.text());
        printWarnings(d.warnings());
        cmd.commandLine().getErr().println("(charset " + d.charset() + ", language " + d.language() + ")");
    }

    /** The same lines with and without --explain, so that a script can look for them either way. */
    private void printWarnings(List<Warning> warnings) {
        for (Warning w : warnings) {
            cmd.commandLine().getErr().println("warning: " + file + ": " + w.message());
        }
    }
}

package org.newsgauge.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Labels;
import org.newsgauge.data.DocumentFiles;
import org.newsgauge.gate.ResultCheck;
import org.newsgauge.gate.Rule;
import org.newsgauge.report.ClassificationRun;
import org.newsgauge.report.ReportFormat;
import org.newsgauge.report.RunSummary;
import org.newsgauge.text.Warning;

/**
 * Classifies the documents under {@code inputDirectories} and writes CSV, JSONL and HTML reports
 * to {@code outputDirectory}. Incremental: files whose content, pack and settings have not changed
 * since the last run are not classified again.
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>classify</goal></goals>   <!-- process-resources: target/newsgauge/results.csv, .jsonl, .html -->
 *   <configuration>
 *     <inputDirectories><inputDirectory>src/main/articles</inputDirectory></inputDirectories>   <!-- the default -->
 *   </configuration>
 * </execution>
 * }</pre>
 */
@Mojo(name = "classify", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class ClassifyMojo extends AbstractNewsgaugeMojo {
    private static final int MAX_WARNINGS_LOGGED = 20;

    /** Folders (or files) to classify. Default: the project's <code>src/main/articles</code>. */
    @Parameter(property = "newsgauge.inputDirectories")
    List<File> inputDirectories;

    /**
     * Glob patterns of the files to classify, relative to each folder; a file matches also with its
     * extension in lower case. Default: .txt, .md, .html, .htm, .xhtml, in any case.
     */
    @Parameter(property = "newsgauge.includes")
    List<String> includes;

    /** Glob patterns of files to leave out. */
    @Parameter(property = "newsgauge.excludes")
    List<String> excludes;

    /** Model pack file. Default: the built-in pack. */
    @Parameter(property = "newsgauge.model")
    File model;

    /** Where the reports go: {@code results.csv}, {@code results.jsonl}, {@code results.html} and the cache. */
    @Parameter(property = "newsgauge.outputDirectory", defaultValue = "${project.build.directory}/newsgauge")
    File outputDirectory;

    /** Report formats: any of csv, jsonl, html. Default: all three ({@code check} reads the jsonl). */
    @Parameter(property = "newsgauge.formats")
    List<String> formats;

    /** Classify the text as it is, without extracting the article from HTML pages. */
    @Parameter(property = "newsgauge.raw", defaultValue = "false")
    boolean raw;

    /** Threads; 0 = one per core. */
    @Parameter(property = "newsgauge.threads", defaultValue = "0")
    int threads;

    /** Features explaining each decision in the JSONL and HTML reports. */
    @Parameter(property = "newsgauge.explanations", defaultValue = "5")
    int explanations;

    /** Reuse results of unchanged files from the last run. */
    @Parameter(property = "newsgauge.cache", defaultValue = "true")
    boolean cache;

    /**
     * The {@code check} goal's rules, when they are configured for both goals (as in the README):
     * checked against the pack before anything is classified, so that a bad rule stops the build
     * when it starts, not in the verify phase after the classification.
     */
    @Parameter(property = "newsgauge.failWhen")
    List<String> failWhen;

    /**
     * Fail when an input folder does not exist (false: log it and classify the folders that do;
     * when none does, skip the goal and remove the last run's reports, so that {@code check}
     * cannot pass or fail on them). Checked before the model is loaded, so a skipped goal costs
     * nothing and a model problem cannot fail it.
     */
    @Parameter(property = "newsgauge.failOnMissingInput", defaultValue = "true")
    boolean failOnMissingInput;

    /** Left in the output folder when no input folder exists (failOnMissingInput false), for {@code check}. */
    static final String SKIPPED = "results.skipped";

    @Override
    void run() throws MojoExecutionException, IOException {
        // the input first, as Maven plugins do: with nothing to classify, no model is loaded
        List<Path> roots = new ArrayList<>();
        List<File> dirs = inputDirectories == null || inputDirectories.isEmpty()
                ? List.of(new File(basedir, "src/main/articles")) : inputDirectories;
        if (threads < 0) {
            throw new MojoExecutionException("<threads> takes 0 (one per core) or a number of threads, not " + threads);
        }
        if (explanations < 0) {
            throw new MojoExecutionException("<explanations> takes 0 (none) or a number of features, not " + explanations);
        }
        for (File d : dirs) {
            if (!d.exists()) {
                String msg = "input folder " + d + " does not exist; put the documents there or configure <inputDirectories>";
                if (failOnMissingInput) {
                    // a module of a multi-module build that has no articles (the parent, say) is the usual case
                    throw new MojoExecutionException(msg + "; in a module without documents, set <failOnMissingInput>false"
                            + "</failOnMissingInput> (or, for a parent POM, <inherited>false</inherited> on the plugin)");
                }
                getLog().warn(prefix() + msg + (dirs.size() > 1 ? "; classifying the others" : ""));
                continue;
            }
            roots.add(d.toPath());
        }
        List<ReportFormat> fmts = new ArrayList<>();
        try {
            for (String f : formats == null || formats.isEmpty() ? List.of("csv", "jsonl", "html") : formats) {
                fmts.add(ReportFormat.parse(f));
            }
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("<formats>: " + e.getMessage(), e);
        }
        List<String> rules = CheckMojo.rules(failWhen);
        if (!rules.isEmpty() && !fmts.contains(ReportFormat.JSONL)) {
            throw new MojoExecutionException("<failWhen> is set, and newsgauge:check reads results.jsonl, which <formats> "
                    + fmts.stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList() + " leaves out: add jsonl to <formats>");
        }
        requireOwnOutputDirectory();
        // reports of an earlier run that this one does not write would be read as this run's
        removeStaleReports(roots.isEmpty() ? List.of() : fmts);
        Path skipped = outputDirectory.toPath().resolve(SKIPPED);
        if (roots.isEmpty()) {
            getLog().warn(prefix() + "no input folder exists; nothing classified");
            // for check: no results because there was nothing to classify, not because classify did not run
            org.newsgauge.io.AtomicFile.write(skipped, "no input folder exists: " + dirs + "\n");
            claimOutputDirectory();
            return;
        }
        java.nio.file.Files.deleteIfExists(skipped);
        ArticleClassifier classifier = classifier(model);
        if (!rules.isEmpty()) {
            ResultCheck.of(rules, Rule.dimensions(classifier.pack()), false);
        }
        List<Path> files = DocumentFiles.find(roots, orEmpty(includes), orEmpty(excludes),
                (path, why) -> getLog().warn(prefix() + path + ": " + why));
        if (files.isEmpty()) {
            getLog().warn(prefix() + "no documents under " + roots + " match " + (orEmpty(includes).isEmpty()
                    ? DocumentFiles.DEFAULT_INCLUDES : includes));
        }
        if (raw) {
            classifier = classifier.withReader(classifier.reader().withExtraction(false));
        }
        claimOutputDirectory();
        int[] logged = {0};
        RunSummary summary = ClassificationRun.of(classifier, outputDirectory.toPath())
                .formats(fmts)
                .threads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors())
                .explanations(explanations)
                .cache(cache)
                .relativeTo(basedir.toPath())
                .title("newsgauge report", (model == null ? "built-in pack" : "pack " + model.getName()) + " \u00B7 "
                        + String.join(", ", roots.stream().map(this::relative).toList()))
                .run(files, labels -> logWarnings(labels, logged));
        if (logged[0] > MAX_WARNINGS_LOGGED) {
            getLog().warn(prefix() + "... " + (logged[0] - MAX_WARNINGS_LOGGED) + " more documents with warnings (see the reports)");
        }
        for (String line : summary.lines()) {
            getLog().info(prefix() + line);
        }
    }

    /** Which classify execution of which build last wrote the output folder: its id, its project's folder and the build's start. */
    static final String WRITER = ".newsgauge-execution";

    /**
     * Refuses a second classify execution of this build writing the folder another one wrote: it
     * would replace that one's reports and cache, and a check of the first would read the
     * second's results and pass or fail on the wrong documents. The same execution again (a
     * forked lifecycle runs it twice) is allowed. The marker names the build by its start time,
     * as Maven gives it to every goal of the build, so no file system's clock is compared with
     * the JVM's. Only reads: the folder is claimed once the settings are checked.
     */
    private void requireOwnOutputDirectory() throws MojoExecutionException, IOException {
        if (buildStarted == null || executionId == null) {
            return;
        }
        Path marker = outputDirectory.toPath().resolve(WRITER);
        if (!java.nio.file.Files.isRegularFile(marker)) {
            return;
        }
        String[] other = java.nio.file.Files.readString(marker).strip().split("\n");
        if (other.length < 3 || !other[2].equals(Long.toString(buildStarted.getTime()))) {
            return; // another build's, or an older plugin's
        }
        String project = basedir.toPath().toAbsolutePath().normalize().toString();
        if (other[0].equals(executionId) && other[1].equals(project)) {
            return;
        }
        String whose = "execution '" + other[0] + "'" + (other[1].equals(project) ? "" : " of the project in " + other[1]);
        throw new MojoExecutionException("classify execution '" + executionId + "' would write " + outputDirectory
                + ", which " + whose + " of this build has written: its reports and cache would be replaced, and"
                + " newsgauge:check would read this execution's results for both; give each classify execution its own"
                + " <outputDirectory>, e.g. ${project.build.directory}/newsgauge-" + executionId
                + " (and the check of its results the same)");
    }

    /** Marks the output folder as this execution's, for {@link #requireOwnOutputDirectory}. */
    private void claimOutputDirectory() throws IOException {
        if (buildStarted != null && executionId != null) {
            org.newsgauge.io.AtomicFile.write(outputDirectory.toPath().resolve(WRITER), executionId + "\n"
                    + basedir.toPath().toAbsolutePath().normalize() + "\n" + buildStarted.getTime() + "\n");
        }
    }

    /** Deletes the reports in the output folder of every format not in {@code written}. */
    private void removeStaleReports(List<ReportFormat> written) throws IOException {
        for (ReportFormat f : ReportFormat.values()) {
            Path old = outputDirectory.toPath().resolve(f.fileName());
            if (!written.contains(f) && java.nio.file.Files.deleteIfExists(old)) {
                getLog().info(prefix() + "removed " + old + " of an earlier run (not written by this one)");
            }
        }
    }

    private void logWarnings(Labels labels, int[] logged) {
        if (labels.warnings().isEmpty() || logged[0]++ >= MAX_WARNINGS_LOGGED) {
            return;
        }
        for (Warning w : labels.warnings()) {
            getLog().warn(prefix() + labels.source() + ": " + w.message() + " (" + w.code() + ")");
        }
    }

    private String relative(Path p) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString() : p.toString();
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }
}

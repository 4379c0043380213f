package org.newsgauge.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.newsgauge.api.Labels;
import org.newsgauge.data.DimensionSpec;
import org.newsgauge.gate.ResultCheck;
import org.newsgauge.gate.Rule;
import org.newsgauge.report.JsonlResultReader;
import org.newsgauge.report.ReportFormat;

/**
 * Fails the build when classified documents break rules such as {@code tension >= high},
 * {@code stance = pro_kosovo} or {@code confidence < 0.5}, reading the JSONL results of the
 * {@code classify} goal. The message lists the offending documents with their labels.
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>classify</goal><goal>check</goal></goals>   <!-- check: verify, reads results.jsonl -->
 *   <configuration>
 *     <failWhen><rule>tension >= high</rule><rule>confidence &amp;lt; 0.5</rule></failWhen>
 *   </configuration>
 * </execution>
 * }</pre>
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractNewsgaugeMojo {
    /**
     * Rules; a document breaking any of them fails the build. One per element
     * ({@code <failWhen><rule>tension >= high</rule><rule>confidence &amp;lt; 0.5</rule></failWhen>},
     * a rule's less-than sign written as XML wants it, {@code &amp;lt;}) or a single one
     * ({@code <failWhen>tension >= high</failWhen>}); see the README for the syntax.
     */
    @Parameter(property = "newsgauge.failWhen")
    List<String> failWhen;

    /** Fail when a document could not be classified (binary, empty, unreadable). */
    @Parameter(property = "newsgauge.failOnUnreadable", defaultValue = "false")
    boolean failOnUnreadable;

    /**
     * Where {@code classify} wrote its reports, as its own {@code <outputDirectory>} (same property
     * and default): {@code check} reads {@code results.jsonl} there, so that configuration shared by
     * the two goals points both at the same folder.
     */
    @Parameter(property = "newsgauge.outputDirectory", defaultValue = "${project.build.directory}/newsgauge")
    File outputDirectory;

    /** The results to check, when not {@code <outputDirectory>/results.jsonl}. */
    @Parameter(property = "newsgauge.results")
    File results;


    /** The pack the results come from (for label orders); default: the built-in pack. */
    @Parameter(property = "newsgauge.model")
    File model;

    /** How many offending documents the failure message lists. */
    @Parameter(property = "newsgauge.maxListed", defaultValue = "50")
    int maxListed;

    @Override
    void run() throws MojoExecutionException, MojoFailureException, IOException {
        List<String> rules = rules(failWhen);
        if (rules.isEmpty() && !failOnUnreadable) {
            List<String> others = otherExecutionsSetting("failWhen", "failOnUnreadable");
            if (!others.isEmpty() && "default-cli".equals(executionId)) {
                // mvn newsgauge:check in a CI step: the gate is in an execution this run does not get, so
                // it would pass every time
                throw new MojoExecutionException("no <failWhen> rules and failOnUnreadable is false for newsgauge:check run"
                        + " from the command line, so it would check nothing and pass; the rules are in the <configuration> of "
                        + (others.size() == 1 ? "execution '" + others.get(0) + "'" : "executions " + String.join(", ",
                        others.stream().map(o -> "'" + o + "'").toList())) + ", which a goal run from the command line"
                        + " does not get: run the build (mvn verify), move the rules to the plugin's <configuration>, or give"
                        + " them with -Dnewsgauge.failWhen=...");
            }
            getLog().warn(prefix() + "no <failWhen> rules and failOnUnreadable is false; nothing to check");
            return;
        }
        List<DimensionSpec> dims = rules.isEmpty() ? List.of() : Rule.dimensions(classifier(model).pack());
        ResultCheck check = ResultCheck.of(rules, dims, failOnUnreadable);
        File file = results();
        java.nio.file.Path skipped = file.toPath().resolveSibling(ClassifyMojo.SKIPPED);
        if (!file.isFile() && java.nio.file.Files.isRegularFile(skipped)) {
            getLog().warn(prefix() + "nothing to check: classify found no input (" + java.nio.file.Files.readString(skipped).strip()
                    + "; failOnMissingInput is false)");
            return;
        }
        if (!file.isFile()) {
            throw new MojoExecutionException("no results at " + file + "; run newsgauge:classify (with jsonl among "
                    + "its formats) before newsgauge:check, with the same <outputDirectory>, or point <results> at its"
                    + " results.jsonl");
        }
        if (buildStarted != null && file.lastModified() < buildStarted.getTime()) {
            // classify of this build may have written elsewhere: these would be an earlier run's results
            getLog().warn(prefix() + "checking " + file + ", written before this build started; if"
                    + " newsgauge:classify ran in this build, it wrote elsewhere: give both goals the same <outputDirectory>");
        }
        List<Labels> all = JsonlResultReader.readAll(file.toPath());
        if (!rules.isEmpty()) {
            requireSamePack(all, dims, file);
        }
        ResultCheck.Outcome outcome = check.check(all);
        String what = String.join("; ", rules) + (failOnUnreadable ? (rules.isEmpty() ? "" : "; ") + "unreadable" : "");
        if (outcome.failed()) {
            java.nio.file.Path html = file.toPath().resolveSibling(ReportFormat.HTML.fileName());
            throw new MojoFailureException("newsgauge check (" + what + "): " + outcome.message(maxListed)
                    + (java.nio.file.Files.isRegularFile(html) ? "\nWhy each document got its labels (the words that drove"
                            + " them): " + html + "." : "")
                    + "\nTo pass: correct or remove those documents, leave them out with <excludes>, or change the rules"
                    + " (-Dnewsgauge.failWhen=... replaces them for one build where the POM writes them as a list:"
                    + " <failWhen><rule>...</rule></failWhen>; -Dnewsgauge.skip=true skips every newsgauge goal).");
        }
        getLog().info(prefix() + "check (" + what + "): " + outcome.message(maxListed));
    }

    /** The results file: {@code <results>}, or {@code results.jsonl} in {@code <outputDirectory>}. */
    File results() {
        return results != null ? results : new File(outputDirectory, "results.jsonl");
    }

    /**
     * The rules were checked against the pack's dimensions; results with other dimensions come
     * from another pack, and a rule on a dimension they lack would pass on every document.
     */
    private void requireSamePack(List<Labels> all, List<DimensionSpec> dims, File file) throws MojoExecutionException {
        List<String> packDimensions = dims.stream().map(DimensionSpec::name).toList();
        for (Labels l : all) {
            for (DimensionSpec d : dims) {
                org.newsgauge.api.Prediction p = l.get(d.name());
                if (p != null && !d.labels().contains(p.label())) {
                    throw new MojoExecutionException("the results in " + file + " label " + l.source() + " '" + p.label()
                            + "' on " + d.name() + ", which is not one of the labels of the pack the rules are read against "
                            + d.labels() + " (" + (model == null ? "the built-in pack" : model) + "): give newsgauge:check the"
                            + " same <model> as newsgauge:classify");
                }
            }
            if (!l.predictions().isEmpty() && !new java.util.HashSet<>(l.predictions().keySet()).equals(new java.util.HashSet<>(packDimensions))) {
                throw new MojoExecutionException("the results in " + file + " have the dimensions "
                        + l.predictions().keySet() + ", the pack the rules are read against " + packDimensions + " ("
                        + (model == null ? "the built-in pack" : model) + "): give newsgauge:check the same <model> as"
                        + " newsgauge:classify");
            }
        }
    }

    /** The configured rules without blank ones (none when not configured). */
    static List<String> rules(List<String> failWhen) {
        return failWhen == null ? List.of() : failWhen.stream().filter(r -> !r.isBlank()).toList();
    }
}

package org.newsgauge.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.newsgauge.gate.ResultCheck;
import org.newsgauge.gate.Rule;
import org.newsgauge.report.JsonlResultReader;

/**
 * Fails the build when classified documents break rules such as {@code tension >= high},
 * {@code stance = pro_kosovo} or {@code confidence < 0.5}, reading the JSONL results of the
 * {@code classify} goal. The message lists the offending documents with their labels.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractNewsgaugeMojo {
    /**
     * Rules; a document breaking any of them fails the build. One per element
     * ({@code <failWhen><rule>tension >= high</rule><rule>confidence < 0.5</rule></failWhen>}) or
     * a single one ({@code <failWhen>tension >= high</failWhen>}); see the README for the syntax.
     */
    @Parameter(property = "newsgauge.failWhen")
    List<String> failWhen;

    /** Fail when a document could not be classified (binary, empty, unreadable). */
    @Parameter(property = "newsgauge.failOnUnreadable", defaultValue = "false")
    boolean failOnUnreadable;

    /** The results the {@code classify} goal wrote. */
    @Parameter(property = "newsgauge.results", defaultValue = "${project.build.directory}/newsgauge/results.jsonl")
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
            getLog().warn("newsgauge: no <failWhen> rules and failOnUnreadable is false; nothing to check");
            return;
        }
        ResultCheck check = ResultCheck.of(rules, rules.isEmpty() ? List.of() : Rule.dimensions(classifier(model).pack()),
                failOnUnreadable);
        if (!results.isFile()) {
            throw new MojoExecutionException("no results at " + results + "; run newsgauge:classify (with jsonl among "
                    + "its formats) before newsgauge:check, or point <results> at its results.jsonl");
        }
        ResultCheck.Outcome outcome = check.check(JsonlResultReader.readAll(results.toPath()));
        String what = String.join("; ", rules) + (failOnUnreadable ? (rules.isEmpty() ? "" : "; ") + "unreadable" : "");
        if (outcome.failed()) {
            throw new MojoFailureException("newsgauge check (" + what + "): " + outcome.message(maxListed));
        }
        getLog().info("newsgauge: check (" + what + "): " + outcome.message(maxListed));
    }

    /** The configured rules without blank ones (none when not configured). */
    static List<String> rules(List<String> failWhen) {
        return failWhen == null ? List.of() : failWhen.stream().filter(r -> !r.isBlank()).toList();
    }
}

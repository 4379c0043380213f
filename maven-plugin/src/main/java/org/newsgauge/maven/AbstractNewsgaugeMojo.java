package org.newsgauge.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.gate.RuleException;
import org.newsgauge.model.PackReader;

/** What every goal shares: {@code skip}, the project folder, loading a pack, turning errors into messages. */
abstract class AbstractNewsgaugeMojo extends AbstractMojo {
    /** Skip this goal (every newsgauge goal, with the property). */
    @Parameter(property = "newsgauge.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("newsgauge: skipped (newsgauge.skip)");
            return;
        }
        QuietOpenNlp.apply(getLog());
        try {
            run();
        } catch (RuleException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException(message(e), e);
        } catch (IllegalArgumentException e) {
            // a setting the library refuses: a configuration error to fix, not a crash of the plugin
            throw new MojoExecutionException("newsgauge: bad setting: " + message(e), e);
        }
    }

    abstract void run() throws MojoExecutionException, MojoFailureException, IOException;

    /** The classifier of the pack in {@code model}, or the built-in pack when it is null. */
    ArticleClassifier classifier(File model) throws MojoExecutionException {
        if (model == null) {
            try {
                return ArticleClassifier.defaults();
            } catch (IllegalStateException e) {
                throw new MojoExecutionException("cannot load the built-in model pack: " + e.getMessage()
                        + "; configure <model> with a pack file", e);
            }
        }
        try {
            return ArticleClassifier.of(PackReader.read(model.toPath()));
        } catch (NoSuchFileException e) {
            throw new MojoExecutionException("model pack " + model + " does not exist; train one with newsgauge:train "
                    + "or leave <model> out for the built-in pack", e);
        } catch (org.newsgauge.model.ModelFormatException e) {
            // its message names the pack's path already ("model pack P ends early ...")
            throw new MojoExecutionException(message(e), e);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("cannot read model pack " + model + ": " + message(e), e);
        }
    }

    static String message(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}

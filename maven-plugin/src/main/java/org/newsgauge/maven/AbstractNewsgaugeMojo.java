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

    /** This plugin's descriptor (its goals and their parameters); null outside Maven. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    org.apache.maven.plugin.descriptor.PluginDescriptor pluginDescriptor;

    /** The project's build plugins, with their configuration as the POMs give it; null outside Maven. */
    @Parameter(defaultValue = "${project.build.plugins}", readonly = true)
    java.util.List<org.apache.maven.model.Plugin> buildPlugins;

    /** The folder the build was started in (the reactor's root); null outside Maven. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    String executionRoot;

    /** This execution's id ({@code default-cli} from the command line); null outside Maven. */
    @Parameter(defaultValue = "${mojoExecution.executionId}", readonly = true)
    String executionId;

    /** This execution's goal ({@code check}); null outside Maven. */
    @Parameter(defaultValue = "${mojoExecution.goal}", readonly = true)
    String goal;

    /** The build's {@code -D} properties; null outside Maven. */
    @Parameter(defaultValue = "${session.userProperties}", readonly = true)
    java.util.Properties userProperties;

    /** The project's {@code <properties>} (profiles' included); null outside Maven. */
    @Parameter(defaultValue = "${project.properties}", readonly = true)
    java.util.Properties projectProperties;

    /** The build's system properties ({@code MAVEN_OPTS}); null outside Maven. */
    @Parameter(defaultValue = "${session.systemProperties}", readonly = true)
    java.util.Properties systemProperties;

    /** When this build started (Maven sets it); null outside Maven. */
    @Parameter(defaultValue = "${session.request.startTime}", readonly = true)
    java.util.Date buildStarted;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(prefix() + "skipped (newsgauge.skip)");
            return;
        }
        QuietOpenNlp.apply(getLog());
        requireKnownParameters();
        requireBooleanValues();
        requireOverridesTakeEffect();
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

    /**
     * What the plugin's log lines start with: {@code newsgauge: }, or {@code newsgauge (module-a): }
     * in a module below the folder the build was started in, so that the interleaved lines of a
     * parallel build ({@code mvn -T}) say which module they are about (document paths are the
     * module's).
     */
    String prefix() {
        if (executionRoot != null && basedir != null) {
            java.nio.file.Path root = java.nio.file.Path.of(executionRoot).toAbsolutePath().normalize();
            java.nio.file.Path here = basedir.toPath().toAbsolutePath().normalize();
            if (!root.equals(here) && here.startsWith(root)) {
                return "newsgauge (" + root.relativize(here).toString().replace('\\', '/') + "): ";
            }
        }
        return "newsgauge: ";
    }

    /**
     * Refuses configuration elements that are no parameter of any newsgauge goal, in the plugin's
     * configuration or this execution's: Maven 3.8 ignores them, and a misspelt gate
     * ({@code <failwhen>}, {@code <minimum>}) would pass every build. Elements that belong to
     * another goal of the plugin are allowed, as configuration is shared between goals.
     */
    private void requireKnownParameters() throws MojoExecutionException {
        if (pluginDescriptor == null || buildPlugins == null || pluginDescriptor.getMojos() == null) {
            return;
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        for (org.apache.maven.plugin.descriptor.Parameter p : allParameters()) {
            known.add(p.getName());
            if (p.getAlias() != null) {
                known.add(p.getAlias());
            }
        }
        java.util.List<String> unknown = new java.util.ArrayList<>();
        for (Configuration c : configurations()) {
            unknown.addAll(UnknownParameters.find(elementNames(c.dom()), known, c.where()));
        }
        if (!unknown.isEmpty()) {
            throw new MojoExecutionException(String.join("\n", unknown));
        }
    }

    /** Every goal's parameters, as the plugin's descriptor lists them (a parameter of several goals once per goal). */
    private java.util.List<org.apache.maven.plugin.descriptor.Parameter> allParameters() {
        java.util.List<org.apache.maven.plugin.descriptor.Parameter> all = new java.util.ArrayList<>();
        for (org.apache.maven.plugin.descriptor.MojoDescriptor m : pluginDescriptor.getMojos()) {
            if (m.getParameters() != null) {
                all.addAll(m.getParameters());
            }
        }
        return all;
    }

    /**
     * Refuses a true/false parameter whose value is neither, in the plugin's configuration, as a
     * {@code -D} or system property, or in the POM's {@code <properties>}: Maven reads anything but
     * {@code true} as false, so {@code <failOnUnreadable>ture} or {@code -Dnewsgauge.cache=yes}
     * would turn a setting off without a word.
     */
    private void requireBooleanValues() throws MojoExecutionException {
        if (pluginDescriptor == null || pluginDescriptor.getMojos() == null) {
            return;
        }
        java.util.Map<String, String> properties = new java.util.TreeMap<>();
        java.util.Set<String> booleans = new java.util.HashSet<>();
        for (org.apache.maven.plugin.descriptor.Parameter p : allParameters()) {
            if (!"boolean".equals(p.getType()) && !"java.lang.Boolean".equals(p.getType())) {
                continue;
            }
            booleans.add(p.getName());
            String expression = p.getExpression();
            if (expression != null && expression.startsWith("${") && expression.endsWith("}")) {
                properties.put(expression.substring(2, expression.length() - 1), p.getName());
            }
        }
        java.util.List<String> bad = new java.util.ArrayList<>();
        java.util.Set<String> configured = new java.util.HashSet<>();
        if (buildPlugins != null) {
            for (Configuration c : configurations()) {
                if (c.dom() instanceof org.codehaus.plexus.util.xml.Xpp3Dom dom) {
                    for (org.codehaus.plexus.util.xml.Xpp3Dom child : dom.getChildren()) {
                        String v = child.getValue();
                        if (v != null && !v.contains("${")) {
                            configured.add(child.getName()); // a value of its own: no property applies
                        }
                        // an expression Maven fills in later is checked as the property it names, below
                        if (booleans.contains(child.getName()) && v != null && !v.contains("${") && !isBoolean(v)) {
                            bad.add("<" + child.getName() + ">" + v.strip() + "</" + child.getName() + "> in " + c.where());
                        }
                    }
                }
            }
        }
        // where Maven finds ${newsgauge.x}: -D, then system properties (MAVEN_OPTS), then the POM's <properties>
        properties.forEach((property, name) -> {
            if (configured.contains(name)) {
                return;
            }
            String v;
            if (userProperties != null && (v = userProperties.getProperty(property)) != null) {
                if (!isBoolean(v)) {
                    bad.add("-D" + property + "=" + v + " (<" + name + ">)");
                }
            } else if (systemProperties != null && (v = systemProperties.getProperty(property)) != null) {
                if (!isBoolean(v)) {
                    bad.add("system property " + property + "=" + v + " (<" + name + ">)");
                }
            } else if (projectProperties != null && (v = projectProperties.getProperty(property)) != null && !isBoolean(v)) {
                bad.add("<" + property + ">" + v.strip() + "</" + property + "> in the POM's <properties> (<" + name + ">)");
            }
        });
        if (!bad.isEmpty()) {
            throw new MojoExecutionException(String.join("; ", bad) + ": " + (bad.size() == 1 ? "it takes" : "they take")
                    + " true or false, and Maven would read anything else as false, turning the setting off; write true or false");
        }
    }

    /** Whether Maven reads {@code value} as the boolean it looks like: true or false, in any case. */
    private static boolean isBoolean(String value) {
        String v = value.strip();
        return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
    }

    /**
     * Refuses a {@code -D} property of a list parameter that the POM gives in its one-value form
     * ({@code <failWhen>tension >= high</failWhen>}): Maven replaces a list written as elements with
     * the property, but keeps a value written in the POM, so the property would be ignored without a
     * word, and a gate a CI job loosens or tightens on the command line would stay as it was.
     */
    private void requireOverridesTakeEffect() throws MojoExecutionException {
        if (pluginDescriptor == null || buildPlugins == null || userProperties == null || goal == null
                || pluginDescriptor.getMojos() == null) {
            return;
        }
        for (org.apache.maven.plugin.descriptor.MojoDescriptor m : pluginDescriptor.getMojos()) {
            if (!goal.equals(m.getGoal()) || m.getParameters() == null) {
                continue;
            }
            for (org.apache.maven.plugin.descriptor.Parameter p : m.getParameters()) {
                String expression = p.getExpression();
                if (!"java.util.List".equals(p.getType()) || expression == null || !expression.startsWith("${")) {
                    continue;
                }
                String property = expression.substring(2, expression.length() - 1);
                if (!userProperties.containsKey(property)) {
                    continue;
                }
                String oneValue = oneValueForm(p.getName());
                // the same text as the property: the POM says ${property}, which Maven filled in with it
                if (oneValue != null && !oneValue.equals(userProperties.getProperty(property).strip())) {
                    throw new MojoExecutionException("-D" + property + " does not replace <" + p.getName() + ">" + oneValue
                            + "</" + p.getName() + "> in the POM: Maven keeps a value written in the POM, and replaces only"
                            + " a list written as elements, so the property would be ignored; write <" + p.getName() + "><rule>"
                            + oneValue + "</rule></" + p.getName() + "> (any element name will do) to let -D" + property
                            + " replace it, or leave the property out");
                }
            }
        }
    }

    /**
     * The text of {@code <name>} in this execution's configuration, or else the plugin's, when it
     * has one (its one-value form), or null. Child elements do not matter: an execution's
     * one-value form merged over a plugin-level (or inherited) list keeps both, and Maven uses the text.
     */
    private String oneValueForm(String name) {
        java.util.List<Configuration> configurations = configurations();
        // the execution's first (they come last): it is what Maven applies
        for (int i = configurations.size() - 1; i >= 0; i--) {
            if (configurations.get(i).dom() instanceof org.codehaus.plexus.util.xml.Xpp3Dom dom) {
                org.codehaus.plexus.util.xml.Xpp3Dom child = dom.getChild(name);
                if (child != null && child.getValue() != null && !child.getValue().isBlank()) {
                    return child.getValue().strip();
                }
            }
        }
        return null;
    }

    /** A {@code <configuration>} of this plugin as the POM gives it, and where it stands for a message. */
    private record Configuration(Object dom, String where) {
    }

    /** This plugin's configuration in the POM, then this execution's: the two Maven merges for a goal. */
    private java.util.List<Configuration> configurations() {
        java.util.List<Configuration> out = new java.util.ArrayList<>();
        for (org.apache.maven.model.Plugin p : buildPlugins) {
            if (!p.getKey().equals(pluginDescriptor.getPluginLookupKey())) {
                continue;
            }
            out.add(new Configuration(p.getConfiguration(), "the plugin's <configuration>"));
            for (org.apache.maven.model.PluginExecution e : p.getExecutions()) {
                if (e.getId().equals(executionId)) {
                    out.add(new Configuration(e.getConfiguration(), "the <configuration> of execution '" + e.getId() + "'"));
                }
            }
        }
        return out;
    }

    /**
     * The ids of the POM's executions of this plugin, other than this one, whose configuration
     * sets any of {@code names}: settings this execution does not get (a goal run from the command
     * line gets the plugin's configuration, not an execution's).
     */
    java.util.List<String> otherExecutionsSetting(String... names) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        if (pluginDescriptor == null || buildPlugins == null) {
            return ids;
        }
        for (org.apache.maven.model.Plugin p : buildPlugins) {
            if (!p.getKey().equals(pluginDescriptor.getPluginLookupKey())) {
                continue;
            }
            for (org.apache.maven.model.PluginExecution e : p.getExecutions()) {
                if (!e.getId().equals(executionId) && elementNames(e.getConfiguration()).stream()
                        .anyMatch(java.util.List.of(names)::contains)) {
                    ids.add(e.getId());
                }
            }
        }
        return ids;
    }

    private static java.util.List<String> elementNames(Object configuration) {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (configuration instanceof org.codehaus.plexus.util.xml.Xpp3Dom dom) {
            for (org.codehaus.plexus.util.xml.Xpp3Dom child : dom.getChildren()) {
                names.add(child.getName());
            }
        }
        return names;
    }

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
            // without the cause: Maven would print its message ("<path>: model pack not found") after this one
            throw new MojoExecutionException("model pack " + model + " does not exist; train one with newsgauge:train "
                    + "or leave <model> out for the built-in pack");
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

package org.newsgauge.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.newsgauge.model.LinearModel;
import org.newsgauge.testing.Corpus;
import org.newsgauge.text.AnalyzerConfig;
import org.newsgauge.text.FeatureSpaceBuilder;
import org.newsgauge.text.SparseVector;
import org.newsgauge.text.Weighting;

class LearnersTest {
    private static double accuracy(Learner learner, boolean binary) {
        List<Corpus.Row> train = Corpus.rows(300, 1);
        List<Corpus.Row> test = Corpus.rows(100, 2);
        AnalyzerConfig cfg = AnalyzerConfig.defaults();
        if (binary) {
            cfg = cfg.withWeighting(Weighting.BINARY);
        }
        FeatureSpaceBuilder.Result fs = new FeatureSpaceBuilder(cfg).build(train.stream().map(Corpus.Row::text).toList());
        int[] y = train.stream().mapToInt(r -> Corpus.TOPICS.indexOf(r.topic())).toArray();
        LinearModel m = learner.fit(fs.vectors(), y, 3, fs.space().size(), 7);
        int right = 0;
        double[] s = new double[3];
        for (Corpus.Row r : test) {
            m.scores(fs.space().vectorize(r.text()), s);
            int best = s[0] >= s[1] && s[0] >= s[2] ? 0 : s[1] >= s[2] ? 1 : 2;
            if (Corpus.TOPICS.get(best).equals(r.topic())) {
                right++;
            }
        }
        return right / 100.0;
    }

    @ParameterizedTest
    @ValueSource(strings = {"svm", "nbsvm", "liblinear", "opennlp-maxent", "smile-maxent"})
    void everyLearnerSeparatesTheTopics(String name) {
        Learner l = Learners.byName(name, 1.0);
        double acc = accuracy(l, l.wantsBinaryFeatures());
        assertTrue(acc >= 0.85, name + " accuracy " + acc);
    }

    /**
     * Smile and LIBLINEAR are optional dependencies: an application without them (here a class
     * loader with newsgauge's classes alone) gets a message naming the dependency to add when it
     * asks for their learners, and every other learner as before.
     */
    @Test
    void aLearnerWithoutItsOptionalLibraryNamesTheDependencyToAdd() throws Exception {
        java.net.URL classes = Learners.class.getProtectionDomain().getCodeSource().getLocation();
        try (java.net.URLClassLoader alone = new java.net.URLClassLoader(new java.net.URL[] {classes},
                ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> alone.loadClass("smile.classification.Maxent"));
            java.lang.reflect.Method byName = alone.loadClass(Learners.class.getName())
                    .getMethod("byName", String.class, double.class);
            for (String[] c : new String[][] {{"smile-maxent", "com.github.haifengl:smile-core:1.5.3", "smile-core"},
                    {"liblinear", "de.bwaldvogel:liblinear:2.44", "liblinear"}}) {
                Throwable e = assertThrows(java.lang.reflect.InvocationTargetException.class,
                        () -> byName.invoke(null, c[0], 1.0)).getCause();
                assertEquals(MissingLibraryException.class.getName(), e.getClass().getName(), String.valueOf(e));
                assertTrue(e.getMessage().startsWith("the learner '" + c[0] + "' needs " + c[1]
                        + ", an optional dependency of newsgauge that is not on the classpath: add <dependency>"), e.getMessage());
                assertTrue(e.getMessage().contains("<artifactId>" + c[2] + "</artifactId>"), e.getMessage());
            }
            // a learner the shared features rule out is refused for that first: adding its library would not help
            Class<?> options = alone.loadClass(TrainingOptions.class.getName());
            Object defaults = options.getMethod("defaults").invoke(null);
            java.lang.reflect.Method perDimension = options.getMethod("withAlgorithm", String.class, String.class);
            Throwable features = assertThrows(java.lang.reflect.InvocationTargetException.class,
                    () -> perDimension.invoke(defaults, "stance", "smile")).getCause();
            assertEquals(IllegalArgumentException.class, features.getClass(), String.valueOf(features));
            assertTrue(features.getMessage().startsWith("dimension 'stance' cannot use smile-maxent: it wants binary features"),
                    features.getMessage());
            assertTrue(features.getMessage().contains("give it svm or nbsvm, or train"), features.getMessage());
            Throwable library = assertThrows(java.lang.reflect.InvocationTargetException.class,
                    () -> perDimension.invoke(defaults, "stance", "liblinear")).getCause();
            assertEquals(MissingLibraryException.class.getName(), library.getClass().getName(), String.valueOf(library));
            assertTrue(library.getMessage().endsWith("or train with auto, svm, nbsvm or opennlp-maxent, which need nothing more"),
                    library.getMessage());
            Object svm = byName.invoke(null, "svm", 1.0);
            assertEquals("svm", svm.getClass().getMethod("name").invoke(svm));
            Object maxent = byName.invoke(null, "opennlp-maxent", 1.0);
            assertEquals("opennlp-maxent", maxent.getClass().getMethod("name").invoke(maxent));
        }
        // with them on the classpath, as in this build, both are there
        assertTrue(Learners.available("smile-maxent") && Learners.available("liblinear"));
    }

    /**
     * The CLI run on a class path without LIBLINEAR (its own jar has it; a hand-made class path
     * may not) says what to add and exits 2, as for any input the user can fix, not "internal error".
     */
    @Test
    void theCliWithoutAnOptionalLibraryNamesItAndExitsTwo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path data = Corpus.writeCsv(dir.resolve("c.csv"), 60, 3);
        try (java.net.URLClassLoader without = new java.net.URLClassLoader(
                testClassPathWithout("liblinear").toArray(new java.net.URL[0]), ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> without.loadClass("de.bwaldvogel.liblinear.Linear"));
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            Object code = without.loadClass("org.newsgauge.cli.Main")
                    .getMethod("run", String[].class, java.io.PrintWriter.class, java.io.PrintWriter.class)
                    .invoke(null, new String[] {"train", "--data", data.toString(), "--text-column", "text", "--label-column",
                        "topic", "--algorithm", "liblinear", "--output", dir.resolve("p.ngpack").toString()},
                            new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
            assertEquals(2, code, err.toString());
            assertTrue(err.toString().startsWith("error: the learner 'liblinear' needs de.bwaldvogel:liblinear:2.44"), err.toString());
        }
    }

    /**
     * The test's class path, a manifest-only jar's entries expanded (as Surefire starts the JVM),
     * without the entries whose path contains {@code left}.
     */
    private static List<java.net.URL> testClassPathWithout(String left) throws Exception {
        List<java.net.URL> urls = new java.util.ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            java.nio.file.Path p = java.nio.file.Path.of(entry);
            java.net.URL url = p.toUri().toURL();
            String manifestPath = null;
            if (entry.endsWith(".jar") && java.nio.file.Files.isRegularFile(p)) {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(p.toFile())) {
                    java.util.jar.Manifest m = jar.getManifest();
                    manifestPath = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                }
            }
            if (manifestPath == null) {
                urls.add(url);
                continue;
            }
            for (String e : manifestPath.trim().split("\\s+")) {
                urls.add(new java.net.URL(url, e));
            }
        }
        urls.removeIf(u -> u.getPath().contains(left));
        return urls;
    }

    @Test
    void svmIsDeterministicForASeed() {
        List<Corpus.Row> rows = Corpus.rows(200, 5);
        FeatureSpaceBuilder.Result fs = vectors(rows);
        int[] y = rows.stream().mapToInt(r -> Corpus.LEVELS.indexOf(r.level())).toArray();
        SvmLearner svm = new SvmLearner(1.0, true);
        LinearModel a = svm.fit(fs.vectors(), y, 3, fs.space().size(), 11);
        LinearModel b = svm.fit(fs.vectors(), y, 3, fs.space().size(), 11);
        assertArrayEquals(a.weights(), b.weights());
        assertArrayEquals(a.bias(), b.bias());
    }

    @Test
    void aWarmStartedPathSolvesEachCAsAColdFitDoes() {
        List<Corpus.Row> rows = Corpus.rows(300, 9);
        FeatureSpaceBuilder.Result fs = vectors(rows);
        int[] y = rows.stream().mapToInt(r -> Corpus.TOPICS.indexOf(r.topic())).toArray();
        double[] cs = {1, 0.05, 4};
        LinearModel[] path = new SvmLearner(1.0, true).fitPath(cs, fs.vectors(), y, 3, fs.space().size(), 3);
        assertEquals(3, path.length);
        double[] norms = new double[3];
        for (int c = 0; c < cs.length; c++) {
            LinearModel cold = new SvmLearner(cs[c], true).fit(fs.vectors(), y, 3, fs.space().size(), 3);
            norms[c] = norm(path[c]);
            // the same optimum to the solver's tolerance: the same size and the same decisions
            assertEquals(norm(cold), norms[c], 0.05 * norm(cold), "C=" + cs[c]);
            int agree = agreements(path[c], cold, fs.vectors());
            assertTrue(agree >= 297, "C=" + cs[c] + ": " + agree + "/300 decisions agree");
        }
        // models come back in the order of cs, not the order they were solved in
        assertTrue(norms[1] < norms[0] && norms[0] < norms[2], java.util.Arrays.toString(norms));
    }

    /** Default-analyzer vectors of {@code rows}. */
    private static FeatureSpaceBuilder.Result vectors(List<Corpus.Row> rows) {
        return new FeatureSpaceBuilder(AnalyzerConfig.defaults()).build(rows.stream().map(Corpus.Row::text).toList());
    }

    /** How many of {@code xs} the two models give the same top class. */
    private static int agreements(LinearModel m1, LinearModel m2, SparseVector[] xs) {
        int agree = 0;
        double[] a = new double[m1.outputs()];
        double[] b = new double[m2.outputs()];
        for (SparseVector x : xs) {
            m1.scores(x, a);
            m2.scores(x, b);
            agree += argmax(a) == argmax(b) ? 1 : 0;
        }
        return agree;
    }

    private static double norm(LinearModel m) {
        double s = 0;
        for (float w : m.weights()) {
            s += (double) w * w;
        }
        return Math.sqrt(s);
    }

    @Test
    void svmAgreesWithLiblinearOnPredictions() {
        List<Corpus.Row> rows = Corpus.rows(300, 8);
        FeatureSpaceBuilder.Result fs = vectors(rows);
        int[] y = rows.stream().mapToInt(r -> Corpus.TOPICS.indexOf(r.topic())).toArray();
        LinearModel ours = new SvmLearner(1.0, false).fit(fs.vectors(), y, 3, fs.space().size(), 1);
        LinearModel lib = new LiblinearLearner(1.0).fit(fs.vectors(), y, 3, fs.space().size(), 1);
        int agree = agreements(ours, lib, fs.vectors());
        assertTrue(agree >= 295, "the same optimisation problem should give the same decisions: " + agree + "/300");
    }

    @Test
    void logCountRatiosFavourTheFeaturesOfThePositiveRows() {
        // positive rows have features 0 and 2, the negative row 1 and 2; smoothing 1 over 3 features
        SparseVector[] x = {
            new SparseVector(new int[] {0, 2}, new float[] {1, 1}),
            new SparseVector(new int[] {1, 2}, new float[] {1, 1}),
            new SparseVector(new int[] {0, 2}, new float[] {0.5f, 0.5f}),
        };
        double[] r = new SvmLearner(1.0, true, 1.0).logCountRatios(x, new int[] {1, 0, 1}, 1, 3);
        // p = (3, 1, 3), sum 7; q = (1, 2, 2), sum 5: counts of rows, not of values
        assertEquals(Math.log((3.0 / 7) / (1.0 / 5)), r[0], 1e-12);
        assertEquals(Math.log((1.0 / 7) / (2.0 / 5)), r[1], 1e-12);
        assertEquals(Math.log((3.0 / 7) / (2.0 / 5)), r[2], 1e-12);
    }

    @Test
    void nbsvmIsThePlainSvmOnScaledFeaturesFoldedBackIntoTheWeights() {
        List<Corpus.Row> rows = Corpus.rows(200, 4);
        FeatureSpaceBuilder.Result fs = vectors(rows);
        int features = fs.space().size();
        int[] y = rows.stream().mapToInt(r -> r.topic().equals(Corpus.TOPICS.get(0)) ? 1 : 0).toArray();
        SvmLearner nb = new SvmLearner(1.0, true, 1.0);
        double[] r = nb.logCountRatios(fs.vectors(), y, 1, features);
        SparseVector[] scaled = new SparseVector[y.length];
        for (int i = 0; i < y.length; i++) {
            SparseVector v = fs.vectors()[i];
            float[] vals = new float[v.size()];
            for (int p = 0; p < vals.length; p++) {
                vals[p] = (float) (v.values()[p] * r[v.indices()[p]]);
            }
            scaled[i] = new SparseVector(v.indices(), vals);
        }
        LinearModel plain = new SvmLearner(1.0, true).fit(scaled, y, 2, features, 5);
        LinearModel folded = nb.fit(fs.vectors(), y, 2, features, 5);
        assertArrayEquals(plain.bias(), folded.bias());
        for (int f = 0; f < features; f++) {
            assertEquals(plain.weights()[f * 2 + 1] * r[f], folded.weights()[f * 2 + 1], 1e-6, "feature " + f);
        }
        // scores on the original features are the plain model's scores on the scaled ones
        double[] a = new double[2];
        double[] b = new double[2];
        for (int i = 0; i < y.length; i++) {
            plain.scores(scaled[i], a);
            folded.scores(fs.vectors()[i], b);
            assertEquals(a[1], b[1], 1e-5);
        }
    }

    @Test
    void nbsvmSaysSoInItsProvenanceAndThePlainSvmDoesNot() {
        Learner nb = Learners.byName("nbsvm", 2.0, true);
        assertEquals("nbsvm", nb.name());
        assertEquals(1.0, nb.params().get("nb_smoothing"));
        assertEquals(2.0, nb.params().get("C"));
        Learner svm = Learners.byName("svm", 2.0, true);
        assertEquals("svm", svm.name());
        assertTrue(!svm.params().containsKey("nb_smoothing"), svm.params().toString());
        assertTrue(!((SvmLearner) svm).differsOnlyInC(nb), "a C path must not mix scaled and plain features");
        assertThrows(IllegalArgumentException.class, () -> new SvmLearner(1.0, true, -1));
    }

    @Test
    void theShortByNameWeighsAsTheTrainingDefaultsDo() {
        // it used to give balanced class weights while TrainingOptions.defaults() gives none
        assertTrue(!TrainingOptions.defaults().balanced());
        assertEquals("none", Learners.byName("svm", 1.0).params().get("class_weight"));
        assertEquals("none", Learners.byName("nbsvm", 1.0).params().get("class_weight"));
        assertEquals("balanced", Learners.byName("svm", 1.0, true).params().get("class_weight"));
    }

    @Test
    void unknownAlgorithmListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Learners.byName("xgboost", 1));
        assertTrue(e.getMessage().contains("auto, svm, nbsvm, liblinear, opennlp-maxent, smile-maxent"), e.getMessage());
    }

    @Test
    void autoIsTheDefaultChoiceNotALearner() {
        assertEquals("auto", TrainingOptions.defaults().algorithm());
        assertEquals("auto", TrainingOptions.defaults().withAlgorithm("svm").withAlgorithm("AUTO").algorithm());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Learners.byName("auto", 1));
        assertTrue(e.getMessage().contains("[nbsvm, svm]"), e.getMessage());
        assertEquals(0.25, Learners.relativeC("nbsvm"));
        assertEquals(1.0, Learners.relativeC("svm"));
    }

    @Test
    void foldsAreStratifiedAndGroupedFoldsKeepGroupsWhole() {
        int[] y = new int[100];
        for (int i = 0; i < 100; i++) {
            y[i] = i % 4 == 0 ? 1 : 0;
        }
        int[] f = Folds.stratified(y, 5, 3);
        for (int k = 0; k < 5; k++) {
            int pos = 0;
            int all = 0;
            for (int i = 0; i < 100; i++) {
                if (f[i] == k) {
                    all++;
                    pos += y[i];
                }
            }
            assertEquals(20, all);
            assertEquals(5, pos);
        }
        String[] groups = new String[60];
        for (int i = 0; i < 60; i++) {
            groups[i] = "event" + (i / 4);
        }
        int[] g = Folds.grouped(groups, 5, 3);
        for (int i = 0; i < 60; i++) {
            assertEquals(g[(i / 4) * 4], g[i], "a group is in one fold");
        }
        assertThrows(IllegalArgumentException.class, () -> Folds.grouped(new String[] {"a", "a", "b"}, 3, 1));
    }

    private static int argmax(double[] s) {
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        return best;
    }
}

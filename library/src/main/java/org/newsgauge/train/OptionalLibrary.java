package org.newsgauge.train;

/**
 * A library that only one learner needs, and that newsgauge therefore declares optional: an
 * application that classifies, or trains with {@code auto}, {@code svm} or {@code nbsvm}, does not
 * inherit it. The learner's constructor checks that it is on the classpath and otherwise says
 * which dependency to add, instead of a {@code NoClassDefFoundError} in the middle of training.
 * The CLI jar and the Maven plugin bring both.
 */
enum OptionalLibrary {
    /** Smile 1.5.3 (Apache-2.0), for {@code smile-maxent}. */
    SMILE("smile-maxent", true, "smile.classification.Maxent", "com.github.haifengl", "smile-core", "smile.version"),
    /** The LIBLINEAR Java port (BSD-3-Clause), for {@code liblinear}. */
    LIBLINEAR("liblinear", false, "de.bwaldvogel.liblinear.Linear", "de.bwaldvogel", "liblinear", "liblinear.version");

    private final String learner;
    private final boolean binaryFeatures;
    private final String probe;
    private final String groupId;
    private final String artifactId;
    private final String versionKey;

    OptionalLibrary(String learner, boolean binaryFeatures, String probe, String groupId, String artifactId,
                    String versionKey) {
        this.learner = learner;
        this.binaryFeatures = binaryFeatures;
        this.probe = probe;
        this.groupId = groupId;
        this.artifactId = artifactId;
        this.versionKey = versionKey;
    }

    /**
     * The library the learner called {@code name} (lower case; {@code smile} is {@code smile-maxent})
     * needs and the classpath lacks, or null: none needed, or it is there.
     */
    static OptionalLibrary missingFor(String name) {
        for (OptionalLibrary l : values()) {
            if ((l.learner.equals(name) || l.learner.equals(name + "-maxent")) && !l.present()) {
                return l;
            }
        }
        return null;
    }

    /** The name of the learner that needs the library. */
    String learner() {
        return learner;
    }

    /**
     * Whether the learner wants binary features, as its {@link Learner#wantsBinaryFeatures} says:
     * known without the library, so that a learner that could not be used anyway is refused for
     * that reason before its missing library is named.
     */
    boolean learnerWantsBinaryFeatures() {
        return binaryFeatures;
    }

    /** Whether the library's classes can be loaded by the loader that loaded newsgauge. */
    boolean present() {
        try {
            Class.forName(probe, false, OptionalLibrary.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Throws unless the library is on the classpath.
     *
     * @throws MissingLibraryException naming the learner, the dependency to add and the learners that need none
     */
    void require() {
        if (!present()) {
            String version = version();
            throw new MissingLibraryException("the learner '" + learner + "' needs " + groupId + ":" + artifactId + ":"
                    + version + ", an optional dependency of newsgauge that is not on the classpath: add"
                    + " <dependency><groupId>" + groupId + "</groupId><artifactId>" + artifactId + "</artifactId><version>"
                    + version + "</version></dependency> to your build, or train with auto, svm, nbsvm or opennlp-maxent,"
                    + " which need nothing more");
        }
    }

    /** The version newsgauge was built and tested with, from the build's properties. */
    String version() {
        String v = org.newsgauge.Version.built(versionKey);
        // the version is a hint in a message: without it the message still names the artifact
        return v != null ? v : "(the version in newsgauge's POM)";
    }
}

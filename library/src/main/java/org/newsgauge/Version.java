package org.newsgauge;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this library, as built.
 *
 * <pre>{@code
 * System.out.println("newsgauge " + Version.CURRENT);   // newsgauge 0.1.0-SNAPSHOT
 * boolean sameVersion = pack.provenance().libraryVersion().equals(Version.CURRENT);   // trained by this version
 * }</pre>
 */
public final class Version {
    /** The build's properties: this version and the versions of the optional dependencies it was built with. */
    private static final Properties BUILD = read();

    /** e.g. {@code 0.1.0}; {@code dev} when run from classes without the filtered resource. */
    public static final String CURRENT = built("version") == null ? "dev" : built("version");

    private Version() {
    }

    /**
     * A version this library was built with, from its build's properties: {@code version} (this
     * library's), {@code smile.version}, {@code liblinear.version}.
     *
     * <pre>{@code
     * String smile = Version.built("smile.version");   // 1.5.3
     * }</pre>
     *
     * @param key the property's name
     * @return the version, or null when the build did not record it (run from unfiltered classes)
     */
    public static String built(String key) {
        String v = BUILD.getProperty(key);
        return v == null || v.startsWith("${") ? null : v;
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no versions known: CURRENT is "dev", and messages do without the dependencies' versions
        }
        return p;
    }
}

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
    /** e.g. {@code 0.1.0}; {@code dev} when run from classes without the filtered resource. */
    public static final String CURRENT = read();

    private Version() {
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}

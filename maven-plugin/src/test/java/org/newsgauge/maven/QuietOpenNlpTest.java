package org.newsgauge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuietOpenNlpTest {
    /** A log at a given Maven level: -q (error), default (info), -X (debug). */
    private static SystemStreamLog at(String level) {
        return new SystemStreamLog() {
            @Override
            public boolean isDebugEnabled() {
                return level.equals("debug");
            }

            @Override
            public boolean isInfoEnabled() {
                return !level.equals("error");
            }
        };
    }

    // the property is the JVM's: a goal run by another test class of this JVM may have set it
    @BeforeEach
    @AfterEach
    void clear() {
        System.clearProperty(QuietOpenNlp.PROPERTY);
    }

    @Test
    void aDefaultBuildKeepsOpenNlpToWarnings() {
        QuietOpenNlp.apply(at("info"));
        assertEquals("warn", System.getProperty(QuietOpenNlp.PROPERTY));
    }

    @Test
    void debugAndTheUsersOwnSettingAreLeftAlone() {
        QuietOpenNlp.apply(at("debug"));
        assertNull(System.getProperty(QuietOpenNlp.PROPERTY));
        System.setProperty(QuietOpenNlp.PROPERTY, "info");
        QuietOpenNlp.apply(at("info"));
        assertEquals("info", System.getProperty(QuietOpenNlp.PROPERTY));
    }

    @Test
    void aQuietBuildIsNotMadeLouder() {
        // mvn -q logs errors only (org.slf4j.simpleLogger.defaultLogLevel=error): a per-logger 'warn'
        // would let OpenNLP's warnings through where every other plugin's are hidden
        QuietOpenNlp.apply(at("error"));
        assertNull(System.getProperty(QuietOpenNlp.PROPERTY));
    }
}

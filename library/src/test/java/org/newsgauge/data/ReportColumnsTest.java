package org.newsgauge.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportColumnsTest {
    static String refused(String... dimensions) {
        return assertThrows(IllegalArgumentException.class,
                () -> ReportColumns.requireDistinct(List.of(dimensions), "data.csv")).getMessage();
    }

    @Test
    void dimensionsOfRealPacksPass() {
        ReportColumns.requireDistinct(List.of("topic", "stance", "tension"), "pack.json");
        ReportColumns.requireDistinct(List.of("label"), "train.csv");
        ReportColumns.requireDistinct(List.of("topic", "topic2", "p", "predicted"), "data.csv");
    }

    @Test
    void aFixedColumnInAnyCaseIsRefused() {
        assertTrue(refused("topic", "Language").startsWith("dimension 'Language' of data.csv has the name of a column of"
                + " the reports (path, language, warnings, id, in any case)"), refused("topic", "Language"));
        assertTrue(refused("ID").contains("'ID'"));
    }

    @Test
    void dimensionsSharingAnyDerivedColumnAreRefused() {
        assertEquals("dimensions 'topic' and 'Topic' of data.csv would share the report column 'Topic' (compared without"
                + " regard to case, as Spark and SQL compare columns); rename one of the label columns", refused("topic", "Topic"));
        assertTrue(refused("topic", "topic_p").contains("would share the report column 'topic_p'"));
        assertTrue(refused("topic_predicted", "topic").contains("dimensions 'topic_predicted' and 'topic'"));
        assertTrue(refused("topic", "TOPIC_PROBABILITY").contains("'TOPIC_PROBABILITY'"));
        assertEquals("dimension 'topic' is named twice in data.csv; name each dimension once", refused("topic", "topic"));
    }

    @Test
    void caseIsFoldedAsEqualsIgnoreCaseFoldsIt() {
        // final and medial sigma, dotted capital I: equal to String.equalsIgnoreCase and so to Spark
        assertTrue("σ".equalsIgnoreCase("ς") && "i".equalsIgnoreCase("İ"));
        refused("σ", "ς");
        refused("i", "İ");
        assertEquals(ReportColumns.caseKey("Topic"), ReportColumns.caseKey("tOPIC"));
    }
}

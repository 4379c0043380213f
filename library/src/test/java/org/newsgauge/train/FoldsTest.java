package org.newsgauge.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldsTest {
    private static final List<String> LABELS = List.of("business", "sport", "tech");

    @Test
    void heldOutRowsWhoseLabelTheirFoldNeverTrainsOnAreCounted() {
        // groups that follow the labels (event = label + "-ev"): each label lives in one fold only
        String[] groups = {"business-ev", "business-ev", "sport-ev", "sport-ev", "tech-ev", "tech-ev"};
        int[] y = {0, 0, 1, 1, 2, 2};
        int[] fold = Folds.grouped(groups, 3, 7);
        assertEquals("6 of 6 held-out rows have a label that no training row of their fold has (business, sport, tech)",
                Folds.unseenHeldOut(fold, y, LABELS));
        // stratified folds over labels with rows enough: every held-out label is trained on
        int[] labels = {0, 0, 0, 1, 1, 1, 2, 2, 2};
        assertNull(Folds.unseenHeldOut(Folds.stratified(labels, 3, 7), labels, LABELS));
        // a label with one row is held out once and never trained on
        int[] once = {0, 0, 0, 1, 1, 1, 2};
        assertEquals("1 of 7 held-out rows have a label that no training row of their fold has (tech)",
                Folds.unseenHeldOut(Folds.stratified(once, 3, 7), once, LABELS));
    }
}

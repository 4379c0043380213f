package org.newsgauge.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSettingsTest {
    @Test
    void ordinalDimensionsKeepTheOrderTheyWereGiven(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("two.csv"), "text,size,heat,kind\n"
                + "a small cold stone,small,cold,stone\n"
                + "a big hot sun,big,hot,star\n");
        List<String> sizes = List.of("small", "big");
        List<String> heats = List.of("cold", "hot");
        DataSettings base = DataSettings.defaults().withLabelColumns("kind");
        // the dimensions follow the nominal ones in the order the ordinal ones were declared, either way round
        assertEquals(List.of("kind", "size", "heat"), names(LabelledData.read(csv,
                base.withOrdinal("size", sizes).withOrdinal("heat", heats))));
        assertEquals(List.of("kind", "heat", "size"), names(LabelledData.read(csv,
                base.withOrdinal("heat", heats).withOrdinal("size", sizes))));
    }

    @Test
    void settingsAreCopiesOfWhatWasGiven() {
        List<String> columns = new ArrayList<>(List.of("title", "body"));
        DataSettings s = DataSettings.defaults().withTextColumns(columns);
        columns.add("comments");
        assertEquals(List.of("title", "body"), s.textColumns());
        assertThrows(UnsupportedOperationException.class, () -> s.ordinal().put("x", List.of()));
        // each with... returns new settings and leaves the original as it was
        DataSettings t = s.withTextColumns(List.of("text")).withOrdinal("tension", List.of("low", "high"))
                .withGroupColumn("event");
        assertEquals(List.of("text"), t.textColumns());
        assertEquals(List.of("title", "body"), s.textColumns());
        assertEquals(java.util.Map.of(), s.ordinal());
        assertEquals(null, s.groupColumn());
        assertEquals(null, t.withGroupColumn(null).groupColumn());
    }

    @Test
    void anOrderGivenTwiceIsRefused() {
        DataSettings s = DataSettings.defaults().withOrdinal("tension", List.of("low", "high"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.withOrdinal("tension", List.of("high", "low")));
        assertTrue(e.getMessage().contains("the order of 'tension' is given twice"), e.getMessage());
    }

    private static List<String> names(Dataset d) {
        return d.dimensions().stream().map(DimensionSpec::name).toList();
    }
}

package org.newsgauge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownParametersTest {
    private static final List<String> KNOWN = List.of("failWhen", "minimums", "outputDirectory", "formats", "skip");

    @Test
    void namesEachUnknownElementWithTheParameterMeant() {
        assertEquals(List.of(
                "<failwhen> in here is no parameter of any newsgauge goal, so Maven would ignore it; did you mean <failWhen>?",
                "<minimum> in here is no parameter of any newsgauge goal, so Maven would ignore it; did you mean <minimums>?",
                "<outputDir> in here is no parameter of any newsgauge goal, so Maven would ignore it",
                "<fromats> in here is no parameter of any newsgauge goal, so Maven would ignore it; did you mean <formats>?"),
                UnknownParameters.find(List.of("failwhen", "skip", "minimum", "outputDir", "fromats"), KNOWN, "here"));
        assertEquals(List.of(), UnknownParameters.find(List.of("failWhen", "minimums"), KNOWN, "here"));
    }

    @Test
    void editDistance() {
        assertEquals(0, UnknownParameters.distance("skip", "skip"));
        assertEquals(2, UnknownParameters.distance("fromats", "formats"));
        assertEquals(3, UnknownParameters.distance("", "abc"));
    }
}

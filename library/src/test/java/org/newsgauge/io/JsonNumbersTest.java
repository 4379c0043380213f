package org.newsgauge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonNumbersTest {
    private static String written(double v) throws Exception {
        ObjectMapper m = new ObjectMapper();
        return m.writeValueAsString(m.createObjectNode().put("p", JsonNumbers.fourDecimals(v)));
    }

    @Test
    void fourDecimalsWrittenPlainly() throws Exception {
        assertEquals("{\"p\":0.0007}", written(0.00071));
        assertEquals("{\"p\":0.0001}", written(0.00005));
        assertEquals("{\"p\":0}", written(0.00004));
        assertEquals("{\"p\":0.83}", written(0.83));
        assertEquals("{\"p\":1}", written(0.99996));
        assertEquals("{\"p\":100}", written(100));
        assertEquals("{\"p\":-0.0412}", written(-0.04123));
        assertEquals("{\"p\":12345.6789}", written(12345.67891));
        // read back, the number is the rounded double
        assertEquals(0.0007, new ObjectMapper().readTree(written(0.00071)).get("p").asDouble());
        assertThrows(IllegalArgumentException.class, () -> JsonNumbers.fourDecimals(Double.NaN));
    }
}

package org.newsgauge.io;

import java.math.BigDecimal;

/**
 * Numbers for the JSON that newsgauge writes (results, reports, manifests): four decimals, written
 * plainly. A double goes out as Java prints it, so a probability of 0.0007 came out as
 * {@code 7.0E-4}: valid JSON, but not what a reader or a spreadsheet expects.
 *
 * <pre>{@code
 * node.put("probability", JsonNumbers.fourDecimals(0.00071));   // "probability":0.0007
 * }</pre>
 */
public final class JsonNumbers {
    private JsonNumbers() {
    }

    /**
     * {@code v} rounded half up to four decimals, without trailing zeros and never in exponent
     * notation: 0.0007, 0.83, 1, 12.5.
     */
    public static BigDecimal fourDecimals(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        BigDecimal d = BigDecimal.valueOf(Math.round(v * 1e4), 4).stripTrailingZeros();
        // 100 stripped is 1E+2: scale 0 writes it as 100
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}

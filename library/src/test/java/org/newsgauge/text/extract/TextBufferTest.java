package org.newsgauge.text.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextBuffer#lowerCase()} is given to the classifier in place of
 * {@code text.toLowerCase(Locale.ROOT)}: it must be that, or null.
 */
class TextBufferTest {

    @Test
    void lowerCaseIsWhatToLowerCaseGives() {
        String chars = "aZ Ü\u00DF\u00C0\u00FF\u0178\u0130\u03A3\u03C3\u0130I\u212A\u2126\u1E9E\u0041\u00A0\u2007"
                + "\u200B\u00AD\uFEFF\t\n\u0400\u042F\u10A0\u24B6\uFF21\uD801\uDC00\uD83D\uDE00";
        Random r = new Random(5);
        TextBuffer buf = new TextBuffer();
        int nulls = 0;
        for (int k = 0; k < 20000; k++) {
            int parts = 1 + r.nextInt(3);
            for (int p = 0; p < parts; p++) {
                StringBuilder sb = new StringBuilder();
                int n = r.nextInt(12);
                for (int i = 0; i < n; i++) {
                    sb.append(chars.charAt(r.nextInt(chars.length())));
                }
                buf.append(sb.toString(), r.nextBoolean());
            }
            String low = buf.lowerCase();
            String text = buf.take();
            if (low == null) {
                nulls++;
            } else {
                assertEquals(text.toLowerCase(Locale.ROOT), low, text);
            }
        }
        assertTrue(nulls > 0 && nulls < 20000, "nulls: " + nulls);
        buf.append("\u0130stanbul", false);
        assertNull(buf.lowerCase(), "dotted capital I lower-cases to two chars");
        buf.take();
        buf.append("\u00C9T\u00C9 \u0416", false);
        assertEquals("\u00E9t\u00E9 \u0436", buf.lowerCase());
    }
}

package org.newsgauge.text;

import java.text.Normalizer;

/**
 * Unicode normalisation before tokenising: NFC, so that a letter typed as a base letter plus a
 * combining mark ({@code c} + U+030C) and the precomposed letter ({@code č}) are one token.
 * Text that is already NFC (nearly all) passes through without a copy.
 *
 * <pre>{@code
 * String nfc = TextNormalizer.normalize(text);   // "c" + U+030C becomes "č"; text already NFC comes back as it is
 * new Tokenizer(true).tokenize(nfc, sink);        // a Tokenizer does not normalise; FeatureSpace.vectorize does
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /**
     * True only when {@code text[0 .. n)} has no character from U+0300 up, text that
     * {@link #normalize} returns as it is; otherwise the caller goes on with {@link #nfc}. The
     * characters are OR-ed, not compared one by one, so some such texts give false too (U+0100
     * with U+0200): {@link #nfc} then returns them unchanged.
     */
    static boolean isLatin1(char[] text, int n) {
        char max = 0;
        for (int i = 0; i < n; i++) {
            max |= text[i];
        }
        return max < 0x300;
    }

    /** The NFC form of {@code text}; the same instance when nothing changes. */
    public static String normalize(String text) {
        // Quick check: pure Latin-1 text cannot contain combining marks or compatibility forms
        // that NFC would change.
        boolean latin1 = true;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= 0x300) {
                latin1 = false;
                break;
            }
        }
        return latin1 ? text : nfc(text);
    }

    /** The NFC form of {@code text}, without the Latin-1 quick check; the same instance when nothing changes. */
    static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}

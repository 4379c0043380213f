package org.newsgauge.text.lang;

import java.io.InputStream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Language detection with Apache OpenNLP's language detector model
 * ({@code org.apache.opennlp:opennlp-models-langdetect}, {@code langdetect-183.bin}, 103 languages,
 * Apache License 2.0). The model is loaded lazily, once, on first use. Only a bounded sample of the
 * text is looked at, so detection cost does not grow with document size. Thread-safe.
 *
 * <pre>{@code
 * LanguageDetection.detect("Serbia and Kosovo agreed on Tuesday to ...");   // "eng"
 * LanguageDetection.detect("");                                            // "und"
 * }</pre>
 */
public final class LanguageDetection {

    /** Code for an unknown language. */
    public static final String UNDETERMINED = "und";
    /** How many characters of text are used for detection. */
    public static final int SAMPLE_CHARS = 600;
    /** Texts with fewer letters than this are {@link #UNDETERMINED}. */
    public static final int MIN_LETTERS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(LanguageDetection.class);
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";

    private LanguageDetection() {
    }

    /** Lazy holder: the model is read on first use, by the JVM's class-initialisation lock. */
    private static final class Holder {
        static final LanguageDetectorModel MODEL = load();
        /** Immutable (final fields, stateless normalisers), so one instance serves all threads. */
        static final LanguageDetectorME DETECTOR = MODEL == null ? null : new LanguageDetectorME(MODEL);

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageDetection.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    LOG.warn("language model {} not on the classpath; languages will be 'und'", MODEL_RESOURCE);
                    return null;
                }
                return new LanguageDetectorModel(in);
            } catch (Exception | LinkageError e) {
                LOG.warn("could not load language model {}: {}", MODEL_RESOURCE, e.toString());
                return null;
            }
        }
    }

    /**
     * The ISO 639-3 code of the text's language, from a sample of its first
     * {@value #SAMPLE_CHARS} characters (preferring lines of running text over short menu lines).
     *
     * @param text any text
     * @return a code such as {@code "eng"}, or {@code "und"} if the text is too short or the model
     *         is unavailable
     */
    public static String detect(String text) {
        return detect(text, SAMPLE_CHARS);
    }

    /** As {@link #detect(String)} with a sample of {@code sampleChars} characters (tests compare sizes). */
    static String detect(String text, int sampleChars) {
        String sample = sample(text, sampleChars);
        if (sample == null) {
            return UNDETERMINED;
        }
        LanguageDetectorME detector = Holder.DETECTOR;
        if (detector == null) {
            return UNDETERMINED;
        }
        try {
            Language lang = detector.predictLanguage(sample);
            return lang == null || lang.getLang() == null ? UNDETERMINED : lang.getLang();
        } catch (RuntimeException e) {
            LOG.debug("language detection failed: {}", e.toString());
            return UNDETERMINED;
        }
    }

    /** Up to {@code sampleChars} characters: lines of 40+ characters first, else the prefix. Null if too few letters. */
    private static String sample(String text, int sampleChars) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), sampleChars));
        int n = text.length();
        int pos = 0;
        int scanned = 0;
        while (pos < n && sb.length() < sampleChars && scanned < sampleChars * 20) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? n : nl;
            if (end - pos >= 40) {
                int take = Math.min(end - pos, sampleChars - sb.length());
                sb.append(text, pos, pos + take).append(' ');
            }
            scanned += end - pos + 1;
            pos = end + 1;
        }
        if (sb.length() < 200) {
            sb.setLength(0);
            sb.append(text, 0, Math.min(n, sampleChars));
        }
        int letters = 0;
        for (int i = 0; i < sb.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(sb.charAt(i))) {
                letters++;
            }
        }
        return letters < MIN_LETTERS ? null : sb.toString();
    }
}

package org.newsgauge.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.newsgauge.api.Contribution;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.text.Warning;

/**
 * JSON Lines report: one object per document with, per dimension, the label, its probability,
 * the distribution and the explanation.
 *
 * <pre>{@code
 * {"path":"a.txt","language":"eng","warnings":[],"topic":{"label":"security","probability":0.81,
 *   "distribution":{"diplomacy":0.05,...},"explanation":[{"feature":"kfor","weight":0.42},...]},...}
 * }</pre>
 *
 * <p>Not thread-safe: write from one thread (the classifier hands results over in order).
 */
public final class JsonlResultWriter implements ResultWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Writer out;

    /**
     * A writer of one line per result.
     *
     * @param out where the lines go; closed by {@link #close()}
     */
    public JsonlResultWriter(Writer out) {
        this.out = out;
    }

    /**
     * One result as a JSON object (also used by other report formats).
     *
     * @param labels the result
     * @return a new object: {@code path}, {@code language}, {@code warnings}, then one member per
     *         dimension; probabilities and weights rounded to four decimals
     */
    public static ObjectNode toJson(Labels labels) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("path", labels.source());
        o.put("language", labels.language());
        ArrayNode w = o.putArray("warnings");
        for (Warning warning : labels.warnings()) {
            ObjectNode wn = w.addObject();
            wn.put("code", warning.code());
            wn.put("message", warning.message());
        }
        for (Prediction p : labels.predictions().values()) {
            ObjectNode d = o.putObject(p.dimension());
            d.put("label", p.label());
            d.put("probability", round(p.probability()));
            ObjectNode dist = d.putObject("distribution");
            p.distribution().forEach((l, v) -> dist.put(l, round(v)));
            ArrayNode ex = d.putArray("explanation");
            for (Contribution c : p.explanation()) {
                ObjectNode cn = ex.addObject();
                cn.put("feature", c.feature());
                cn.put("weight", round(c.weight()));
            }
        }
        return o;
    }

    @Override
    public void write(Labels labels) throws IOException {
        out.write(MAPPER.writeValueAsString(toJson(labels)));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static java.math.BigDecimal round(double v) {
        return org.newsgauge.io.JsonNumbers.fourDecimals(v);
    }
}

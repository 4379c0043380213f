package org.newsgauge.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsgauge.api.Contribution;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.text.Warning;

/**
 * Reads back what {@link JsonlResultWriter} wrote: one {@link Labels} per line (probabilities as
 * rounded in the file).
 *
 * <pre>{@code
 * JsonlResultReader.forEach(Path.of("target/newsgauge/results.jsonl"), labels -> ...);
 * }</pre>
 */
public final class JsonlResultReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonlResultReader() {
    }

    /**
     * Hands each result in {@code file} to {@code sink}, in file order, without holding them all.
     * Blank lines are skipped.
     *
     * @param file a JSON Lines file written by {@link JsonlResultWriter}, UTF-8
     * @param sink receives each result, with probabilities as rounded in the file
     * @throws IOException when the file cannot be read, or a line is not a result (the message names
     *                     the line)
     */
    public static void forEach(Path file, Consumer<Labels> sink) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                Labels labels;
                try {
                    labels = fromJson(MAPPER.readTree(line));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    throw new IOException(file + ":" + n + ": not a newsgauge JSONL result: " + e.getMessage(), e);
                }
                // outside the try: what the sink throws is the caller's, not a fault of the file
                sink.accept(labels);
            }
        }
    }

    /**
     * Every result in {@code file}.
     *
     * @param file a JSON Lines file written by {@link JsonlResultWriter}, UTF-8
     * @return the results in file order; a modifiable list
     * @throws IOException when the file cannot be read, or a line is not a result
     */
    public static List<Labels> readAll(Path file) throws IOException {
        List<Labels> out = new ArrayList<>();
        forEach(file, out::add);
        return out;
    }

    /**
     * One result from the object {@link JsonlResultWriter#toJson(Labels)} makes.
     *
     * @param o the object
     * @return the result; every member that is an object with a {@code label} is a dimension's prediction
     * @throws IllegalArgumentException when {@code o} is not an object with a {@code path}, or a
     *                                  prediction is not valid (a probability outside 0 to 1)
     */
    public static Labels fromJson(JsonNode o) {
        if (o == null || !o.isObject() || !o.has("path")) {
            throw new IllegalArgumentException("expected an object with \"path\"");
        }
        List<Warning> warnings = new ArrayList<>();
        for (JsonNode w : o.path("warnings")) {
            warnings.add(new Warning(w.path("code").asText(), w.path("message").asText()));
        }
        Map<String, Prediction> predictions = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode d = e.getValue();
            if (!d.isObject() || !d.has("label")) {
                continue;
            }
            Map<String, Double> dist = new LinkedHashMap<>();
            d.path("distribution").fields().forEachRemaining(l -> dist.put(l.getKey(), l.getValue().asDouble()));
            List<Contribution> ex = new ArrayList<>();
            for (JsonNode c : d.path("explanation")) {
                ex.add(new Contribution(c.path("feature").asText(), c.path("weight").asDouble()));
            }
            predictions.put(e.getKey(), new Prediction(e.getKey(), d.get("label").asText(),
                    d.path("probability").asDouble(), dist, ex));
        }
        return new Labels(o.get("path").asText(), predictions, o.path("language").asText("und"), warnings);
    }
}

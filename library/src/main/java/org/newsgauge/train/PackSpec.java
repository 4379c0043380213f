package org.newsgauge.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgauge.data.CsvDatasetReader;

/**
 * A pack described as data: which CSV, which text columns, which label columns (nominal or
 * ordinal with their order), the grouping column, the seed and the expected real label mix. The
 * default pack is built from {@code training-data/pack.json}; users can write their own.
 *
 * <pre>{@code
 * {
 *   "data": "articles.csv",
 *   "text_columns": ["title", "body"],
 *   "nominal": ["topic", "stance"],
 *   "ordinal": {"tension": ["low", "elevated", "high", "critical"]},
 *   "group_column": "event",
 *   "seed": 42,
 *   "priors": {"stance": {"neutral": 0.70}}
 * }
 * }</pre>
 *
 * @param data        the CSV file, resolved against the spec's folder
 * @param textColumns text columns joined in order
 * @param nominal     nominal label columns
 * @param ordinal     ordinal label columns with their labels, lowest first
 * @param groupColumn column grouping rows for cross-validation, or null
 * @param seed        training seed
 * @param priors      expected real label shares per dimension
 *
 * <p>Immutable and thread-safe.
 */
public record PackSpec(Path data, List<String> textColumns, List<String> nominal, Map<String, List<String>> ordinal,
                       String groupColumn, long seed, Map<String, Map<String, Double>> priors) {

    /** Reads a spec file. */
    public static PackSpec read(Path file) throws IOException {
        JsonNode j = new ObjectMapper().readTree(file.toFile());
        if (j == null || !j.has("data") || !j.has("text_columns")) {
            throw new IOException(file + ": a pack spec needs at least \"data\" and \"text_columns\"");
        }
        List<String> text = strings(j.get("text_columns"));
        List<String> nominal = strings(j.path("nominal"));
        Map<String, List<String>> ordinal = new LinkedHashMap<>();
        j.path("ordinal").fields().forEachRemaining(e -> ordinal.put(e.getKey(), strings(e.getValue())));
        Map<String, Map<String, Double>> priors = new LinkedHashMap<>();
        j.path("priors").fields().forEachRemaining(e -> {
            Map<String, Double> m = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(l -> m.put(l.getKey(), l.getValue().asDouble()));
            priors.put(e.getKey(), m);
        });
        Path base = file.toAbsolutePath().getParent();
        return new PackSpec(base.resolve(j.get("data").asText()), text, nominal, ordinal,
                j.hasNonNull("group_column") ? j.get("group_column").asText() : null, j.path("seed").asLong(42), priors);
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** A CSV reader for this spec's columns. */
    public CsvDatasetReader reader() {
        CsvDatasetReader.Builder b = CsvDatasetReader.builder().textColumns(textColumns).labelColumns(nominal);
        ordinal.forEach(b::ordinal);
        if (groupColumn != null) {
            b.groupColumn(groupColumn);
        }
        return b.build();
    }

    /**
     * This spec's data as a stream, read (and checked) when it is used, so that training need not
     * hold the texts.
     */
    public org.newsgauge.data.ExampleStream examples() {
        CsvDatasetReader reader = reader();
        return each -> reader.stream(data, each);
    }

    /** Training options for this spec on top of {@code base}. */
    public TrainingOptions options(TrainingOptions base) {
        return base.withSeed(seed).withPriors(priors).withTextColumns(textColumns);
    }
}

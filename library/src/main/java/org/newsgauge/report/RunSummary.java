package org.newsgauge.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a {@link ClassificationRun} did, for a build log or a caller.
 *
 * <pre>{@code
 * RunSummary s = ClassificationRun.of(ArticleClassifier.defaults(), Path.of("target/newsgauge")).run(files, labels -> { });
 * s.lines().forEach(System.out::println);   // "5 documents (5 classified, 0 from cache, ...) in 3.9 s", then label counts
 * }</pre>
 *
 * @param documents    documents in the run
 * @param classified   documents classified in this run
 * @param fromCache    documents whose result came from the cache
 * @param unreadable   documents that could not be classified
 * @param withWarnings documents with at least one warning
 * @param labelCounts  per dimension (pack order), the number of documents per label (label order)
 * @param warningCounts number of documents per warning code
 * @param millis       wall time
 * @param reports      the report files written
 */
public record RunSummary(int documents, int classified, int fromCache, int unreadable, int withWarnings,
                         Map<String, Map<String, Integer>> labelCounts, Map<String, Integer> warningCounts,
                         long millis, List<Path> reports) {
    /**
     * Copies the maps (keeping their order) and the list in.
     *
     * @param documents     documents in the run
     * @param classified    documents classified in this run
     * @param fromCache     documents whose result came from the cache
     * @param unreadable    documents that could not be classified
     * @param withWarnings  documents with at least one warning
     * @param labelCounts   per dimension, the number of documents per label
     * @param warningCounts number of documents per warning code
     * @param millis        wall time, in milliseconds
     * @param reports       the report files written
     * @throws NullPointerException when a map or the list is null
     */
    public RunSummary {
        Map<String, Map<String, Integer>> c = new LinkedHashMap<>();
        labelCounts.forEach((k, v) -> c.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        labelCounts = Collections.unmodifiableMap(c);
        warningCounts = Collections.unmodifiableMap(new LinkedHashMap<>(warningCounts));
        reports = List.copyOf(reports);
    }

    /**
     * The summary as log lines:
     * <pre>
     * 12 documents (10 classified, 2 from cache, 1 unreadable, 3 with warnings) in 1.2 s
     *   topic: diplomacy 4, security 6, economy 1
     *   warnings: binary 1, language 2
     *   reports: target/newsgauge/results.csv
     * </pre>
     *
     * @return the lines, without line breaks; the warnings and reports lines only when there are any
     */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%d document%s (%d classified, %d from cache, %d unreadable, %d with warnings) in %.1f s",
                documents, documents == 1 ? "" : "s", classified, fromCache, unreadable, withWarnings, millis / 1000.0));
        labelCounts.forEach((dim, counts) -> out.add("  " + dim + ": " + join(counts)));
        if (!warningCounts.isEmpty()) {
            out.add("  warnings: " + join(warningCounts));
        }
        if (!reports.isEmpty()) {
            out.add("  reports: " + String.join(", ", reports.stream().map(Path::toString).toList()));
        }
        return out;
    }

    private static String join(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }
}

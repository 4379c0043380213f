package org.newsgauge.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The lists of real published articles the default pack is checked on
 * ({@code training-data/real-check*.csv}, scored by {@code training-data/tools/real_check.py}):
 * every label is one of the schema's, both annotations included, and no article is listed twice,
 * by id or by address, across the sets (a repeat would count one article twice and let a "blind"
 * set hold an article another set steered on). A failure names the file and the line.
 */
class RealCheckListsTest {
    private static final Path DIR = Path.of("../training-data");
    private static final List<String> HEADER = List.of("id", "url", "outlet", "date", "topic", "stance", "tension",
            "reason");
    private static final Map<String, List<String>> LABELS = Map.of(
            "topic", List.of("diplomacy", "security", "politics", "economy", "society", "other"),
            "stance", List.of("neutral", "pro_serbia", "pro_kosovo"),
            "tension", List.of("low", "elevated", "high", "critical"));

    @Test
    void everyListHasTheSchemasLabelsAndNoArticleTwice() throws IOException {
        List<Path> lists;
        try (Stream<Path> s = Files.list(DIR)) {
            lists = s.filter(p -> p.getFileName().toString().matches("real-check(-\\d+)?\\.csv")).sorted().toList();
        }
        assertTrue(lists.size() >= 9, "expected the nine real-check lists in " + DIR.toAbsolutePath() + ", found " + lists);
        Map<String, String> ids = new HashMap<>();
        Map<String, String> urls = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        for (Path list : lists) {
            try (Reader r = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
                var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
                assertEquals(HEADER, parser.getHeaderNames().subList(0, HEADER.size()), list + ": header");
                for (CSVRecord rec : parser) {
                    String where = list.getFileName() + " line " + rec.getParser().getCurrentLineNumber();
                    for (Map.Entry<String, List<String>> dim : LABELS.entrySet()) {
                        if (!dim.getValue().contains(rec.get(dim.getKey()))) {
                            wrong.add(where + ": " + dim.getKey() + " '" + rec.get(dim.getKey()) + "'");
                        }
                        String second = rec.isMapped(dim.getKey() + "_2") ? rec.get(dim.getKey() + "_2") : "";
                        if (!second.isEmpty() && !dim.getValue().contains(second)) {
                            wrong.add(where + ": " + dim.getKey() + "_2 '" + second + "'");
                        }
                    }
                    String before = ids.put(rec.get("id"), where);
                    if (before != null) {
                        wrong.add(where + ": id " + rec.get("id") + " is also at " + before);
                    }
                    String url = rec.get("url").replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "");
                    before = urls.put(url, where);
                    if (before != null) {
                        wrong.add(where + ": " + rec.get("url") + " is also at " + before);
                    }
                    rows++;
                }
            }
        }
        assertTrue(rows >= 400, "expected the 400 listed articles or more, read " + rows);
        assertEquals(List.of(), wrong);
    }
}

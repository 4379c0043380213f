package org.newsgauge.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the default pack's corpus (training-data/articles.csv) against what issue #3 and the label
 * schema ask of it: size, label sets, the mix, every event in all three stances by different
 * writers, lengths, and no duplicated or near-duplicated text.
 */
class TrainingCorpusTest {
    static final Path CSV = Path.of("../training-data/articles.csv");
    static List<CSVRecord> rows;

    @BeforeAll
    static void read() throws Exception {
        assumeTrue(Files.exists(CSV), "SKIPPED: no training-data/articles.csv beside the library");
        try (Reader r = Files.newBufferedReader(CSV, StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private static Map<String, Integer> count(String column) {
        Map<String, Integer> m = new TreeMap<>();
        for (CSVRecord r : rows) {
            m.merge(r.get(column), 1, Integer::sum);
        }
        return m;
    }

    private static double share(String column, String label) {
        return count(column).getOrDefault(label, 0) / (double) rows.size();
    }

    @Test
    void hasTheColumnsAndTheSize() {
        assertTrue(rows.size() >= 1500, "at least 1,500 articles, found " + rows.size());
        for (String c : List.of("id", "title", "body", "topic", "stance", "tension", "outlet_style", "event", "year", "writer")) {
            assertTrue(rows.get(0).isMapped(c), "column " + c);
        }
    }

    @Test
    void labelsAreThoseOfTheSchema() {
        assertEquals(Set.of("diplomacy", "security", "politics", "economy", "society", "other"), count("topic").keySet());
        assertEquals(Set.of("neutral", "pro_serbia", "pro_kosovo"), count("stance").keySet());
        assertEquals(Set.of("low", "elevated", "high", "critical"), count("tension").keySet());
        for (CSVRecord r : rows) {
            if (r.get("topic").equals("other")) {
                assertEquals("neutral", r.get("stance"), r.get("id") + ": 'other' articles are neutral by the schema");
            }
            int year = Integer.parseInt(r.get("year"));
            assertTrue(year >= 1998 && year <= 2025, r.get("id") + " year " + year);
        }
    }

    @Test
    void theMixIsTheOneAskedFor() {
        assertTrue(share("stance", "neutral") >= 0.53 && share("stance", "neutral") <= 0.62, count("stance").toString());
        assertTrue(share("stance", "pro_serbia") >= 0.20, count("stance").toString());
        assertTrue(share("stance", "pro_kosovo") >= 0.20, count("stance").toString());
        for (String t : List.of("diplomacy", "security", "politics", "economy", "society")) {
            assertTrue(share("topic", t) >= 0.08, t + " " + count("topic"));
        }
        assertTrue(share("topic", "other") >= 0.15, count("topic").toString());
        // every level at least about a ninth (critical was 11.9% after round 5, which wrote
        // registers of real copy at the tension its events had, not extra violent events, and is
        // 11.1% since round 8 added calm reports; real copy is about 5% critical)
        for (String t : List.of("low", "elevated", "high", "critical")) {
            assertTrue(share("tension", t) >= 0.11, t + " " + count("tension"));
        }
        // easy links broken: security at low and elevated tension, partisan articles at every level
        Set<String> pairs = new HashSet<>();
        for (CSVRecord r : rows) {
            pairs.add(r.get("topic") + "/" + r.get("tension"));
            pairs.add(r.get("stance") + "/" + r.get("tension"));
        }
        for (String p : List.of("security/low", "security/elevated", "pro_serbia/low", "pro_serbia/critical",
                "pro_kosovo/low", "pro_kosovo/critical")) {
            assertTrue(pairs.contains(p), p);
        }
    }

    @Test
    void everyDisputeEventInAllThreeStancesByDifferentWriters() {
        Map<String, Map<String, Set<String>>> byEvent = new HashMap<>();
        for (CSVRecord r : rows) {
            if (r.get("event").startsWith("e")) {
                byEvent.computeIfAbsent(r.get("event"), e -> new HashMap<>())
                        .computeIfAbsent(r.get("stance"), s -> new HashSet<>()).add(r.get("writer"));
            }
        }
        assertTrue(byEvent.size() >= 200, "events: " + byEvent.size());
        List<String> missing = new ArrayList<>();
        for (var e : byEvent.entrySet()) {
            if (e.getValue().size() < 3) {
                missing.add(e.getKey() + e.getValue().keySet());
            }
        }
        assertTrue(missing.isEmpty(), "events not in all three stances: " + missing);
        assertTrue(count("writer").size() >= 5, "writers: " + count("writer"));
    }

    @Test
    void lengthsSpreadFromBriefsToLongPieces() {
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        int over400 = 0;
        for (CSVRecord r : rows) {
            int words = r.get("body").split("\\s+").length;
            shortest = Math.min(shortest, words);
            longest = Math.max(longest, words);
            if (words > 400) {
                over400++;
            }
        }
        assertTrue(shortest >= 45, "shortest body " + shortest + " words");
        assertTrue(longest <= 1000, "longest body " + longest + " words");
        assertTrue(over400 >= rows.size() / 10, "long pieces: " + over400);
    }

    @Test
    void noDuplicateOrNearDuplicateText() {
        // 8-word shingles: no two articles may share more than 20% of the smaller one's shingles,
        // and no sentence of 12 words or more may appear in two articles
        Map<Long, Integer> owner = new HashMap<>();
        Map<Long, Integer> pairShared = new HashMap<>();
        int[] sizes = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] w = (rows.get(i).get("title") + " " + rows.get(i).get("body")).toLowerCase().split("\\W+");
            Set<Long> mine = new HashSet<>();
            for (int k = 0; k + 8 <= w.length; k++) {
                long h = 1125899906842597L;
                for (int j = k; j < k + 8; j++) {
                    h = 31 * h + w[j].hashCode();
                }
                mine.add(h);
            }
            sizes[i] = Math.max(1, mine.size());
            for (long h : mine) {
                Integer o = owner.putIfAbsent(h, i);
                if (o != null) {
                    pairShared.merge(((long) o << 32) | i, 1, Integer::sum);
                }
            }
        }
        List<String> near = new ArrayList<>();
        for (var e : pairShared.entrySet()) {
            int a = (int) (e.getKey() >>> 32);
            int b = (int) (long) e.getKey();
            if (e.getValue() > 0.2 * Math.min(sizes[a], sizes[b])) {
                near.add(rows.get(a).get("id") + "~" + rows.get(b).get("id") + " (" + e.getValue() + " shingles)");
            }
        }
        assertTrue(near.isEmpty(), "near duplicates: " + near);

        Map<String, String> sentences = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        for (CSVRecord r : rows) {
            for (String s : r.get("body").split("(?<=[.!?])\\s+")) {
                String norm = s.toLowerCase().replaceAll("\\W+", " ").trim();
                if (norm.split(" ").length >= 12) {
                    String first = sentences.putIfAbsent(norm, r.get("id"));
                    if (first != null && !first.equals(r.get("id"))) {
                        repeated.add(first + "/" + r.get("id") + ": " + s);
                    }
                }
            }
        }
        assertTrue(repeated.isEmpty(), "repeated sentences: " + repeated);
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (CSVRecord r : rows) {
            assertTrue(ids.add(r.get("id")), "duplicate id " + r.get("id"));
        }
    }
}

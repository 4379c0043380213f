package org.newsgauge.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small synthetic labelled corpus for tests: two dimensions, {@code topic} (nominal: sport,
 * markets, weather) and {@code level} (ordinal: low &lt; mid &lt; high), each signalled by its own
 * words mixed with shared filler, so that a working learner separates them well but not trivially.
 */
public final class Corpus {
    public static final List<String> TOPICS = List.of("markets", "sport", "weather");
    public static final List<String> LEVELS = List.of("low", "mid", "high");
    private static final String[][] TOPIC_WORDS = {
            {"shares", "bank", "investors", "bond", "prices", "trade", "profit", "tariff"},
            {"match", "goal", "coach", "league", "players", "stadium", "score", "season"},
            {"rain", "storm", "forecast", "wind", "temperature", "snow", "clouds", "flood"}};
    private static final String[][] LEVEL_WORDS = {
            {"calm", "routine", "quiet", "steady", "agreed"},
            {"dispute", "warning", "tense", "protest", "row"},
            {"crisis", "emergency", "clashes", "alert", "chaos"}};
    private static final String[] FILLER = {"the", "a", "on", "in", "said", "today", "officials", "city",
            "week", "report", "people", "after", "before", "new", "local", "region", "many", "some"};

    private Corpus() {
    }

    /** One document row: id, text, topic, level. */
    public record Row(String id, String text, String topic, String level) {
    }

    public static List<Row> rows(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int t = r.nextInt(3);
            int l = r.nextInt(3);
            StringBuilder sb = new StringBuilder();
            int len = 12 + r.nextInt(20);
            for (int w = 0; w < len; w++) {
                int pick = r.nextInt(10);
                String word;
                if (pick < 3) {
                    word = TOPIC_WORDS[r.nextInt(10) < 8 ? t : r.nextInt(3)][r.nextInt(8)];
                } else if (pick < 5) {
                    word = LEVEL_WORDS[r.nextInt(10) < 8 ? l : r.nextInt(3)][r.nextInt(5)];
                } else {
                    word = FILLER[r.nextInt(FILLER.length)];
                }
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                sb.append(w % 9 == 8 ? ". " : " ");
            }
            out.add(new Row("d" + i, sb.toString().trim() + ".", TOPICS.get(t), LEVELS.get(l)));
        }
        return out;
    }

    /** Writes {@code n} rows as CSV with header id,text,topic,level. */
    public static Path writeCsv(Path file, int n, long seed) throws IOException {
        StringBuilder sb = new StringBuilder("id,text,topic,level\n");
        for (Row row : rows(n, seed)) {
            sb.append(row.id()).append(",\"").append(row.text().replace("\"", "\"\"")).append("\",")
                    .append(row.topic()).append(',').append(row.level()).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return file;
    }
}

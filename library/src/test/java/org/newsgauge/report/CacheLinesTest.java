package org.newsgauge.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One reading of a cache or journal file tells what it is and hands over its lines. */
class CacheLinesTest {
    static final String KEY = "k";
    static final String HEAD = "{\"format\":1,\"key\":\"k\"}\n";

    @TempDir
    Path dir;

    /** What one read of {@code bytes} finds, and the lines it hands over. */
    CacheLines.Found read(byte[] bytes, List<String> lines) throws IOException {
        Path f = Files.write(dir.resolve("cache.jsonl"), bytes);
        return CacheLines.read(f, KEY, (line, json) -> {
            if (json == null || !json.has("sha256")) {
                throw new IOException("not an entry");
            }
            lines.add(line);
        });
    }

    CacheLines.Found read(String text, List<String> lines) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), lines);
    }

    @Test
    void aMissingOrEmptyFileHoldsNothing() throws IOException {
        assertEquals(CacheLines.Found.NOTHING, CacheLines.read(dir.resolve("none.jsonl"), KEY, (l, j) -> { }));
        assertEquals(CacheLines.Found.NOTHING, read("", new ArrayList<>()));
    }

    @Test
    void aFileWhoseFirstLineIsNoHeadIsForeignAndNotReadFurther() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String foreign : List.of("path,topic\n{\"sha256\":\"a\"}\n", "garbage", "\n" + HEAD, "[1]\n",
                "{\"path\":\"x.txt\"}\n{\"sha256\":\"a\"}\n", "{\"format\":1}\n")) {
            assertEquals(CacheLines.Found.FOREIGN, read(foreign, lines), foreign);
        }
        assertEquals(CacheLines.Found.FOREIGN, read(new byte[] {(byte) 0xff, 0, 1, '\n'}, lines), "not UTF-8");
        String longHead = "{\"format\":1,\"key\":\"k\"," + "\"pad\":\"" + "x".repeat(1 << 16) + "\"}\n";
        assertEquals(CacheLines.Found.FOREIGN, read(longHead, lines), "a first line over 64 KiB is no head");
        assertEquals(List.of(), lines);
    }

    @Test
    void aHeadOfAnotherKeyOrFormatIsStale() throws IOException {
        List<String> lines = new ArrayList<>();
        assertEquals(CacheLines.Found.STALE, read("{\"format\":1,\"key\":\"other\"}\n{\"sha256\":\"a\"}\n", lines));
        assertEquals(CacheLines.Found.STALE, read("{\"format\":9,\"key\":\"k\"}\n{\"sha256\":\"a\"}\n", lines));
        assertEquals(List.of(), lines);
    }

    @Test
    void theLinesAfterTheHeadOfTheKeyAreHandedOver() throws IOException {
        List<String> lines = new ArrayList<>();
        assertEquals(CacheLines.Found.READ, read(HEAD + "{\"sha256\":\"a\"}\r\n{\"sha256\":\"\u00e9\"}", lines));
        assertEquals(List.of("{\"sha256\":\"a\"}", "{\"sha256\":\"\u00e9\"}"), lines);
        assertEquals(CacheLines.Found.READ, read(HEAD.strip(), new ArrayList<>()), "a head alone, without a newline");
    }

    @Test
    void aLineThatIsNotUtf8OrThatTheSinkRefusesIsDamage() throws IOException {
        List<String> lines = new ArrayList<>();
        byte[] head = (HEAD + "{\"sha256\":\"a\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[head.length + 4];
        System.arraycopy(head, 0, bad, 0, head.length);
        bad[head.length] = '"';
        bad[head.length + 1] = (byte) 0xff;
        bad[head.length + 2] = '"';
        bad[head.length + 3] = '\n';
        assertEquals(CacheLines.Found.DAMAGED, read(bad, lines), "not UTF-8 after the head: ours, damaged");
        lines.clear();
        assertEquals(CacheLines.Found.DAMAGED, read(HEAD + "{\"sha256\":\"a\"}\nnot json\n{\"sha256\":\"b\"}\n", lines));
        assertEquals(List.of("{\"sha256\":\"a\"}"), lines, "the lines before the damage");
    }
}

package org.newsgauge.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.api.ArticleClassifier;
import org.newsgauge.api.Labels;
import org.newsgauge.cli.Main;
import org.newsgauge.data.DocumentFiles;

/** In a batch, a bad file gives a warning for that file and results for all the others. */
class BatchTest {
    @TempDir
    Path dir;

    List<Path> folder() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Path f = dir.resolve(String.format("good-%02d.txt", i));
            Files.writeString(f, BadInputMatrixTest.ARTICLE + " Number " + i + ".");
            files.add(f);
        }
        Files.write(dir.resolve("bad-binary.txt"), new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 1, 2, 3});
        Files.write(dir.resolve("bad-empty.md"), new byte[0]);
        Files.write(dir.resolve("bad-nul.html"), "<p>a\0b\0c</p>".getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(dir.resolve("bad-folder.txt"));
        Files.write(dir.resolve("bad-latin1.txt"), (BadInputMatrixTest.ARTICLE + " caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        return files;
    }

    @Test
    void classifyFilesGivesAResultForEveryFileInOrder() throws Exception {
        folder();
        List<Path> files = new ArrayList<>(DocumentFiles.find(List.of(dir)));
        files.add(dir.resolve("bad-folder.txt"));
        files.add(dir.resolve("deleted-before-reading.txt"));
        List<Labels> out = new ArrayList<>();
        ArticleClassifier.of(Fixtures.trained()).classifyFiles(files, 3, out::add);
        assertEquals(files.size(), out.size());
        for (int i = 0; i < files.size(); i++) {
            Labels l = out.get(i);
            assertEquals(files.get(i).toString(), l.source());
            String name = files.get(i).getFileName().toString();
            if (name.startsWith("good")) {
                assertTrue(l.warnings().isEmpty() && l.get("topic").label().equals("sport"), l.toString());
            } else if (name.equals("bad-latin1.txt")) {
                assertTrue(l.warnings().size() == 1 && l.get("topic") != null, l.toString());
            } else {
                assertTrue(!l.warnings().isEmpty() && l.predictions().isEmpty(), l.toString());
            }
        }
    }

    @Test
    void aNullAmongTheFilesIsTheCallersMistakeNotAFilesWarning() throws Exception {
        List<Path> files = new ArrayList<>(folder().subList(0, 3));
        files.add(1, null);
        List<Labels> out = new ArrayList<>();
        NullPointerException e = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> ArticleClassifier.of(Fixtures.trained()).classifyFiles(files, 2, out::add));
        assertEquals("files[1] is null", e.getMessage());
        // found before any file reached the sink
        assertTrue(out.isEmpty(), out.toString());
    }

    @Test
    void cliClassifyWarnsForTheBadFilesAndReportsEveryFile() throws Exception {
        folder();
        Path pack = Fixtures.trainedFile();
        Path out = dir.resolve("out").resolve("report.csv");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new String[] {"classify", "--model", pack.toString(), "--format", "csv", "--output",
                out.toString(), dir.toString()}, new PrintWriter(o), new PrintWriter(e));
        assertEquals(0, code, e.toString());
        List<String> rows = Files.readAllLines(out);
        // header + 40 good + 4 bad files (the folder named .txt is not a file: not listed)
        assertEquals(1 + 40 + 4, rows.size(), String.join("\n", rows));
        for (String bad : List.of("bad-binary.txt", "bad-empty.md", "bad-nul.html", "bad-latin1.txt")) {
            assertTrue(e.toString().contains("warning: ") && e.toString().contains(bad), e.toString());
            assertTrue(rows.stream().anyMatch(r -> r.contains(bad)), bad);
        }
        assertEquals(40, rows.stream().filter(r -> r.contains("good-") && r.contains("sport")).count());
    }
}

package org.newsgauge.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.text.DocumentReader;

/** A folder per label, read as classify searches folders: symbolic links followed, a loop an error. */
class FolderDatasetReaderTest {
    private static final String TEXT = "The coach praised the players after the match. The league season goes on next week.";

    @Test
    void linkedLabelFoldersAndLinkedSubFoldersAreRead(@TempDir Path dir) throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/sport"));
        Files.writeString(elsewhere.resolve("a.txt"), TEXT);
        Path more = Files.createDirectories(dir.resolve("elsewhere/more"));
        Files.writeString(more.resolve("b.txt"), "Shares rose as the bank reported a profit and the markets cheered the trade deal.");
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.createSymbolicLink(data.resolve("sport"), elsewhere);
        Files.createDirectories(data.resolve("markets"));
        Files.createSymbolicLink(data.resolve("markets/linked"), more);
        Dataset d = new FolderDatasetReader("topic", DocumentReader.defaults()).read(data);
        assertEquals(List.of("markets", "sport"), d.dimensions().get(0).labels());
        assertEquals(2, d.size());
    }

    @Test
    void oneFileWithoutTextIsNamedWithItsReasonAndMoreAreCounted(@TempDir Path dir) throws Exception {
        Path sport = Files.createDirectories(dir.resolve("sport"));
        Path weather = Files.createDirectories(dir.resolve("weather"));
        Files.writeString(sport.resolve("a.txt"), TEXT);
        Files.writeString(weather.resolve("b.txt"), "Rain, wind and snow: the forecast for the week ahead over the hills and the coast.");
        Files.writeString(sport.resolve("empty.txt"), "   \n");
        FolderDatasetReader reader = new FolderDatasetReader("topic", DocumentReader.defaults().withExtraction(false));
        DatasetException one = assertThrows(DatasetException.class, () -> reader.read(dir));
        assertEquals(sport.resolve("empty.txt") + ": has no text (the document is empty); remove it or fix it", one.getMessage());
        for (int i = 0; i < 12; i++) {
            Files.writeString(weather.resolve("blank" + (char) ('a' + i) + ".txt"), "");
        }
        DatasetException many = assertThrows(DatasetException.class, () -> reader.read(dir));
        // every one counted, the first ten named in the folders' order, in one run
        assertEquals(dir + ": 13 files have no text: sport/empty.txt, weather/blanka.txt, weather/blankb.txt,"
                + " weather/blankc.txt, weather/blankd.txt, weather/blanke.txt, weather/blankf.txt, weather/blankg.txt,"
                + " weather/blankh.txt, weather/blanki.txt and 3 more; sport/empty.txt: the document is empty; remove them or fix them",
                many.getMessage());
    }

    @Test
    void twoFoldersWhoseNamesAndTextsRunTogetherAlikeHashApart(@TempDir Path dir) throws Exception {
        Path two = Files.createDirectories(dir.resolve("two/sport"));
        Files.writeString(two.resolve("a.txt"), "Striker");
        Files.writeString(two.resolve("b.txt"), "Keeper");
        Path one = Files.createDirectories(dir.resolve("one/sport"));
        Files.writeString(one.resolve("a.txt"), "Strikersport/b.txtKeeper");
        FolderDatasetReader reader = new FolderDatasetReader("topic", DocumentReader.defaults().withExtraction(false));
        Dataset a = reader.read(dir.resolve("two"));
        Dataset b = reader.read(dir.resolve("one"));
        assertEquals(2, a.size());
        // name and text used to be hashed back to back: both gave "sport/a.txtStrikersport/b.txtKeeper"
        assertTrue(!a.sha256().equals(b.sha256()), a.sha256());
    }

    @Test
    void hiddenFilesAndFoldersAreLeftOutAndFolderNamesReadAsPeopleReadThem(@TempDir Path dir) throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("sport")).resolve("a.txt"), TEXT);
        // a notebook's checkpoints, at the top and inside a label folder, and macOS's ._ companion file
        Files.writeString(Files.createDirectories(dir.resolve(".ipynb_checkpoints")).resolve("b.txt"), TEXT);
        Files.writeString(Files.createDirectories(dir.resolve("sport/.ipynb_checkpoints")).resolve("a-checkpoint.txt"), TEXT);
        Files.write(dir.resolve("sport/._a.txt"), new byte[] {0, 5, 22, 7, 0, 2, 0, 0});
        // hidden folders are not walked: a link loop inside one (a tool's cache), or one that is itself a loop, is no error
        Files.createSymbolicLink(Files.createDirectories(dir.resolve("sport/.cache")).resolve("loop"), dir.resolve("sport"));
        Files.createSymbolicLink(dir.resolve("sport/.self"), dir.resolve("sport"));
        // a label folder saved with its name decomposed (as macOS does): the same label as the composed one
        Files.writeString(Files.createDirectories(dir.resolve("ce\u0301le\u0301brite\u0301s")).resolve("c.txt"), TEXT);
        org.newsgauge.testing.StderrLog.Result<Dataset> read = org.newsgauge.testing.StderrLog.capture(
                () -> new FolderDatasetReader("topic", DocumentReader.defaults().withExtraction(false)).read(dir));
        Dataset d = read.value();
        assertEquals(List.of("c\u00E9l\u00E9brit\u00E9s", "sport"), d.dimensions().get(0).labels());
        assertEquals(2, d.size(), "the checkpoint copies and the ._ file were read as documents (or refused as binary)");
        // the ._ file is a document left out (a warning); the folders are named, not counted as documents
        assertTrue(read.log().contains("1 document in hidden files"), read.log());
        // a spreadsheet beside the articles and a label folder with no document are said to be left out
        Files.writeString(dir.resolve("sport/scores.csv"), "team,goals\n");
        Files.writeString(dir.resolve("sport/README.md"), "Sport articles, collected in May.");
        Files.writeString(dir.resolve("sport/Thumbs.db"), "x");
        Files.createDirectories(dir.resolve("weather"));
        read = org.newsgauge.testing.StderrLog.capture(
                () -> new FolderDatasetReader("topic", DocumentReader.defaults().withExtraction(false)).read(dir));
        assertEquals(2, read.value().size());
        assertTrue(read.log().contains("2 files that are no article (not .txt, .md, .html, .htm or .xhtml, or a README or"
                + " LICENSE) left out: sport/README.md, sport/scores.csv\n"), read.log());
        assertTrue(read.log().contains("folder without documents, so not a label of the data: weather"), read.log());
        // a notebook's checkpoints and a cache are named; a tool's folder is no news
        Files.writeString(Files.createDirectories(dir.resolve(".git")).resolve("HEAD.txt"), TEXT);
        read = org.newsgauge.testing.StderrLog.capture(
                () -> new FolderDatasetReader("topic", DocumentReader.defaults().withExtraction(false)).read(dir));
        assertTrue(read.log().contains("hidden folders left out without being read: .ipynb_checkpoints, sport/.cache,"
                + " sport/.ipynb_checkpoints and 1 more\n"), read.log());
        assertFalse(read.log().contains(".git"), read.log());
    }

    @Test
    void aFileThatRepeatsAnotherIsNamedInAWarning(@TempDir Path dir) throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("sport")).resolve("a.txt"), TEXT);
        Files.writeString(dir.resolve("sport/b.txt"), TEXT);
        Files.writeString(Files.createDirectories(dir.resolve("weather")).resolve("c.txt"), TEXT);
        Files.writeString(dir.resolve("weather/d.txt"), TEXT + " Rain.");
        // copies within a folder whose name reads as its label only once cleaned (decomposed, as macOS saves it)
        Path decomposed = Files.createDirectories(dir.resolve("ce\u0301le\u0301brite\u0301s"));
        Files.writeString(decomposed.resolve("e.txt"), "Stars at the festival premiere.");
        Files.writeString(decomposed.resolve("f.txt"), "Stars at the festival premiere.");
        org.newsgauge.testing.StderrLog.Result<Dataset> read = org.newsgauge.testing.StderrLog.capture(
                () -> new FolderDatasetReader("topic", DocumentReader.defaults().withExtraction(false)).read(dir));
        assertEquals(6, read.value().size());
        assertTrue(read.log().contains("3 files repeat the text of an earlier file (ce\u0301le\u0301brite\u0301s/f.txt"
                + " repeats ce\u0301le\u0301brite\u0301s/e.txt; sport/b.txt repeats sport/a.txt; weather/c.txt repeats"
                + " sport/a.txt), 1 in another label's folder, which no model can all get right"), read.log());
    }

    @Test
    void labelFoldersAreTakenForTheKnownLabelsTheyReadAs(@TempDir Path dir) throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("sport !")).resolve("a.txt"), TEXT);
        // a pack whose label has a no-break space: the folder named with a plain one is that label
        Dataset d = new FolderDatasetReader("topic", DocumentReader.defaults().withExtraction(false),
                List.of("sport\u00A0!", "weather")).read(dir);
        assertEquals(List.of("sport\u00A0!"), d.dimensions().get(0).labels());
    }

    @Test
    void aLinkLoopIsAnErrorNamingTheFolder(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(Files.createDirectories(data.resolve("sport")).resolve("a.txt"), TEXT);
        Files.writeString(Files.createDirectories(data.resolve("markets")).resolve("b.txt"), TEXT);
        Files.createSymbolicLink(data.resolve("sport/loop"), data.resolve("sport"));
        DatasetException e = assertThrows(DatasetException.class,
                () -> new FolderDatasetReader("topic", DocumentReader.defaults()).read(data));
        assertTrue(e.getMessage().contains("sport") && e.getMessage().contains("link loop"), e.getMessage());
    }

    @Test
    void oneLabelFolderIsReadForEvaluationAndLooseFilesAreNamedWhenNothingElseIs(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(Files.createDirectories(data.resolve("sport")).resolve("a.txt"), TEXT);
        Files.writeString(data.resolve("sport/b.txt"), TEXT);
        Dataset d = new FolderDatasetReader("topic", DocumentReader.defaults()).read(data);
        assertEquals(List.of("sport"), d.dimensions().get(0).labels());
        // a trainer still needs two labels, and says so
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new org.newsgauge.train.PackTrainer(org.newsgauge.train.TrainingOptions.defaults()).train(d));
        assertTrue(e.getMessage().contains("has only the label [sport]"), e.getMessage());
        Path loose = Files.createDirectories(dir.resolve("loose"));
        Files.writeString(loose.resolve("a.txt"), TEXT);
        Files.writeString(loose.resolve("b.txt"), TEXT);
        DatasetException none = assertThrows(DatasetException.class,
                () -> new FolderDatasetReader("topic", DocumentReader.defaults()).read(loose));
        assertTrue(none.getMessage().contains("its 2 documents are at the top, outside any label folder"), none.getMessage());
    }

    @Test
    void theLabelCheckRunsBeforeTheCountOfFolders(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(Files.createDirectories(data.resolve("weather")).resolve("a.txt"), TEXT);
        DatasetException e = assertThrows(DatasetException.class, () -> new FolderDatasetReader("topic", DocumentReader.defaults())
                .read(data, labels -> {
                    throw new DatasetException(data, 0, "'" + labels.get(0) + "' is not one of its labels");
                }));
        assertTrue(e.getMessage().contains("'weather' is not one of its labels"), e.getMessage());
    }

    @Test
    void aLinkLoopNamesTheLinkNotItsTarget(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Files.writeString(Files.createDirectories(data.resolve("sport")).resolve("a.txt"), TEXT);
        Files.writeString(Files.createDirectories(data.resolve("weather/deep")).resolve("b.txt"), TEXT);
        Path up = Files.createSymbolicLink(data.resolve("weather/deep/up"), data.resolve("weather"));
        DatasetException e = org.junit.jupiter.api.Assertions.assertThrows(DatasetException.class,
                () -> new FolderDatasetReader("topic", DocumentReader.defaults()).read(data));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("has a symbolic link, " + up
                + ", that loops back to a folder above it"), e.getMessage());
    }
}

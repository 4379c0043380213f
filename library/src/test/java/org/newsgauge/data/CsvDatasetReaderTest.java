package org.newsgauge.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.testing.StderrLog;

class CsvDatasetReaderTest {
    @TempDir
    Path dir;

    private Path csv(String content) throws IOException {
        Path f = dir.resolve("data.csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static CsvDatasetReader reader() {
        return CsvDatasetReader.builder().textColumns("title", "body").labelColumns("topic")
                .ordinal("tension", List.of("low", "high")).build();
    }

    @Test
    void readsJoinedTextColumnsAndDimensions() throws Exception {
        Dataset d = reader().read(csv("id,title,body,topic,tension\n"
                + "a,Title one,\"Body, with comma\",politics,low\n"
                + "b,Title two,\"Body with \"\"quote\"\"\",security,high\n"));
        assertEquals(2, d.size());
        assertEquals("Title one\n\nBody, with comma", d.examples().get(0).text());
        assertEquals("Title two\n\nBody with \"quote\"", d.examples().get(1).text());
        assertEquals(List.of("politics", "security"), d.dimensions().get(0).labels());
        assertEquals(DimensionKind.ORDINAL, d.dimensions().get(1).kind());
        assertEquals(List.of("low", "high"), d.dimensions().get(1).labels());
        assertEquals(64, d.sha256().length());
    }

    @Test
    void quotedNewlinesKeepLineNumbersRight() throws Exception {
        Path f = csv("id,title,body,topic,tension\n"
                + "a,T,\"line one\nline two\nline three\",politics,low\n"
                + "b,T,,politics,low\n");
        DatasetException e = assertThrows(DatasetException.class,
                () -> CsvDatasetReader.builder().textColumns("body").labelColumns("topic").build().read(f));
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("data.csv:5"), e.getMessage());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void missingColumnNamesTheHeader() throws Exception {
        Path f = csv("id,title,text,topic,tension\na,T,x,politics,low\n");
        DatasetException e = assertThrows(DatasetException.class, () -> reader().read(f));
        assertTrue(e.getMessage().contains("no column 'body'"), e.getMessage());
        assertTrue(e.getMessage().contains("id, title, text, topic, tension"), e.getMessage());
    }

    @Test
    void unknownOrdinalLabelListsTheOrder() throws Exception {
        Path f = csv("id,title,body,topic,tension\na,T,x,politics,low\nb,T,y,politics,severe\n");
        DatasetException e = assertThrows(DatasetException.class, () -> reader().read(f));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("'severe' is not a label of ordinal dimension 'tension' (labels: low, high)"),
                e.getMessage());
        assertFalse(e.getMessage().contains("declared '"), e.getMessage());
        // a misspelt declaration: the row is right, and the message says which declared label it is near
        CsvDatasetReader misspelt = CsvDatasetReader.builder().textColumns("body").labelColumns("topic")
                .ordinal("tension", List.of("low", "meduim", "high")).build();
        Path g = csv("id,title,body,topic,tension\na,T,x,politics,low\nb,T,y,politics,medium\n");
        DatasetException m = assertThrows(DatasetException.class, () -> misspelt.read(g));
        assertTrue(m.getMessage().contains("'medium' is not a label of ordinal dimension 'tension' (labels: low, meduim,"
                + " high); it is one letter or two from the declared 'meduim': if that is the misspelt one, correct the"
                + " declaration; else correct the label or add it to the declared order"), m.getMessage());
        assertEquals("high", CsvDatasetReader.nearest("hihg", List.of("low", "high")));
        assertEquals(null, CsvDatasetReader.nearest("critical", List.of("low", "high")));
        // a number beyond a scale, or a short label, is another label, not a misspelling
        assertEquals(null, CsvDatasetReader.nearest("6", List.of("1", "2", "3", "4", "5")));
        assertEquals(null, CsvDatasetReader.nearest("10", List.of("1", "2", "3")));
        assertEquals(null, CsvDatasetReader.nearest("a", List.of("b", "c")));
        assertEquals(null, CsvDatasetReader.nearest("mid", List.of("low", "med", "high")));
        assertEquals(null, CsvDatasetReader.nearest("1.25", List.of("1.75", "2.50")));
        assertEquals(null, CsvDatasetReader.nearest("-10%", List.of("-15%", "+10%")));
    }

    @Test
    void raggedRowIsAnErrorWithItsLine() throws Exception {
        Path f = csv("id,title,body,topic,tension\na,T,x,politics,low\nb,T,y,politics\n");
        DatasetException e = assertThrows(DatasetException.class, () -> reader().read(f));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("4 fields, the header 5"), e.getMessage());
    }

    @Test
    void emptyTextIsAnError() throws Exception {
        Path f = csv("id,title,body,topic,tension\na,,,politics,low\n");
        DatasetException e = assertThrows(DatasetException.class, () -> reader().read(f));
        assertTrue(e.getMessage().contains("title, body are empty"), e.getMessage());
    }

    @Test
    void emptyLabelAndDuplicateIdAreErrors() throws Exception {
        DatasetException e1 = assertThrows(DatasetException.class,
                () -> reader().read(csv("id,title,body,topic,tension\na,T,x,,low\n")));
        assertTrue(e1.getMessage().contains("no label in column 'topic'"), e1.getMessage());
        DatasetException e2 = assertThrows(DatasetException.class,
                () -> reader().read(csv("id,title,body,topic,tension\na,T,x,p,low\na,T,y,p,low\n")));
        assertTrue(e2.getMessage().contains("id 'a' is used again (first on line 2)"), e2.getMessage());
    }

    @Test
    void invalidUtf8AndMissingFileAreErrors() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.write(f, new byte[] {'i', 'd', ',', 't', 'e', 'x', 't', ',', 'l', '\n', 'a', ',', (byte) 0xC3, (byte) 0x28, ',', 'x', '\n'});
        DatasetException e = assertThrows(DatasetException.class,
                () -> CsvDatasetReader.builder().textColumns("text").labelColumns("l").build().read(f));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        DatasetException e2 = assertThrows(DatasetException.class,
                () -> reader().read(dir.resolve("nope.csv")));
        assertTrue(e2.getMessage().contains("not found"), e2.getMessage());
    }

    @Test
    void headerOnlyIsAnError() throws Exception {
        DatasetException e = assertThrows(DatasetException.class, () -> reader().read(csv("id,title,body,topic,tension\n")));
        assertTrue(e.getMessage().contains("no rows"), e.getMessage());
    }
    @Test
    void aColumnNamedTwiceIsAnError() throws Exception {
        Path f = csv("text,label,label\nSerbia recalls envoy,politics,neutral\nKosovo police,security,pro_kosovo\n");
        DatasetException e = assertThrows(DatasetException.class,
                () -> CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(f));
        assertEquals(f + ":1: the header names column 'label' twice (columns 2 and 3); name every column once", e.getMessage());
    }

    @Test
    void aNamedIdColumnMustExist() throws Exception {
        Path f = csv("text,label\nSerbia recalls envoy,politics\nKosovo police,security\n");
        DatasetException e = assertThrows(DatasetException.class,
                () -> CsvDatasetReader.builder().textColumns("text").labelColumns("label").idColumn("nosuch").build().read(f));
        assertTrue(e.getMessage().startsWith(f + ":1: no column 'nosuch'; the header has: text, label"), e.getMessage());
        // unnamed, the id column is optional: ids are line numbers
        assertEquals("line-2", CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(f)
                .examples().get(0).id());
    }

    @Test
    void labelsDifferingOnlyByCaseAreLoggedNotMerged() throws Exception {
        Path f = csv("text,stance\nA,Neutral\nB,neutral\nC,pro_kosovo\nD,NEUTRAL\n");
        StderrLog.Result<Dataset> read = StderrLog.capture(
                () -> CsvDatasetReader.builder().textColumns("text").labelColumns("stance").build().read(f));
        assertEquals(List.of("NEUTRAL", "Neutral", "neutral", "pro_kosovo"), read.value().dimensions().get(0).labels());
        String logged = read.log();
        // all three variants in one line (it named two pairs of three)
        assertTrue(logged.contains("WARN") && logged.contains(f + ": column 'stance' has the labels 'NEUTRAL', 'Neutral',"
                + " 'neutral', which differ only by case; they are trained as 3 classes"), logged);
    }

    @Test
    void aBrokenQuoteIsNamedWithoutTheParsersOwnCount() throws Exception {
        StringBuilder sb = new StringBuilder("text,label\n");
        for (int i = 0; i < 50; i++) {
            sb.append("row ").append(i).append(",x\n");
        }
        sb.append("\"broken\" start,y\nlast,x\n");
        DatasetException e = assertThrows(DatasetException.class,
                () -> CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(csv(sb.toString())));
        assertEquals(52, e.line());
        assertTrue(e.getMessage().contains("malformed CSV (Invalid character between encapsulated token and delimiter);"),
                e.getMessage());
    }

    @Test
    void repeatedTextsAreCountedInAWarning() throws Exception {
        Path f = csv("text,label\nSame words,x\nOther words,y\nSame words,x\nSame words,y\n");
        StderrLog.Result<Dataset> read = StderrLog.capture(
                () -> CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(f));
        assertEquals(4, read.value().size());
        String logged = read.log();
        // where they are, to leave them out
        assertTrue(logged.contains("2 rows repeat the text of an earlier row (line 4 repeats line 2; line 5 repeats"
                + " line 2), 1 with other labels, which no model can all get right:"), logged);
        // lines as an editor numbers them: empty lines (which the parser skips) and breaks inside quotes counted
        Path gaps = csv("text,label\nSame words,x\n\n\n\"Two\r\nlines\",y\n\nSame words,x\n");
        String gapLog = StderrLog.capture(
                () -> CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(gaps)).log();
        assertTrue(gapLog.contains("1 row repeats the text of an earlier row (line 8 repeats line 2)"), gapLog);
    }

    @Test
    void errorLinesAreTheFilesWhateverEmptyLinesAndQuotedBreaksThereAre() throws Exception {
        CsvDatasetReader textAndLabel = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build();
        CsvDatasetReader tension = CsvDatasetReader.builder().textColumns("text").labelColumns()
                .ordinal("tension", List.of("low", "high")).build();
        assertEquals(5, refusal(tension, "text,tension\nOne,low\n\n\nTwo,severe\n").line());
        // a malformed row after empty lines, and empty lines before the header
        assertEquals(5, refusal(textAndLabel, "text,label\nA,x\n\n\n\"B\"q,y\n").line());
        assertEquals(6, refusal(textAndLabel, "\n\r\ntext,label\nA,x\n\nB,\n").line());
        // a header name with a line break in it, and the parser's own count left out of the message
        assertEquals(3, refusal(textAndLabel, "text,label,\"notes\nmore\"\nA,,n\n").line());
        DatasetException openQuote = refusal(textAndLabel, "\n\ntext,label\nA,x\n\n\"B,y\n");
        assertEquals(6, openQuote.line(), openQuote.getMessage());
        assertFalse(openQuote.getMessage().contains("startline"), openQuote.getMessage());
        assertEquals(3, refusal(textAndLabel, "\n\ntxt,label\nA,x\n").line());
    }

    /** What {@code reader} throws for a CSV of {@code content}. */
    private DatasetException refusal(CsvDatasetReader reader, String content) throws Exception {
        Path f = csv(content);
        return assertThrows(DatasetException.class, () -> reader.read(f));
    }

    @Test
    void labelsThatLookAlikeAreAlike() throws Exception {
        // a no-break space, a zero-width space, a decomposed accent: invisible on screen, classes of their own before
        Path f = csv("text,label\nA,sport\u00A0\nB,sport\nC,tech\u200B\nD,tech\nE,c\u00E9l\u00E9brit\u00E9s\n"
                + "F,ce\u0301le\u0301brite\u0301s\nG,Business\u00A0 News\nH,Business News\n");
        Dataset d = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(f);
        assertEquals(List.of("Business News", "c\u00E9l\u00E9brit\u00E9s", "sport", "tech"), d.dimensions().get(0).labels());
    }

    @Test
    void declaredLabelsAreMatchedAsTheyReadAndJoinersAreKept() throws Exception {
        // a pack's label written with a no-break space, and an order declared with two spaces: the
        // file's cleaned labels are taken for them (they were refused: 'sport !' is not a label ...)
        Path f = csv("text,label,level\nA,sport\u00A0!,very high\nB,sport !,low\nC,\u00E9conomie,very  high\n");
        Dataset d = CsvDatasetReader.builder().textColumns("text").labelColumns("label")
                .knownLabels("label", List.of("sport\u00A0!", "\u00E9conomie")).ordinal("level", List.of("low", "very  high"))
                .build().read(f);
        assertEquals(List.of("sport\u00A0!", "sport\u00A0!", "\u00E9conomie"),
                d.examples().stream().map(e -> e.labels().get(0)).toList());
        assertEquals(List.of("very  high", "low", "very  high"), d.examples().stream().map(e -> e.labels().get(1)).toList());
        // the zero-width non-joiner changes a Persian word: two labels stay two
        Path fa = csv("text,label\nA,\u0645\u06CC\u062E\u0648\u0627\u0647\u0645\nB,\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645\n");
        assertEquals(2, CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(fa)
                .dimensions().get(0).labels().size());
    }

    @Test
    void columnsReadUnderOtherNamesAreLookedUpInTheHeaderAsWritten() throws Exception {
        // a swap: each dimension from the other's column (it read one of them twice, by hash order)
        Path f = csv("text,a,b\nA,x,y\nB,x,y\n");
        Dataset d = CsvDatasetReader.builder().textColumns("text").labelColumns("a", "b").labelsFrom("a", "b")
                .labelsFrom("b", "a").build().read(f);
        assertEquals(List.of("y", "x"), d.examples().get(0).labels());
        // names that differ only in spaces are two columns; an ID column of repeated values is not the id
        Path notes = csv("text,note  a,note a,ID,label\nA,1,2,0,x\nB,3,4,0,y\n");
        Dataset n = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(notes);
        assertEquals(List.of("line-2", "line-3"), n.examples().stream().map(Example::id).toList());
    }

    @Test
    void aTabSeparatedFileIsQuotedAsPythonsCsvModuleWritesIt() throws Exception {
        // csv.writer(delimiter='\t') quotes only the fields that need it: the header never, a text
        // with a quotation mark always, its marks doubled (read without quoting, its text changed)
        Path f = csv("text\tlabel\n\"its more \"\"productive\"\" stores\"\tbusiness\n\"two\nlines\"\tsport\nplain\tsport\n");
        Dataset d = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(f);
        assertEquals(List.of("its more \"productive\" stores", "two\nlines", "plain"),
                d.examples().stream().map(Example::text).toList());
    }

    @Test
    void aDimensionMayShareItsNameWithATextColumnWhenReadFromAnother() throws Exception {
        // the text is in column "label", the pack's dimension "label" is read from column "topic"
        Path f = csv("label,topic\nThe match ended in a draw,sport\nShares fell,business\n");
        Dataset d = CsvDatasetReader.builder().textColumns("label").labelColumns("label").labelsFrom("label", "topic")
                .build().read(f);
        assertEquals("The match ended in a draw", d.examples().get(0).text());
        assertEquals(List.of("sport"), d.examples().get(0).labels());
    }

    @Test
    void theHeaderIsSniffedWithoutLosingWhatItRead() throws Exception {
        StringBuilder sb = new StringBuilder("text\tlabel\n");
        for (int i = 0; i < 3000; i++) {
            sb.append("row ").append(i).append(" of a long file\t").append(i % 2 == 0 ? "x" : "y").append('\n');
        }
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.StringReader(sb.toString()), 1 << 16);
        assertEquals('\t', CsvDatasetReader.delimiter(in));
        assertEquals(sb.toString(), in.lines().collect(java.util.stream.Collectors.joining("\n", "", "\n")),
                "read from the reader already open, then unread: a pipe cannot be opened twice");
    }

    @Test
    void spreadsheetHabitsLoseNothing() throws Exception {
        // a byte order mark before a quoted header (it hid the id column), text and label columns
        // named in another case, an empty last column,
        // and empty rows at the end: the ids are read, every row is kept, the empty rows are skipped
        Path f = Files.write(dir.resolve("sheet.csv"), ("\uFEFF\"id\",\"Text \",\"LABEL\",\r\n\"a1\",\"Rain today\",\"weather\",\r\n"
                + "\"a2\",\"Goal!\",\"sport\",\r\n,,,\r\n  \r\n").getBytes(StandardCharsets.UTF_8));
        Dataset d = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(f);
        assertEquals(List.of("a1", "a2"), d.examples().stream().map(Example::id).toList());
        assertEquals(List.of("sport", "weather"), d.dimensions().get(0).labels());
        // two columns that differ only by case: neither is guessed
        Path two = csv("text,Text,label\nA,B,x\nC,D,y\n");
        assertEquals(2, CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(two).size());
        Path none = csv("TEXT,Text,label\nA,B,x\nC,D,y\n");
        DatasetException e = assertThrows(DatasetException.class,
                () -> CsvDatasetReader.builder().textColumns("text").labelColumns("label").build().read(none));
        assertTrue(e.getMessage().contains("no column 'text'; the header has: TEXT, Text, label"), e.getMessage());
    }

    @Test
    void unicodeFilesOtherThanUtf8AreNamedWithTheConversionThatFitsThem() throws Exception {
        // with a mark, and little-endian ASCII without one: BadInputMatrixTest
        CsvDatasetReader reader = CsvDatasetReader.builder().textColumns("text").labelColumns("label").build();
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("UTF-16", "text\tlabel\r\nRain\tweather\r\n".getBytes(StandardCharsets.UTF_16BE));
        // characters whose low byte is 0 (U+4E00, the ideographic space U+3000) break the strict NUL pattern
        files.put("UTF-16 ", "text,label\n\u4E00\u4E00\u3000\u65B0\u95FB\u4E00\u3000\u4E00\u4E00\u3000,world\n"
                .getBytes(StandardCharsets.UTF_16LE));
        files.put("UTF-32", java.nio.ByteBuffer.allocate(4 + 4 * 20).put(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0})
                .put("text,label\nRain,w\n".getBytes(java.nio.charset.Charset.forName("UTF-32LE"))).array());
        for (java.util.Map.Entry<String, byte[]> e : files.entrySet()) {
            Path f = Files.write(dir.resolve("unicode.txt"), e.getValue());
            String encoding = e.getKey().strip();
            DatasetException x = assertThrows(DatasetException.class, () -> reader.read(f));
            // the latin1 advice made it worse
            assertTrue(x.getMessage().contains("is " + encoding) && x.getMessage().contains("iconv -f "
                    + encoding.toLowerCase(java.util.Locale.ROOT) + " -t utf-8"), e.getKey() + ": " + x.getMessage());
        }
        // valid UTF-8 with NULs that is no UTF-16 header (16-bit values below 0x80): not named UTF-16
        byte[] binary = new byte[600];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < binary.length; i += 2) {
            binary[i] = (byte) random.nextInt(0x80);
        }
        Path b = Files.write(dir.resolve("values.csv"), binary);
        DatasetException x = assertThrows(DatasetException.class, () -> reader.read(b));
        assertTrue(x.getMessage().contains("binary, or UTF-16") && !x.getMessage().contains("is UTF-16"), x.getMessage());
    }

    @Test
    void invalidUtf8IsReportedOnTheLineOfItsFirstBadByte() throws Exception {
        // the decoder reads ahead of the parser, so the row being parsed is not where the byte is
        StringBuilder sb = new StringBuilder("id,title,body,topic,tension\n");
        for (int i = 1; i < 5000; i++) {
            sb.append("r").append(i).append(",Title ").append(i).append(",Body of row ").append(i).append(",politics,low\n");
        }
        byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "r5000,Gr\u00fc\u00dfe,latin-1 body,politics,low\n".getBytes(StandardCharsets.ISO_8859_1);
        Path f = dir.resolve("latin1.csv");
        Files.write(f, java.nio.ByteBuffer.allocate(head.length + bad.length).put(head).put(bad).array());
        DatasetException e = assertThrows(DatasetException.class, () -> reader().read(f));
        assertEquals(5001, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("not valid UTF-8") && e.getMessage().contains("save the file as UTF-8"), e.getMessage());
        Path small = dir.resolve("small-latin1.csv");
        Files.write(small, ("id,title,body,topic,tension\na,One,Body,politics,low\nb,Gr\u00fc\u00df,Body,politics,low\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(3, assertThrows(DatasetException.class, () -> reader().read(small)).line());
        // CRLF and a lone CR (old Mac files) break lines as the parser counts them
        for (String eol : List.of("\r\n", "\r")) {
            Path f2 = dir.resolve("eol.csv");
            Files.write(f2, ("id,title,body,topic,tension" + eol + "a,One,Body,politics,low" + eol + "b,Gr\u00fc\u00df,Body,politics,low"
                    + eol).getBytes(StandardCharsets.ISO_8859_1));
            assertEquals(3, CsvDatasetReader.firstInvalidUtf8Line(f2), "line breaks " + eol.replace("\r", "CR").replace("\n", "LF"));
        }
    }

    @Test
    void aReaderThatWouldMakeAnUnloadablePackIsRefusedWhenBuilt() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> CsvDatasetReader.builder().textColumns("body").labelColumns("topic", "topic").build());
        assertTrue(twice.getMessage().contains("label column 'topic' is named twice"), twice.getMessage());
        IllegalArgumentException leak = assertThrows(IllegalArgumentException.class,
                () -> CsvDatasetReader.builder().textColumns("topic").labelColumns("topic").build());
        assertTrue(leak.getMessage().contains("both a text column and a label column"), leak.getMessage());
        IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
                () -> CsvDatasetReader.builder().textColumns("body").ordinal("tension", List.of("low", "low", "high")).build());
        assertTrue(repeated.getMessage().contains("lists 'low' twice"), repeated.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> CsvDatasetReader.builder().textColumns("body").ordinal("tension", List.of("low", " ", "high")).build());
        assertTrue(empty.getMessage().contains("has an empty label"), empty.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> CsvDatasetReader.builder().textColumns("body").ordinal("tension", List.of()).build());
        assertTrue(none.getMessage().contains("has no labels"), none.getMessage());
        IllegalArgumentException textTwice = assertThrows(IllegalArgumentException.class,
                () -> CsvDatasetReader.builder().textColumns("body").textColumns("body").labelColumns("topic").build());
        assertTrue(textTwice.getMessage().startsWith("text column 'body' is named twice; its text would be joined twice"),
                textTwice.getMessage());
        IllegalArgumentException unnamed = assertThrows(IllegalArgumentException.class,
                () -> CsvDatasetReader.builder().textColumns((String) null).labelColumns("topic").build());
        assertTrue(unnamed.getMessage().startsWith("a text column has no name"), unnamed.getMessage());
    }

    @Test
    void aFolderIsNotTakenForAMalformedCsv() throws Exception {
        DatasetException e = assertThrows(DatasetException.class, () -> reader().read(Files.createDirectories(dir.resolve("texts"))));
        assertTrue(e.getMessage().contains("is a folder, not a CSV file; give the CSV file, or read a folder per label"),
                e.getMessage());
    }

    @Test
    void aDatasetKnowsTheTextColumnsItWasReadWith() throws Exception {
        Dataset d = reader().read(csv("id,title,body,topic,tension\na,T,B,politics,low\n"));
        assertEquals(List.of("title", "body"), d.textColumns());
        assertEquals(List.of("title", "body"), d.subset(new int[] {0}).textColumns());
    }

    @Test
    void anEmptyFileSaysSoAndSemicolonsOrTabsSeparateAsTheHeaderDoes() throws Exception {
        DatasetException empty = assertThrows(DatasetException.class, () -> reader().read(csv("")));
        assertTrue(empty.getMessage().contains("is empty: a CSV needs a header row"), empty.getMessage());
        // a spreadsheet's CSV where the decimal mark is a comma, and a tab-separated file: read as they are
        Dataset semicolons = reader().read(csv("id;title;body;topic;tension\na;T;\"B; with a semicolon\";politics;low\n"));
        assertEquals("T\n\nB; with a semicolon", semicolons.examples().get(0).text());
        Dataset tabs = reader().read(csv("id\ttitle\tbody\ttopic\ttension\na\tT\tB, with a comma\tpolitics\tlow\n"));
        assertEquals("T\n\nB, with a comma", tabs.examples().get(0).text());
        // a comma in the header, outside quotes, keeps the comma: a text with semicolons stays one field
        Dataset commas = reader().read(csv("id,title,body,topic,tension\na,T;x,B;y,politics,low\n"));
        assertEquals("T;x\n\nB;y", commas.examples().get(0).text());
    }
}

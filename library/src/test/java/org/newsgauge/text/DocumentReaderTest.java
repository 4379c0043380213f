package org.newsgauge.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input, charsets, size cap, raw mode and the explain view. */
class DocumentReaderTest {

    private static final String ARTICLE = "PRISTINA - Kosovo's government said on Tuesday it would reopen the main crossing "
            + "with Serbia after talks mediated by the European Union, ending a week of disruption for traders and "
            + "travellers on both sides of the border.\n\n"
            + "\u201cWe have agreed on a plan that respects the rules of both sides,\u201d the EU envoy said after the "
            + "meeting in Brussels, adding that the two delegations would meet again next month to review progress.\n\n"
            + "Serbian officials said they welcomed the decision but warned that lasting calm depended on the withdrawal "
            + "of special police units from the north, where tensions have run high since the summer.\n";

    private static final String PAGE = "<html><head><title>Kosovo reopens crossing | Balkan Daily</title></head><body>"
            + "<nav><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav>"
            + "<h1>Kosovo reopens crossing</h1>"
            + "<p>" + ARTICLE.replace("\n\n", "</p><p>") + "</p>"
            + "<footer>\u00a9 2024 Balkan Daily. All rights reserved.</footer></body></html>";

    @TempDir
    Path dir;

    private final DocumentReader reader = DocumentReader.defaults();

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void emptyFile() throws IOException {
        SourceDocument d = reader.read(write("empty.txt", new byte[0]));
        assertEquals("", d.text());
        assertTrue(d.hasWarning(Warning.EMPTY), d.warnings().toString());
        assertEquals("und", d.language());
    }

    @Test
    void whitespaceOnly() throws IOException {
        SourceDocument d = reader.read(write("blank.html", " \n\t\r\n  \u00a0 \n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", d.text());
        assertTrue(d.hasWarning(Warning.EMPTY) || d.hasWarning(Warning.NO_ARTICLE), d.warnings().toString());
    }

    @Test
    void oneTenMegabyteLineIsCappedAndDoesNotThrow() throws IOException {
        StringBuilder sb = new StringBuilder(10_500_000);
        String sentence = "The talks in Brussels ended without an agreement, and both sides said they would return. ";
        while (sb.length() < 10_000_000) {
            sb.append(sentence);
        }
        Path p = write("long.txt", sb.toString().getBytes(StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        SourceDocument d = reader.read(p);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(d.hasWarning(Warning.TRUNCATED), d.warnings().toString());
        assertTrue(d.text().length() <= DocumentReader.DEFAULT_MAX_BYTES);
        assertFalse(d.text().isEmpty());
        assertEquals("eng", d.language());
        assertTrue(ms < 30_000, "took " + ms + " ms");
        // and the same through the String entry point
        SourceDocument s = reader.withMaxBytes(1_000_000).read(sb.toString(), "long", SourceFormat.TEXT);
        assertTrue(s.hasWarning(Warning.TRUNCATED));
    }

    @Test
    void binaryFilesAreSkipped() throws IOException {
        byte[] png = new byte[4096];
        new java.util.Random(1).nextBytes(png);
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        SourceDocument d = reader.read(write("image.html", png));
        assertEquals("", d.text());
        assertTrue(d.hasWarning(Warning.BINARY), d.warnings().toString());

        byte[] noise = new byte[8192];
        new java.util.Random(2).nextBytes(noise);
        SourceDocument n = reader.read(write("noise.txt", noise));
        assertEquals("", n.text());
        assertTrue(n.hasWarning(Warning.BINARY), n.warnings().toString());

        SourceDocument s = reader.read("abc\u0000\u0001\u0002def", "nul", SourceFormat.TEXT);
        assertTrue(s.hasWarning(Warning.BINARY));
    }

    @Test
    void invalidUtf8FallsBackToWindows1252WithAWarning() throws IOException {
        byte[] good = ARTICLE.replace("\u201c", "\"").replace("\u201d", "\"").getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(good, good.length + 3);
        bad[good.length] = (byte) 0xC3;      // truncated 2-byte sequence followed by ASCII
        bad[good.length + 1] = 'x';
        bad[good.length + 2] = (byte) 0xFF;  // never valid in UTF-8
        SourceDocument d = reader.read(write("bad.txt", bad));
        assertEquals("windows-1252", d.charset());
        assertTrue(d.hasWarning(Warning.CHARSET), d.warnings().toString());
        assertTrue(d.text().contains("Kosovo's government"));
    }

    @Test
    void utf16WithByteOrderMark() throws IOException {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PAGE.getBytes(StandardCharsets.UTF_16LE));
        SourceDocument d = reader.read(write("le.html", le));
        assertEquals("UTF-16LE", d.charset());
        assertEquals("Kosovo reopens crossing", d.title());
        assertTrue(d.text().contains("\u201cWe have agreed"), d.text());
        assertEquals("eng", d.language());

        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARTICLE.getBytes(StandardCharsets.UTF_16BE));
        SourceDocument b = reader.read(write("be.txt", be));
        assertEquals("UTF-16BE", b.charset());
        assertTrue(b.text().contains("Serbian officials"));
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedNotBinary() throws IOException {
        SourceDocument d = reader.read(write("nobom.txt", ARTICLE.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("UTF-16LE", d.charset());
        assertTrue(d.text().contains("Serbian officials"));
    }

    @Test
    void utf8ByteOrderMark() throws IOException {
        byte[] b = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ARTICLE.getBytes(StandardCharsets.UTF_8));
        SourceDocument d = reader.read(write("bom.txt", b));
        assertEquals("UTF-8", d.charset());
        assertTrue(d.text().startsWith("PRISTINA") || d.text().contains("\n\nPRISTINA"), d.text());
        assertFalse(d.text().contains("\uFEFF"));
    }

    @Test
    void htmlMetaCharsetIsUsed() throws IOException {
        String page = PAGE.replace("<head>", "<head><meta charset=\"windows-1250\">")
                .replace("Brussels", "Bruxelles, \u0161to \u010de \u017ee");
        SourceDocument d = reader.read(write("cz.html", page.getBytes(Charset.forName("windows-1250"))));
        assertEquals("windows-1250", d.charset());
        assertTrue(d.text().contains("\u0161to \u010de \u017ee"), d.text());

        String http = PAGE.replace("<head>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">")
                .replace("Brussels", "\u0141\u00f3d\u017a");
        SourceDocument e = reader.read(write("pl.htm", http.getBytes(Charset.forName("ISO-8859-2"))));
        assertEquals("ISO-8859-2", e.charset());
        assertTrue(e.text().contains("\u0141\u00f3d\u017a"));
    }

    @Test
    void xmlDeclarationIsUsedForXhtml() throws IOException {
        String x = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n" + PAGE.replace("Brussels", "Br\u00fcssel \u20ac");
        SourceDocument d = reader.read(write("page.xhtml", x.getBytes(Charset.forName("ISO-8859-15"))));
        assertEquals("ISO-8859-15", d.charset());
        assertTrue(d.text().contains("Br\u00fcssel \u20ac"));
    }

    @Test
    void staleMetaCharsetLosesToValidUtf8() throws IOException {
        String page = PAGE.replace("<head>", "<head><meta charset=\"iso-8859-1\">");
        SourceDocument d = reader.read(write("stale.html", page.getBytes(StandardCharsets.UTF_8)));
        assertEquals("UTF-8", d.charset());
        assertTrue(d.hasWarning(Warning.CHARSET));
        assertTrue(d.text().contains("\u201cWe have agreed"));
    }

    @Test
    void windows1252WithoutDeclaration() throws IOException {
        SourceDocument d = reader.read(write("cp.txt", ARTICLE.getBytes(Charset.forName("windows-1252"))));
        assertEquals("windows-1252", d.charset());
        assertTrue(d.text().contains("\u201cWe have agreed"));
    }

    @Test
    void htmlWithoutBody() throws IOException {
        SourceDocument d = reader.read(write("head.html",
                "<html><head><title>Only a title</title><meta charset=utf-8></head></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", d.text());
        assertTrue(d.hasWarning(Warning.NO_ARTICLE), d.warnings().toString());
        assertEquals("Only a title", d.title());

        SourceDocument frag = reader.read("<p>" + ARTICLE.replace("\n\n", "</p><p>") + "</p>", "fragment", SourceFormat.HTML);
        assertTrue(frag.text().contains("Serbian officials"), frag.text());
    }

    @Test
    void allMenuPageGivesNoArticle() throws IOException {
        StringBuilder html = new StringBuilder("<html><head><title>Balkan Daily</title></head><body><ul>");
        StringBuilder text = new StringBuilder("Balkan Daily\n");
        for (String m : new String[] {"Home", "News", "Politics", "Economy", "Sports", "Culture", "Opinion", "Video",
                "Balkans", "World", "Business", "Science", "Travel", "Podcasts", "About us", "Contact"}) {
            html.append("<li><a href='/").append(m).append("'>").append(m).append("</a></li>");
            text.append("\u2022 ").append(m).append('\n');
        }
        html.append("</ul><p>News \u2022 Politics \u2022 Economy \u2022 Sports</p><footer>\u00a9 2024 Balkan Daily</footer></body></html>");
        for (Path p : new Path[] {write("menu.html", html.toString().getBytes(StandardCharsets.UTF_8)),
                write("menu.txt", text.toString().getBytes(StandardCharsets.UTF_8))}) {
            SourceDocument d = reader.read(p);
            assertEquals("", d.text(), p.toString());
            assertTrue(d.hasWarning(Warning.NO_ARTICLE), d.warnings().toString());
            ExtractionResult r = reader.explain(p);
            assertEquals("", r.body());
            assertTrue(r.blocks().stream().noneMatch(Block::content));
        }
    }

    @Test
    void missingFileAndDirectoryGiveIoWarnings() {
        SourceDocument d = reader.read(dir.resolve("nope.txt"));
        assertTrue(d.hasWarning(Warning.IO));
        assertEquals("", d.text());
        assertTrue(reader.read(dir).hasWarning(Warning.IO));
    }

    @Test
    void nullArgumentsThrow() {
        assertThrows(NullPointerException.class, () -> reader.read((Path) null));
        assertThrows(NullPointerException.class, () -> reader.read(null, "x", SourceFormat.TEXT));
        assertThrows(NullPointerException.class, () -> reader.read("x", null, SourceFormat.TEXT));
        assertThrows(NullPointerException.class, () -> reader.read("x", "x", null));
        assertThrows(NullPointerException.class, () -> reader.explain(null));
        assertThrows(IllegalArgumentException.class, () -> reader.withMaxBytes(0));
    }

    @Test
    void smallCapTruncatesWithoutBreakingCharacters() throws IOException {
        Path p = write("cap.txt", ("\u0160ta \u010de \u017ee " + ARTICLE).getBytes(StandardCharsets.UTF_8));
        SourceDocument d = reader.withMaxBytes(4).read(p); // cuts inside a 2-byte character
        assertTrue(d.hasWarning(Warning.TRUNCATED));
        assertEquals("UTF-8", d.charset());
        assertFalse(d.hasWarning(Warning.CHARSET), d.warnings().toString());
    }

    @Test
    void rawModeKeepsEverythingButTags() throws IOException {
        Path p = write("page.html", PAGE.getBytes(StandardCharsets.UTF_8));
        SourceDocument raw = reader.withExtraction(false).read(p);
        assertTrue(raw.text().contains("Home"));
        assertTrue(raw.text().contains("All rights reserved"));
        assertFalse(raw.text().contains("<li>"));
        SourceDocument clean = reader.read(p);
        assertFalse(clean.text().contains("All rights reserved"));
        assertTrue(clean.text().startsWith("Kosovo reopens crossing\n\nPRISTINA"), clean.text());
    }

    @Test
    void explainGivesEveryBlockWithAReason() throws IOException {
        ExtractionResult r = reader.explain(write("page.html", PAGE.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Kosovo reopens crossing", r.title());
        assertTrue(r.blocks().size() >= 6);
        assertTrue(r.blocks().stream().allMatch(b -> !b.reason().isEmpty()));
        assertTrue(r.blocks().stream().anyMatch(b -> !b.content() && b.text().contains("All rights reserved")));
        assertEquals(r.text(), reader.read(dir.resolve("page.html")).text());
    }

    @Test
    void languageDetectionCanBeTurnedOffAndIsRecorded() {
        SourceDocument de = reader.read("Die Regierung in Pristina erkl\u00e4rte am Dienstag, die Einigung st\u00e4rke die "
                + "Souver\u00e4nit\u00e4t des Landes, w\u00e4hrend man in Belgrad die Rechte der Serben betonte.", "de", SourceFormat.TEXT);
        assertEquals("deu", de.language());
        assertEquals("und", reader.withLanguageDetection(false).read(ARTICLE, "x", SourceFormat.TEXT).language());
        assertEquals("und", reader.read("Ok.", "short", SourceFormat.TEXT).language());
    }

    @Test
    void formatsFromFileNames() {
        assertEquals(SourceFormat.HTML, SourceFormat.ofFileName("a/b/Page.XHTML"));
        assertEquals(SourceFormat.HTML, SourceFormat.ofFileName("x.htm"));
        assertEquals(SourceFormat.MARKDOWN, SourceFormat.ofFileName("x.markdown"));
        assertEquals(SourceFormat.TEXT, SourceFormat.ofFileName("x.txt"));
        assertEquals(SourceFormat.TEXT, SourceFormat.ofFileName("dir.d/README"));
        assertEquals(SourceFormat.TEXT, SourceFormat.ofFileName("x.pdf"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void aStreamIsReadAsTheSameBytesInAFileAre() throws IOException {
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        SourceDocument fromFile = reader.read(write("page.html", page));
        SourceDocument fromStream = reader.read(new java.io.ByteArrayInputStream(page), "-");
        assertEquals("-", fromStream.source());
        // the leading '<' makes it HTML: extraction drops the menu and the footer, as for the .html file
        assertEquals(fromFile.text(), fromStream.text());
        assertEquals(fromFile.title(), fromStream.title());
        assertFalse(fromStream.text().contains("All rights reserved"), fromStream.text());
        // text that does not start with '<' is text: the same as a .txt file
        byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_8);
        assertEquals(reader.read(write("a.txt", text)).text(), reader.read(new java.io.ByteArrayInputStream(text), "-").text());
    }

    @Test
    void aStreamIsCutAtTheCapAndNotReadPastIt() throws IOException {
        byte[] text = ARTICLE.repeat(20).getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(text);
        SourceDocument d = reader.withMaxBytes(1000).read(in, "-");
        assertTrue(d.warnings().stream().anyMatch(w -> w.code().equals(Warning.TRUNCATED)
                && w.message().startsWith("input larger than 1000 bytes")), d.warnings().toString());
        // the cap and one byte to know there was more: a stream of gigabytes is not drained
        assertEquals(text.length - 1001, in.available());
        assertTrue(d.text().startsWith("PRISTINA"), d.text());
    }

    @Test
    void aStreamThatFailsOrIsBinaryGivesAWarningNotAnException() {
        SourceDocument failed = reader.read(new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        }, "-");
        assertEquals("", failed.text());
        assertEquals(Warning.IO, failed.warnings().get(0).code());
        assertTrue(failed.warnings().get(0).message().contains("connection reset"), failed.warnings().toString());
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        SourceDocument binary = reader.read(new java.io.ByteArrayInputStream(zip), "-");
        assertEquals(Warning.BINARY, binary.warnings().get(0).code());
    }

    @Test
    void contentWithoutANameIsHtmlWhenItStartsWithATag() {
        assertEquals(SourceFormat.HTML, SourceFormat.ofContent("\uFEFF \n\t<!DOCTYPE html>".getBytes(StandardCharsets.UTF_8), 100));
        assertEquals(SourceFormat.HTML, SourceFormat.ofContent("<!-- saved page --><p>x".getBytes(StandardCharsets.UTF_8), 100));
        assertEquals(SourceFormat.HTML, SourceFormat.ofContent("\uFEFF<html>".getBytes(StandardCharsets.UTF_16LE), 100));
        assertEquals(SourceFormat.TEXT, SourceFormat.ofContent("# Headline\n\n<b>x</b>".getBytes(StandardCharsets.UTF_8), 100));
        assertEquals(SourceFormat.TEXT, SourceFormat.ofContent("PRISTINA - <".getBytes(StandardCharsets.UTF_8), 100));
        assertEquals(SourceFormat.TEXT, SourceFormat.ofContent(new byte[0], 0));
        // only the first length bytes are looked at
        assertEquals(SourceFormat.TEXT, SourceFormat.ofContent("   <p>".getBytes(StandardCharsets.UTF_8), 3));
    }
}

package org.newsgauge.text.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgauge.text.SourceFormat;
import org.newsgauge.text.Warning;

/**
 * Turns the bytes of a scraped file into text: size cap, binary detection and charset detection
 * (byte order mark, then the HTML meta / XML declaration, then valid UTF-8, then a Windows-1252
 * fallback). Never throws for bad content. Stateless and thread-safe.
 *
 * <pre>{@code
 * TextLoader.Bytes raw = TextLoader.readCapped(Path.of("page.html"), 2_000_000);
 * LoadedText t = TextLoader.decode(raw.data(), raw.length(), raw.truncated(), SourceFormat.HTML);
 * }</pre>
 */
public final class TextLoader {

    /** Windows-1252, the fallback for bytes that are not valid UTF-8. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int SNIFF = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-.]+)[\"']", Pattern.CASE_INSENSITIVE);

    private TextLoader() {
    }

    /**
     * The first bytes of a file, at most a cap.
     *
     * @param data      buffer holding the bytes (may be longer than {@code length})
     * @param length    how many bytes of {@code data} are valid
     * @param truncated whether the file had more bytes than the cap
     */
    public record Bytes(byte[] data, int length, boolean truncated) {
    }

    /**
     * Reads at most {@code maxBytes} bytes of a file.
     *
     * @param file     the file
     * @param maxBytes the cap (values above about 2 GB are capped to what an array can hold)
     * @return the bytes read
     * @throws IOException if the file cannot be read
     */
    public static Bytes readCapped(Path file, long maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readCapped(in, maxBytes);
        }
    }

    /**
     * Reads at most {@code maxBytes} bytes of a stream, and one more to know whether it had more;
     * the stream is not closed, and what lies past the cap is not read.
     *
     * @param in       the stream
     * @param maxBytes the cap
     * @return the bytes read
     * @throws IOException if reading fails
     */
    public static Bytes readCapped(InputStream in, long maxBytes) throws IOException {
        int cap = (int) Math.min(Math.max(0, maxBytes), Integer.MAX_VALUE - 64);
        byte[] data = in.readNBytes(cap);
        boolean truncated = data.length == cap && in.read() != -1;
        return new Bytes(data, data.length, truncated);
    }

    /**
     * Decodes bytes to text.
     *
     * @param data      the bytes
     * @param length    number of valid bytes in {@code data}
     * @param truncated whether the bytes were cut at the size cap (a cut multi-byte character at
     *                  the end is then dropped instead of counting as invalid)
     * @param format    the source format (HTML enables the meta charset sniffing)
     * @return the decoded text; binary input gives empty text and a {@code binary} warning
     */
    public static LoadedText decode(byte[] data, int length, boolean truncated, SourceFormat format) {
        List<Warning> warnings = new ArrayList<>(2);
        if (length == 0) {
            return new LoadedText("", StandardCharsets.UTF_8.name(), false, warnings);
        }
        // 1. byte order marks
        ByteOrderMark bom = ByteOrderMark.of(data, length);
        if (bom != null && bom.wide()) {
            return decodeWith(data, bom.length(), length, bom.charset(), bom.length(), warnings);
        }
        if (bom != null) {
            int end = truncated ? Utf8.completeEnd(data, 3, length) : length;
            if (Utf8.firstInvalid(data, 3, end) >= 0) {
                warnings.add(new Warning(Warning.CHARSET,
                        "UTF-8 byte order mark but invalid UTF-8 bytes; malformed bytes replaced"));
            }
            return new LoadedText(new String(data, 3, end - 3, StandardCharsets.UTF_8), "UTF-8", false, warnings);
        }
        // 2. binary, or UTF-16 without a byte order mark
        int sniff = Math.min(length, SNIFF);
        String magic = binaryMagic(data, length);
        if (magic != null) {
            warnings.add(new Warning(Warning.BINARY, "binary file (" + magic + "), skipped"));
            return new LoadedText("", "binary", true, warnings);
        }
        int zeros = 0;
        int control = 0;
        for (int i = 0; i < sniff; i++) {
            int b = data[i] & 0xFF;
            if (b == 0) {
                zeros++;
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) {
                control++;
            }
        }
        if (zeros > 0) {
            Charset unmarked = Utf16.fromNulBytes(data, sniff);
            if (unmarked != null) {
                warnings.add(new Warning(Warning.CHARSET, "no byte order mark; looks like " + unmarked.name()));
                return decodeWith(data, 0, length, unmarked, 2, warnings);
            }
            warnings.add(new Warning(Warning.BINARY, "binary file (contains NUL bytes), skipped"));
            return new LoadedText("", "binary", true, warnings);
        }
        if (control > sniff * 0.05) {
            warnings.add(new Warning(Warning.BINARY, "binary file (control characters), skipped"));
            return new LoadedText("", "binary", true, warnings);
        }
        int end = truncated ? Utf8.completeEnd(data, 0, length) : length;
        int invalid = Utf8.firstInvalid(data, 0, end);
        // 3. declared charset (HTML meta or XML declaration)
        Charset declared = null;
        String declaredName = null;
        if (format == SourceFormat.HTML || looksLikeMarkup(data, length)) {
            declaredName = sniffDeclared(data, Math.min(length, SNIFF));
            if (declaredName != null) {
                declared = lookup(declaredName);
                if (declared == null) {
                    warnings.add(new Warning(Warning.CHARSET,
                            "unknown declared charset '" + declaredName + "'; detecting instead"));
                }
            }
        }
        if (declared != null) {
            if (declared.equals(StandardCharsets.UTF_8)) {
                if (invalid < 0) {
                    return new LoadedText(new String(data, 0, end, StandardCharsets.UTF_8), "UTF-8", false, warnings);
                }
                warnings.add(new Warning(Warning.CHARSET, "declared UTF-8 but byte " + invalid
                        + " is not valid UTF-8; decoded as windows-1252"));
                return new LoadedText(new String(data, 0, length, WINDOWS_1252), WINDOWS_1252.name(), false, warnings);
            }
            if (isUnicodeWide(declared)) {
                // a real UTF-16/32 file would have NUL bytes or a BOM; the declaration is stale (HTML5 rule)
                if (invalid < 0) {
                    return new LoadedText(new String(data, 0, end, StandardCharsets.UTF_8), "UTF-8", false, warnings);
                }
            } else if (invalid < 0 && Utf8.hasMultiByte(data, 0, end)) {
                warnings.add(new Warning(Warning.CHARSET, "declared " + declaredName
                        + " but the bytes are valid UTF-8; decoded as UTF-8"));
                return new LoadedText(new String(data, 0, end, StandardCharsets.UTF_8), "UTF-8", false, warnings);
            } else {
                return new LoadedText(new String(data, 0, length, declared), declared.name(), false, warnings);
            }
        }
        // 4. valid UTF-8, else windows-1252
        if (invalid < 0) {
            return new LoadedText(new String(data, 0, end, StandardCharsets.UTF_8), "UTF-8", false, warnings);
        }
        warnings.add(new Warning(Warning.CHARSET, "not valid UTF-8 (byte " + invalid
                + "); decoded as windows-1252"));
        return new LoadedText(new String(data, 0, length, WINDOWS_1252), WINDOWS_1252.name(), false, warnings);
    }

    /**
     * Whether a string looks binary: NUL characters or many control characters in its first 8,000
     * characters.
     *
     * @param s the text
     * @return true if it should be treated as binary
     */
    public static boolean looksBinary(CharSequence s) {
        int n = Math.min(s.length(), SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B) {
                control++;
            }
        }
        return control > n * 0.05;
    }

    private static LoadedText decodeWith(byte[] data, int from, int length, Charset cs, int unit,
                                         List<Warning> warnings) {
        int n = length - from;
        n -= n % unit;
        String s = new String(data, from, n, cs);
        if (looksBinary(s)) {
            warnings.add(new Warning(Warning.BINARY, "binary content after a " + cs.name() + " byte order mark, skipped"));
            return new LoadedText("", "binary", true, warnings);
        }
        return new LoadedText(s, cs.name(), false, warnings);
    }

    private static boolean isUnicodeWide(Charset cs) {
        String n = cs.name();
        return n.startsWith("UTF-16") || n.startsWith("UTF-32");
    }

    private static boolean looksLikeMarkup(byte[] data, int length) {
        for (int i = 0; i < Math.min(length, 512); i++) {
            int b = data[i] & 0xFF;
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                continue;
            }
            return b == '<';
        }
        return false;
    }

    private static String sniffDeclared(byte[] data, int n) {
        String head = new String(data, 0, n, StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        if (m.find()) {
            return m.group(1);
        }
        m = META_CHARSET.matcher(head);
        if (m.find()) {
            return m.group(1);
        }
        return null;
    }

    private static Charset lookup(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        // HTML5 encoding rules: these labels mean windows-1252
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("us-ascii")
                || n.equals("ascii") || n.equals("iso8859-1") || n.equals("l1") || n.equals("cp1252")) {
            return WINDOWS_1252;
        }
        if (n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String binaryMagic(byte[] d, int n) {
        if (n >= 4 && d[0] == '%' && d[1] == 'P' && d[2] == 'D' && d[3] == 'F') {
            return "PDF";
        }
        if (n >= 4 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return "PNG";
        }
        if (n >= 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF) {
            return "JPEG";
        }
        if (n >= 4 && d[0] == 'G' && d[1] == 'I' && d[2] == 'F' && d[3] == '8') {
            return "GIF";
        }
        if (n >= 4 && d[0] == 'P' && d[1] == 'K' && (d[2] == 3 || d[2] == 5 || d[2] == 7)) {
            return "ZIP";
        }
        if (n >= 2 && (d[0] & 0xFF) == 0x1F && (d[1] & 0xFF) == 0x8B) {
            return "gzip";
        }
        if (n >= 4 && (d[0] & 0xFF) == 0x7F && d[1] == 'E' && d[2] == 'L' && d[3] == 'F') {
            return "ELF";
        }
        if (n >= 4 && (d[0] & 0xFF) == 0xCA && (d[1] & 0xFF) == 0xFE && (d[2] & 0xFF) == 0xBA && (d[3] & 0xFF) == 0xBE) {
            return "class file";
        }
        return null;
    }
}

package org.newsgauge.text.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain text or markdown into blocks: one block per line, except hard-wrapped paragraph
 * lines, which are joined (internal).
 */
final class TextSegmenter {

    /**
     * The closing hashes of a markdown heading ("## Title ##"): what {@code \s*#+\s*$} matches,
     * tried only where its leftmost match can start, at the first space or '#' of a run (a space
     * after a '#' too). Tried from every '#' of a long run, that pattern read the rest of the run
     * each time: 64 KB of '#' took 30 s, time quadratic in the run.
     */
    private static final Pattern MD_CLOSING_HASHES = Pattern.compile("(?<![\\s#])\\s*#+\\s*$|(?<=#)\\s+#+\\s*$");
    private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S+");
    private static final Pattern BULLET = Pattern.compile("^([-*+•·▪►▸◦‣»›–—]|\\d{1,2}[.)])\\s+");

    private TextSegmenter() {
    }

    static List<Segment> segment(String text, boolean markdown) {
        List<Segment> out = new ArrayList<>();
        TextBuffer buf = new TextBuffer();
        int n = text.length();
        int pos = 0;
        boolean inFence = false;
        // pending paragraph (for joining hard-wrapped lines)
        StringBuilder para = null;
        String paraKind = null;
        int paraLinks = 0;
        String lastLine = null;
        int wrapWidth = markdown ? 0 : wrapWidth(text);
        while (pos <= n) {
            int nl = text.indexOf('\n', pos);
            if (nl < 0) {
                nl = n;
            }
            String raw = text.substring(pos, nl);
            pos = nl + 1;
            buf.append(raw, false);
            String line = buf.take();
            if (markdown && line.startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            if (line.isEmpty()) {
                if (para != null) {
                    out.add(seg(para.toString(), paraKind, paraLinks));
                    para = null;
                }
                lastLine = null;
                if (pos > n) {
                    break;
                }
                continue;
            }
            String kind = "line";
            boolean heading = false;
            int links = 0;
            if (markdown) {
                if (line.matches("^(-{3,}|\\*{3,}|_{3,}|={3,})$")) {
                    // setext underline: the previous single line was a heading
                    if (para != null && lastLine != null && para.length() == lastLine.length()
                            && (line.charAt(0) == '=' || line.charAt(0) == '-')) {
                        out.add(new Segment(para.toString(), line.charAt(0) == '=' ? "h1" : "h2", paraLinks,
                                null, null, false, null, true));
                        para = null;
                    } else if (para != null) {
                        out.add(seg(para.toString(), paraKind, paraLinks));
                        para = null;
                    }
                    lastLine = null;
                    continue;
                }
                int hashes = 0;
                while (hashes < line.length() && hashes < 7 && line.charAt(hashes) == '#') {
                    hashes++;
                }
                if (hashes >= 1 && hashes <= 6 && hashes < line.length() && line.charAt(hashes) == ' ') {
                    kind = "h" + hashes;
                    heading = true;
                    line = MD_CLOSING_HASHES.matcher(line.substring(hashes + 1)).replaceAll("").trim();
                } else if (line.startsWith(">")) {
                    kind = "blockquote";
                    // what ^(>\s?)+ strips, in a loop: the regex recursed once per '>' and overflowed
                    // the stack on a line of a few thousand, losing the whole document's labels
                    int q = 0;
                    while (q < line.length() && line.charAt(q) == '>') {
                        q++;
                        if (q < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(q)) >= 0) {
                            q++;
                        }
                    }
                    line = line.substring(q).trim();
                }
                // images dropped, then inline links and reference links replaced by their text; the
                // text of every inline link counts as link text, of the reference links the first's
                int[] texts = new int[2];
                line = unbracket(line, IMAGE, texts).trim();
                line = unbracket(line, LINK, texts);
                links += texts[0];
                line = unbracket(line, REF_LINK, texts);
                links += texts[1];
                if (line.indexOf('*') >= 0 || line.indexOf('_') >= 0 || line.indexOf('`') >= 0) {
                    line = line.replace("**", "").replace("__", "").replace("`", "");
                    line = line.replaceAll("(?<![\\w*])\\*(\\S[^*]*?)\\*(?![\\w*])", "$1");
                }
                line = line.trim();
                if (line.isEmpty()) {
                    continue;
                }
            }
            Matcher b = BULLET.matcher(line);
            if (!heading && b.find() && b.end() < line.length()) {
                kind = "li";
                line = line.substring(b.end()).trim();
            }
            Matcher u = URL.matcher(line);
            while (u.find()) {
                links += u.end() - u.start();
            }
            // join hard-wrapped lines of one paragraph
            if (para != null && !heading && kind.equals("line") && (paraKind.equals("line") || paraKind.equals("p"))
                    && lastLine != null && !hasSeparators(line) && hasLetter(line)
                    && (wrapWidth > 0 ? lastLine.length() >= wrapWidth - 20
                        || lastLine.length() >= wrapWidth / 2 && lastLine.length() + 1 + firstWordLength(line) > wrapWidth
                        : lastLine.length() >= 50 && !endsSentence(lastLine) && continues(line))) {
                para.append(' ').append(line);
                paraKind = "p";
                paraLinks += links;
                lastLine = line;
                continue;
            }
            if (para != null) {
                out.add(seg(para.toString(), paraKind, paraLinks));
                para = null;
            }
            if (heading) {
                out.add(new Segment(line, kind, links, null, null, false, null, true));
                lastLine = null;
                continue;
            }
            para = new StringBuilder(line);
            paraKind = kind;
            paraLinks = links;
            lastLine = line;
            if (pos > n) {
                break;
            }
        }
        if (para != null) {
            out.add(seg(para.toString(), paraKind, paraLinks));
        }
        return out;
    }

    /** An image "![alt](target)", for {@link #bracketed}. */
    private static final int IMAGE = 0;
    /** An inline link "[text](target)". */
    private static final int LINK = 1;
    /** A reference link "[text][ref]" (the text not empty). */
    private static final int REF_LINK = 2;

    /**
     * {@code line} with each {@code construct} ({@link #bracketed}) replaced by its text, or by
     * nothing for an image. Leaves in {@code text} the length of all the texts replaced
     * ({@code text[0]}) and of the first one ({@code text[1]}, 0 for none).
     */
    private static String unbracket(String line, int construct, int[] text) {
        text[0] = 0;
        text[1] = 0;
        StringBuilder sb = null;
        int last = 0;
        for (int[] b; (b = bracketed(line, last, construct)) != null; last = b[2]) {
            if (sb == null) {
                sb = new StringBuilder(line.length());
                text[1] = b[1] - b[0] - 1;
            }
            sb.append(line, last, b[0]);
            if (construct != IMAGE) {
                sb.append(line, b[0] + 1, b[1]);
                text[0] += b[1] - b[0] - 1;
            }
        }
        return sb == null ? line : sb.append(line, last, line.length()).toString();
    }

    /**
     * The first markdown image, inline link or reference link of {@code s} at or after {@code from}
     * as the patterns {@code !\[[^\]]*\]\([^)]*\)}, {@code \[([^\]]*)\]\(([^)]*)\)} and
     * {@code \[([^\]]+)\]\[[^\]]*\]} find it: its start, the index of the ']' that ends its
     * text, and its end; or null. Found with indexOf, as the patterns, tried from every '[' of a
     * long run without a "](" after it, read the rest of the run each time (a line of 64 KB of '['
     * took 20 s, time quadratic in the run): a start that fails at the text's ']' fails for every
     * start before that ']', and a closing character missing after it is missing for every later
     * start too.
     */
    private static int[] bracketed(String s, int from, int construct) {
        int n = s.length();
        String open = construct == IMAGE ? "![" : "[";
        char next = construct == REF_LINK ? '[' : '(';
        for (int o = s.indexOf(open, from); o >= 0; ) {
            int c = s.indexOf(']', o + open.length());
            if (c < 0) {
                return null;
            }
            if (c + 1 < n && s.charAt(c + 1) == next && (construct != REF_LINK || c > o + 1)) {
                int end = s.indexOf(next == '(' ? ')' : ']', c + 2);
                return end < 0 ? null : new int[] {o, c, end + 1};
            }
            o = s.indexOf(open, c + 1);
        }
        return null;
    }

    private static Segment seg(String text, String kind, int links) {
        return new Segment(text, kind, Math.min(links, text.length()), null, null, false, null, false);
    }

    static boolean endsSentence(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201D' || c == '\u2019' || c == ':'
                || c == '\u00BB' || c == ')' || c == '\u2026' || c == ';';
    }

    private static boolean hasLetter(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int firstWordLength(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) > ' ') {
            i++;
        }
        return i;
    }

    private static boolean continues(String line) {
        char c = line.charAt(0);
        return Character.isLowerCase(c) || c == '(' || c == '\u2013' || c == '\u2014';
    }

    /**
     * The width a hard-wrapped text was wrapped at, or 0 if it is not hard-wrapped. Only lines
     * followed by another line of the same paragraph tell (the last line of a paragraph is short
     * anyway): none of them over 100 characters, and in most of them the next line's first word
     * would not have fitted. A list of short headlines, one per line, fails that test.
     */
    static int wrapWidth(String text) {
        int n = text.length();
        int count = 0;
        int max = 0;
        int[] lengths = new int[64];
        int[] nextWord = new int[64];
        int prevLen = -1;
        int pos = 0;
        while (pos < n) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? n : nl;
            int e = end;
            while (e > pos && text.charAt(e - 1) <= ' ') {
                e--;
            }
            int len = e - pos;
            if (len == 0) {
                prevLen = -1;
            } else {
                int b = pos;
                while (b < e && text.charAt(b) <= ' ') {
                    b++;
                }
                boolean bullet = isBullet(text, b, e);
                if (prevLen >= 0) {
                    // the previous line has a successor in its paragraph: an inner line
                    if (prevLen > 100) {
                        return 0;
                    }
                    if (prevLen >= 40 && !bullet) {
                        if (count == lengths.length) {
                            lengths = java.util.Arrays.copyOf(lengths, count * 2);
                            nextWord = java.util.Arrays.copyOf(nextWord, count * 2);
                        }
                        int w = b;
                        while (w < e && text.charAt(w) > ' ') {
                            w++;
                        }
                        lengths[count] = prevLen;
                        nextWord[count++] = w - b;
                        max = Math.max(max, prevLen);
                    }
                }
                prevLen = bullet ? -1 : len;
            }
            pos = end + 1;
        }
        if (count < 3) {
            return 0;
        }
        int wrapped = 0;
        for (int i = 0; i < count; i++) {
            if (lengths[i] + 1 + nextWord[i] > max) {
                wrapped++;
            }
        }
        return wrapped >= count * 0.75 ? max : 0;
    }

    private static boolean isBullet(String text, int b, int e) {
        if (b >= e) {
            return false;
        }
        char c = text.charAt(b);
        if (c >= '0' && c <= '9') {
            int i = b;
            while (i < e && i - b < 3 && Character.isDigit(text.charAt(i))) {
                i++;
            }
            return i < e && (text.charAt(i) == '.' || text.charAt(i) == ')') && i + 1 < e && text.charAt(i + 1) == ' ';
        }
        return "-*+\u2022\u00B7\u25AA\u25BA\u25B8\u25E6\u2023\u00BB\u203A\u2013\u2014".indexOf(c) >= 0
                && b + 1 < e && text.charAt(b + 1) == ' ';
    }

    private static boolean hasSeparators(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '|' || c == '\u2022' || c == '\u00B7' || c == '\u00BB' || c == '\u203A') {
                count++;
            }
        }
        return count >= 2;
    }
}

package org.newsgauge.text.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.newsgauge.text.Block;
import org.newsgauge.text.ExtractionResult;
import org.newsgauge.text.SourceFormat;
import org.newsgauge.text.Warning;
import org.newsgauge.text.extract.Segment.Cls;

/**
 * Finds the article (title and body) in a decoded page: HTML is parsed with jsoup and split into
 * blocks (paragraphs, list items, headings, divs with direct text...), plain text and markdown into
 * lines and paragraphs; a jusText-like classifier then keeps the article blocks and drops menus,
 * tickers, story lists, captions, share buttons, comment forms, cookie notices and footers.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * ExtractionResult r = ArticleExtractor.extract(html, SourceFormat.HTML, false);
 * String article = r.text();   // title + "\n\n" + body, or "" when no article was found
 * }</pre>
 */
public final class ArticleExtractor {

    /** Fewer kept characters than this is not an article. */
    static final int MIN_ARTICLE_CHARS = 100;

    private ArticleExtractor() {
    }

    /**
     * Extracts the article from decoded text.
     *
     * @param text    the page text (HTML source, plain text or markdown)
     * @param format  how to read it; plain text that starts like an HTML document is read as HTML
     * @param explain whether to return every block with its decision (otherwise blocks is empty)
     * @return title, body, blocks and a {@code no-article} warning when nothing was found
     */
    public static ExtractionResult extract(String text, SourceFormat format, boolean explain) {
        SourceFormat f = effectiveFormat(text, format);
        List<Segment> segs;
        String docTitle = "";
        String ogTitle = "";
        boolean html = f == SourceFormat.HTML;
        if (html) {
            HtmlSegmenter.Result r = HtmlSegmenter.segment(parse(text));
            segs = r.segments();
            docTitle = r.documentTitle();
            ogTitle = r.ogTitle();
        } else {
            segs = TextSegmenter.segment(text, f == SourceFormat.MARKDOWN);
        }
        segs = splitGluedCredits(segs);
        BlockClassifier.classify(segs, html);
        int first = firstGood(segs);
        Segment titleSeg = html ? htmlTitle(segs, first, docTitle, ogTitle) : textTitle(segs, first);
        keepStandfirst(segs, titleSeg);
        String title;
        if (titleSeg != null) {
            title = titleSeg.text;
        } else if (html) {
            title = cleanDocumentTitle(ogTitle.isEmpty() ? docTitle : ogTitle);
        } else {
            title = "";
        }
        String titleKey = key(title);
        int good = 0;
        for (Segment s : segs) {
            good += s.cls == Cls.GOOD ? s.length + 2 : 0;
        }
        StringBuilder body = new StringBuilder(good); // sized once: the kept blocks and their breaks at most
        Set<String> seen = new HashSet<>();
        for (Segment s : segs) {
            if (s == titleSeg) {
                s.title = true;
                s.reason = "title";
                continue;
            }
            if (!titleKey.isEmpty() && Math.abs(s.length - title.length()) < 12 && sameKey(s.text, titleKey)) {
                s.cls = Cls.BAD;
                s.reason = "headline repeated";
                continue;
            }
            if (s.cls != Cls.GOOD) {
                continue;
            }
            if (!seen.add(s.text)) {
                s.cls = Cls.BAD;
                s.reason = "duplicate of an earlier block";
                continue;
            }
            if (body.length() > 0) {
                body.append("\n\n");
            }
            body.append(s.text);
        }
        List<Warning> warnings = new ArrayList<>(1);
        String bodyText = body.toString();
        if (bodyText.length() < MIN_ARTICLE_CHARS && !hasLongGood(segs)) {
            bodyText = cleanShortText(segs, titleSeg);
        }
        if (bodyText.isEmpty() && !html && hasRunningText(segs)) {
            // a text file of running words is what its owner calls text: a wire story of figures ("Shr 34 cts
            // vs 1.19 dlrs ...") has too few stop-words to pass for prose, but dropping it would hide it from every rule
            warnings.add(new Warning(Warning.WHOLE_TEXT, "no article prose found (figures, tables or lists, or too little"
                    + " text to tell), so the whole text was classified"));
            for (Segment s : segs) {
                s.cls = Cls.GOOD;
                s.reason = "whole text: no article prose found";
            }
            // the segments' text: Markdown without its markup, plain text as it reads
            String whole = String.join("\n\n", segs.stream().map(seg -> seg.text).toList());
            return new ExtractionResult("", whole, explain ? blocks(segs, true) : List.of(), warnings);
        }
        if (bodyText.isEmpty()) {
            warnings.add(new Warning(Warning.NO_ARTICLE, segs.isEmpty() ? "no text blocks found"
                    : "no article text found among " + segs.size() + " blocks (too short, or menus and lists);"
                            + " to classify the text as it is, use --raw (CLI), <raw>true</raw> (Maven plugin), setRawText(true) (Spark) or withExtraction(false) (API)"));
            bodyText = "";
            for (Segment s : segs) {
                if (s.cls == Cls.GOOD) {
                    s.cls = Cls.BAD;
                    s.reason = s.reason + "; but too little text for an article";
                }
            }
        }
        return new ExtractionResult(title, bodyText, explain ? blocks(segs, !bodyText.isEmpty()) : List.of(), warnings);
    }

    /** Every segment with its decision, as {@code clean --explain} shows them. */
    private static List<Block> blocks(List<Segment> segs, boolean anyKept) {
        List<Block> blocks = new ArrayList<>(segs.size());
        for (Segment s : segs) {
            blocks.add(new Block(s.text, s.kind, s.cls == Cls.GOOD && !s.title && anyKept, s.reason == null ? "" : s.reason));
        }
        return blocks;
    }

    /** A token a reader would call a word or a figure: short, and mostly letters and digits (not uuencode or a URL). */
    private static boolean isWord(String w) {
        if (w.isEmpty() || w.length() > 25) {
            return false;
        }
        long alnum = w.codePoints().filter(Character::isLetterOrDigit).count();
        return alnum > 0 && alnum >= 0.7 * w.codePointCount(0, w.length());
    }

    /** A word of letters ("Shr", "dlrs", "Assets,", "(Reuter)"), apostrophes and hyphens inside. */
    private static final Pattern LETTERED = Pattern.compile(
            "[\\p{Ps}\\p{Pi}\"']*\\p{L}+(?:['\u2019.-]\\p{L}+)*[\\p{Pe}\\p{Pf}\"'.,;:!?]*");

    /** A block of running words has at least this many. */
    static final int WHOLE_TEXT_MIN_WORDS = 12;

    /**
     * Whether the text is mostly runs of words (a story of figures, in one or a few long blocks),
     * not furniture or code: no block of fewer than four words, at least 60% of its characters in
     * blocks of {@link #WHOLE_TEXT_MIN_WORDS} words or more, and at least 40% of its tokens words
     * of letters. A menu of one or two words a line, a text above "More stories" and a list of
     * headlines, or a uuencoded file, is not.
     */
    private static boolean hasRunningText(List<Segment> segs) {
        long running = 0;
        long all = 0;
        long tokens = 0;
        long lettered = 0;
        int shortSegments = 0;
        long shortChars = 0;
        for (Segment s : segs) {
            all += s.text.length();
            int words = 0;
            for (String w : s.text.split("\\s+")) {
                if (w.isEmpty()) {
                    continue;
                }
                tokens++;
                if (isWord(w)) {
                    words++;
                    lettered += LETTERED.matcher(w).matches() ? 1 : 0;
                }
            }
            if (words < 4) {
                // "More stories", "Share", a menu item: a page's furniture, not a story of figures; one or
                // two such lines at the end ("Photo" where a saved page was cut) do not make it a menu
                shortSegments++;
                shortChars += s.text.length();
            } else if (shortSegments > 0) {
                return false; // text after a short line: "More stories" and its headlines
            }
            running += words >= WHOLE_TEXT_MIN_WORDS ? s.text.length() : 0;
        }
        if (shortSegments > 2 || shortChars > 0.1 * all) {
            return false;
        }
        // and words, not code: uuencode or base64 split at spaces has short tokens, but few of letters only
        return all > 0 && running >= 0.6 * all && lettered >= 0.4 * tokens;
    }

    /**
     * The text of a page without extraction: HTML tags stripped to text (one block per line),
     * plain text and markdown unchanged.
     *
     * @param text   the page
     * @param format its format
     * @return the raw text and the page title (HTML {@code <title>}, or {@code ""})
     */
    public static ExtractionResult raw(String text, SourceFormat format) {
        SourceFormat f = effectiveFormat(text, format);
        if (f != SourceFormat.HTML) {
            return new ExtractionResult("", text.strip(), List.of(), List.of());
        }
        HtmlSegmenter.Result r = HtmlSegmenter.segment(parse(text));
        StringBuilder sb = new StringBuilder(text.length() / 3);
        for (Segment s : r.segments()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(s.text);
        }
        String title = cleanDocumentTitle(r.ogTitle().isEmpty() ? r.documentTitle() : r.ogTitle());
        return new ExtractionResult(title, sb.toString(), List.of(), List.of());
    }

    private static Document parse(String text) {
        Parser parser = Parser.htmlParser();
        return Jsoup.parse(text, "", parser);
    }

    static SourceFormat effectiveFormat(String text, SourceFormat format) {
        if (format != SourceFormat.TEXT) {
            return format;
        }
        int i = 0;
        int n = Math.min(text.length(), 1024);
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        String head = text.substring(i, Math.min(text.length(), i + 15)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                ? SourceFormat.HTML : SourceFormat.TEXT;
    }

    /**
     * A short document that is mostly running text (a single paragraph given as a string, a
     * one-sentence note) is not a page: keep its sentence-like blocks rather than report no article.
     */
    private static String cleanShortText(List<Segment> segs, Segment titleSeg) {
        int total = 0;
        int sentences = 0;
        StringBuilder sb = new StringBuilder();
        for (Segment s : segs) {
            total += s.length;
            if (s == titleSeg) {
                continue;
            }
            // a short line that is a sentence counts too: a one-line note is its own article
            boolean sentence = !s.hard && (s.initial == Cls.GOOD || s.initial == Cls.NEARGOOD
                    || s.initial == Cls.SHORT && s.endsSentence && s.words >= 4 && s.linkChars == 0)
                    || s.cls == Cls.GOOD;
            if (sentence) {
                sentences += s.length;
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(s.text);
                s.cls = Cls.GOOD;
                s.reason = "running text of a short document";
            }
        }
        if (sentences > 0 && sentences >= total * 0.6) {
            return sb.toString();
        }
        for (Segment s : segs) {
            if (s.reason != null && s.reason.equals("running text of a short document")) {
                s.cls = Cls.BAD;
                s.reason = "too little text for an article";
            }
        }
        return "";
    }

    private static boolean hasLongGood(List<Segment> segs) {
        for (Segment s : segs) {
            if (s.cls == Cls.GOOD && !s.title && s.length >= MIN_ARTICLE_CHARS) {
                return true;
            }
        }
        return false;
    }

    private static int firstGood(List<Segment> segs) {
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            if (s.cls == Cls.GOOD && s.length >= 70) {
                return i;
            }
        }
        for (int i = 0; i < segs.size(); i++) {
            if (segs.get(i).cls == Cls.GOOD) {
                return i;
            }
        }
        return -1;
    }

    /** The letters and digits at the start of a page's title that a heading is looked for in (a long title has 200). */
    static final int MAX_TITLE_KEY = 1000;

    private static Segment htmlTitle(List<Segment> segs, int first, String docTitle, String ogTitle) {
        String meta = key(ogTitle.isEmpty() ? docTitle : ogTitle);
        // a headline stands at the start of the title: each heading was looked for in all of a
        // title of 1 MB, time the product of the two (1 MB of title and 1 MB of headings: over 15 minutes)
        meta = meta.substring(0, Math.min(meta.length(), MAX_TITLE_KEY));
        Segment lastBefore = null;
        Segment anyH1 = null;
        Segment matching = null;
        int limit = first < 0 ? segs.size() : first;
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            if (!s.heading || s.length < 10 || s.length > 300 || s.hard && !isTitleable(s)) {
                continue;
            }
            boolean h1 = s.kind.equals("h1");
            if (!meta.isEmpty() && (matching == null || h1 && !matching.kind.equals("h1"))) {
                String k = key(s.text);
                if (k.length() >= 10 && meta.contains(k)) {
                    matching = s;
                }
            }
            if (h1 && anyH1 == null) {
                anyH1 = s;
            }
            if (i < limit && (h1 || s.kind.equals("h2")) && limit - i <= 8
                    && (lastBefore == null || h1 || !lastBefore.kind.equals("h1"))) {
                lastBefore = s;
            }
        }
        if (matching != null) {
            return matching;
        }
        if (lastBefore != null) {
            return lastBefore;
        }
        return anyH1;
    }

    private static boolean isTitleable(Segment s) {
        // a headline inside <header> is still the headline
        return s.reason != null && s.reason.startsWith("boilerplate: inside <header>");
    }

    private static Segment textTitle(List<Segment> segs, int first) {
        if (first < 0) {
            return null;
        }
        // markdown: the first level-1 heading before the article
        for (int i = 0; i < first; i++) {
            Segment s = segs.get(i);
            if (s.kind.equals("h1") && s.heading) {
                return s;
            }
        }
        // a long headline reads like a sentence and can open the run of article text
        Segment f = segs.get(first);
        if (f.length <= 150 && (!f.endsSentence || f.text.endsWith("?")) && headlineLike(f) && first + 1 < segs.size()
                && hasGoodAfter(segs, first)) {
            return f;
        }
        // the nearest headline-like line before the first paragraph, skipping bylines, dates, captions
        for (int i = first - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
            Segment s = segs.get(i);
            if (s.cls == Cls.GOOD && s.length > 250) {
                break;
            }
            if (headlineLike(s)) {
                return s;
            }
        }
        // else the headline a page repeats above the article (its title and its heading, both
        // saved as text, one after the other), far above it behind tags, dates and an image; a
        // menu saved at the top and the foot of the page is repeated too, but not twice in a row
        for (int i = 0; i + 1 < first; i++) {
            Segment s = segs.get(i);
            if (s.repeated && headlineLike(s) && s.text.equals(segs.get(i + 1).text)) {
                return s;
            }
        }
        // else a page saved as text opens with its headline, which may name a day ("... in court
        // today"): one dated headline is not a story listing, which has several. Only when no other
        // line is headline-like: a dated first line above the headline is a section or menu line
        // ("Latest news from Monday, 21 September 2021"), and taking it would drop the headline
        Segment top = segs.get(0);
        if (first > 0 && BlockClassifier.DATED_HEADLINE.equals(top.reason) && headlineShaped(top) && datedHeadlines(segs, first) == 1) {
            return top;
        }
        return null;
    }

    /** A credit this far into a block, or further, ends text that was glued to it. */
    private static final int GLUED_CREDIT_FROM = 120;
    /**
     * A glued credit ends its block: at most this many characters from its start to the end. A
     * credit pattern with more text after it is a sentence of the story ("released a photo: it
     * showed ..."), and cutting there would drop the rest of the paragraph as a caption.
     */
    private static final int GLUED_CREDIT_TAIL = 100;
    private static final Pattern SOURCE_LINE = Pattern.compile("\\b(?:source|izvor)\\s*:");

    /**
     * Blocks in which a scraper glued the headline and lead to the photo credit under them
     * ("Politics High tensions ... sent armed units there. Source: B92 Tuesday, ... Foto:
     * Tanjug/AP Photo/..."): a credit that starts {@value #GLUED_CREDIT_FROM} characters or more
     * into a block, and at most {@value #GLUED_CREDIT_TAIL} before its end, splits it before the credit (or before a "Source:" just ahead of it), so that
     * the text is classified apart from the credit. A block that starts with its credit, a real
     * caption, is left whole.
     */
    static List<Segment> splitGluedCredits(List<Segment> segs) {
        List<Segment> out = null;
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            int cut = s.heading || s.text.length() < 2 * GLUED_CREDIT_FROM ? -1 : gluedCredit(s);
            if (cut > 0) {
                if (out == null) {
                    out = new ArrayList<>(segs.subList(0, i));
                }
                out.add(part(s, s.text.substring(0, cut).trim(), 0));
                out.add(part(s, s.text.substring(cut).trim(), s.linkChars));
            } else if (out != null) {
                out.add(s);
            }
        }
        return out == null ? segs : out;
    }

    /** Where the glued credit of {@code s} starts, or -1. */
    private static int gluedCredit(Segment s) {
        String low = s.low != null ? s.low : s.text.toLowerCase(Locale.ROOT);
        s.low = low; // what the classifier's features start from: lower-cased once
        if (low.length() != s.text.length() || !Lexicon.containsAny(low, CREDIT_WORDS, GLUED_CREDIT_FROM)) {
            return -1;
        }
        java.util.regex.Matcher m = Lexicon.CAPTION.matcher(low);
        if (!m.find() || m.start() < GLUED_CREDIT_FROM || low.length() - m.start() > GLUED_CREDIT_TAIL
                || proseAfter(s.text, m.start())) {
            return -1;
        }
        int cut = m.start();
        java.util.regex.Matcher src = SOURCE_LINE.matcher(low).region(Math.max(GLUED_CREDIT_FROM, cut - 150), cut);
        if (src.find()) {
            cut = src.start();
        }
        return cut;
    }

    /**
     * Whether a lower-case word (other than "by" or "via") follows {@code from}: a credit is names
     * ("Foto: Tanjug/AP Photo/B. S."), while "Beta/FoNet on Tuesday." ends a sentence of the story.
     */
    private static boolean proseAfter(String text, int from) {
        int i = from;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean lower = true;
            while (i < n && Character.isLetter(text.charAt(i))) {
                lower &= Character.isLowerCase(text.charAt(i));
                i++;
            }
            boolean joined = (start > 0 && text.charAt(start - 1) == '/') || (i < n && text.charAt(i) == '/');
            if (lower && !joined && i - start >= 2) {
                String w = text.substring(start, i);
                if (!w.equals("by") && !w.equals("via")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A cheap test before the caption pattern: a credit word past the block's opening. */
    private static final String[] CREDIT_WORDS = {"photo", "foto", "credit", "epa-efe", "getty", "/afp", "reuters/",
        "tanjug/", "beta/", "shutterstock", "anadolu"};

    private static Segment part(Segment s, String text, int linkChars) {
        return new Segment(text, s.kind, Math.min(linkChars, text.length()), s.strongHint, s.softHint, s.contentHint,
                s.element, false);
    }

    /**
     * The sentence right under the headline is the article's standfirst (its lead), even where
     * bylines and dates around it made it look like furniture, and with no full stop when it runs
     * to ten words or more; a short byline between the two (a link, or four words at most) is
     * passed over. It is dropped only when the body repeats it.
     */
    private static void keepStandfirst(List<Segment> segs, Segment titleSeg) {
        int i = titleSeg == null ? -1 : segs.indexOf(titleSeg);
        if (i < 0 || i + 1 >= segs.size()) {
            return;
        }
        // past a byline (an opinion piece puts its author's name first) or a lead image and its
        // caption (DW's) between them
        int at = i + 1;
        while (at < segs.size() - 1 && at <= i + 3 && segs.get(at).cls == Cls.BAD && (segs.get(at).length < 60
                && (segs.get(at).linkDensity > 0.5 || segs.get(at).words <= 4) || figure(segs.get(at)))) {
            at++;
        }
        i = at - 1;
        Segment s = segs.get(at);
        // a sentence, or ten words or more without the full stop (the Guardian's standfirsts have none)
        // DW marks its standfirst "teaser", a name that marks other stories' teasers elsewhere
        boolean dropped = BlockClassifier.NEAR_GOOD_BETWEEN_BOILERPLATE.equals(s.reason)
                || "boilerplate: class 'teaser'".equals(s.reason) && s.linkChars == 0;
        if (s.cls != Cls.BAD || !dropped || !s.endsSentence && s.words < 10 || s.length < 60) {
            return;
        }
        for (int j = i + 2; j < segs.size(); j++) {
            Segment later = segs.get(j);
            if (later.cls == Cls.GOOD && later.text.startsWith(s.text)) {
                return;
            }
        }
        s.cls = Cls.GOOD;
        s.reason = "standfirst under the headline";
    }

    /** A figure's block: its caption or its credit. */
    private static boolean figure(Segment s) {
        return s.reason != null && (s.reason.startsWith("caption") || s.reason.equals("boilerplate: inside <figure>"));
    }

    private static boolean hasGoodAfter(List<Segment> segs, int i) {
        for (int j = i + 1; j < segs.size() && j <= i + 3; j++) {
            Segment s = segs.get(j);
            if (s.cls == Cls.GOOD && s.length >= 70) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line that may be the headline: not furniture, shaped like one, and starting with a
     * capital, a digit or a quotation mark (tag and keyword lines such as "license plate readers"
     * are lower case).
     */
    private static boolean headlineLike(Segment s) {
        return !s.hard && headlineShaped(s) && !Character.isLowerCase(s.text.charAt(0));
    }

    /** Headline length and shape, whatever the block was classified as; a dateline is not one. */
    private static boolean headlineShaped(Segment s) {
        if (s.length < 15 || s.length > 250 || s.words < 3 || s.linkChars > 0) {
            return false;
        }
        if (s.text.endsWith(".") || s.text.endsWith(",") || s.text.endsWith(";")) {
            return false;
        }
        // an address is no headline
        if (s.text.contains("://")) {
            return false;
        }
        return !BlockClassifier.isMenu(s.text) && !BlockClassifier.isDateline(s.low);
    }

    private static int datedHeadlines(List<Segment> segs, int first) {
        int n = 0;
        for (int i = 0; i < first; i++) {
            // a headline saved twice in a row (the page's title and its heading) is one headline
            n += BlockClassifier.DATED_HEADLINE.equals(segs.get(i).reason)
                    && (i == 0 || !segs.get(i - 1).text.equals(segs.get(i).text)) ? 1 : 0;
        }
        return n;
    }

    /**
     * What separates a headline from the site name in a document title; compiled once, as
     * {@link String#split} would compile it again for every page. Tried only where a run of
     * white space starts, where its leftmost match starts anyway: tried from every space of a
     * long run (an og:title of 32 KB of spaces), it read the rest of the run each time, 31 s.
     */
    private static final Pattern TITLE_SEPARATOR =
            Pattern.compile("(?<!\\s)(?:\\s+[|\u2013\u2014\u00BB\u00B7:]{1,2}\\s+|\\s+-\\s+|\\s+::\\s+)");

    /** "Headline | Site" -> "Headline". */
    static String cleanDocumentTitle(String t) {
        if (t == null || t.isEmpty()) {
            return "";
        }
        String[] parts = TITLE_SEPARATOR.split(t);
        String best = "";
        for (String p : parts) {
            if (p.trim().length() > best.length()) {
                best = p.trim();
            }
        }
        return best;
    }

    /** Whether {@code key(s).equals(key)}, without building key(s). */
    private static boolean sameKey(String s, String key) {
        int k = 0;
        int n = key.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (k == n || key.charAt(k) != Character.toLowerCase(c)) {
                    return false;
                }
                k++;
            }
        }
        return k == n;
    }

    private static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}

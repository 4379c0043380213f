package org.newsgauge.text.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgauge.text.extract.Segment.Cls;

/**
 * The jusText-like block classifier (internal): context-free classification by length, link
 * density, stop-word density and punctuation, boilerplate patterns and hints; then revision of
 * short and near-good blocks by their neighbours; then regions of other stories after section
 * headings such as "Related News".
 */
final class BlockClassifier {

    static final int LENGTH_LOW = 70;
    static final int LENGTH_HIGH = 200;
    static final double STOP_LOW = 0.26;
    static final double STOP_HIGH = 0.30;
    static final double MAX_LINK_DENSITY = 0.2;
    static final int MAX_HEADING_DISTANCE = 200;
    static final int RESUME_LENGTH = 150;

    /** Region kinds started by a block. */
    static final int REGION_NONE = 0;
    static final int REGION_STORIES = 1;
    static final int REGION_COMMENTS = 2;
    static final int REGION_TICKER = 3;

    private BlockClassifier() {
    }

    /** The lexicon's patterns as matchers, created once per document and reset for each block. */
    private static final class Matchers {
        final Matcher stop = Lexicon.STOP_HEADING.matcher("");
        final Matcher ticker = Lexicon.TICKER.matcher("");
        final OpeningScanner.Run find = Lexicon.FINDER.newRun();
        final Matcher readMore = Lexicon.READ_MORE.matcher("");
        final Matcher captionStart = Lexicon.CAPTION_START.matcher("");
        final Matcher byline = Lexicon.BYLINE.matcher("");
        final Matcher tags = Lexicon.TAGS.matcher("");
        final Matcher ad = Lexicon.AD_LABEL.matcher("");
        /** Scratch for one word's characters. */
        final char[] word = new char[32];
    }

    static void classify(List<Segment> segs, boolean html) {
        Map<String, Integer> repeats = html ? null : countRepeats(segs);
        Matchers m = new Matchers();
        for (Segment s : segs) {
            features(s);
            initial(s, repeats, m);
            s.initial = s.cls;
        }
        markTransparent(segs);
        if (html) {
            inlineBoxes(segs);
        }
        sentenceRuns(segs);
        if (html) {
            promoteHeadings(segs);
        }
        revise(segs);
        trailingSentences(segs);
        if (html) {
            articleContainers(segs);
        }
        regions(segs, html);
        if (html) {
            commentSections(segs);
        }
        appeals(segs, html);
        if (html) {
            readMoreBoxes(segs);
        }
        datelines(segs);
    }

    /** {@code low} without the dashes and bullets a label is set between ("- Advertisement -"). */
    private static String withoutDashes(String low) {
        int a = 0;
        int b = low.length();
        while (a < b && "-\u2013\u2014\u00B7\u2022 ".indexOf(low.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && "-\u2013\u2014\u00B7\u2022 ".indexOf(low.charAt(b - 1)) >= 0) {
            b--;
        }
        return a == 0 && b == low.length() ? low : low.substring(a, b);
    }

    /** A publisher's notice inside the article: a video player's fallback, a funder's disclaimer, a data-consent text. */
    private static boolean isNotice(String low) {
        // every notice starts so: a test of the first words, not a scan of every paragraph
        return (low.startsWith("to view") || low.startsWith("this ") || low.startsWith("its content")
                || low.startsWith("the content") || low.startsWith("we and our") || low.startsWith("your browser"))
                && Lexicon.NOTICE.matcher(low).find();
    }

    /** A cheap test before {@link Lexicon#SIGN_OFF}: a word each of its forms has, where it has it. */
    private static boolean mayBeSignOff(String low) {
        char c = low.isEmpty() ? ' ' : low.charAt(0);
        return c == '_' || c == '(' || c == '[' || c == 'a' && low.startsWith("additional ")
                || (c == 'r' || c == 'w' || c == 'e') && low.indexOf(" by") > 0 && low.indexOf(" by") < 22
                || c == 'f' && low.startsWith("follow ") || low.contains("contributed") || low.contains("republished without");
    }

    /** The most blocks a "Read more:" box holds, its label included. */
    private static final int READ_MORE_BOX_BLOCKS = 4;

    /**
     * A "Read more:" label that opens a small box (its parent element holds at most four blocks:
     * the label, the other story's headline, a link, right after it, and its excerpt) makes the
     * whole box another story's:
     * the excerpt is a sentence or two of running text, kept as article text by its neighbours.
     * A label in a larger element (the article's body) drops nothing more.
     */
    private static void readMoreBoxes(List<Segment> segs) {
        for (int i = 0; i < segs.size(); i++) {
            Segment label = segs.get(i);
            String words = label.low.strip();
            words = words.endsWith(":") ? words.substring(0, words.length() - 1).strip() : words;
            // "Read more:", "Read also", "Read more with Euractiv": a label, not a link to one story
            if (!"read-more link".equals(label.reason) || label.element == null || label.linkChars > 0
                    || !(Lexicon.READ_MORE_LABELS.contains(words) || words.startsWith("read more ") && words.length() < 40)) {
                continue;
            }
            Element box = label.element.parent();
            if (box == null || box.normalName().equals("body")) {
                continue;
            }
            int end = i + 1;
            while (end < segs.size() && segs.get(end).element != null && isInside(segs.get(end).element, box)) {
                end++;
            }
            boolean before = i > 0 && segs.get(i - 1).element != null && isInside(segs.get(i - 1).element, box);
            // the other story's headline, a link, comes right after the label ("Watch:" before a video
            // and the article's paragraphs is no such box)
            boolean headline = end > i + 1 && segs.get(i + 1).linkDensity > 0.5;
            if (before || !headline || end - i > READ_MORE_BOX_BLOCKS) {
                continue;
            }
            for (int j = i + 1; j < end; j++) {
                Segment s = segs.get(j);
                if (s.cls != Cls.BAD) {
                    s.cls = Cls.BAD;
                    s.reason = "in a read-more box";
                }
            }
        }
    }

    /** How far up from an appeal's block its box is looked for, and the most blocks the box may hold. */
    private static final int APPEAL_DEPTH = 3;
    private static final int APPEAL_BOX_BLOCKS = 10;

    /**
     * A publisher's appeal to the reader ({@link Lexicon#APPEAL}) is dropped, and with it the box
     * it stands in: an element of at most ten blocks, half or more of them appeals or their words
     * ({@link Lexicon#APPEAL_WORDS}) (a heading,
     * "You've read 23 articles ...", a paragraph between, "... a small monthly contribution"),
     * whose long, stop-word dense paragraphs read as article text. An article that mentions
     * support for journalism twice among its paragraphs is not such a box.
     */
    private static void appeals(List<Segment> segs, boolean html) {
        boolean[] found = new boolean[segs.size()];
        List<Integer> appealing = new java.util.ArrayList<>();
        for (int i = 0; i < segs.size(); i++) {
            Segment seg = segs.get(i);
            String low = seg.low;
            // only what would be kept matters
            if ((seg.cls == Cls.GOOD || seg.cls == Cls.NEARGOOD || seg.heading) && mayAppeal(low)) {
                if (Lexicon.APPEAL.matcher(low).find() && speaksToTheReader(low)) {
                    appealing.add(i);
                    found[i] = true;
                } else {
                    found[i] = Lexicon.APPEAL_WORDS.matcher(low).find();
                }
            }
        }
        for (int i : appealing) {
            Segment s = segs.get(i);
            s.cls = Cls.BAD;
            s.reason = "reader appeal";
            if (!html || s.element == null) {
                continue;
            }
            Element box = s.element;
            for (int d = 0; d < APPEAL_DEPTH && box != null; d++, box = box.parent()) {
                int blocks = 0;
                int appeals = 0;
                for (int j = 0; j < segs.size() && blocks <= APPEAL_BOX_BLOCKS; j++) {
                    if (segs.get(j).element != null && isInside(segs.get(j).element, box)) {
                        blocks++;
                        appeals += found[j] ? 1 : 0;
                    }
                }
                if (blocks <= APPEAL_BOX_BLOCKS && appeals >= 2 && appeals * 2 >= blocks) {
                    for (Segment t : segs) {
                        if (t.element != null && isInside(t.element, box) && t.cls != Cls.BAD) {
                            t.cls = Cls.BAD;
                            t.reason = "in a reader appeal's box";
                        }
                    }
                    break;
                }
            }
        }
    }

    /** Whether {@code low} holds a word every {@link Lexicon#APPEAL} and {@link Lexicon#APPEAL_WORDS} has. */
    private static boolean mayAppeal(String low) {
        return low.contains("support") || low.contains("contribution") || low.contains("donation") || low.contains("gift")
                || low.contains(" articles") || low.contains("opinion on the issues");
    }

    /** Whether a block addresses its reader: "you" as a word, or "help us", "subscribe to". */
    private static boolean speaksToTheReader(String low) {
        if (low.contains("help us") || low.contains("subscribe to")) {
            return true;
        }
        for (int k = low.indexOf("you"); k >= 0; k = low.indexOf("you", k + 1)) {
            boolean start = k == 0 || !Character.isLetter(low.charAt(k - 1));
            int end = k + 3;
            // you, your, you've, you're, you'll
            if (start && (end == low.length() || !Character.isLetter(low.charAt(end)) || low.startsWith("r", end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Blocks inside a comment section (by its class or id) after article text outside one are
     * readers' comments, dropped however article-like they read: a long partisan comment is
     * "long, stop-word dense" text, and kept it decided the stance of a neutral report. A page
     * whose every block is inside such a section keeps them (a section name is then not what
     * it seems).
     */
    private static void commentSections(List<Segment> segs) {
        boolean article = false;
        for (Segment s : segs) {
            if (!s.inComments) {
                article |= s.cls == Cls.GOOD && !s.heading;
                continue;
            }
            if (article && (s.cls == Cls.GOOD || s.cls == Cls.NEARGOOD)) {
                s.cls = Cls.BAD;
                s.reason = "in the comments section (its class or id)";
            }
        }
    }

    static void features(Segment s) {
        String t = s.low != null ? s.low : s.text.toLowerCase(Locale.ROOT);
        s.low = t;
        s.length = t.length();
        int words = 0;
        int stops = 0;
        int n = t.length();
        int i = 0;
        char[] w = new char[32];
        while (i < n) {
            char c = t.charAt(i);
            if (!wordChar(c)) {
                i++;
                continue;
            }
            int len = 0;
            long h = Lexicon.WordTable.SEED;
            boolean fits = true;
            while (i < n) {
                c = t.charAt(i);
                if (wordChar(c) || (c == '\'' || c == '\u2019') && i + 1 < n
                        && Character.isLetter(t.charAt(i + 1)) && len > 0) {
                    if (len < w.length) {
                        char k = c == '\u2019' ? '\'' : c;
                        w[len++] = k;
                        h = Lexicon.WordTable.step(h, k);
                    } else {
                        fits = false;
                    }
                    i++;
                } else {
                    break;
                }
            }
            words++;
            if (fits && len <= 12 && Lexicon.STOP_TABLE.contains(w, len, h)) {
                stops++;
            }
        }
        s.words = words;
        s.stopWords = stops;
        s.stopDensity = words == 0 ? 0 : (double) stops / words;
        s.linkDensity = n == 0 ? 0 : (double) s.linkChars / n;
        s.endsSentence = TextSegmenter.endsSentence(s.text);
    }

    /** Character.isLetterOrDigit with a fast path for ASCII. */
    private static boolean wordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetterOrDigit(c);
    }

    private static void initial(Segment s, Map<String, Integer> repeats, Matchers m) {
        String t = s.text;
        int len = s.length;
        String low = s.low;
        if (len < 90 && Lexicon.STOP_GATE.mayStart(low) && m.stop.reset(low).lookingAt()) {
            // a menu item ("• Latest") is not a section heading: list items start no region
            s.region = s.kind.equals("li") ? REGION_NONE : low.contains("comment") || low.contains("repl") || low.contains("respons")
                    || low.contains("thought") || low.contains("discussion") || low.contains("komentar")
                    || low.contains("kommentar") || low.contains("comentario") ? REGION_COMMENTS : REGION_STORIES;
            hard(s, "section heading of other stories or comments");
            return;
        }
        boolean ticker = len < 300 && Lexicon.TICKER_GATE.mayStart(low) && m.ticker.reset(low).lookingAt();
        if (ticker && m.ticker.end() >= len - 2) {
            // a bare ticker label ("BREAKING NEWS"): the next lines are the ticker's headlines
            s.region = REGION_TICKER;
            hard(s, "ticker");
            return;
        }
        if (len < 400 && m.find.find(Lexicon.FIND_COMMENT_FORM, low)) {
            s.region = REGION_COMMENTS;
            hard(s, "comment form");
            return;
        }
        if (len < 700 && m.find.find(Lexicon.FIND_COOKIE, low)) {
            hard(s, "cookie notice");
            return;
        }
        if (len < 300 && m.find.find(Lexicon.FIND_COPYRIGHT, low)) {
            hard(s, "copyright or legal footer");
            return;
        }
        if (len < 600 && isNotice(low)) {
            hard(s, "notice (video player, funder, data consent)");
            return;
        }
        if (len < 300 && mayBeSignOff(low) && Lexicon.SIGN_OFF.matcher(low).find()) {
            hard(s, "sign-off or credit");
            return;
        }
        if (ticker) {
            hard(s, "ticker");
            return;
        }
        if (len < 400 && isCode(t)) {
            hard(s, "markup or code");
            return;
        }
        if (len < 250 && Lexicon.READ_MORE_GATE.mayStart(low) && m.readMore.reset(low).lookingAt()) {
            hard(s, "read-more link");
            return;
        }
        if (len < 400 && (Lexicon.CAPTION_START_GATE.mayStart(low) && m.captionStart.reset(low).lookingAt()
                || m.find.find(Lexicon.FIND_CAPTION, low))) {
            hard(s, "caption or photo credit");
            return;
        }
        if (len < 100 && !t.endsWith(".") && Lexicon.BYLINE_GATE.mayStart(t) && m.byline.reset(t).lookingAt()) {
            hard(s, "byline");
            return;
        }
        if (len < 300 && Lexicon.TAGS_GATE.mayStart(low) && m.tags.reset(low).lookingAt()) {
            hard(s, "tags");
            return;
        }
        if (len < 250 && m.find.find(Lexicon.FIND_PROMO, low)) {
            hard(s, "promotion (app, newsletter, social)");
            return;
        }
        String bare = len < 60 ? withoutDashes(low) : low;
        if (len < 60 && Lexicon.AD_GATE.mayStart(bare) && m.ad.reset(bare).matches()) {
            hard(s, "advertisement label");
            return;
        }
        if (s.words <= 14 && allShareWords(t, m.word)) {
            hard(s, "share buttons");
            return;
        }
        // the date pattern matters for a date-only line or a headline without a full stop
        boolean dateish = len < 200 && (hasDigit(t) || Lexicon.containsAny(low, Lexicon.DATE_WORD_KEYS))
                && (len < 180 && !s.endsSentence || mayBeDateOnly(low)) && m.find.find(Lexicon.FIND_DATE, low);
        if (dateish && isDateOnly(low, m.find)) {
            hard(s, "date or time");
            return;
        }
        if (len < 400 && isMenu(t)) {
            hard(s, "menu or breadcrumb");
            return;
        }
        if (dateish && len < 180 && !s.endsSentence) {
            hard(s, DATED_HEADLINE);
            return;
        }
        if (repeats != null && len < 200 && repeats.getOrDefault(t, 0) > 1 && !s.heading) {
            // repeated short lines are furniture; the repeated headline is picked as title later
            s.cls = Cls.SHORT;
            s.reason = "repeated line";
            s.repeated = true;
            return;
        }
        if (s.strongHint != null) {
            hard(s, "boilerplate: " + s.strongHint);
            return;
        }
        boolean strongText = len >= LENGTH_HIGH && s.stopDensity >= STOP_HIGH && s.linkDensity < 0.1;
        if (s.softHint != null && !strongText) {
            hard(s, "boilerplate: " + s.softHint);
            return;
        }
        if (s.linkDensity > MAX_LINK_DENSITY) {
            s.cls = Cls.BAD;
            s.reason = "link density " + twoDecimals(s.linkDensity);
            return;
        }
        if (len < LENGTH_LOW) {
            if (s.linkChars > 0) {
                s.cls = Cls.BAD;
                s.reason = "short with a link";
            } else {
                s.cls = Cls.SHORT;
                s.reason = "short";
            }
            return;
        }
        boolean sentence = s.endsSentence && s.words >= 10;
        if (s.stopDensity >= STOP_HIGH && len > LENGTH_HIGH) {
            s.cls = Cls.GOOD;
            s.reason = "good: long, stop-word dense";
        } else if (s.stopDensity >= STOP_HIGH - 0.08 && len > LENGTH_HIGH && sentence) {
            s.cls = Cls.GOOD;
            s.reason = "good: long sentences";
        } else if (s.stopDensity >= STOP_LOW || sentence && s.stopDensity >= 0.15) {
            s.cls = Cls.NEARGOOD;
            s.reason = "near-good: medium length or stop-words";
        } else {
            s.cls = Cls.BAD;
            s.reason = "few stop-words (" + twoDecimals(s.stopDensity) + ")";
        }
        if (s.contentHint && s.cls == Cls.BAD && s.linkDensity < 0.1 && s.endsSentence) {
            s.cls = Cls.NEARGOOD;
            s.reason = "near-good: sentence inside the article element";
        }
    }

    /** "0.25" without the cost of String.format. */
    static String twoDecimals(double d) {
        long v = Math.round(d * 100);
        long frac = v % 100;
        return (v / 100) + (frac < 10 ? ".0" : ".") + frac;
    }

    private static void hard(Segment s, String reason) {
        s.cls = Cls.BAD;
        s.hard = true;
        s.reason = reason;
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The reason given to a short dated line without a full stop: an entry of a story list. */
    static final String DATED_HEADLINE = "headline with a date (story listing)";
    /** The reason given to a near-good block with boilerplate on both sides. */
    static final String NEAR_GOOD_BETWEEN_BOILERPLATE = "near-good, between boilerplate";
    /** Day and month names of a dateline (not {@link Lexicon#DATE_WORDS}, the words around a date). */
    private static final Set<String> DAY_AND_MONTH_NAMES = Set.of("mon", "monday", "tue", "tues", "tuesday", "wed",
            "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "jan",
            "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
            "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december");
    /** A day's number with its ordinal suffix ("28th"), compiled once rather than per word. */
    private static final Pattern ORDINAL = Pattern.compile("^(\\d+)(st|nd|rd|th)$");
    private static final Set<String> DATELINE_EXTRAS = Set.of("st", "nd", "rd", "th", "at", "am", "pm",
            "on", "of", "cet", "cest", "utc", "gmt", "updated", "published", "posted", "last", "modified");

    /**
     * A line of markup or code a scraper left in the text, such as the XPath of the tag it read
     * ({@code /html/head/meta[@name='og:title']/@content}): every token of it holds a character
     * of markup ({@code / @ [ ] { } < > = |}) and at least one a character words never do
     * ({@code @ [ ] { } < > =}).
     */
    static boolean isCode(String t) {
        boolean tell = false;
        int tokens = 0;
        for (String token : t.split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            tokens++;
            boolean markup = false;
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if ("@[]{}<>=".indexOf(c) >= 0) {
                    markup = true;
                    tell = true;
                } else if (c == '/' || c == '|') {
                    markup = true;
                }
            }
            if (!markup) {
                return false;
            }
        }
        return tokens > 0 && tell;
    }

    /**
     * Whether {@code low} (lower case) is a dateline such as "Fri 28th February 2020" or
     * "Updated: 23 October 2023, 10:04": only numbers, day and month names and dateline words,
     * with a day or month name or a year among them.
     */
    static boolean isDateline(String low) {
        boolean anchor = false;
        int words = 0;
        int i = 0;
        int n = low.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(low.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(low.charAt(i))) {
                i++;
            }
            String w = low.substring(start, i);
            words++;
            String number = ORDINAL.matcher(w).replaceFirst("$1");
            if (number.chars().allMatch(Character::isDigit)) {
                anchor |= number.length() == 4;
            } else if (DAY_AND_MONTH_NAMES.contains(w)) {
                anchor = true;
            } else if (!DATELINE_EXTRAS.contains(w)) {
                return false;
            }
        }
        return anchor && words >= 2;
    }

    /**
     * Whether every word of {@code text}, digits aside, is a share word (at least one): no
     * substrings. A lower-case letter followed by a capital starts a new word, because scraped
     * widgets glue their labels ("Share this articleComments").
     */
    private static boolean allShareWords(String text, char[] w) {
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-') {
                i++;
                continue;
            }
            int start = i;
            boolean digits = true;
            while (i < len && (Character.isLetterOrDigit(c = text.charAt(i)) || c == '-')) {
                digits &= Character.isDigit(c);
                i++;
            }
            if (digits) {
                continue;
            }
            // a share word whole ("WhatsApp", "LinkedIn"), or glued labels split where a
            // lower-case letter meets a capital ("articleComments")
            if (!shareWord(text, start, i, w)) {
                for (int from = start, j = start + 1; j <= i; j++) {
                    if (j == i || (Character.isLowerCase(text.charAt(j - 1)) && Character.isUpperCase(text.charAt(j)))) {
                        if (!shareWord(text, from, j, w)) {
                            return false;
                        }
                        from = j;
                    }
                }
            }
            n++;
        }
        return n > 0;
    }

    /** Whether {@code text[from .. to)}, lower-cased into {@code w}, is a share word. */
    private static boolean shareWord(String text, int from, int to, char[] w) {
        int k = to - from;
        if (k > w.length) {
            return false;
        }
        long h = Lexicon.WordTable.SEED;
        for (int j = 0; j < k; j++) {
            char lc = Character.toLowerCase(text.charAt(from + j));
            w[j] = lc;
            h = Lexicon.WordTable.step(h, lc);
        }
        return Lexicon.SHARE_TABLE.contains(w, k, h);
    }

    /**
     * False when {@link #isDateOnly} is sure to be false, without the date pattern: more than one
     * word that is neither a date word nor a word a date match could remove (a month name, "ago"...).
     * Exact for ASCII words, whose letter runs a date match removes whole or not at all; text with
     * other letters is left to the pattern.
     */
    static boolean mayBeDateOnly(String low) {
        int other = 0;
        int n = low.length();
        int i = 0;
        while (i < n) {
            char c = low.charAt(i);
            if (c >= 0x80 && Character.isLetter(c)) {
                return true;
            }
            if (c < 'a' || c > 'z') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (c = low.charAt(i)) >= 'a' && c <= 'z') {
                i++;
            }
            if (i < n && c >= 0x80 && Character.isLetter(c)) {
                return true;
            }
            if (i - start > 1 && !Lexicon.DATE_WORDS.contains(low.substring(start, i))
                    && !Lexicon.maybeInDate(low, start, i) && ++other > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether at most one word of two or more letters, other than date words, is left once the
     * date matches are taken out (as if each were replaced by a space).
     */
    private static boolean isDateOnly(String low, OpeningScanner.Run find) {
        int other = 0;
        int from = 0;
        int start;
        while ((start = find.next(Lexicon.FIND_DATE, low, from)) >= 0) {
            other += otherWords(low, from, start);
            from = find.end(Lexicon.FIND_DATE);
        }
        other += otherWords(low, from, low.length());
        return other <= 1;
    }

    /** Words of two or more letters in low[from, to) that are not date words. */
    private static int otherWords(String low, int from, int to) {
        int other = 0;
        int i = from;
        while (i < to) {
            if (!Character.isLetter(low.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && Character.isLetter(low.charAt(i))) {
                i++;
            }
            if (i - start > 1 && !Lexicon.DATE_WORDS.contains(low.substring(start, i))) {
                other++;
            }
        }
        return other;
    }

    /** Several short items separated by menu separators ("News • Politics • Economy", breadcrumbs). */
    static boolean isMenu(String t) {
        int seps = 0;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '|' || c == '\u2022' || c == '\u00B7' || c == '\u00BB' || c == '\u203A' || c == '\u25AA'
                    || c == '/' && i > 0 && i + 1 < n && t.charAt(i - 1) == ' ' && t.charAt(i + 1) == ' '
                    || c == '>' && i > 0 && i + 1 < n && t.charAt(i - 1) == ' ' && t.charAt(i + 1) == ' ') {
                seps++;
            }
        }
        if (seps < 1) {
            return false;
        }
        int words = 0;
        boolean in = false;
        for (int i = 0; i < n; i++) {
            boolean ws = Character.isWhitespace(t.charAt(i));
            if (!ws && !in) {
                words++;
            }
            in = !ws;
        }
        words -= seps;
        if (seps == 1) {
            // "Home » Balkans" or "Politics | Economy": two short items
            return words <= 6 && !TextSegmenter.endsSentence(t);
        }
        return (double) words / (seps + 1) <= 6.0;
    }

    private static Map<String, Integer> countRepeats(List<Segment> segs) {
        Map<String, Integer> m = new HashMap<>();
        for (Segment s : segs) {
            if (s.text.length() < 200) {
                m.merge(s.text, 1, Integer::sum);
            }
        }
        return m;
    }

    /**
     * Inline furniture inside an article (a caption, a "Read more" link, an ad label, one isolated
     * link line) must not split the article for the context revision: neighbours look past it.
     */
    private static void markTransparent(List<Segment> segs) {
        int n = segs.size();
        for (int i = 0; i < n; i++) {
            Segment s = segs.get(i);
            if (s.hard) {
                String r = s.reason;
                s.transparent = r.startsWith("caption") || r.startsWith("read-more") || r.startsWith("advertisement")
                        || r.startsWith("share") || r.startsWith("promotion")
                        || r.equals("boilerplate: inside <figure>") && figureBetweenParagraphs(segs, i);
            }
            if (!s.transparent && s.cls == Cls.BAD && s.length < 120
                    && (s.linkDensity > 0.5 || "menu or breadcrumb".equals(s.reason))) {
                boolean prevList = i > 0 && listy(segs.get(i - 1));
                boolean nextList = i + 1 < n && listy(segs.get(i + 1));
                s.transparent = !prevList && !nextList;
            }
        }
    }

    /**
     * Whether the figure that block {@code i} belongs to stands between two blocks of text in
     * the flow it sits in (its parent, or that parent's parent, holds both, and neither is the
     * page's body): then it is inline, and the text after it reads on. A figure after the
     * article's end is not.
     */
    private static boolean figureBetweenParagraphs(List<Segment> segs, int i) {
        Element e = segs.get(i).element;
        Element figure = e == null ? null : e.normalName().equals("figure") ? e : e.closest("figure");
        if (figure == null || figure.parent() == null) {
            return false;
        }
        int before = i - 1;
        while (before >= 0 && segs.get(before).element != null && isInside(segs.get(before).element, figure)) {
            before--;
        }
        int after = i + 1;
        while (after < segs.size() && segs.get(after).element != null && isInside(segs.get(after).element, figure)) {
            after++;
        }
        if (before < 0 || after >= segs.size() || segs.get(before).element == null || segs.get(after).element == null) {
            return false;
        }
        Segment a = segs.get(before);
        Segment b = segs.get(after);
        if (a.hard || b.hard || a.linkDensity > 0.5 || b.linkDensity > 0.5) {
            return false;
        }
        Element flow = figure.parent();
        // the page itself is no flow: everything is inside it
        for (int up = 0; up < 2 && flow != null && !flow.normalName().equals("body") && !flow.normalName().equals("html");
                up++, flow = flow.parent()) {
            if (isInside(a.element, flow) && isInside(b.element, flow)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A small box of other stories inside the article ("Related" with a few links, in an aside
     * between two paragraphs) is inline furniture: the text on both sides, in the box's parent
     * element, reads on, so the box is transparent for runs of sentences and the context revision.
     */
    private static void inlineBoxes(List<Segment> segs) {
        int n = segs.size();
        for (int i = 1; i < n - 1; i++) {
            Segment h = segs.get(i);
            if (h.region == REGION_NONE || h.transparent) {
                continue;
            }
            Element box = container(segs, i);
            if (box == null || box.parent() == null) {
                continue;
            }
            int j = i + 1;
            boolean bad = true;
            while (j < n && j - i <= 8 && isInside(segs.get(j).element, box)) {
                bad &= segs.get(j).cls == Cls.BAD;
                j++;
            }
            if (j >= n || j - i > 8 || !bad) {
                continue;
            }
            Segment before = segs.get(i - 1);
            Segment after = segs.get(j);
            Element flow = box.parent();
            if (before.hard || after.hard || before.element == null || after.element == null
                    || isInside(before.element, box) || !isInside(before.element, flow) || !isInside(after.element, flow)) {
                continue;
            }
            for (int k = i; k < j; k++) {
                segs.get(k).transparent = true;
            }
            i = j - 1;
        }
    }

    /**
     * A run of near-good blocks (sentence-like paragraphs that are each too short to be "good" on
     * their own, as in wire copy) is the article: with two or more of them and 400+ characters
     * together they become good. Short sentences count as part of the run; inline furniture and
     * other short lines (subheadings) do not break it.
     */
    private static void sentenceRuns(List<Segment> segs) {
        int n = segs.size();
        int i = 0;
        while (i < n) {
            if (segs.get(i).cls != Cls.NEARGOOD) {
                i++;
                continue;
            }
            int j = i;
            int near = 0;
            int chars = 0;
            int lastText = i;
            boolean any = false;
            while (j < n) {
                Segment s = segs.get(j);
                if (s.cls == Cls.NEARGOOD || s.cls == Cls.GOOD || shortSentence(s)) {
                    near += s.endsSentence ? 1 : 0;
                    any |= s.cls == Cls.NEARGOOD;
                    chars += s.length;
                    lastText = j;
                } else if (!(s.transparent || s.cls == Cls.SHORT && s.length < 100 && j + 1 < n
                        && segs.get(j + 1).cls != Cls.SHORT)) {
                    break;
                }
                j++;
            }
            if (any && near >= 2 && chars >= 400) {
                for (int k = i; k <= lastText; k++) {
                    Segment s = segs.get(k);
                    if (s.cls == Cls.NEARGOOD) {
                        s.cls = Cls.GOOD;
                        s.reason = "good: in a run of sentences";
                    } else if (shortSentence(s)) {
                        s.cls = Cls.GOOD;
                        s.reason = "good: short sentence in a run of sentences";
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** A short block that is a sentence ("He was 50."), not a label: it can continue a run of text. */
    private static boolean shortSentence(Segment s) {
        return s.cls == Cls.SHORT && !s.hard && s.endsSentence && s.words >= 4 && s.linkChars == 0
                && s.text.charAt(s.text.length() - 1) != ':' && !"repeated line".equals(s.reason);
    }

    private static boolean listy(Segment s) {
        return s.linkDensity > 0.5 || "menu or breadcrumb".equals(s.reason) || s.cls == Cls.SHORT && s.length < 30;
    }

    /** Short sentences right after article text ("X did not comment.") belong to it. */
    private static void trailingSentences(List<Segment> segs) {
        Cls prev = Cls.BAD;
        for (Segment s : segs) {
            if (s.transparent) {
                continue;
            }
            if (s.cls == Cls.BAD && !s.hard && prev == Cls.GOOD && s.initial == Cls.SHORT && s.endsSentence
                    && s.words >= 5 && s.stopDensity >= 0.25 && s.linkChars == 0) {
                s.cls = Cls.GOOD;
                s.reason = "short sentence after article text";
            }
            prev = s.cls;
        }
    }

    /**
     * Blocks that sit in the same container as the article's good text (sibling paragraphs of one
     * story body) are article text too, when they read as text: near-good paragraphs anywhere in
     * the container, short sentences and questions (explainer subheads, Q&amp;A) between good
     * siblings. This keeps paragraphs that an inline box ("Related" list, pull quote) cut off from
     * the rest, which the neighbour-based revision alone would drop.
     */
    private static void articleContainers(List<Segment> segs) {
        int n = segs.size();
        java.util.IdentityHashMap<Element, Integer> perElement = new java.util.IdentityHashMap<>();
        for (Segment s : segs) {
            if (s.element != null) {
                perElement.merge(s.element, 1, Integer::sum);
            }
        }
        Element[] group = new Element[n];
        java.util.IdentityHashMap<Element, Integer> goodChars = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            Segment s = segs.get(i);
            group[i] = groupOf(s, perElement);
            if (group[i] != null && s.cls == Cls.GOOD && !s.hard) {
                goodChars.merge(group[i], s.length, Integer::sum);
            }
        }
        if (goodChars.isEmpty()) {
            return;
        }
        for (int i = 0; i < n; i++) {
            Segment s = segs.get(i);
            if (s.cls == Cls.BAD && !s.hard && s.initial == Cls.NEARGOOD && s.linkDensity <= MAX_LINK_DENSITY
                    && group[i] != null && goodChars.getOrDefault(group[i], 0) >= 300) {
                s.cls = Cls.GOOD;
                s.reason = "near-good, in the container of the article text";
            }
        }
        liveUpdates(segs);
        for (int i = 0; i < n; i++) {
            Segment s = segs.get(i);
            if (s.cls != Cls.BAD || s.hard || s.initial != Cls.SHORT || s.linkChars > 0 || !s.endsSentence
                    || s.words < 2 || group[i] == null || goodChars.getOrDefault(group[i], 0) < 300
                    || s.text.charAt(s.text.length() - 1) == ':' || "repeated line".equals(s.reason)) {
                continue;
            }
            boolean before = goodSibling(segs, group, i, -1);
            boolean after = goodSibling(segs, group, i, +1);
            // a question or label needs good text on both sides; a statement on one
            if (before && after || (before || after) && statement(s)) {
                s.cls = Cls.GOOD;
                s.reason = "short sentence in the container of the article text";
            }
        }
    }

    /** How far up from a block its update element is looked for. */
    private static final int UPDATE_DEPTH = 4;

    /**
     * Near-good paragraphs of a live blog's updates are article text: each update is an
     * {@code <article>} among sibling ones, with one or two short paragraphs between a timestamp
     * and an "Updated at" line, which read as paragraphs between boilerplate. A paragraph inside
     * an {@code <article>} that has another {@code <article>} of its class beside it, when those
     * updates hold 300 or more characters of good text, is kept; teaser cards beside a main
     * story (another class, or cards whose own text is no good text) are not.
     */
    private static void liveUpdates(List<Segment> segs) {
        java.util.IdentityHashMap<Element, Element> feedOf = new java.util.IdentityHashMap<>();
        Element[] feed = new Element[segs.size()];
        Element[] update = new Element[segs.size()];
        for (int i = 0; i < segs.size(); i++) {
            Element e = segs.get(i).element;
            for (int d = 0; e != null && d < UPDATE_DEPTH; d++, e = e.parent()) {
                if (e.normalName().equals("article")) {
                    feed[i] = feedOf.computeIfAbsent(e, BlockClassifier::feedOf);
                    update[i] = e;
                    break;
                }
            }
        }
        // good text counted per kind of update (its feed and class): a main story beside teaser cards
        // of another class lends them nothing
        java.util.Map<UpdateKind, Integer> goodChars = new java.util.HashMap<>();
        UpdateKind[] kind = new UpdateKind[segs.size()];
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            if (feed[i] == null) {
                continue;
            }
            kind[i] = new UpdateKind(feed[i], update[i].className());
            if (s.cls == Cls.GOOD && !s.hard) {
                goodChars.merge(kind[i], s.length, Integer::sum);
            }
        }
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            if (feed[i] != null && s.cls == Cls.BAD && !s.hard && s.initial == Cls.NEARGOOD
                    && s.linkDensity <= MAX_LINK_DENSITY && goodChars.getOrDefault(kind[i], 0) >= 300) {
                s.cls = Cls.GOOD;
                s.reason = "near-good, in a live blog's update";
            }
        }
        // each kept update's heading, which its <header> made boilerplate
        java.util.Set<Element> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < segs.size(); i++) {
            if (feed[i] != null && segs.get(i).cls == Cls.GOOD && !segs.get(i).heading
                    && goodChars.getOrDefault(kind[i], 0) >= 300) {
                kept.add(update[i]);
            }
        }
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            if (s.heading && s.cls == Cls.BAD && "boilerplate: inside <header>".equals(s.reason) && kept.contains(update[i])
                    && s.linkChars == 0) {
                s.cls = Cls.GOOD;
                s.reason = "heading of a live blog's update";
            }
        }
    }

    /** A feed's updates of one class (jsoup's elements are equal only to themselves). */
    private record UpdateKind(Element feed, String cls) {
    }

    /**
     * The parent of {@code article} when another {@code <article>} of the same, non-empty class is
     * its sibling (a feed of updates), else null.
     */
    private static Element feedOf(Element article) {
        Element parent = article.parent();
        String cls = article.className();
        if (parent == null || cls.isBlank()) {
            return null;
        }
        int articles = 0;
        for (Element c : parent.children()) {
            if (c.normalName().equals("article") && c.className().equals(cls) && ++articles == 2) {
                return parent;
            }
        }
        return null;
    }

    /** The element whose children are a block and its sibling paragraphs. */
    private static Element groupOf(Segment s, java.util.IdentityHashMap<Element, Integer> perElement) {
        Element e = s.element;
        if (e == null) {
            return null;
        }
        if (perElement.get(e) > 1) {
            return e; // text split by <br> or child blocks: the element holds the paragraphs
        }
        Element p = e.parent();
        if (p != null && (s.kind.equals("li") || s.kind.equals("dd") || s.kind.equals("dt"))) {
            p = p.parent();
        }
        if (p == null) {
            return null;
        }
        String tag = p.normalName();
        return tag.equals("body") || tag.equals("html") || tag.equals("#root") ? null : p;
    }

    /** A short sentence that states something: four words or more, no "Label:" at its start. */
    private static boolean statement(Segment s) {
        String t = s.text;
        char last = t.charAt(t.length() - 1);
        if (s.words < 4 || last == '?' || last == ':' || last == ';' || last == ')') {
            return false;
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            return true;
        }
        int spaces = 0;
        for (int k = 0; k < colon; k++) {
            spaces += t.charAt(k) == ' ' ? 1 : 0;
        }
        return spaces >= 3;
    }

    /** Whether the nearest sibling of block i in its container, in direction step, is good text. */
    private static boolean goodSibling(List<Segment> segs, Element[] group, int i, int step) {
        for (int j = i + step, steps = 0; j >= 0 && j < segs.size() && steps < 40; j += step, steps++) {
            Segment t = segs.get(j);
            if (group[j] != group[i] || t.transparent || t.cls == Cls.BAD && t.linkDensity > 0.5 && t.length < 120) {
                continue; // other containers, inline furniture and inline links
            }
            if (t.cls == Cls.GOOD) {
                return true;
            }
            if (t.hard || t.initial != Cls.SHORT) {
                return false;
            }
        }
        return false;
    }

    /** jusText: short headings followed closely by a good block become near-good. */
    private static void promoteHeadings(List<Segment> segs) {
        int n = segs.size();
        for (int i = 0; i < n; i++) {
            Segment s = segs.get(i);
            if (!s.heading || s.cls != Cls.SHORT) {
                continue;
            }
            int dist = 0;
            for (int j = i + 1; j < n && dist <= MAX_HEADING_DISTANCE; j++) {
                Segment t = segs.get(j);
                if (t.cls == Cls.GOOD) {
                    s.cls = Cls.NEARGOOD;
                    s.reason = "near-good: heading before good text";
                    break;
                }
                dist += t.length;
            }
        }
    }

    /** jusText's context-sensitive revision of short and near-good blocks. */
    private static void revise(List<Segment> segs) {
        int n = segs.size();
        Cls[] next = new Cls[n];
        // each block's neighbours, found in one pass per direction: walking from every block of
        // a long run of short ones (a table of 100,000 rows) took time quadratic in the run
        Cls[] before = neighbours(segs, -1, true);
        Cls[] after = neighbours(segs, +1, true);
        Cls[] beforeOrNear = neighbours(segs, -1, false);
        Cls[] afterOrNear = neighbours(segs, +1, false);
        for (int i = 0; i < n; i++) {
            Segment s = segs.get(i);
            next[i] = s.cls;
            if (s.cls != Cls.SHORT) {
                continue;
            }
            Cls p = before[i];
            Cls q = after[i];
            if (p == Cls.GOOD && q == Cls.GOOD) {
                next[i] = Cls.GOOD;
                s.reason = "short, between good blocks";
            } else if (p == Cls.BAD && q == Cls.BAD) {
                next[i] = Cls.BAD;
                s.reason = s.reason.equals("repeated line") ? s.reason : "short, between boilerplate";
            } else if (p == Cls.BAD && beforeOrNear[i] == Cls.NEARGOOD
                    || q == Cls.BAD && afterOrNear[i] == Cls.NEARGOOD) {
                next[i] = Cls.GOOD;
                s.reason = "short, next to near-good text";
            } else {
                next[i] = Cls.BAD;
                s.reason = "short, at the edge of the article";
            }
        }
        for (int i = 0; i < n; i++) {
            segs.get(i).cls = next[i];
        }
        before = neighbours(segs, -1, true);
        after = neighbours(segs, +1, true);
        for (int i = 0; i < n; i++) {
            Segment s = segs.get(i);
            if (s.cls != Cls.NEARGOOD) {
                continue;
            }
            Cls p = before[i];
            Cls q = after[i];
            if (p == Cls.BAD && q == Cls.BAD) {
                next[i] = Cls.BAD;
                s.reason = NEAR_GOOD_BETWEEN_BOILERPLATE;
            } else {
                next[i] = Cls.GOOD;
                s.reason = s.reason + "; next to good text";
            }
        }
        for (int i = 0; i < n; i++) {
            segs.get(i).cls = next[i];
        }
    }

    /**
     * For each block, the class of the nearest block in direction {@code step} (-1: before it,
     * +1: after it) that is good or bad (or near-good, unless {@code ignoreNeargood}), skipping
     * transparent blocks; bad when there is none (the page's edge counts as boilerplate).
     */
    private static Cls[] neighbours(List<Segment> segs, int step, boolean ignoreNeargood) {
        int n = segs.size();
        Cls[] found = new Cls[n];
        Cls nearest = Cls.BAD;
        for (int k = 0; k < n; k++) {
            int i = step < 0 ? k : n - 1 - k;
            found[i] = nearest;
            Segment s = segs.get(i);
            if (!s.transparent && (s.cls == Cls.GOOD || s.cls == Cls.BAD || s.cls == Cls.NEARGOOD && !ignoreNeargood)) {
                nearest = s.cls;
            }
        }
        return found;
    }

    /**
     * After a "Related News" / "Most Read" / comments heading or a ticker label, the following
     * blocks are other stories: boilerplate until the heading's container ends (HTML) or until a
     * run of article paragraphs resumes (not for comments).
     */
    private static void regions(List<Segment> segs, boolean html) {
        int n = segs.size();
        for (int i = 0; i < n; i++) {
            Segment h = segs.get(i);
            if (h.region == REGION_NONE) {
                continue;
            }
            boolean canResume = h.region != REGION_COMMENTS;
            Element container = html ? container(segs, i) : null;
            if (container != null && h.region != REGION_TICKER) {
                canResume = false; // the container bounds the list
            }
            String why = h.region == REGION_TICKER ? "ticker (other stories)"
                    : h.region == REGION_COMMENTS ? "in the comments section" : "in a list of other stories";
            int j = i + 1;
            java.util.ArrayList<Segment> demoted = new java.util.ArrayList<>();
            for (; j < n; j++) {
                Segment s = segs.get(j);
                if (container != null && !isInside(s.element, container)) {
                    break;
                }
                if (s.region != REGION_NONE && s.region != h.region) {
                    break;
                }
                if (h.region == REGION_TICKER && (j - i > 8 || s.endsSentence && s.length >= 70
                        && (s.cls == Cls.GOOD || s.cls == Cls.NEARGOOD))) {
                    break;
                }
                if (canResume && resumes(segs, j)) {
                    // restore the good blocks right before the resumed run (a short lead paragraph)
                    for (int k = j - 1; k > i; k--) {
                        Segment d = segs.get(k);
                        if (d.transparent) {
                            continue;
                        }
                        if (!demoted.contains(d)) {
                            break;
                        }
                        d.cls = Cls.GOOD;
                        d.reason = "good: just before the article resumes";
                    }
                    break;
                }
                if (s.cls == Cls.GOOD) {
                    s.cls = Cls.BAD;
                    s.reason = why;
                    demoted.add(s);
                } else if (!s.hard && s.cls == Cls.BAD) {
                    s.reason = why;
                }
            }
            i = j - 1;
        }
    }

    /** Article text resumes at j: two or more good blocks without links, 250+ characters together. */
    private static boolean resumes(List<Segment> segs, int j) {
        Segment a = segs.get(j);
        if (a.cls != Cls.GOOD || a.linkChars > 0 || a.length < 80) {
            return false;
        }
        int chars = a.length;
        int blocks = 1;
        for (int k = j + 1; k < segs.size() && blocks < 2; k++) {
            Segment b = segs.get(k);
            if (b.transparent || b.cls == Cls.GOOD && b.heading) {
                continue;
            }
            if (b.cls != Cls.GOOD || b.linkChars > 0 || b.length < 80) {
                return false;
            }
            chars += b.length;
            blocks++;
        }
        return blocks >= 2 && chars >= 250;
    }

    private static Element container(List<Segment> segs, int i) {
        Segment h = segs.get(i);
        Element e = h.element;
        if (e == null) {
            return null;
        }
        // a heading that is its block's first text ("<div class=box><b>BREAKING</b><ul>...") bounds
        // the region by that block; a real heading element by its parent
        Element c = i + 1 < segs.size() && isInside(segs.get(i + 1).element, e) ? e : e.parent();
        if (c == null) {
            return null;
        }
        String tag = c.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("#root")) {
            return null;
        }
        return c;
    }

    private static boolean isInside(Element e, Element container) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    /** A dateline on its own line ("BELGRADE (Reuters) -") right before good text is kept. */
    private static void datelines(List<Segment> segs) {
        for (int i = 0; i + 1 < segs.size(); i++) {
            Segment s = segs.get(i);
            if (s.cls == Cls.BAD && !s.hard && s.length < 60 && segs.get(i + 1).cls == Cls.GOOD
                    && Lexicon.DATELINE.matcher(s.text).matches()) {
                s.cls = Cls.GOOD;
                s.reason = "dateline";
            }
        }
    }
}

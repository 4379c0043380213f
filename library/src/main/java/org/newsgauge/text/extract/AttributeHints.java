package org.newsgauge.text.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attributes;

/**
 * Hints from an element's attributes (internal): hidden elements, and boilerplate or article
 * markers in role, itemprop, class and id. Class and id names are looked up in a table by their
 * characters, without cutting them into strings. Immutable.
 */
final class AttributeHints {

    /** The hint of an element that marks the article. */
    static final String CONTENT = "content";

    /** Class / id names (whole, or one of their -/_ parts) that mark boilerplate. */
    static final Set<String> BAD_NAMES = Set.of("nav", "navbar", "navigation", "menu", "mainmenu", "submenu",
            "megamenu", "footer", "sidebar", "aside", "widget", "widgets", "related", "relatedposts", "comment",
            "comments", "commentlist", "respond", "replies", "share", "sharing", "social", "socials", "sharedaddy",
            "cookie", "cookies", "consent", "gdpr", "banner", "promo", "promos", "advert", "adverts", "advertisement",
            "ad", "ads", "adslot", "sponsor", "sponsored", "tag", "tags", "taglist", "tagcloud", "breadcrumb",
            "breadcrumbs", "crumbs", "ticker", "breaking", "marquee", "newsletter", "subscribe", "subscription",
            "popular", "mostread", "trending", "teaser", "teasers", "recommended", "recommendations", "outbrain",
            "taboola", "caption", "credit", "credits", "byline", "bylines", "meta", "author", "login", "modal",
            "popup", "overlay", "masthead", "topbar", "toolbar", "pagination", "pager", "morestories", "latest",
            "readmore", "disqus", "hidden", "sr", "screen-reader-text", "visually-hidden", "lightbox", "gallery",
            "newsticker", "headlines", "rail", "complementary", "most-read", "most-popular", "read-more",
            "read-also", "also-read", "skip-link", "print-only", "more-stories", "nav-links", "site-header",
            "top-bar", "wp-caption-text", "jp-relatedposts");
    /** Class / id names (whole, or one of their parts) that mark the article. */
    static final Set<String> CONTENT_NAMES = Set.of("article", "articlebody", "article-body", "article-content",
            "article-text", "articletext", "entry-content", "post-content", "post-body", "postbody", "post-entry",
            "story", "story-body", "storybody", "story-text", "story-content", "main-content", "body-text", "bodytext",
            "td-post-content", "single-content", "news-text", "news-body", "field-body", "rich-text", "richtext",
            "prose", "article__body", "article__content", "entry", "content", "text", "main");

    private static final NameTable NAMES = new NameTable(BAD_NAMES, CONTENT_NAMES);

    private AttributeHints() {
    }

    /** Whether the element is hidden: the hidden attribute, aria-hidden, display:none or visibility:hidden. */
    static boolean hidden(Attributes at) {
        if (at.hasKeyIgnoreCase("hidden")) {
            return true;
        }
        if ("true".equalsIgnoreCase(at.getIgnoreCase("aria-hidden"))) {
            return true;
        }
        String style = at.getIgnoreCase("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            return s.contains("display:none") || s.contains("visibility:hidden");
        }
        return false;
    }

    /**
     * @param at the element's attributes
     * @return a boilerplate reason, {@link #CONTENT}, or null
     */
    static String hint(Attributes at) {
        return hint(at, commentSection(at));
    }

    /**
     * As {@link #hint(Attributes)}, given whether the element is a {@link #commentSection} (which
     * the segmenter needs too, and asks once).
     */
    static String hint(Attributes at, boolean commentSection) {
        String role = at.getIgnoreCase("role");
        if (!role.isEmpty()) {
            String r = role.toLowerCase(Locale.ROOT);
            if (r.equals("navigation") || r.equals("complementary") || r.equals("contentinfo") || r.equals("banner")
                    || r.equals("menu") || r.equals("menubar") || r.equals("search") || r.equals("dialog")
                    || r.equals("alert") || r.equals("marquee")) {
                return "role=" + r;
            }
            if (r.equals("main") || r.equals("article")) {
                return CONTENT;
            }
        }
        String itemprop = at.getIgnoreCase("itemprop");
        if (!itemprop.isEmpty() && itemprop.toLowerCase(Locale.ROOT).contains("articlebody")) {
            return CONTENT;
        }
        String cls = at.getIgnoreCase("class");
        String id = at.getIgnoreCase("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return null;
        }
        // the names of class, then of id, without joining them; the table lower-cases ASCII as it
        // reads, other text is lower-cased first
        int r = NAMES.scan(cls, true);
        if (r == NameTable.NONE || r == NameTable.CONTENT_FOUND) {
            int i = NAMES.scan(id, true);
            r = i == NameTable.NONE ? r : i;
        }
        if (r == NameTable.NOT_ASCII) {
            r = NAMES.scan((cls + " " + id).toLowerCase(Locale.ROOT), false);
        }
        if (r >= 0 && !commentSection && COMMENT_WORDS.contains(NAMES.word(r))) {
            // an article open to comments, an opinion section: not readers' words
            r = withoutCommentNames(cls, id);
        }
        return r >= 0 ? NAMES.reason(r) : r == NameTable.CONTENT_FOUND ? CONTENT : null;
    }

    /** Bad names that mark comments: a hint from one of them holds only for a {@link #commentSection}. */
    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "commentlist", "respond", "replies",
            "disqus");
    /** Parts after "comment(s)" that mark an article's comment count or state, not its comments. */
    private static final Set<String> NOT_A_SECTION_AFTER = Set.of("open", "closed", "off", "count", "counts", "number",
            "num", "link", "links", "meta", "icon", "btn", "button", "toggle");

    /**
     * Whether the element's class or id names a comment section or one comment: a name whose
     * first part is "comment" or "comments" ({@code comments}, {@code comment-list},
     * {@code comment-42}), or that has a part "comments" ({@code post-comments}), "commentlist",
     * "disqus", "respond" or "replies" ({@code disqus_thread}, {@code comment-respond}). Not an opinion
     * piece's section, whose name ends in the singular ({@code tone-comment},
     * {@code section-comment}), nor an article's count or state ({@code comments-open},
     * {@code comment-count}, {@code no-comments}). Its text is readers' words, however
     * article-like, once the article has come before it.
     *
     * @param at the element's attributes
     * @return true when one of its class names, or its id, is such a name
     */
    static boolean commentSection(Attributes at) {
        String cls = at.getIgnoreCase("class");
        String id = at.getIgnoreCase("id");
        // most hinted elements (menus, footers, widgets) name no comment at all: a scan for the
        // words' tails, in any case, spares them the parsing
        return (mentionsComments(cls) || mentionsComments(id)) && (anyCommentName(cls) || anyCommentName(id));
    }

    private static boolean mentionsComments(String names) {
        return names.contains("omment") || names.contains("OMMENT") || names.contains("isqus") || names.contains("ISQUS")
                || names.contains("espond") || names.contains("ESPOND") || names.contains("eplies") || names.contains("EPLIES");
    }

    /** Whether one of the whitespace-separated names of {@code names} is a comment section's. */
    private static boolean anyCommentName(String names) {
        for (String name : WHITESPACE.split(names.toLowerCase(Locale.ROOT))) {
            if (commentName(name)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NAME_PARTS = java.util.regex.Pattern.compile("[-_]");

    private static boolean commentName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        String[] parts = NAME_PARTS.split(name);
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k];
            String next = k + 1 < parts.length ? parts[k + 1] : "";
            String before = k > 0 ? parts[k - 1] : "";
            if (p.equals("commentlist") || p.equals("commentslist") || p.equals("disqus") || p.equals("respond")
                    || p.equals("replies")) {
                return true;
            }
            boolean leading = k == 0 && p.equals("comment");
            boolean plural = p.equals("comments") && !before.equals("no") && !before.equals("has");
            if ((leading || plural) && !NOT_A_SECTION_AFTER.contains(next)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The hint of class and id names other than the comment names: for an element whose comment
     * name is not a {@link #commentSection} ({@code comments-open}, {@code tone-comment}).
     */
    private static int withoutCommentNames(String cls, String id) {
        StringBuilder rest = new StringBuilder();
        for (String c : WHITESPACE.split((cls + " " + id).toLowerCase(Locale.ROOT))) {
            boolean comment = false;
            for (String part : NAME_PARTS.split(c)) {
                comment |= COMMENT_WORDS.contains(part);
            }
            if (!comment && !COMMENT_WORDS.contains(c)) {
                rest.append(c).append(' ');
            }
        }
        return NAMES.scan(rest.toString(), false);
    }

    /** The bad and content names, found by the characters of a range of a string (ASCII lower-cased). */
    static final class NameTable {
        /** {@link #scan} found no bad name but a content name. */
        static final int CONTENT_FOUND = -2;
        /** {@link #scan}, asked for ASCII, met another character before any bad name. */
        static final int NOT_ASCII = -3;
        /** {@link #scan} found neither. */
        static final int NONE = -1;

        private final String[] words;
        private final String[] reasons;
        private final boolean[] content;
        private final int[] hashes;
        private final int mask;

        NameTable(Set<String> bad, Set<String> good) {
            int size = Integer.highestOneBit((bad.size() + good.size()) * 4);
            words = new String[size];
            reasons = new String[size];
            content = new boolean[size];
            hashes = new int[size];
            mask = size - 1;
            for (String w : bad) {
                reasons[put(w)] = "class '" + w + "'";
            }
            for (String w : good) {
                content[put(w)] = true;
            }
        }

        private int put(String w) {
            int h = 0;
            for (int k = 0; k < w.length(); k++) {
                h = 31 * h + w.charAt(k);
            }
            int i = slot(h);
            while (words[i] != null && !words[i].equals(w)) {
                i = (i + 1) & mask;
            }
            words[i] = w;
            hashes[i] = h;
            return i;
        }

        private int slot(int h) {
            return (h ^ (h >>> 15)) & mask;
        }

        String reason(int i) {
            return reasons[i];
        }

        /** The name at index {@code i}. */
        String word(int i) {
            return words[i];
        }

        /**
         * Reads the whitespace-separated names of s, each whole and then its parts split at '-' and
         * '_' (parts shorter than the name): the first bad one found, as its index; else
         * {@link #CONTENT_FOUND} when a content name was found, else {@link #NONE}.
         *
         * @param s     the names: ASCII, or already lower-cased
         * @param ascii whether to stop with {@link #NOT_ASCII} at the first character that is not ASCII
         */
        int scan(String s, boolean ascii) {
            int n = s.length();
            boolean good = false;
            int i = 0;
            while (i < n) {
                while (i < n && s.charAt(i) <= ' ') {
                    i++;
                }
                int start = i;
                int h = 0;
                char ch;
                while (i < n && (ch = s.charAt(i)) > ' ') {
                    if (ascii && ch >= 0x80) {
                        return NOT_ASCII;
                    }
                    h = 31 * h + lower(ch);
                    i++;
                }
                if (i == start) {
                    break;
                }
                int w = find(s, start, i, h);
                if (w >= 0) {
                    if (reasons[w] != null) {
                        return w;
                    }
                    good |= content[w];
                }
                int p = start;
                int hp = 0;
                for (int j = start; j <= i; j++) {
                    char c = j < i ? lower(s.charAt(j)) : '-';
                    if (c != '-' && c != '_') {
                        hp = 31 * hp + c;
                        continue;
                    }
                    if (j > p && j - p < i - start) {
                        int k = find(s, p, j, hp);
                        if (k >= 0) {
                            if (reasons[k] != null) {
                                return k;
                            }
                            good |= content[k];
                        }
                    }
                    p = j + 1;
                    hp = 0;
                }
            }
            return good ? CONTENT_FOUND : NONE;
        }

        /** The index of the name equal to s[from, to) lower-cased, or -1. */
        private int find(String s, int from, int to, int h) {
            int len = to - from;
            for (int i = slot(h); words[i] != null; i = (i + 1) & mask) {
                if (hashes[i] == h && words[i].length() == len && same(words[i], s, from)) {
                    return i;
                }
            }
            return NONE;
        }

        private static boolean same(String w, String s, int from) {
            for (int k = 0; k < w.length(); k++) {
                if (w.charAt(k) != lower(s.charAt(from + k))) {
                    return false;
                }
            }
            return true;
        }

        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
    }
}

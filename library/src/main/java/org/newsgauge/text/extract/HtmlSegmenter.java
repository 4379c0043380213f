package org.newsgauge.text.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Splits a jsoup document into blocks with hints from tags and class names (internal). */
final class HtmlSegmenter implements NodeFilter {

    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "math", "object", "embed", "select", "option", "button", "input", "textarea", "canvas", "video",
            "audio", "map", "link", "base", "param", "source", "track", "datalist", "img", "picture", "head");
    private static final Set<String> BLOCK = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
            "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "tbody", "thead", "tfoot", "caption", "blockquote",
            "pre", "section", "article", "header", "footer", "nav", "aside", "main", "figure", "figcaption", "form",
            "fieldset", "legend", "address", "hr", "br", "details", "summary", "center", "menu", "body", "html",
            "marquee", "label", "hgroup", "dialog", "frameset", "frame", "noframes", "output");
    private static final Set<String> STRONG = Set.of("nav", "footer", "aside", "form", "figcaption", "figure",
            "marquee", "menu", "dialog", "label", "fieldset");
    /** Class / id names (whole, or one of their -/_ parts) that mark boilerplate. */
    private static final Set<String> BAD_NAMES = Set.of("nav", "navbar", "navigation", "menu", "mainmenu", "submenu",
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
    private static final Set<String> CONTENT_NAMES = Set.of("article", "articlebody", "article-body", "article-content",
            "article-text", "articletext", "entry-content", "post-content", "post-body", "postbody", "post-entry",
            "story", "story-body", "storybody", "story-text", "story-content", "main-content", "body-text", "bodytext",
            "td-post-content", "single-content", "news-text", "news-body", "field-body", "rich-text", "richtext",
            "prose", "article__body", "article__content", "entry", "content", "text", "main");

    /** SKIP, BLOCK and STRONG as bits of one lookup per element. */
    private static final java.util.Map<String, Integer> TAG_FLAGS = tagFlags();
    private static final int F_SKIP = 1;
    private static final int F_BLOCK = 2;
    private static final int F_STRONG = 4;

    private static java.util.Map<String, Integer> tagFlags() {
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        SKIP.forEach(t -> m.merge(t, F_SKIP, (a, b) -> a | b));
        BLOCK.forEach(t -> m.merge(t, F_BLOCK, (a, b) -> a | b));
        STRONG.forEach(t -> m.merge(t, F_STRONG, (a, b) -> a | b));
        return m;
    }

    private final List<Segment> out = new ArrayList<>();
    /** Hints of the class/id names met in this document (names repeat from block to block). */
    private final java.util.HashMap<String, String> namesSeen = new java.util.HashMap<>();
    private final TextBuffer buf = new TextBuffer();
    private String title = "";
    private String ogTitle = "";

    // per-depth state
    private String[] softAt = new String[64];
    private boolean[] contentAt = new boolean[64];
    private boolean[] blockAt = new boolean[64];
    private int current = -1;
    private int strongDepth;
    private String strongReason;
    private int linkDepth;
    private final ArrayList<Element> blocks = new ArrayList<>();

    static Result segment(Document doc) {
        HtmlSegmenter s = new HtmlSegmenter();
        NodeTraversor.filter(s, doc);
        s.flush();
        return new Result(s.out, s.title, s.ogTitle);
    }

    /** Blocks and the page's title candidates. */
    record Result(List<Segment> segments, String documentTitle, String ogTitle) {
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode) {
            buf.append(((TextNode) node).getWholeText(), linkDepth > 0);
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        Element el = (Element) node;
        String tag = el.normalName();
        if (tag.equals("title")) {
            if (title.isEmpty()) {
                title = el.text().trim();
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("meta")) {
            if (ogTitle.isEmpty() && "og:title".equalsIgnoreCase(el.attr("property"))) {
                ogTitle = el.attr("content").trim();
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        Integer fl = TAG_FLAGS.get(tag);
        int flags = fl == null ? 0 : fl;
        if ((flags & F_SKIP) != 0) {
            if (tag.equals("head")) {
                return FilterResult.CONTINUE;
            }
            buf.space();
            return FilterResult.SKIP_ENTIRELY;
        }
        String soft = null;
        boolean content = false;
        if (el.attributesSize() > 0) {
            if (isHidden(el)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String hint = classify(el, namesSeen);
            if (hint == CONTENT) {
                content = true;
            } else {
                soft = hint;
            }
        }
        if (tag.equals("article") || tag.equals("main")) {
            content = true;
            soft = null;
        } else if (tag.equals("header") && soft == null && !content) {
            soft = "inside <header>";
        }
        boolean block = (flags & F_BLOCK) != 0 || soft != null;
        if (block) {
            flush();
        }
        ensure(depth);
        softAt[depth] = soft;
        contentAt[depth] = content;
        blockAt[depth] = block;
        if ((flags & F_STRONG) != 0) {
            if (strongDepth++ == 0) {
                strongReason = "inside <" + tag + ">";
            }
        }
        if (tag.equals("a")) {
            linkDepth++;
        }
        if (block) {
            blocks.add(el);
        }
        current = depth;
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element)) {
            return FilterResult.CONTINUE;
        }
        Element el = (Element) node;
        String tag = el.normalName();
        if (tag.equals("head") || depth >= softAt.length) {
            return FilterResult.CONTINUE;
        }
        current = depth;
        if (blockAt[depth]) {
            flush();
            blocks.remove(blocks.size() - 1);
        }
        Integer fl = TAG_FLAGS.get(tag);
        if (fl != null && (fl & F_STRONG) != 0) {
            strongDepth--;
        }
        if (tag.equals("a")) {
            linkDepth--;
        }
        softAt[depth] = null;
        contentAt[depth] = false;
        blockAt[depth] = false;
        current = depth - 1;
        return FilterResult.CONTINUE;
    }

    private static final String CONTENT = "content";
    private static final String NO_HINT = "";

    private void ensure(int depth) {
        if (depth >= softAt.length) {
            int n = Math.max(depth + 1, softAt.length * 2);
            softAt = Arrays.copyOf(softAt, n);
            contentAt = Arrays.copyOf(contentAt, n);
            blockAt = Arrays.copyOf(blockAt, n);
        }
    }

    /** Boilerplate reason, {@link #CONTENT}, or null. */
    private static String classify(Element el, java.util.Map<String, String> seen) {
        String role = el.attr("role");
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
        String itemprop = el.attr("itemprop");
        if (!itemprop.isEmpty() && itemprop.toLowerCase(Locale.ROOT).contains("articlebody")) {
            return CONTENT;
        }
        String cls = el.attr("class");
        String id = el.attr("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return null;
        }
        // most elements have a class and no id: key by the class alone, without a new string
        String key = id.isEmpty() ? cls : cls.isEmpty() ? " " + id : cls + " " + id;
        String hint = seen.get(key);
        if (hint == null) {
            String names = (cls + " " + id).toLowerCase(Locale.ROOT);
            String bad = match(names, BAD_NAMES);
            hint = bad != null ? "class '" + bad + "'" : match(names, CONTENT_NAMES) != null ? CONTENT : NO_HINT;
            seen.put(key, hint);
        }
        return hint == NO_HINT ? null : hint;
    }

    /** The first class name, or part of one split at '-' and '_', found in the set; or null. */
    private static String match(String names, Set<String> set) {
        int n = names.length();
        int i = 0;
        while (i < n) {
            while (i < n && names.charAt(i) <= ' ') {
                i++;
            }
            int start = i;
            while (i < n && names.charAt(i) > ' ') {
                i++;
            }
            if (i == start) {
                break;
            }
            String name = names.substring(start, i);
            if (set.contains(name)) {
                return name;
            }
            int p = start;
            for (int j = start; j <= i; j++) {
                if (j == i || names.charAt(j) == '-' || names.charAt(j) == '_') {
                    if (j > p && j - p < name.length()) {
                        String part = names.substring(p, j);
                        if (set.contains(part)) {
                            return part;
                        }
                    }
                    p = j + 1;
                }
            }
        }
        return null;
    }

    private static boolean isHidden(Element el) {
        if (el.hasAttr("hidden")) {
            return true;
        }
        if ("true".equalsIgnoreCase(el.attr("aria-hidden"))) {
            return true;
        }
        String style = el.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            return s.contains("display:none") || s.contains("visibility:hidden");
        }
        return false;
    }

    private void flush() {
        if (buf.isEmpty()) {
            buf.take();
            return;
        }
        int links = buf.linkChars();
        String low = buf.lowerCase();
        String text = buf.take();
        Element block = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        String kind = block == null ? "text" : block.normalName();
        // innermost hint wins
        String soft = null;
        boolean content = false;
        for (int d = Math.min(current, softAt.length - 1); d >= 0; d--) {
            if (softAt[d] != null) {
                soft = softAt[d];
                break;
            }
            if (contentAt[d]) {
                content = true;
                break;
            }
        }
        boolean heading = kind.length() == 2 && kind.charAt(0) == 'h' && kind.charAt(1) >= '1' && kind.charAt(1) <= '6';
        Segment seg = new Segment(text, kind, links, strongDepth > 0 ? strongReason : null, soft, content, block, heading);
        seg.low = low;
        out.add(seg);
    }
}

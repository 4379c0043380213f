package org.newsgauge.text.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Splits a jsoup document into blocks with hints from tags and class names (internal). */
final class HtmlSegmenter implements NodeFilter {

    /** Tags whose content is not text (head is not one: its title and meta are read, see F_HEAD). */
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "math", "object", "embed", "select", "option", "button", "input", "textarea", "canvas", "video",
            "audio", "map", "link", "base", "param", "source", "track", "datalist", "img", "picture");
    private static final Set<String> BLOCK = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
            "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "tbody", "thead", "tfoot", "caption", "blockquote",
            "pre", "section", "article", "header", "footer", "nav", "aside", "main", "figure", "figcaption", "form",
            "fieldset", "legend", "address", "hr", "br", "details", "summary", "center", "menu", "body", "html",
            "marquee", "label", "hgroup", "dialog", "frameset", "frame", "noframes", "output");
    private static final Set<String> STRONG = Set.of("nav", "footer", "aside", "form", "figcaption", "figure",
            "marquee", "menu", "dialog", "label", "fieldset");
    /** SKIP, BLOCK, STRONG and the tags read on their own as bits of one lookup per element. */
    private static final java.util.Map<String, Integer> TAG_FLAGS = tagFlags();
    private static final int F_SKIP = 1;
    private static final int F_BLOCK = 2;
    private static final int F_STRONG = 4;
    private static final int F_HEAD = 8;
    private static final int F_TITLE = 16;
    private static final int F_META = 32;
    private static final int F_LINK = 64;
    /** article and main. */
    private static final int F_ARTICLE = 128;
    private static final int F_HEADER = 256;
    /** Set per element, not per tag: a comment section by its class or id ({@link AttributeHints#commentSection}). */
    private static final int F_COMMENTS = 512;

    private static java.util.Map<String, Integer> tagFlags() {
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        SKIP.forEach(t -> m.merge(t, F_SKIP, (a, b) -> a | b));
        BLOCK.forEach(t -> m.merge(t, F_BLOCK, (a, b) -> a | b));
        STRONG.forEach(t -> m.merge(t, F_STRONG, (a, b) -> a | b));
        java.util.Map.of("head", F_HEAD, "title", F_TITLE, "meta", F_META, "a", F_LINK, "article", F_ARTICLE,
                "main", F_ARTICLE, "header", F_HEADER).forEach((t, f) -> m.merge(t, f, (a, b) -> a | b));
        return m;
    }

    private final List<Segment> out = new ArrayList<>();
    private final TextBuffer buf = new TextBuffer();
    private String title = "";
    private String ogTitle = "";

    // per-depth state
    private String[] softAt = new String[64];
    private boolean[] contentAt = new boolean[64];
    private int[] flagsAt = new int[64];
    private int current = -1;
    private int strongDepth;
    private String strongReason;
    private int linkDepth;
    private int commentDepth;
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
        Integer fl = TAG_FLAGS.get(tag);
        int flags = fl == null ? 0 : fl;
        if ((flags & F_TITLE) != 0) {
            if (title.isEmpty()) {
                title = el.text().trim();
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        if ((flags & F_META) != 0) {
            if (ogTitle.isEmpty() && "og:title".equalsIgnoreCase(el.attr("property"))) {
                ogTitle = el.attr("content").trim();
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        if ((flags & F_HEAD) != 0) {
            ensure(depth);
            flagsAt[depth] = flags; // its tail does nothing
            return FilterResult.CONTINUE;
        }
        if ((flags & F_SKIP) != 0) {
            buf.space();
            return FilterResult.SKIP_ENTIRELY;
        }
        String soft = null;
        boolean content = false;
        if (el.attributesSize() > 0) {
            Attributes at = el.attributes();
            if (AttributeHints.hidden(at)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            boolean comments = AttributeHints.commentSection(at);
            String hint = AttributeHints.hint(at, comments);
            if (hint == AttributeHints.CONTENT) {
                content = true;
            } else {
                soft = hint;
            }
            if (comments) {
                flags |= F_COMMENTS;
            }
        }
        if ((flags & F_ARTICLE) != 0) {
            content = true;
            soft = null;
        } else if ((flags & F_HEADER) != 0 && soft == null && !content) {
            soft = "inside <header>";
        }
        boolean block = (flags & F_BLOCK) != 0 || soft != null;
        if (block) {
            flush();
        }
        ensure(depth);
        softAt[depth] = soft;
        contentAt[depth] = content;
        flagsAt[depth] = flags;
        if ((flags & F_STRONG) != 0) {
            if (strongDepth++ == 0) {
                strongReason = "inside <" + tag + ">";
            }
        }
        if ((flags & F_LINK) != 0) {
            linkDepth++;
        }
        if ((flags & F_COMMENTS) != 0) {
            commentDepth++;
        }
        if (block) {
            blocks.add(el);
        }
        current = depth;
        return FilterResult.CONTINUE;
    }

    /** Called for the elements whose head returned CONTINUE. */
    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element)) {
            return FilterResult.CONTINUE;
        }
        int flags = flagsAt[depth];
        if ((flags & F_HEAD) != 0) {
            return FilterResult.CONTINUE;
        }
        current = depth;
        if ((flags & F_BLOCK) != 0 || softAt[depth] != null) { // as head() decided block
            flush();
            blocks.remove(blocks.size() - 1);
        }
        if ((flags & F_STRONG) != 0) {
            strongDepth--;
        }
        if ((flags & F_LINK) != 0) {
            linkDepth--;
        }
        if ((flags & F_COMMENTS) != 0) {
            commentDepth--;
        }
        softAt[depth] = null;
        contentAt[depth] = false;
        current = depth - 1;
        return FilterResult.CONTINUE;
    }

    private void ensure(int depth) {
        if (depth >= softAt.length) {
            int n = Math.max(depth + 1, softAt.length * 2);
            softAt = Arrays.copyOf(softAt, n);
            contentAt = Arrays.copyOf(contentAt, n);
            flagsAt = Arrays.copyOf(flagsAt, n);
        }
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
        seg.inComments = commentDepth > 0;
        seg.low = low;
        out.add(seg);
    }
}

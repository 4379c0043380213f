package org.newsgauge.text.extract;

import org.jsoup.nodes.Element;

/** One block of a page while it is being classified (internal, mutable, single-threaded). */
final class Segment {

    /** Classes of the jusText-like method. */
    enum Cls { GOOD, NEARGOOD, SHORT, BAD }

    final String text;
    final String kind;
    final int linkChars;
    /** Boilerplate hint from a tag such as nav/footer/aside/form, or null. */
    final String strongHint;
    /** Boilerplate hint from class/id names, or null. */
    final String softHint;
    /** Whether an ancestor says "this is the article" (article tag, articleBody, entry-content...). */
    final boolean contentHint;
    /** Innermost block element (HTML only), for section regions. */
    final Element element;
    final boolean heading;

    /** The text lower-cased (Locale.ROOT): given by the segmenter, or set with the features. */
    String low;
    int length;
    int words;
    int stopWords;
    double stopDensity;
    double linkDensity;
    boolean endsSentence;

    Cls cls;
    /** Class before context revision ("cfclass" in jusText). */
    Cls initial;
    /** Hard decisions (patterns, hints) are never revised by context. */
    boolean hard;
    /** Starts a region of other stories / comments. */
    int region;
    String reason;
    /** A short line the page repeats (its reason may later be revised by context). */
    boolean repeated;
    boolean title;
    /** Inline furniture (caption, read-more link, ad label) that context revision looks past. */
    boolean transparent;
    /** Inside an element whose class or id names a comment section ({@link AttributeHints#commentSection}). */
    boolean inComments;

    Segment(String text, String kind, int linkChars, String strongHint, String softHint, boolean contentHint,
            Element element, boolean heading) {
        this.text = text;
        this.kind = kind;
        this.linkChars = linkChars;
        this.strongHint = strongHint;
        this.softHint = softHint;
        this.contentHint = contentHint;
        this.element = element;
        this.heading = heading;
    }

    boolean isGood() {
        return cls == Cls.GOOD;
    }
}

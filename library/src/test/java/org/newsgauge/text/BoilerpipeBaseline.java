package org.newsgauge.text;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.document.TextDocument;
import de.l3s.boilerpipe.sax.BoilerpipeHTMLContentHandler;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Boilerpipe's ArticleExtractor as a baseline. Boilerpipe 1.1.0 parses HTML with NekoHTML/Xerces,
 * which are not on our classpath; we parse with jsoup instead and feed the same SAX events
 * (upper-case element names, as NekoHTML reports them) into Boilerpipe's own content handler.
 */
final class BoilerpipeBaseline {

    private BoilerpipeBaseline() {
    }

    static String extract(String html) {
        BoilerpipeHTMLContentHandler h = new BoilerpipeHTMLContentHandler();
        try {
            h.startDocument();
            Jsoup.parse(html).traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    try {
                        if (node instanceof TextNode) {
                            char[] cs = ((TextNode) node).getWholeText().toCharArray();
                            h.characters(cs, 0, cs.length);
                        } else if (node instanceof Element) {
                            String n = ((Element) node).normalName().toUpperCase(Locale.ROOT);
                            AttributesImpl atts = new AttributesImpl();
                            for (Attribute a : node.attributes()) {
                                atts.addAttribute("", a.getKey(), a.getKey(), "CDATA", a.getValue());
                            }
                            h.startElement("", n, n, atts);
                        }
                    } catch (SAXException e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element) {
                        String n = ((Element) node).normalName().toUpperCase(Locale.ROOT);
                        try {
                            h.endElement("", n, n);
                        } catch (SAXException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            });
            h.endDocument();
            TextDocument doc = h.toTextDocument();
            de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.process(doc);
            return doc.getContent();
        } catch (SAXException | BoilerpipeProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.newsgauge.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgauge.api.Contribution;
import org.newsgauge.api.Labels;
import org.newsgauge.api.Prediction;
import org.newsgauge.data.DimensionSpec;
import org.newsgauge.model.DimensionKind;
import org.newsgauge.text.Warning;

/**
 * HTML report: one self-contained page (inline CSS and script, nothing fetched from the
 * network) with the label counts of every dimension as bar charts and a table of the documents
 * (labels, probabilities, warnings) that can be sorted by clicking a column, filtered by text,
 * label or warnings, and whose rows open to show the distribution and the features behind each
 * decision. It reads without its script, too: charts and table are plain HTML.
 *
 * <pre>{@code
 * try (ResultWriter w = new HtmlResultWriter(writer, Rule.dimensions(pack), "newsgauge report", "")) {
 *     classifier.classifyFiles(files, 4, labels -> w.write(labels));
 * }
 * }</pre>
 *
 * <p>Rows are streamed as they come; only the label counts are held until {@link #close()}.
 *
 * <p>Not thread-safe: write from one thread.
 */
public final class HtmlResultWriter implements ResultWriter {
    private static final String[] NOMINAL_COLOURS = {"#2b6cb0", "#c05621", "#2f855a", "#6b46c1", "#b83280",
            "#2c7a7b", "#975a16", "#4a5568", "#9b2c2c", "#276749"};
    private final Writer out;
    private final List<DimensionSpec> dims;
    private final String title;
    private final String subtitle;
    private final List<Map<String, Integer>> counts = new ArrayList<>();
    private int documents;
    private int unreadable;
    private int withWarnings;

    /**
     * @param out      where the page goes (closed by {@link #close()})
     * @param dims     the pack's dimensions, for label order and colours
     * @param title    page title
     * @param subtitle a line under the title (the pack, the input), may be empty
     * @throws IOException when the page's head cannot be written
     */
    public HtmlResultWriter(Writer out, List<DimensionSpec> dims, String title, String subtitle) throws IOException {
        this.out = out;
        this.dims = List.copyOf(dims);
        this.title = title;
        this.subtitle = subtitle == null ? "" : subtitle;
        for (DimensionSpec d : dims) {
            Map<String, Integer> m = new LinkedHashMap<>();
            d.labels().forEach(l -> m.put(l, 0));
            counts.add(m);
        }
        head();
    }

    private void head() throws IOException {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(resource("report.css"))
                .append("</style>\n</head>\n<body>\n<div class=\"page\">\n<header><h1>").append(esc(title)).append("</h1>");
        if (!subtitle.isEmpty()) {
            sb.append("<p class=\"meta\">").append(esc(subtitle)).append("</p>");
        }
        sb.append("</header>\n<section id=\"docs\">\n<div class=\"controls\">")
                .append("<input type=\"search\" id=\"filter\" placeholder=\"Filter documents, labels, warnings\u2026\" aria-label=\"Filter\">");
        for (int i = 0; i < dims.size(); i++) {
            DimensionSpec d = dims.get(i);
            sb.append("<select data-dim=\"").append(i).append("\" aria-label=\"").append(esc(d.name())).append("\">")
                    .append("<option value=\"\">all ").append(esc(d.name())).append("</option>");
            for (String l : d.labels()) {
                sb.append("<option>").append(esc(l)).append("</option>");
            }
            sb.append("</select>");
        }
        sb.append("<label><input type=\"checkbox\" id=\"warnonly\"> with warnings only</label><span id=\"shown\"></span></div>\n")
                .append("<table id=\"results\">\n<thead><tr><th data-key=\"path\">Document</th>");
        for (int i = 0; i < dims.size(); i++) {
            sb.append("<th data-key=\"").append(i).append("\">").append(esc(dims.get(i).name())).append("</th>");
        }
        sb.append("<th data-key=\"language\">Language</th><th data-key=\"warnings\">Warnings</th></tr></thead>\n<tbody>\n");
        out.write(sb.toString());
    }

    @Override
    public void write(Labels labels) throws IOException {
        documents++;
        if (labels.unreadable()) {
            unreadable++;
        }
        if (!labels.warnings().isEmpty()) {
            withWarnings++;
        }
        StringBuilder row = new StringBuilder(1024);
        StringBuilder detail = new StringBuilder(2048);
        row.append("<tr class=\"doc\" data-path=\"").append(esc(labels.source())).append("\" data-language=\"")
                .append(esc(labels.language())).append("\" data-warnings=\"").append(labels.warnings().size()).append('"');
        StringBuilder cells = new StringBuilder();
        detail.append("<tr class=\"detail\" hidden><td colspan=\"").append(dims.size() + 3).append("\"><div class=\"dims\">");
        for (int i = 0; i < dims.size(); i++) {
            DimensionSpec d = dims.get(i);
            Prediction p = labels.get(d.name());
            if (p == null) {
                cells.append("<td>\u2013</td>");
                continue;
            }
            counts.get(i).merge(p.label(), 1, Integer::sum);
            int rank = d.indexOf(p.label());
            row.append(" data-l-").append(i).append("=\"").append(esc(p.label())).append("\" data-r-").append(i)
                    .append("=\"").append(rank).append("\" data-p-").append(i).append("=\"").append(num(p.probability())).append('"');
            cells.append("<td><span class=\"lab").append(p.probability() < 0.5 ? " low" : "").append("\" style=\"background:")
                    .append(colour(d, p.label())).append("\">").append(esc(p.label())).append("</span><span class=\"p\">")
                    .append(num(p.probability())).append("</span></td>");
            detail.append("<div><h3>").append(esc(d.name())).append(": ").append(esc(p.label())).append(" (")
                    .append(num(p.probability())).append(")</h3><div class=\"dist\">");
            p.distribution().forEach((l, v) -> detail.append("<span>").append(esc(l)).append("</span><span class=\"track\"><span class=\"fill\" style=\"width:")
                    .append(pct(v)).append(";background:").append(colour(d, l)).append("\"></span></span><span>").append(num(v)).append("</span>"));
            detail.append("</div>");
            if (!p.explanation().isEmpty()) {
                detail.append("<div>because of: ");
                for (Contribution c : p.explanation()) {
                    detail.append("<span class=\"feat\">").append(esc(c.feature())).append(" <i>")
                            .append(String.format(Locale.ROOT, "%+.3f", c.weight())).append("</i></span>");
                }
                detail.append("</div>");
            }
            detail.append("</div>");
        }
        detail.append("</div>");
        if (labels.unreadable()) {
            detail.append("<p>This document could not be classified.</p>");
        }
        if (!labels.warnings().isEmpty()) {
            detail.append("<ul class=\"wlist\">");
            for (Warning w : labels.warnings()) {
                detail.append("<li><b>").append(esc(w.code())).append("</b>: ").append(esc(w.message())).append("</li>");
            }
            detail.append("</ul>");
        }
        detail.append("</td></tr>\n");
        row.append("><td class=\"path\"><button class=\"toggle\" type=\"button\" aria-expanded=\"false\" title=\"Show why\">\u25B8</button> ")
                .append(esc(labels.source())).append("</td>").append(cells).append("<td>").append(esc(labels.language())).append("</td><td>");
        for (Warning w : labels.warnings()) {
            row.append("<span class=\"warn").append(labels.unreadable() ? " unread" : "").append("\" title=\"")
                    .append(esc(w.message())).append("\">").append(esc(w.code())).append("</span>");
        }
        row.append("</td></tr>\n");
        out.write(row.toString());
        out.write(detail.toString());
    }

    @Override
    public void close() throws IOException {
        try {
            StringBuilder sb = new StringBuilder(4096);
            if (documents == 0) {
                sb.append("<tr><td class=\"empty\" colspan=\"").append(dims.size() + 3).append("\">No documents.</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n</section>\n<section id=\"summary\">\n<div class=\"card\"><h2>Documents</h2><div class=\"totals\">")
                    .append("<span><b>").append(documents).append("</b>documents</span>")
                    .append("<span><b>").append(documents - unreadable).append("</b>classified</span>")
                    .append("<span><b>").append(unreadable).append("</b>unreadable</span>")
                    .append("<span><b>").append(withWarnings).append("</b>with warnings</span></div></div>\n");
            int classified = Math.max(1, documents - unreadable);
            for (int i = 0; i < dims.size(); i++) {
                DimensionSpec d = dims.get(i);
                sb.append("<div class=\"card\"><h2>").append(esc(d.name())).append(" <small>")
                        .append(d.kind() == DimensionKind.ORDINAL ? "ordinal" : "nominal").append("</small></h2>");
                for (Map.Entry<String, Integer> e : counts.get(i).entrySet()) {
                    double share = e.getValue() / (double) classified;
                    sb.append("<button type=\"button\" class=\"bar\" data-dim=\"").append(i).append("\" data-label=\"").append(esc(e.getKey()))
                            .append("\" title=\"Show only ").append(esc(e.getKey())).append("\"><span class=\"lbl\">").append(esc(e.getKey()))
                            .append("</span><span class=\"track\"><span class=\"fill\" style=\"width:").append(pct(share))
                            .append(";background:").append(colour(d, e.getKey())).append("\"></span></span><span class=\"num\">")
                            .append(e.getValue()).append(String.format(Locale.ROOT, " \u00B7 %.0f%%", share * 100)).append("</span></button>");
                }
                sb.append("</div>\n");
            }
            sb.append("</section>\n</div>\n<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
            out.write(sb.toString());
        } finally {
            out.close();
        }
    }

    private static String colour(DimensionSpec d, String label) {
        int i = d.indexOf(label);
        if (i < 0) {
            return "#718096";
        }
        if (d.kind() == DimensionKind.ORDINAL && d.labels().size() > 1) {
            double t = i / (double) (d.labels().size() - 1);
            int hue = (int) Math.round(130 - 130 * t);
            return "hsl(" + hue + ",55%,42%)";
        }
        return NOMINAL_COLOURS[i % NOMINAL_COLOURS.length];
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", Math.max(0, Math.min(1, v)) * 100);
    }

    /** Escapes text for HTML content and quoted attributes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlResultWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + HtmlResultWriter.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

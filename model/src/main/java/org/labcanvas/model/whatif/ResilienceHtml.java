package org.labcanvas.model.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.labcanvas.model.layout.Layout;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Topology;

/**
 * The resilience report as one self-contained HTML page: the canvas coloured by how critical each
 * element's failure is, a chart of reconvergence per failure, the ranked table and each failure's
 * details. No script, no external file: it opens anywhere and can be attached to a ticket.
 */
public final class ResilienceHtml {
    /** Failures whose details the page shows (most critical first); the table lists them all. */
    static final int DETAILED_FAILURES = 100;
    /** Rows of each detail list on the page. */
    static final int ROWS = 30;

    private ResilienceHtml() {}

    /**
     * Writes {@code html} to {@code file} through a temporary file beside it and a rename: a reader
     * never sees half a page, and a failed write leaves the previous report as it was.
     */
    public static void write(java.nio.file.Path file, String html) throws java.io.IOException {
        java.nio.file.Path tmp = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".tmp");
        java.nio.file.Files.writeString(tmp, html, java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static String render(String design, Topology topology, Layout layout, ResilienceReport r, long maxOutageMs) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Resilience of ")
                .append(esc(design)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:24px;color:#222}\n")
                .append("table{border-collapse:collapse;font-size:13px}\n")
                .append("th,td{border:1px solid #ccc;padding:3px 7px;text-align:left;vertical-align:top}\n")
                .append("th{background:#f0f0f0}\ntd.n{text-align:right}\n")
                .append(".mono{font-family:ui-monospace,monospace;font-size:12px;white-space:pre-wrap}\n")
                .append(".verdict{padding:8px 12px;border-radius:4px;display:inline-block}\n")
                .append(".ok{background:#e5f5e0}.bad{background:#fde0dd}\n")
                .append(".key span{display:inline-block;width:12px;height:12px;margin:0 4px 0 14px;vertical-align:middle}\n")
                .append("</style>\n</head>\n<body>\n");
        b.append("<h1>Resilience of ").append(esc(design)).append("</h1>\n");
        b.append("<p>").append(r.impacts().size()).append(" single failures, each injected at ")
                .append(esc(org.labcanvas.model.sim.core.SimTime.clock(java.time.Duration.ofMillis(r.at()))))
                .append(" into the converged network and followed for ").append(ResilienceText.duration(r.windowMs()))
                .append(". Followed: ").append(r.devices()).append(" routers, ").append(r.pairs())
                .append(" (router, prefix) pairs.</p>\n");
        String verdict = ResilienceText.verdict(r, maxOutageMs);
        boolean bad = !r.isolating().isEmpty() || (maxOutageMs >= 0 && !r.longerThan(maxOutageMs).isEmpty());
        b.append("<p class=\"verdict ").append(bad ? "bad" : "ok").append(" mono\">").append(esc(verdict.strip()))
                .append("</p>\n");

        b.append("<h2>The design, coloured by the worst failure of each element</h2>\n");
        b.append("<p class=\"key\">");
        for (Criticality l : Criticality.values()) {
            b.append("<span style=\"background:").append(l.colour()).append("\"></span>").append(esc(l.words()));
        }
        b.append("</p>\n");
        canvas(b, topology, layout, r);

        b.append("<h2>Time to reroute and to settle, per failure</h2>\n");
        chart(b, r);

        b.append("<h2>Ranked failures</h2>\n<table>\n<tr><th>Rank</th><th>Failure</th><th>Kind</th><th>Rerouted</th>"
                + "<th>Settled</th><th>Cut off</th><th>Longest outage</th><th>Lost</th><th>Paths moved</th>"
                + "<th>IPsec to rebuild</th><th>NHRP to rebuild</th><th>ACE connections</th></tr>\n");
        int rank = 1;
        for (FailureImpact i : r.impacts()) {
            Criticality l = Criticality.of(i);
            b.append("<tr><td class=\"n\">").append(rank).append("</td><td>")
                    .append(rank <= DETAILED_FAILURES ? "<a href=\"#f" + rank + "\">" + esc(i.failure().name()) + "</a>"
                            : esc(i.failure().name()))
                    .append("</td><td><span style=\"color:").append(l.colour())
                    .append("\">&#9632;</span> ").append(i.failure().kind().word()).append("</td>")
                    .append(num(i.reroutedMs() < 0 ? "-" : ResilienceText.duration(i.reroutedMs()))).append(num(ResilienceText.duration(i.reconvergeMs())))
                    .append(num(String.valueOf(i.cutOff())))
                    .append(num(i.cutOff() > 0 ? "for good" : ResilienceText.duration(i.maxOutageMs())))
                    .append(num(String.valueOf(i.lost())))
                    .append(num(String.valueOf(i.moved()))).append(num(String.valueOf(i.ipsecLost().size())))
                    .append(num(String.valueOf(i.nhrpLost().size())))
                    .append(num(String.valueOf(i.aceDropped() + i.aceBestEffort()))).append("</tr>\n");
            rank++;
        }
        b.append("</table>\n");

        b.append("<h2>Each failure</h2>\n");
        if (r.impacts().size() > DETAILED_FAILURES) {
            b.append("<p>The ").append(DETAILED_FAILURES).append(" most critical failures, each with up to ").append(ROWS)
                    .append(" lost pairs and moved paths; <code>labcanvas resilience --details</code> lists every failure's.</p>\n");
        }
        rank = 1;
        for (FailureImpact i : r.impacts()) {
            if (rank > DETAILED_FAILURES) {
                break;
            }
            b.append("<h3 id=\"f").append(rank).append("\">").append(rank).append(". ").append(esc(i.failure().name()))
                    .append(" (").append(i.failure().kind().word()).append(")</h3>\n<p>")
                    .append(i.reroutedMs() < 0 ? "No followed path changed" : "Rerouted after " + ResilienceText.duration(i.reroutedMs()))
                    .append(", settled after ")
                    .append(ResilienceText.duration(i.reconvergeMs())).append(".</p>\n");
            if (!i.losses().isEmpty()) {
                b.append("<table><tr><th>Router</th><th>Lost prefix</th><th>For</th><th></th></tr>\n");
                for (FailureImpact.PrefixLoss l : i.losses().subList(0, Math.min(ROWS, i.losses().size()))) {
                    b.append("<tr><td>").append(esc(l.device())).append("</td><td>").append(esc(l.prefix())).append("</td>")
                            .append(num(l.permanent() ? "for good" : ResilienceText.duration(l.outageMs())))
                            .append("<td>").append(l.own() ? "its own site" : "").append("</td></tr>\n");
                }
                b.append("</table>\n");
                int shown = Math.min(ROWS, i.losses().size());
                if (i.lost() + i.ownLost() > shown) {
                    b.append("<p>... and ").append(i.lost() + i.ownLost() - shown).append(" more lost pairs.</p>\n");
                }
            }
            if (!i.pathChanges().isEmpty()) {
                b.append("<table><tr><th>Router</th><th>Prefix</th><th>Kind</th><th>Before</th><th>After</th></tr>\n");
                for (FailureImpact.PathChange c : i.pathChanges().subList(0, Math.min(ROWS, i.pathChanges().size()))) {
                    b.append("<tr><td>").append(esc(c.device())).append("</td><td>").append(esc(c.prefix())).append("</td><td>")
                            .append(esc(c.category())).append("</td><td class=\"mono\">").append(esc(c.before()))
                            .append("</td><td class=\"mono\">").append(esc(c.after())).append("</td></tr>\n");
                }
                b.append("</table>\n");
                int shown = Math.min(ROWS, i.pathChanges().size());
                if (i.moved() > shown) {
                    b.append("<p>... and ").append(i.moved() - shown).append(" more moved paths.</p>\n");
                }
            }
            if (!i.ipsecLost().isEmpty() || !i.nhrpLost().isEmpty()) {
                b.append("<p class=\"mono\">");
                i.ipsecLost().stream().limit(ROWS)
                        .forEach(s -> b.append("IPsec session to re-establish: ").append(esc(s)).append('\n'));
                i.nhrpLost().stream().limit(ROWS)
                        .forEach(s -> b.append("NHRP registration to re-establish: ").append(esc(s)).append('\n'));
                int more = Math.max(0, i.ipsecLost().size() - ROWS) + Math.max(0, i.nhrpLost().size() - ROWS);
                if (more > 0) {
                    b.append("... and ").append(more).append(" more\n");
                }
                b.append("</p>\n");
            }
            if (i.aceDropped() + i.aceBestEffort() + i.aceRefused() > 0) {
                b.append("<p>ACE client connections: ").append(i.aceDropped()).append(" dropped, ").append(i.aceBestEffort())
                        .append(" kept at best (STANDBY_WARM), ").append(i.aceRefused()).append(" new ones refused.</p>\n");
            }
            rank++;
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    /** The design as on the canvas (its saved positions; a grid for devices without one). */
    private static void canvas(StringBuilder b, Topology t, Layout layout, ResilienceReport r) {
        Criticality.Worst worst = Criticality.byElement(t, r);
        Map<String, double[]> at = new HashMap<>();
        int n = 0;
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(t.devices().size())));
        double maxX = 0;
        double maxY = 0;
        for (Device d : t.devices()) {
            Placement p = layout.of(d.name()).orElse(null);
            double[] box = p != null ? new double[] {p.x(), p.y(), Math.max(40, p.width()), Math.max(24, p.height())}
                    : new double[] {40 + (n % columns) * 140.0, 40 + (n / columns) * 90.0, 90, 40};
            n++;
            at.put(d.name(), box);
            maxX = Math.max(maxX, box[0] + box[2]);
            maxY = Math.max(maxY, box[1] + box[3]);
        }
        // Start the picture where the design starts (a canvas position far from the origin leaves no margin).
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (double[] box : at.values()) {
            minX = Math.min(minX, box[0]);
            minY = Math.min(minY, box[1]);
        }
        if (at.isEmpty()) {
            minX = 40;
            minY = 40;
        }
        for (double[] box : at.values()) {
            box[0] -= minX - 40;
            box[1] -= minY - 40;
        }
        maxX -= minX - 40;
        maxY -= minY - 40;
        double width = maxX + 40;
        double height = maxY + 40;
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" style=\"max-width:100%%;height:auto;border:1px solid #ddd\">\n",
                Math.min(width, 1400), Math.min(width, 1400) * height / width, width, height));
        for (int k = 0; k < t.links().size(); k++) {
            Link l = t.links().get(k);
            double[] a = at.get(l.a().device());
            double[] c = at.get(l.b().device());
            if (a == null || c == null) {
                continue;
            }
            Criticality lv = worst.links().getOrDefault(k, Criticality.NOT_FAILED);
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                    + "stroke-width=\"3\"><title>%s: %s</title></line>\n", a[0] + a[2] / 2, a[1] + a[3] / 2,
                    c[0] + c[2] / 2, c[1] + c[3] / 2, lv.colour(), esc(l.toString()), esc(lv.words())));
        }
        for (Device d : t.devices()) {
            double[] box = at.get(d.name());
            Criticality lv = d.kind().isSegment() ? Criticality.NOT_FAILED : worst.devices().getOrDefault(d.name(), Criticality.NOT_FAILED);
            b.append(String.format(Locale.ROOT, "<g><title>%s: %s</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                    + "height=\"%.1f\" rx=\"6\" fill=\"%s\" stroke=\"#333\"/><text x=\"%.1f\" y=\"%.1f\" "
                    + "text-anchor=\"middle\" font-size=\"12\">%s</text></g>\n", esc(d.name()), esc(lv.words()),
                    box[0], box[1], box[2], box[3], lv.colour(), box[0] + box[2] / 2, box[1] + box[3] / 2 + 4, esc(d.name())));
        }
        b.append("</svg>\n");
    }

    /** Horizontal bars: rerouted (dark) inside settled (light), per failure in rank order. */
    private static void chart(StringBuilder b, ResilienceReport r) {
        List<FailureImpact> shown = new ArrayList<>(r.impacts().subList(0, Math.min(60, r.impacts().size())));
        long max = 1;
        for (FailureImpact i : shown) {
            max = Math.max(max, Math.max(i.reconvergeMs(), i.reroutedMs()));
        }
        int row = 18;
        int label = 300;
        int bar = 600;
        int height = shown.size() * row + 40;
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-size=\"11\">\n", label + bar + 120, height));
        int y = 10;
        for (FailureImpact i : shown) {
            double settled = bar * (double) i.reconvergeMs() / max;
            double rerouted = bar * (double) Math.max(0, i.reroutedMs()) / max;
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", label - 6, y + 12,
                    esc(i.failure().name())));
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"13\" fill=\"#c6dbef\"/>",
                    label, y + 2, settled));
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"13\" fill=\"%s\"/>",
                    label, y + 2, rerouted, Criticality.of(i).colour()));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s / %s</text>\n", label + Math.max(settled, rerouted) + 6,
                    y + 12, i.reroutedMs() < 0 ? "-" : ResilienceText.duration(i.reroutedMs()), ResilienceText.duration(i.reconvergeMs())));
            y += row;
        }
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">coloured: rerouted; light blue: settled%s</text>\n",
                label, y + 16, r.impacts().size() > shown.size() ? " (the " + shown.size() + " most critical failures)" : ""));
        b.append("</svg>\n");
    }

    private static String num(String s) {
        return "<td class=\"n\">" + esc(s) + "</td>";
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

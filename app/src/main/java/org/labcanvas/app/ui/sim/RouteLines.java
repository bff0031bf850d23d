package org.labcanvas.app.ui.sim;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;

/**
 * Which prefix a line of {@code show ip route} output is about, in IOS's layouts: a route line with
 * its length ({@code O    10.10.10.0/24 [110/11] via ...}), a route under a classful header that
 * gives the length ({@code 2.0.0.0/32 is subnetted, 1 subnets} then {@code C  2.2.2.2 is directly
 * connected, Loopback0}), and the continuation line of an equal-cost route ({@code [110/11] via ...}),
 * which belongs to the route above it.
 */
final class RouteLines {
    /** A route line: IOS's code letters, then the network, maybe with its length, then metric or "is directly connected". */
    private static final Pattern ROUTE = Pattern.compile(
            "^([A-Za-z]{1,2}\\*?(?: (?:IA|E1|E2|N1|N2|L1|L2|ia|su))?\\*?)\\s+(\\d{1,3}(?:\\.\\d{1,3}){3})(/\\d{1,2})?"
                    + "(?: \\[\\d+/\\d+\\]| is directly connected| is a summary)");
    private static final Pattern HEADER = Pattern.compile(
            "^\\s+(\\d{1,3}(?:\\.\\d{1,3}){3})/(\\d{1,2}) is (?:variably )?subnetted");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s+\\[\\d+/\\d+\\] via ");

    private RouteLines() {}

    /** The prefix line {@code index} of {@code lines} is about; empty for any other line. */
    static Optional<Ipv4Prefix> prefixAt(List<String> lines, int index) {
        if (index < 0 || index >= lines.size()) {
            return Optional.empty();
        }
        String line = lines.get(index);
        if (CONTINUATION.matcher(line).find()) {
            for (int i = index - 1; i >= 0 && i >= index - 8; i--) {
                if (!CONTINUATION.matcher(lines.get(i)).find()) {
                    return prefixAt(lines, i);
                }
            }
            return Optional.empty();
        }
        Matcher m = ROUTE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String address = m.group(2);
        if (m.group(3) != null) {
            return Ipv4Prefix.parse(address + m.group(3));
        }
        // the length comes from the classful header above ("2.0.0.0/32 is subnetted, 1 subnets")
        for (int i = index - 1; i >= 0; i--) {
            Matcher h = HEADER.matcher(lines.get(i));
            if (h.find()) {
                if (h.group(0).contains("variably")) {
                    return Optional.empty();
                }
                return Ipv4Prefix.parse(address + "/" + h.group(2));
            }
            if (!lines.get(i).startsWith(" ") && !ROUTE.matcher(lines.get(i)).find()) {
                break; // left the table
            }
        }
        return Optional.empty();
    }
}

package org.labcanvas.model.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a 6in4 client's shell prints: BSD/macOS {@code ifconfig IF} and
 * {@code netstat -rn -f inet6}, Linux {@code ip tunnel show} and {@code ip -6 route}, and the
 * summary of {@code ping6}/{@code ping -6}. Lines of a layout the parser does not know are reported.
 */
final class HostOutputParsers {
    private static final String IP4 = "\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}";
    private static final Pattern IF_HEADER = Pattern.compile("^([a-z][a-z0-9._-]*):\\s+flags=[0-9a-f]+<([A-Z0-9_,]*)>.*$");
    private static final Pattern IF_TUNNEL = Pattern.compile("^\\s+tunnel inet (" + IP4 + ") --> (" + IP4 + ")\\s*$");
    private static final Pattern IP_TUNNEL = Pattern.compile(
            "^([A-Za-z0-9._@-]+):\\s+(\\S+)\\s+remote\\s+(\\S+)\\s+local\\s+(\\S+)(?:\\s.*)?$");
    private static final Pattern NETSTAT_ROW = Pattern.compile("^(\\S+)\\s+(\\S+)\\s+([A-Za-z0-9]+)\\s+(\\S+)(?:\\s+\\S+)?\\s*$");
    private static final Pattern IP_ROUTE = Pattern.compile("^(?:(unicast|unreachable|blackhole|prohibit|local|broadcast|"
            + "throw|nat|anycast|multicast)\\s+)?(default|[0-9a-fA-F:]+(?:/\\d+)?)(?:\\s+(.*))?$");
    private static final Pattern VIA = Pattern.compile("(?:^|\\s)via\\s+(?:inet6\\s+)?(\\S+)");
    private static final Pattern DEV = Pattern.compile("(?:^|\\s)dev\\s+(\\S+)");
    private static final Pattern PING_SUMMARY = Pattern.compile("^(\\d+) packets transmitted, (\\d+) (?:packets )?received.*$");

    private HostOutputParsers() {}

    static boolean reads(String command) {
        return command.startsWith("ifconfig ") || command.startsWith("ping6 ") || command.equals("netstat -rn -f inet6")
                || command.equals("ip -6 route") || command.equals("ip tunnel show")
                || command.startsWith("show interfaces Tunnel") || command.equals("show ipv6 route");
    }

    private static final Pattern IOS_IF_HEADER = Pattern.compile("^(Tunnel\\d+) is ([a-z ]+), line protocol is ([a-z ]+?)\\s*(\\(.*\\))?\\s*$");
    private static final Pattern IOS_TUNNEL_ENDS = Pattern.compile(
            "^\\s+Tunnel source (" + IP4 + ")(?: \\([^)]*\\))?, destination (" + IP4 + ")\\s*$");
    private static final Pattern IOS_ROUTE6 = Pattern.compile("^([A-Za-z][A-Za-z0-9]{0,3})\\s+([0-9A-Fa-f:.]+/\\d+)\\s+\\[\\d+/\\d+\\].*$");
    private static final Pattern IOS_VIA6 = Pattern.compile("^\\s+via\\s+([^,\\s]+)(?:,\\s*(.*?))?\\s*$");
    private static final Pattern IOS_SUCCESS = Pattern.compile("^Success rate is \\d+ percent \\((\\d+)/(\\d+)\\).*$");

    /** IOS {@code show interfaces TunnelN}: the header's states and {@code Tunnel source A (IF), destination B}; the rest is skipped. */
    private static void iosTunnel(CapturedOutput o, Map<String, Fact> facts, List<OutputParsers.Unread> unread) {
        String iface = null;
        boolean up = false;
        for (int i = 0; i < o.lines().size(); i++) {
            String l = o.lines().get(i);
            Matcher h = IOS_IF_HEADER.matcher(l);
            if (h.matches()) {
                iface = h.group(1);
                up = h.group(2).equals("up") && h.group(3).equals("up");
                continue;
            }
            Matcher t = IOS_TUNNEL_ENDS.matcher(l);
            if (t.matches() && iface != null) {
                add(facts, SixInFourFacts.tunnel(o.device(), null, iface, up, t.group(1), t.group(2)));
            }
        }
        if (iface == null && !o.lines().isEmpty()) {
            unread.add(new OutputParsers.Unread(o.numbers().get(0), o.lines().get(0) + " (no 'TunnelN is up, line protocol is up' line)"));
        }
    }

    /** IOS {@code show ipv6 route}: the {@code ::/0} entry and its {@code via} lines; headings, legend and other routes are skipped. */
    private static void iosRoutes(CapturedOutput o, Map<String, Fact> facts, List<OutputParsers.Unread> unread) {
        boolean inDefault = false;
        for (int i = 0; i < o.lines().size(); i++) {
            String l = o.lines().get(i);
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("IPv6 Routing Table") || t.startsWith("Codes:")
                    || (Character.isWhitespace(l.charAt(0)) && t.matches("([A-Za-z0-9]{1,3} - .*)"))) {
                inDefault = false;
                continue;
            }
            Matcher r = IOS_ROUTE6.matcher(l);
            if (r.matches()) {
                inDefault = r.group(2).equals("::/0");
                continue;
            }
            Matcher v = IOS_VIA6.matcher(l);
            if (v.matches()) {
                if (inDefault) {
                    boolean address = v.group(1).contains(":");
                    String iface = address ? (v.group(2) == null ? "" : v.group(2)) : v.group(1);
                    add(facts, SixInFourFacts.defaultRoute(o.device(), null, address ? v.group(1) : null,
                            OutputParsers.interfaceName(iface)));
                }
                continue;
            }
            unread(o, i, unread);
        }
    }

    static OutputParsers.Parsed parse(CapturedOutput o) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        List<OutputParsers.Unread> unread = new ArrayList<>();
        String c = o.command();
        if (c.startsWith("ifconfig ")) {
            ifconfig(o, facts, unread);
        } else if (c.startsWith("ping6 ")) {
            ping(o, c.substring("ping6 ".length()), facts, unread);
        } else if (c.equals("netstat -rn -f inet6")) {
            netstat(o, facts, unread);
        } else if (c.equals("ip -6 route")) {
            ipRoute(o, facts, unread);
        } else if (c.equals("ip tunnel show")) {
            ipTunnel(o, facts, unread);
        } else if (c.startsWith("show interfaces Tunnel")) {
            iosTunnel(o, facts, unread);
        } else if (c.equals("show ipv6 route")) {
            iosRoutes(o, facts, unread);
        } else {
            throw new IllegalArgumentException("not a host command check reads: " + c);
        }
        return new OutputParsers.Parsed(List.copyOf(facts.values()), unread);
    }

    private static void unread(CapturedOutput o, int i, List<OutputParsers.Unread> unread) {
        unread.add(new OutputParsers.Unread(o.numbers().get(i), o.lines().get(i)));
    }

    private static void add(Map<String, Fact> facts, Fact f) {
        facts.put(f.key(), f);
    }

    /**
     * {@code gif0: flags=8051<UP,POINTOPOINT,RUNNING,MULTICAST> mtu 1480} then indented lines;
     * a {@code tunnel inet A --> B} line makes it a tunnel. Other indented lines (inet6, nd6,
     * options, status) are the interface's and not judged.
     */
    private static void ifconfig(CapturedOutput o, Map<String, Fact> facts, List<OutputParsers.Unread> unread) {
        String iface = null;
        boolean up = false;
        for (int i = 0; i < o.lines().size(); i++) {
            String l = o.lines().get(i);
            if (l.isBlank()) {
                continue;
            }
            Matcher h = IF_HEADER.matcher(l);
            if (h.matches()) {
                iface = h.group(1);
                up = List.of(h.group(2).split(",")).contains("UP");
                continue;
            }
            if (iface == null || !Character.isWhitespace(l.charAt(0))) {
                unread(o, i, unread);
                continue;
            }
            Matcher t = IF_TUNNEL.matcher(l);
            if (t.matches()) {
                add(facts, SixInFourFacts.tunnel(o.device(), null, iface, up, t.group(1), t.group(2)));
            }
        }
    }

    /** {@code gif0: ipv6/ip remote 216.66.80.26 local 203.0.113.45 ttl 255}; {@code remote any} is no tunnel of its own. */
    private static void ipTunnel(CapturedOutput o, Map<String, Fact> facts, List<OutputParsers.Unread> unread) {
        for (int i = 0; i < o.lines().size(); i++) {
            String l = o.lines().get(i);
            if (l.isBlank()) {
                continue;
            }
            Matcher m = IP_TUNNEL.matcher(l);
            if (!m.matches()) {
                unread(o, i, unread);
                continue;
            }
            if (!m.group(2).equals("ipv6/ip") || m.group(3).equals("any")) {
                continue;
            }
            add(facts, SixInFourFacts.tunnel(o.device(), null, m.group(1).replaceFirst("@.*$", ""), true, m.group(4), m.group(3)));
        }
    }

    /**
     * The {@code default} row of {@code Internet6:}. Rows with the {@code I} flag are scoped to one
     * interface (macOS adds them for VPN and Wi-Fi interfaces) and are not the host's default route.
     */
    private static void netstat(CapturedOutput o, Map<String, Fact> facts, List<OutputParsers.Unread> unread) {
        boolean inet6 = false;
        for (int i = 0; i < o.lines().size(); i++) {
            String l = o.lines().get(i);
            String t = l.strip();
            if (t.isEmpty() || t.equals("Routing tables") || t.startsWith("Destination ")) {
                continue;
            }
            if (t.endsWith(":") && !t.contains(" ")) {
                inet6 = t.equals("Internet6:");
                continue;
            }
            Matcher m = NETSTAT_ROW.matcher(t);
            if (!m.matches()) {
                unread(o, i, unread);
                continue;
            }
            if (inet6 && m.group(1).equals("default") && !m.group(3).contains("I") && m.group(3).contains("G")) {
                add(facts, SixInFourFacts.defaultRoute(o.device(), null, m.group(2), m.group(4)));
            }
        }
    }

    /** {@code default via 2001:db8::1 dev gif0 metric 1024 pref medium}; other routes are not judged. */
    private static void ipRoute(CapturedOutput o, Map<String, Fact> facts, List<OutputParsers.Unread> unread) {
        for (int i = 0; i < o.lines().size(); i++) {
            String l = o.lines().get(i);
            if (l.isBlank() || (Character.isWhitespace(l.charAt(0)) && l.strip().startsWith("nexthop"))) {
                continue;
            }
            Matcher m = IP_ROUTE.matcher(l.strip());
            if (!m.matches()) {
                unread(o, i, unread);
                continue;
            }
            if (m.group(2).equals("default") && (m.group(1) == null || m.group(1).equals("unicast")) && m.group(3) != null) {
                Matcher via = VIA.matcher(m.group(3));
                Matcher dev = DEV.matcher(m.group(3));
                if (dev.find()) {
                    add(facts, SixInFourFacts.defaultRoute(o.device(), null, via.find() ? via.group(1) : null, dev.group(1)));
                }
            }
        }
    }

    /** The statistics line of BSD/macOS {@code ping6} or Linux {@code ping -6}; replies and errors before it are not judged. */
    private static void ping(CapturedOutput o, String address, Map<String, Fact> facts, List<OutputParsers.Unread> unread) {
        for (String l : o.lines()) {
            Matcher ios = IOS_SUCCESS.matcher(l.strip());
            if (ios.matches()) {
                int got = Integer.parseInt(ios.group(1));
                int sent = Integer.parseInt(ios.group(2));
                String outcome = got == 0 ? "not answered" : got >= sent ? "answered" : "partly answered";
                add(facts, SixInFourFacts.ping(o.device(), null, address, outcome));
                return;
            }
            Matcher m = PING_SUMMARY.matcher(l.strip());
            if (m.matches()) {
                int sent = Integer.parseInt(m.group(1));
                int got = Integer.parseInt(m.group(2));
                String outcome = got == 0 ? "not answered" : got >= sent ? "answered" : "partly answered";
                add(facts, SixInFourFacts.ping(o.device(), null, address, outcome));
                return;
            }
        }
        if (!o.lines().isEmpty()) {
            unread.add(new OutputParsers.Unread(o.numbers().get(0), o.lines().get(0)
                    + " (no 'packets transmitted' line: was the ping interrupted?)"));
        }
    }
}

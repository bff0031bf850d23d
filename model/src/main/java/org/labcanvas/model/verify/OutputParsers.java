package org.labcanvas.model.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the output of a verification command into facts, for IOS 12.4, 15.x and IOS-XE layouts:
 * columns are found by their contents, not their widths, and timers and counters are dropped. A line
 * that is neither a known heading nor a row the parser understands is reported, never guessed at.
 */
public final class OutputParsers {
    private static final String IP = "\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}";

    private OutputParsers() {}

    /** A line that could not be read. */
    public record Unread(int line, String text) {}

    /** The facts of one output and the lines that could not be read. */
    public record Parsed(List<Fact> facts, List<Unread> unread) {}

    /** Parses {@code o}; {@code o.command()} must be one of {@link CommandNames#READ}. */
    public static Parsed parse(CapturedOutput o) {
        if (HostOutputParsers.reads(o.command())) {
            return HostOutputParsers.parse(o);
        }
        if (o.command().startsWith("show ft ") || o.command().equals("show version")) {
            return AceOutputParsers.parse(o);
        }
        Parser p = new Parser(o);
        switch (o.command()) {
            case "show ip ospf neighbor" -> p.ospfNeighbors();
            case "show ip route", "show ip route ospf" -> p.routes();
            case "show ip nhrp", "show ip nhrp detail" -> p.nhrp();
            case "show ip nhrp brief" -> p.nhrpBrief();
            case "show ip nhrp nhs", "show ip nhrp nhs detail" -> p.nhs();
            case "show dmvpn" -> p.dmvpn();
            case "show crypto isakmp sa" -> p.isakmp();
            case "show crypto ipsec sa" -> p.ipsec();
            default -> throw new IllegalArgumentException("not a command check reads: " + o.command());
        }
        return new Parsed(List.copyOf(p.facts.values()), p.unread);
    }

    /** Short interface name prefixes and the full names they stand for. */
    private static final String[][] INTERFACE_PREFIXES = {{"Tu", "Tunnel"}, {"Fa", "FastEthernet"}, {"Gi", "GigabitEthernet"},
            {"Te", "TenGigabitEthernet"}, {"Et", "Ethernet"}, {"Lo", "Loopback"}, {"Se", "Serial"}, {"Vl", "Vlan"},
            {"Po", "Port-channel"}};

    /** IOS short interface names to the full ones: Tu0 is Tunnel0, Fa0/0 FastEthernet0/0. */
    public static String interfaceName(String name) {
        for (String[] p : INTERFACE_PREFIXES) {
            if (name.startsWith(p[0]) && !name.startsWith(p[1]) && name.length() > p[0].length()) {
                String rest = name.substring(p[0].length());
                String lowerFull = p[1].toLowerCase(java.util.Locale.ROOT);
                String restWord = rest.replaceFirst("[0-9/.:]+$", "");
                if (lowerFull.startsWith((p[0] + restWord).toLowerCase(java.util.Locale.ROOT))) {
                    return p[1] + rest.substring(restWord.length());
                }
            }
        }
        return name;
    }

    private static final class Parser {
        final CapturedOutput o;
        final String device;
        final Map<String, Fact> facts = new LinkedHashMap<>();
        final List<Unread> unread = new ArrayList<>();

        Parser(CapturedOutput o) {
            this.o = o;
            this.device = o.device();
        }

        void add(Fact f) {
            facts.put(f.key(), f);
        }

        void unread(int i) {
            unread.add(new Unread(o.numbers().get(i), o.lines().get(i)));
        }

        // ------------------------------------------------------------ show ip ospf neighbor

        private static final Pattern NBR = Pattern.compile(
                "^\\s*(\\S+)\\s+(\\d+)\\s+([A-Z0-9]+)/\\s*(\\S+)\\s+(\\S+)\\s+(" + IP + ")\\s+(\\S+)\\s*$");

        void ospfNeighbors() {
            for (int i = 0; i < o.lines().size(); i++) {
                String l = o.lines().get(i);
                if (l.isBlank() || l.strip().startsWith("Neighbor ID")) {
                    continue;
                }
                Matcher m = NBR.matcher(l);
                if (!m.matches()) {
                    unread(i);
                    continue;
                }
                if (m.group(3).equals("DOWN") || m.group(1).equals("N/A")) {
                    continue; // a configured NBMA neighbour not heard from: not a neighbour yet
                }
                add(IosFacts.ospfNeighbor(device, m.group(1), m.group(6), interfaceName(m.group(7)),
                        m.group(3) + "/" + m.group(4)));
            }
        }

        // ------------------------------------------------------------ show ip route [ospf]

        private static final Pattern ROUTE = Pattern.compile("^([A-Za-z][A-Za-z0-9 *+%]{0,7}?)\\s+(" + IP + ")(?:/(\\d+))?(.*)$");
        private static final Pattern PATH = Pattern.compile(
                "^\\s*\\[(\\d+)/(\\d+)\\]\\s+via\\s+(" + IP + ")(?:,\\s*([0-9:a-z]+))?(?:,\\s*(\\S+))?\\s*$");
        private static final Pattern SUBNETTED = Pattern.compile("^\\s+(" + IP + ")/(\\d+) is (variably )?subnetted.*");
        private static final Pattern CODES = Pattern.compile("^(Codes:|\\s+\\S{1,3} - |\\s*[a-z+%*] - |Gateway of last resort|Routing Table:).*");

        private record RouteDraft(String prefix, String code, List<IosFacts.Path> paths, int[] dm) {}

        void routes() {
            Integer subnetLength = null;
            RouteDraft current = null;
            List<RouteDraft> drafts = new ArrayList<>();
            for (int i = 0; i < o.lines().size(); i++) {
                String l = o.lines().get(i);
                if (l.isBlank() || CODES.matcher(l).matches()) {
                    continue;
                }
                Matcher sub = SUBNETTED.matcher(l);
                if (sub.matches()) {
                    subnetLength = sub.group(3) == null ? Integer.valueOf(sub.group(2)) : null;
                    continue;
                }
                Matcher path = PATH.matcher(l);
                if (path.matches()) {
                    if (current == null || current.code() == null) {
                        if (current == null) {
                            unread(i);
                        }
                        continue;
                    }
                    addPath(current, path);
                    continue;
                }
                Matcher m = ROUTE.matcher(l);
                if (m.matches() && !Character.isWhitespace(l.charAt(0))) {
                    String code = m.group(1).replaceAll("[*+%]", " ").strip().replaceAll("\\s+", " ");
                    int len = m.group(3) != null ? Integer.parseInt(m.group(3))
                            : subnetLength != null ? subnetLength : classful(m.group(2));
                    String rest = m.group(4);
                    boolean ospf = code.startsWith("O");
                    current = new RouteDraft(m.group(2) + "/" + len, ospf ? code : null, new ArrayList<>(), new int[] {-1, -1});
                    if (ospf) {
                        drafts.add(current);
                    }
                    if (rest.isBlank()) {
                        continue; // IOS put the paths on the next line
                    }
                    if (!ospf) {
                        continue; // connected, local, static: not a fact check compares
                    }
                    Matcher p = PATH.matcher(rest);
                    if (p.matches()) {
                        addPath(current, p);
                    } else {
                        unread(i);
                    }
                    continue;
                }
                if (l.strip().matches("(is directly connected|is a summary|\\[\\d+/\\d+\\]).*") && current != null) {
                    continue; // the wrapped remainder of a connected or static route
                }
                unread(i);
            }
            for (RouteDraft d : drafts) {
                if (d.paths().isEmpty()) {
                    continue;
                }
                add(IosFacts.route(device, d.prefix(), d.code(), d.dm()[0], d.dm()[1], d.paths()));
            }
        }

        private static void addPath(RouteDraft d, Matcher p) {
            d.dm()[0] = Integer.parseInt(p.group(1));
            d.dm()[1] = Integer.parseInt(p.group(2));
            String iface = p.group(5) != null ? p.group(5) : p.group(4);
            d.paths().add(new IosFacts.Path(p.group(3), iface == null ? "?" : interfaceName(iface)));
        }

        private static int classful(String address) {
            int first = Integer.parseInt(address.substring(0, address.indexOf('.')));
            return first < 128 ? 8 : first < 192 ? 16 : 24;
        }

        // ------------------------------------------------------------ show ip nhrp [detail]

        private static final Pattern NHRP_HEAD = Pattern.compile("^(" + IP + ")/(\\d+) via (" + IP + ")(?:,\\s*(\\S+) created.*)?\\s*$");
        private static final Pattern NHRP_IFACE = Pattern.compile("^\\s+(\\S+) created \\S+, (?:expire \\S+|never expire)\\s*$");
        private static final Pattern NHRP_TYPE = Pattern.compile("^\\s+Type: (\\w+), Flags:.*$");
        private static final Pattern NHRP_NBMA = Pattern.compile("^\\s+NBMA address: (" + IP + ").*$");
        private static final Pattern NHRP_INCOMPLETE = Pattern.compile("^(" + IP + "), (\\S+) created .*$");
        private static final Pattern NHRP_OTHER = Pattern.compile(
                "^\\s+(Requester:|Preference:|Cache hits:|\\(Claimed NBMA address|Group:|Current request id:|NHRP group|Negative cache|Incomplete)");

        void nhrp() {
            String target = null;
            String iface = null;
            String type = null;
            boolean incomplete = false;
            for (int i = 0; i < o.lines().size(); i++) {
                String l = o.lines().get(i);
                Matcher m;
                if (l.isBlank()) {
                    continue;
                }
                if ((m = NHRP_HEAD.matcher(l)).matches()) {
                    target = m.group(1) + "/" + m.group(2);
                    iface = m.group(4) == null ? null : interfaceName(m.group(4));
                    type = null;
                    incomplete = false;
                } else if ((m = NHRP_INCOMPLETE.matcher(l)).matches()) {
                    incomplete = true;
                    target = null;
                } else if ((m = NHRP_IFACE.matcher(l)).matches() && target != null) {
                    iface = interfaceName(m.group(1));
                } else if ((m = NHRP_TYPE.matcher(l)).matches()) {
                    type = m.group(1);
                } else if ((m = NHRP_NBMA.matcher(l)).matches() && target != null && iface != null && type != null
                        && !incomplete) {
                    add(IosFacts.nhrpEntry(device, target, iface, m.group(1), type));
                } else if (!NHRP_OTHER.matcher(l).find()) {
                    unread(i);
                }
            }
        }

        // ------------------------------------------------------------ show ip nhrp brief

        private static final Pattern BRIEF12 = Pattern.compile(
                "^\\s*(" + IP + "/\\d+)\\s+(" + IP + ")\\s+(" + IP + ")\\s+(static|dynamic)\\s+(\\S+).*$");
        private static final Pattern BRIEF15_A = Pattern.compile("^(\\S+)\\s+(" + IP + ")\\s+(" + IP + ")\\s*$");
        private static final Pattern BRIEF15_B = Pattern.compile("^\\s+(" + IP + "/\\d+)\\s+([SD])(?:/\\S*)?\\s*$");

        void nhrpBrief() {
            String iface = null;
            String nbma = null;
            for (int i = 0; i < o.lines().size(); i++) {
                String l = o.lines().get(i);
                String t = l.strip();
                Matcher m;
                if (t.isEmpty() || t.startsWith("***") || t.startsWith("NOTE:") || t.startsWith("Legend:")
                        || t.startsWith("Flags -->") || t.startsWith("a - authoritative") || t.startsWith("===")
                        || t.startsWith("Intf ") || t.startsWith("Target") || t.startsWith("---")) {
                    continue;
                }
                if ((m = BRIEF12.matcher(l)).matches()) {
                    add(IosFacts.nhrpEntry(device, m.group(1), interfaceName(m.group(5)), m.group(3), m.group(4)));
                } else if ((m = BRIEF15_A.matcher(l)).matches()) {
                    iface = interfaceName(m.group(1));
                    nbma = m.group(3);
                } else if ((m = BRIEF15_B.matcher(l)).matches() && iface != null) {
                    add(IosFacts.nhrpEntry(device, m.group(1), iface, nbma, m.group(2).equals("S") ? "static" : "dynamic"));
                } else {
                    unread(i);
                }
            }
        }

        // ------------------------------------------------------------ show ip nhrp nhs [detail]

        private static final Pattern NHS_IF = Pattern.compile("^(\\S+):\\s*$");
        private static final Pattern NHS_ROW = Pattern.compile("^\\s*(" + IP + ")\\s+([REWD]+)\\b.*$");

        void nhs() {
            String iface = null;
            boolean pending = false;
            for (int i = 0; i < o.lines().size(); i++) {
                String l = o.lines().get(i);
                String t = l.strip();
                Matcher m;
                // 15.x prints the legend on one line; 12.4 as "Legend:" then one letter per line
                if (t.isEmpty() || t.startsWith("Legend:") || t.matches("[A-Z]=[A-Za-z][A-Za-z ]*")) {
                    continue;
                }
                if (t.startsWith("Pending Registration Requests") || t.startsWith("No Pending")) {
                    pending = true;
                    continue;
                }
                if (pending && t.startsWith("Registration Request:")) {
                    continue;
                }
                if ((m = NHS_IF.matcher(l)).matches()) {
                    iface = interfaceName(m.group(1));
                } else if ((m = NHS_ROW.matcher(l)).matches() && iface != null) {
                    add(IosFacts.nhs(device, m.group(1), iface, m.group(2).replace("D", "")));
                } else {
                    unread(i);
                }
            }
        }

        // ------------------------------------------------------------ show dmvpn

        private static final Pattern DMVPN_IF15 = Pattern.compile("^Interface:?\\s+(\\S+?),.*$");
        private static final Pattern DMVPN_IF12 = Pattern.compile("^(\\S+), Type:\\s*\\w+, NHRP Peers:.*$");
        private static final Pattern DMVPN_ROW = Pattern.compile(
                "^\\s*(\\d+)\\s+(" + IP + ")\\s+(" + IP + ")\\s+(\\S+)\\s+(\\S+)\\s+([A-Z0-9]+)\\s*$");

        void dmvpn() {
            String iface = null;
            for (int i = 0; i < o.lines().size(); i++) {
                String l = o.lines().get(i);
                String t = l.strip();
                Matcher m;
                if (t.isEmpty() || t.startsWith("Legend:") || t.startsWith("N - NATed") || t.startsWith("# Ent")
                        || t.startsWith("NHS Status:") || t.startsWith("UpDn Time") || t.startsWith("===")
                        || t.startsWith("-----") || t.startsWith("Type:") || t.startsWith("T1 - ") || t.startsWith("C - ")
                        || t.startsWith("Interface State Control") || t.startsWith("nhrp event-publisher")) {
                    continue;
                }
                if ((m = DMVPN_IF15.matcher(l)).matches() || (m = DMVPN_IF12.matcher(l)).matches()) {
                    iface = interfaceName(m.group(1));
                } else if ((m = DMVPN_ROW.matcher(l)).matches() && iface != null) {
                    String attr = m.group(6);
                    String type = attr.contains("S") ? "static" : attr.contains("D") ? "dynamic" : null;
                    if (type == null) {
                        unread(i);
                        continue;
                    }
                    add(IosFacts.nhrpEntry(device, m.group(3) + "/32", iface, m.group(2), type));
                    add(IosFacts.dmvpnPeer(device, m.group(3), iface, m.group(2), m.group(4)));
                } else {
                    unread(i);
                }
            }
        }

        // ------------------------------------------------------------ show crypto isakmp sa

        private static final Pattern ISAKMP = Pattern.compile(
                "^\\s*(" + IP + ")\\s+(" + IP + ")\\s+([A-Z_]+)\\s+(\\d+)(?:\\s+\\d+)?(?:\\s+([A-Z]+))?\\s*$");

        void isakmp() {
            for (int i = 0; i < o.lines().size(); i++) {
                String l = o.lines().get(i);
                String t = l.strip();
                Matcher m;
                if (t.isEmpty() || t.matches("IPv[46] Crypto ISAKMP SA") || t.matches("dst\\s+src\\s+state.*")) {
                    continue;
                }
                if ((m = ISAKMP.matcher(l)).matches()) {
                    Fact f = IosFacts.isakmpSa(device, m.group(1), m.group(2), m.group(3));
                    Fact old = facts.get(f.key());
                    if (old == null || !old.value().equals("QM_IDLE")) {
                        add(f);
                    }
                } else {
                    unread(i);
                }
            }
        }

        // ------------------------------------------------------------ show crypto ipsec sa

        private static final Pattern IPSEC_IF = Pattern.compile("^interface:\\s+(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);
        private static final Pattern IPSEC_PEER = Pattern.compile("^\\s*current_peer\\s+(" + IP + ")\\b.*$");
        private static final Pattern IPSEC_STATUS = Pattern.compile("^\\s*Status:\\s*([A-Z_]+).*$");

        /**
         * Only the lines that carry the fact are read: the interface, the current peer, which SA list
         * a status belongs to and the status; the counters, identities and SPIs around them vary by
         * release and are skipped.
         */
        void ipsec() {
            String iface = null;
            String peer = null;
            String section = null;
            Map<String, boolean[]> active = new LinkedHashMap<>(); // iface|peer -> {inbound ACTIVE, outbound ACTIVE, any esp}
            Map<String, String> other = new LinkedHashMap<>();
            for (int i = 0; i < o.lines().size(); i++) {
                String l = o.lines().get(i);
                String t = l.strip();
                Matcher m;
                if ((m = IPSEC_IF.matcher(l)).matches()) {
                    iface = interfaceName(m.group(1));
                    peer = null;
                } else if ((m = IPSEC_PEER.matcher(l)).matches()) {
                    peer = m.group(1);
                    if (iface != null) {
                        active.computeIfAbsent(iface + "|" + peer, k -> new boolean[3]);
                    }
                } else if (t.endsWith("sas:")) {
                    section = t;
                } else if ((m = IPSEC_STATUS.matcher(l)).matches() && iface != null && peer != null && section != null
                        && section.contains("esp")) {
                    boolean[] a = active.get(iface + "|" + peer);
                    a[2] = true;
                    if (m.group(1).equals("ACTIVE")) {
                        a[section.startsWith("inbound") ? 0 : 1] = true;
                    } else {
                        other.putIfAbsent(iface + "|" + peer, m.group(1));
                    }
                }
            }
            for (Map.Entry<String, boolean[]> e : active.entrySet()) {
                String[] k = e.getKey().split("\\|");
                boolean[] a = e.getValue();
                String status = a[0] && a[1] ? "ACTIVE" : !a[2] ? "no SA" : other.getOrDefault(e.getKey(), "one way only");
                add(IosFacts.ipsecSa(device, k[1], k[0], status));
            }
        }
    }
}

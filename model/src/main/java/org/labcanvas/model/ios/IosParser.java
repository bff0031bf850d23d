package org.labcanvas.model.ios;

import org.labcanvas.model.topology.VerbatimLine;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.labcanvas.model.addr.AddressFormatProblem;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.IsakmpPolicy;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.TransformSet;
import org.labcanvas.model.topology.TunnelMode;

/**
 * Reads the text of {@code show running-config} into an {@link IosConfig}. Every command the model
 * covers is parsed strictly (a bad address, mask or number, or a reference to an interface or
 * IPsec profile the file does not define, is an error with file and line); every other command
 * is kept verbatim with its place and reported as an INFO note. {@code !} lines, blank lines,
 * {@code end} and the {@code Building configuration...} preamble are dropped.
 */
public final class IosParser {
    /** Lines with one of these words may carry a credential; notes show only their first word. */
    private static final java.util.regex.Pattern CREDENTIAL_WORD = java.util.regex.Pattern.compile(
            "(?<![a-z])(password|secret|key|key-string|community|authentication|authentication-key|message-digest-key"
                    + "|pre-shared-key|psk|wpa-psk|passphrase|updatekey)(?![a-z])");

    private final String file;
    private final List<VerbatimLine> verbatim = new ArrayList<>();
    private final List<ImportNote> notes = new ArrayList<>();
    private final Map<String, InterfaceDraft> interfaces = new LinkedHashMap<>();
    private final List<StaticRoute> routes = new ArrayList<>();
    private final List<Integer> routeIfaceLines = new ArrayList<>();
    private final List<String> routeIfaces = new ArrayList<>();
    private final List<IsakmpPolicy> policies = new ArrayList<>();
    private final List<PreSharedKey> keys = new ArrayList<>();
    private final List<TransformSet> transformSets = new ArrayList<>();
    private final List<IpsecProfile> profiles = new ArrayList<>();
    private final Map<String, Integer> passiveLines = new LinkedHashMap<>();
    private String hostname;
    private boolean seenCommand;
    private int hostnameLine;

    // state of the block being read
    private String blockHeader;
    private String blockKind;
    private String previousTop;
    private String previousInBlock;
    private InterfaceDraft iface;
    private OspfDraft ospf;
    private OspfDraft firstOspf;

    private IosParser(String file) {
        this.file = file;
    }

    /** Parses one running-config; {@code file} names it in messages. */
    public static IosConfig parse(String file, String text) throws IosImportException {
        return new IosParser(file).run(text);
    }

    private IosConfig run(String text) throws IosImportException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        for (int n = 1; n <= lines.length; n++) {
            String raw = lines[n - 1];
            // CR of CR-LF files; a tab is whitespace to IOS and becomes a space
            String line = raw.replace("\r", "").replace('\t', ' ').stripTrailing();
            var control = org.labcanvas.model.topology.OneLineText.check(line);
            if (control.isPresent()) {
                throw new IosImportException(file, n, control.get().index() + 1, "the line contains "
                        + control.get().describe() + "; a running-config is plain text");
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("!")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                if (trimmed.equals("end") || trimmed.startsWith("Building configuration")
                        || trimmed.startsWith("Current configuration")) {
                    continue;
                }
                refuseAce(n, trimmed);
                if (!seenCommand) {
                    refuseOtherFormats(n, trimmed);
                    seenCommand = true;
                }
                top(n, line);
                previousTop = trimmed;
                previousInBlock = null;
            } else {
                child(n, line, trimmed);
                previousInBlock = trimmed;
            }
        }
        return finish();
    }

    // ------------------------------------------------------------------ top level

    private void top(int n, String line) throws IosImportException {
        String[] w = line.strip().split("\\s+");
        blockHeader = line.strip();
        blockKind = null;
        iface = null;
        ospf = null;
        String lower = blockHeader.toLowerCase(Locale.ROOT);
        if (w[0].equals("hostname") && w.length == 2) {
            hostname = w[1];
            hostnameLine = n;
            blockKind = "hostname";
        } else if (w[0].equals("interface") && w.length == 2) {
            if (interfaces.containsKey(w[1])) {
                throw new IosImportException(file, n, "interface " + w[1] + " is configured twice");
            }
            iface = new InterfaceDraft(w[1], n);
            interfaces.put(w[1], iface);
            blockKind = "interface";
        } else if (lower.startsWith("router ospf ") && w.length == 3 && firstOspf == null) {
            firstOspf = new OspfDraft(integer(n, w[2], "OSPF process id"));
            ospf = firstOspf;
            blockKind = "ospf";
        } else if (lower.startsWith("crypto isakmp policy ") && w.length == 4) {
            policies.add(new IsakmpPolicy(integer(n, w[3], "ISAKMP policy priority"), null, null, null, null, null));
            blockKind = "isakmp";
        } else if (lower.startsWith("crypto isakmp key ") && isakmpKey(n, w)) {
            blockKind = "isakmp-key";
        } else if (lower.startsWith("crypto ipsec transform-set ") && w.length >= 5) {
            transformSets.add(new TransformSet(w[3], List.of(w).subList(4, w.length), null));
            blockKind = "transform-set";
        } else if (lower.startsWith("crypto ipsec profile ") && w.length == 4) {
            profiles.add(new IpsecProfile(w[3], List.of(), null, null));
            blockKind = "profile";
        } else if (w[0].equals("ip") && w.length > 1 && w[1].equals("route") && ipRoute(n, w)) {
            blockKind = "route";
        } else if (w[0].equals("ipv6") && w.length > 1 && w[1].equals("route") && ipv6Route(n, w)) {
            blockKind = "route";
        } else {
            keep(n, null, previousTop, line);
        }
    }

    /** Top-level commands only a Cisco ACE module has; IOS has none of them. */
    private static final java.util.regex.Pattern ACE_COMMAND = java.util.regex.Pattern.compile(
            "^(ft interface vlan \\d+|ft peer \\d+|ft group \\d+|ft track (interface|host|hsrp) .*|resource-class .*"
                    + "|boot system image:.*|serverfarm .*|rserver .*|context \\S+|parameter-map type .*"
                    + "|class-map type (management|http) .*|policy-map type (management|loadbalance) .*)$");

    /**
     * An ACE configuration given as IOS would import as a router with every line kept verbatim;
     * it is refused at its first ACE command instead.
     */
    private void refuseAce(int n, String trimmed) throws IosImportException {
        if (ACE_COMMAND.matcher(trimmed).matches()) {
            throw new IosImportException(file, n, "'" + trimmed + "' is a Cisco ACE command: this is an ACE"
                    + " configuration, not an IOS running-config. import reads IOS routers only; design ACE"
                    + " modules in the designer (palette: ACE pair)");
        }
    }

    /**
     * A running-config never starts with a line starting with '{', '[' or '<': such a file is JSON (a
     * LabCanvas project, say) or XML (a draw.io diagram), and importing it line by line would only
     * repeat it.
     */
    private void refuseOtherFormats(int n, String trimmed) throws IosImportException {
        char c = trimmed.charAt(0);
        if (c == '{' || c == '[' || c == '<') {
            throw new IosImportException(file, n, (c == '<' ? "this is an XML file" : "this is a JSON file (a LabCanvas"
                    + " project is opened with 'labcanvas open' or used as it is)") + ", not an IOS running-config");
        }
    }

    private boolean isakmpKey(int n, String[] w) throws IosImportException {
        // crypto isakmp key KEY address ADDRESS [MASK]
        if (w.length < 6 || w.length > 7 || !w[4].equals("address")) {
            return false;
        }
        address(n, w[5], "ISAKMP peer address");
        String mask;
        if (w.length == 7) {
            mask(n, w[6]);
            mask = w[6];
        } else if (w[5].equals(PreSharedKey.ANY)) {
            // 15.x prints the wildcard key "address 0.0.0.0 0.0.0.0" as "address 0.0.0.0" padded with spaces
            mask = PreSharedKey.ANY;
        } else {
            mask = "255.255.255.255";
        }
        keys.add(new PreSharedKey(Secret.of(w[3]), w[5], mask));
        return true;
    }

    private boolean ipRoute(int n, String[] w) throws IosImportException {
        // ip route PREFIX MASK [IFACE] [NEXTHOP] [DISTANCE]
        if (w.length < 5 || w.length > 7 || !dotted(w[2]) || !dotted(w[3])) {
            return false;
        }
        IPAddress net = address(n, w[2], "route prefix");
        int len = mask(n, w[3]);
        IPAddress prefix = net.toPrefixBlock(len);
        if (!prefix.getLower().withoutPrefixLength().equals(net)) {
            throw new IosImportException(file, n, "ip route " + w[2] + " " + w[3] + ": the prefix has host bits set");
        }
        return routeTail(n, w, 4, net.toCanonicalString() + "/" + len, false);
    }

    private boolean ipv6Route(int n, String[] w) throws IosImportException {
        if (w.length < 4 || w.length > 6 || !w[2].contains(":") || !w[2].contains("/")) {
            return false;
        }
        IPAddress prefix;
        try {
            prefix = HostAddress.prefix(w[2]);
        } catch (AddressFormatProblem e) {
            throw new IosImportException(file, n, "ipv6 route: " + e.getMessage());
        }
        return routeTail(n, w, 3, prefix.getLower().withoutPrefixLength().toCanonicalString() + "/"
                + prefix.getNetworkPrefixLength(), true);
    }

    private boolean routeTail(int n, String[] w, int from, String prefix, boolean v6) throws IosImportException {
        String ifName = null;
        String hop = null;
        Integer distance = null;
        int i = from;
        if (i < w.length && !looksNumeric(w[i]) && HostAddress.tryParse(w[i]).isEmpty()) {
            ifName = w[i++];
        }
        if (i < w.length && HostAddress.tryParse(w[i]).isPresent()) {
            IPAddress a = HostAddress.tryParse(w[i++]).get();
            if (a.isIPv6() != v6) {
                throw new IosImportException(file, n, "next hop " + w[i - 1] + " is not an IPv" + (v6 ? "6" : "4")
                        + " address");
            }
            hop = a.toCanonicalString();
        }
        if (i < w.length && w[i].matches("\\d+")) {
            distance = integer(n, w[i++], "administrative distance");
        }
        if (i != w.length || (ifName == null && hop == null)) {
            return false;
        }
        routes.add(new StaticRoute(prefix, hop, ifName, distance));
        if (ifName != null) {
            routeIfaces.add(ifName);
            routeIfaceLines.add(n);
        }
        return true;
    }

    /** Looks like a dotted IPv4 address (valid or not): such a token must parse, anything else is another syntax. */
    private static boolean dotted(String s) {
        return s.matches("[0-9]+(\\.[0-9]+)*") && s.contains(".");
    }

    private static boolean looksNumeric(String s) {
        return s.matches("[0-9.]+") || s.contains(":");
    }

    // ------------------------------------------------------------------ sub-commands

    private void child(int n, String line, String t) throws IosImportException {
        if (blockHeader == null) {
            throw new IosImportException(file, n, "indented line outside any block: " + CredentialMask.mask(t));
        }
        boolean parsed = switch (blockKind == null ? "" : blockKind) {
            case "interface" -> interfaceCommand(n, t);
            case "ospf" -> ospfCommand(n, t);
            case "isakmp" -> isakmpCommand(n, t);
            case "transform-set" -> transformSetCommand(t);
            case "profile" -> profileCommand(n, t);
            default -> false;
        };
        if (!parsed) {
            keep(n, blockHeader, previousInBlock, line);
        }
    }

    private boolean interfaceCommand(int n, String t) throws IosImportException {
        String[] w = t.split("\\s+");
        String rest = t.length() > w[0].length() ? t.substring(w[0].length()).strip() : "";
        InterfaceDraft d = iface;
        switch (w[0]) {
            case "description" -> {
                if (rest.isEmpty()) {
                    return false; // IOS refuses a bare "description"; kept verbatim like any line it does not know
                }
                d.description = rest;
                return true;
            }
            case "bandwidth" -> {
                if (w.length != 2) {
                    return false;
                }
                d.bandwidth = integer(n, w[1], "bandwidth");
                return true;
            }
            case "shutdown" -> {
                if (w.length != 1) {
                    return false;
                }
                d.shutdown = true;
                return true;
            }
            case "no" -> {
                if (t.equals("no shutdown")) {
                    d.shutdown = false;
                    return true;
                }
                if (t.equals("no ip address")) {
                    d.ipv4 = null;
                    return true;
                }
                if (t.equals("no ip redirects")) {
                    d.ipRedirects = false;
                    return true;
                }
                return false;
            }
            case "ip" -> {
                return ipCommand(n, w, d);
            }
            case "ipv6" -> {
                if (w.length == 3 && w[1].equals("address") && w[2].contains("/")) {
                    try {
                        InterfaceAddress a = InterfaceAddress.parse(w[2]);
                        if (a.isIpv4()) {
                            throw new IosImportException(file, n, "'" + w[2] + "' is not an IPv6 address");
                        }
                        d.ipv6.add(a.toString());
                    } catch (AddressFormatProblem e) {
                        throw new IosImportException(file, n, "ipv6 address: " + e.getMessage());
                    }
                    return true;
                }
                return false;
            }
            case "tunnel" -> {
                return tunnelCommand(n, w, d);
            }
            default -> {
                return false;
            }
        }
    }

    private boolean ipCommand(int n, String[] w, InterfaceDraft d) throws IosImportException {
        if (w.length == 4 && w[1].equals("address")) {
            IPAddress a = address(n, w[2], "interface address");
            int len = mask(n, w[3]);
            try {
                d.ipv4 = InterfaceAddress.parse(a.toCanonicalString() + "/" + len).toString();
            } catch (AddressFormatProblem e) {
                throw new IosImportException(file, n, "ip address " + w[2] + " " + w[3] + ": " + e.getMessage());
            }
            return true;
        }
        if (w.length == 2 && w[1].equals("redirects")) {
            d.ipRedirects = null; // the IOS default; IOS itself never prints it
            return true;
        }
        if (w.length == 3 && w[1].equals("mtu")) {
            d.mtu = integer(n, w[2], "ip mtu");
            return true;
        }
        if (w.length == 4 && w[1].equals("tcp") && w[2].equals("adjust-mss")) {
            d.tcpAdjustMss = integer(n, w[3], "ip tcp adjust-mss");
            return true;
        }
        if (w.length >= 3 && w[1].equals("nhrp")) {
            return nhrpCommand(n, w, d);
        }
        if (w.length >= 4 && w[1].equals("ospf")) {
            return ospfInterfaceCommand(n, w, d);
        }
        return false;
    }

    private boolean nhrpCommand(int n, String[] w, InterfaceDraft d) throws IosImportException {
        boolean ok = true;
        switch (w[2]) {
            case "authentication" -> {
                if (w.length != 4) {
                    return false;
                }
                d.nhrpAuthentication = Secret.of(w[3]);
            }
            case "network-id" -> {
                if (w.length != 4) {
                    return false;
                }
                d.networkId = longValue(n, w[3], "NHRP network-id");
            }
            case "holdtime" -> {
                if (w.length != 4) {
                    return false;
                }
                d.holdtime = integer(n, w[3], "NHRP holdtime");
            }
            case "map" -> {
                if (w.length == 5 && w[3].equals("multicast")) {
                    if (!w[4].equals("dynamic") && !dotted(w[4])) {
                        return false;
                    }
                    if (!w[4].equals("dynamic")) {
                        address(n, w[4], "NHRP multicast NBMA address");
                    }
                    d.mapMulticast.add(w[4]);
                } else if (w.length == 5 && dotted(w[3]) && dotted(w[4])) {
                    address(n, w[3], "NHRP protocol address");
                    address(n, w[4], "NHRP NBMA address");
                    d.maps.add(new NhrpMap(w[3], w[4]));
                } else {
                    return false;
                }
            }
            case "nhs" -> {
                if (w.length >= 4 && !dotted(w[3])) {
                    return false;
                }
                if (w.length == 4) {
                    address(n, w[3], "NHS address");
                    d.servers.add(NhrpServer.of(w[3]));
                } else if (w.length == 6 && w[4].equals("nbma") && dotted(w[5])) {
                    address(n, w[3], "NHS address");
                    address(n, w[5], "NHS NBMA address");
                    d.servers.add(new NhrpServer(w[3], w[5]));
                } else {
                    return false;
                }
            }
            case "redirect" -> ok = w.length == 3 && (d.redirect = true);
            case "shortcut" -> ok = w.length == 3 && (d.shortcut = true);
            case "registration" -> ok = w.length == 4 && w[3].equals("no-unique") && (d.registrationNoUnique = true);
            default -> ok = false;
        }
        if (ok) {
            d.nhrpSeen = true;
        }
        return ok;
    }

    private boolean ospfInterfaceCommand(int n, String[] w, InterfaceDraft d) throws IosImportException {
        if (w.length != 4) {
            return false;
        }
        switch (w[2]) {
            case "network" -> {
                for (OspfNetworkType t : OspfNetworkType.values()) {
                    if (t != OspfNetworkType.LOOPBACK && t.iosKeyword().equals(w[3])) {
                        d.ospfNetwork = t;
                        return true;
                    }
                }
                return false;
            }
            case "cost" -> d.ospfCost = integer(n, w[3], "ip ospf cost");
            case "priority" -> {
                int p = integer(n, w[3], "ip ospf priority");
                if (p > 255) {
                    throw new IosImportException(file, n, "ip ospf priority must be 0 to 255, not " + p);
                }
                d.ospfPriority = p;
            }
            case "hello-interval" -> d.ospfHello = integer(n, w[3], "ip ospf hello-interval");
            case "dead-interval" -> {
                if (w[3].equals("minimal")) {
                    return false;
                }
                d.ospfDead = integer(n, w[3], "ip ospf dead-interval");
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean tunnelCommand(int n, String[] w, InterfaceDraft d) throws IosImportException {
        if (w.length == 3 && w[1].equals("source")) {
            d.tunnelSource = w[2];
            d.tunnelSourceLine = n;
        } else if (w.length == 3 && w[1].equals("destination") && dotted(w[2])) {
            address(n, w[2], "tunnel destination");
            d.tunnelDestination = w[2];
        } else if (w.length == 3 && w[1].equals("key")) {
            d.tunnelKey = longValue(n, w[2], "tunnel key");
        } else if (w.length == 4 && w[1].equals("mode") && w[2].equals("gre") && w[3].equals("multipoint")) {
            d.tunnelMode = TunnelMode.GRE_MULTIPOINT;
        } else if (w.length == 4 && w[1].equals("mode") && w[2].equals("gre") && w[3].equals("ip")) {
            d.tunnelMode = TunnelMode.GRE_P2P;
        } else if (w.length == 3 && w[1].equals("mode") && w[2].equals("ipv6ip")) {
            d.tunnelMode = TunnelMode.IPV6IP;
        } else if (w.length == 5 && w[1].equals("protection") && w[2].equals("ipsec") && w[3].equals("profile")) {
            d.tunnelProtection = w[4];
            d.tunnelProtectionLine = n;
        } else {
            return false;
        }
        d.tunnelSeen = true;
        return true;
    }

    private boolean ospfCommand(int n, String t) throws IosImportException {
        String[] w = t.split("\\s+");
        OspfDraft o = ospf;
        if (w.length == 2 && w[0].equals("router-id")) {
            address(n, w[1], "router-id");
            o.routerId = w[1];
        } else if (w.length == 3 && w[0].equals("auto-cost") && w[1].equals("reference-bandwidth")) {
            o.referenceBandwidth = integer(n, w[2], "reference bandwidth");
        } else if (t.equals("passive-interface default")) {
            o.passiveDefault = true;
        } else if (w.length == 2 && w[0].equals("passive-interface")) {
            o.passive.add(w[1]);
            passiveLines.put(w[1], n);
        } else if (w.length == 3 && w[0].equals("no") && w[1].equals("passive-interface")) {
            o.passive.add(w[2]);
            passiveLines.put(w[2], n);
        } else if (w.length == 5 && w[0].equals("network") && w[3].equals("area") && w[4].matches("\\d+")) {
            address(n, w[1], "network address");
            address(n, w[2], "network wildcard");
            o.networks.add(new OspfNetwork(w[1], w[2], longValue(n, w[4], "area")));
        } else if (w.length >= 2 && w[0].equals("neighbor")) {
            address(n, w[1], "neighbor address");
            Integer priority = null;
            Integer poll = null;
            int i = 2;
            while (i + 1 < w.length) {
                if (w[i].equals("priority") && priority == null) {
                    priority = integer(n, w[i + 1], "neighbor priority");
                } else if (w[i].equals("poll-interval") && poll == null) {
                    poll = integer(n, w[i + 1], "neighbor poll-interval");
                } else {
                    return false;
                }
                i += 2;
            }
            if (i != w.length) {
                return false;
            }
            o.neighbors.add(new OspfNeighbor(w[1], priority, poll));
        } else {
            return false;
        }
        return true;
    }

    private boolean isakmpCommand(int n, String t) throws IosImportException {
        String[] w = t.split("\\s+");
        IsakmpPolicy p = policies.get(policies.size() - 1);
        IsakmpPolicy q;
        if ((w[0].equals("encr") || w[0].equals("encryption")) && (w.length == 2 || w.length == 3)) {
            q = new IsakmpPolicy(p.priority(), String.join(" ", List.of(w).subList(1, w.length)), p.hash(),
                    p.authentication(), p.group(), p.lifetime());
        } else if (w[0].equals("hash") && w.length == 2) {
            q = new IsakmpPolicy(p.priority(), p.encryption(), w[1], p.authentication(), p.group(), p.lifetime());
        } else if (w[0].equals("authentication") && w.length == 2) {
            q = new IsakmpPolicy(p.priority(), p.encryption(), p.hash(), w[1], p.group(), p.lifetime());
        } else if (w[0].equals("group") && w.length == 2) {
            q = new IsakmpPolicy(p.priority(), p.encryption(), p.hash(), p.authentication(),
                    integer(n, w[1], "DH group"), p.lifetime());
        } else if (w[0].equals("lifetime") && w.length == 2) {
            q = new IsakmpPolicy(p.priority(), p.encryption(), p.hash(), p.authentication(), p.group(),
                    integer(n, w[1], "ISAKMP lifetime"));
        } else {
            return false;
        }
        policies.set(policies.size() - 1, q);
        return true;
    }

    private boolean transformSetCommand(String t) {
        TransformSet s = transformSets.get(transformSets.size() - 1);
        if (t.equals("mode tunnel")) {
            // 15.x prints the default mode; the model keeps null for it
            transformSets.set(transformSets.size() - 1, new TransformSet(s.name(), s.transforms(), null));
            return true;
        }
        if (t.equals("mode transport")) {
            transformSets.set(transformSets.size() - 1, new TransformSet(s.name(), s.transforms(), "transport"));
            return true;
        }
        return false;
    }

    private boolean profileCommand(int n, String t) throws IosImportException {
        String[] w = t.split("\\s+");
        IpsecProfile p = profiles.get(profiles.size() - 1);
        IpsecProfile q;
        if (w.length >= 3 && w[0].equals("set") && w[1].equals("transform-set")) {
            q = new IpsecProfile(p.name(), List.of(w).subList(2, w.length), p.lifetimeSeconds(), p.pfsGroup());
        } else if (w.length == 5 && t.startsWith("set security-association lifetime seconds ")) {
            q = new IpsecProfile(p.name(), p.transformSets(), integer(n, w[4], "SA lifetime"), p.pfsGroup());
        } else if (w.length == 3 && w[0].equals("set") && w[1].equals("pfs") && w[2].matches("group\\d+")) {
            q = new IpsecProfile(p.name(), p.transformSets(), p.lifetimeSeconds(),
                    integer(n, w[2].substring(5), "PFS group"));
        } else {
            return false;
        }
        profiles.set(profiles.size() - 1, q);
        return true;
    }

    // ------------------------------------------------------------------ end of file

    private IosConfig finish() throws IosImportException {
        for (InterfaceDraft d : interfaces.values()) {
            String src = d.tunnelSource;
            if (src != null && HostAddress.tryParse(src).isEmpty() && !interfaces.containsKey(src)) {
                throw new IosImportException(file, d.tunnelSourceLine, "tunnel source " + src
                        + ": no such interface in this file");
            }
            if (d.tunnelProtection != null && profiles.stream().noneMatch(p -> p.name().equals(d.tunnelProtection))) {
                throw new IosImportException(file, d.tunnelProtectionLine, "tunnel protection ipsec profile "
                        + d.tunnelProtection + ": no such crypto ipsec profile in this file");
            }
        }
        for (Map.Entry<String, Integer> e : passiveLines.entrySet()) {
            if (!interfaces.containsKey(e.getKey())) {
                throw new IosImportException(file, e.getValue(), "passive-interface " + e.getKey()
                        + ": no such interface in this file");
            }
        }
        for (int i = 0; i < routeIfaces.size(); i++) {
            if (!interfaces.containsKey(routeIfaces.get(i)) && !routeIfaces.get(i).equals("Null0")) {
                throw new IosImportException(file, routeIfaceLines.get(i), "route via " + routeIfaces.get(i)
                        + ": no such interface in this file");
            }
        }
        for (IpsecProfile p : profiles) {
            for (String ts : p.transformSets()) {
                if (transformSets.stream().noneMatch(s -> s.name().equals(ts))) {
                    throw new IosImportException(file, 0, "crypto ipsec profile " + p.name() + " names transform-set "
                            + ts + ", which this file does not define");
                }
            }
        }
        List<Interface> built = new ArrayList<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (InterfaceDraft d : interfaces.values()) {
            built.add(d.build());
            lines.put(d.name, d.line);
        }
        CryptoSettings crypto = policies.isEmpty() && keys.isEmpty() && transformSets.isEmpty() && profiles.isEmpty()
                ? null : new CryptoSettings(policies, keys, transformSets, profiles);
        OspfProcess o = firstOspf == null ? null : firstOspf.build();
        return new IosConfig(file, hostname, hostnameLine, built, lines, o, routes, crypto, verbatim, notes);
    }

    // ------------------------------------------------------------------ helpers

    private void keep(int n, String block, String after, String line) {
        verbatim.add(new VerbatimLine(block, after, line, file + ":" + n));
        String shown = CredentialMask.mask(line.strip());
        // never copy a secret into a note: a credential in a syntax the mask does not know is shown by its first word only
        if (!shown.contains(CredentialMask.MASK) && CREDENTIAL_WORD.matcher(shown.toLowerCase(Locale.ROOT)).find()) {
            shown = shown.split("\\s+")[0] + " ... (contains a credential)";
        }
        notes.add(new ImportNote(file, n, "kept verbatim (not in the model): " + shown));
    }

    private IPAddress address(int n, String text, String what) throws IosImportException {
        try {
            IPAddress a = HostAddress.parse(text);
            if (!a.isIPv4()) {
                throw new IosImportException(file, n, what + " '" + text + "' is not an IPv4 address");
            }
            return a;
        } catch (AddressFormatProblem e) {
            throw new IosImportException(file, n, what + ": " + e.getMessage());
        }
    }

    /** A dotted mask; it must be contiguous. Returns its prefix length. */
    private int mask(int n, String text) throws IosImportException {
        IPAddressString s = new IPAddressString(text);
        IPAddress m = s.getAddress();
        if (m == null || !m.isIPv4() || text.contains("/")) {
            throw new IosImportException(file, n, "'" + text + "' is not a network mask");
        }
        Integer len = m.getBlockMaskPrefixLength(true);
        if (len == null) {
            throw new IosImportException(file, n, "'" + text + "' is not a valid mask (Bad mask: the one bits must be contiguous)");
        }
        return len;
    }

    private int integer(int n, String text, String what) throws IosImportException {
        try {
            int v = Integer.parseInt(text);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IosImportException(file, n, what + " '" + text + "' is not a number");
        }
    }

    private long longValue(int n, String text, String what) throws IosImportException {
        try {
            long v = Long.parseLong(text);
            if (v < 0 || v > 0xffffffffL) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IosImportException(file, n, what + " '" + text + "' is not a number from 0 to 4294967295");
        }
    }

    /** {@code router ospf} while its lines are read. */
    private static final class OspfDraft {
        final int processId;
        String routerId;
        Integer referenceBandwidth;
        boolean passiveDefault;
        final List<String> passive = new ArrayList<>();
        final List<OspfNetwork> networks = new ArrayList<>();
        final List<OspfNeighbor> neighbors = new ArrayList<>();

        OspfDraft(int processId) {
            this.processId = processId;
        }

        OspfProcess build() {
            return new OspfProcess(processId, routerId, referenceBandwidth, networks, neighbors, passive, passiveDefault);
        }
    }
}

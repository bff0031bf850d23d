package org.labcanvas.model.show;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.ospf.OspfRouter;
import org.labcanvas.model.sim.rib.Route;
import org.labcanvas.model.sim.rib.RouteSource;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;

/**
 * Runs an exec command typed on a device against a simulated network state and returns what
 * the device prints: the command may be abbreviated as IOS allows ({@code sh ip ro os}) and
 * filtered with {@code | include}, {@code | exclude}, {@code | begin} (also abbreviated).
 * Errors look like IOS's: {@code % Invalid input detected at '^' marker.} with the caret under
 * the first character IOS rejects (the prompt {@code R1#} counts), {@code % Ambiguous command},
 * {@code % Incomplete command.}.
 */
public final class ShowCommand {
    private ShowCommand() {}

    /** What kind of answer a command got. */
    public enum Outcome {
        /** The command's output. */
        OUTPUT,
        /** IOS's own complaint: invalid input, an ambiguous or an incomplete command. */
        IOS_ERROR,
        /** A command IOS has but LabCanvas does not simulate. */
        NOT_SIMULATED
    }

    /** The text a device printed and what kind of answer it is. */
    public record Answer(String text, Outcome outcome) {}

    /** What {@code device} prints for {@code line} at the state's moment. */
    public static String execute(NetworkState state, String device, String line) {
        return answer(state, device, line).text();
    }

    /**
     * What {@code device} prints for {@code line}, and whether it is output or a complaint.
     *
     * @throws IllegalArgumentException when the device does not exist, has no simulated console
     *                                  (IOS routers and macOS, FreeBSD and Linux hosts have one), or is off
     */
    public static Answer answer(NetworkState state, String device, String line) {
        Device d = state.network().topology().device(device)
                .orElseThrow(() -> new IllegalArgumentException("no device named '" + device + "'"));
        if (d.kind() == DeviceKind.ACE && state.deviceUp(device)) {
            return org.labcanvas.model.show.ace.AceShow.answer(state, device, line);
        }
        boolean host = d.kind() == DeviceKind.HOST && org.labcanvas.model.show.host.HostConsole.answers(d);
        if (d.kind() != DeviceKind.ROUTER && d.kind() != DeviceKind.ACE && !host) {
            throw new IllegalArgumentException(device + " is not an IOS router");
        }
        if (!state.deviceUp(device)) {
            throw new IllegalArgumentException(device + " is powered off at this time");
        }
        if (host) {
            return org.labcanvas.model.show.host.HostConsole.answer(state, device, line);
        }
        String prompt = device + "#";
        String command = line;
        String pipe = null;
        int bar = line.indexOf('|');
        if (bar >= 0) {
            command = line.substring(0, bar);
            pipe = line.substring(bar + 1);
        }
        CommandTree tree = tree(state, device);
        CommandTree.Match m = tree.match(command);
        String output;
        if (m instanceof CommandTree.Found f) {
            try {
                output = f.action().apply(f.args());
            } catch (Complaint c) {
                return new Answer(c.text, Outcome.IOS_ERROR);
            }
        } else if (m instanceof CommandTree.Invalid inv) {
            return new Answer(" ".repeat(prompt.length() + inv.column()) + "^\n% Invalid input detected at '^' marker.\n\n",
                    Outcome.IOS_ERROR);
        } else if (m instanceof CommandTree.Ambiguous a) {
            return new Answer("% Ambiguous command:  \"" + a.typed() + "\"\n", Outcome.IOS_ERROR);
        } else if (m instanceof CommandTree.NotSimulated ns) {
            return new Answer("% '" + ns.command() + "' is not simulated by LabCanvas\n", Outcome.NOT_SIMULATED);
        } else {
            return new Answer("% Incomplete command.\n\n", Outcome.IOS_ERROR);
        }
        if (pipe != null) {
            String filtered = filter(output, pipe, prompt.length() + bar + 1);
            boolean complaint = filtered.startsWith("% Incomplete command.") || filtered.startsWith("% Invalid regular expression")
                    || filtered.matches("(?s) *\\^\n% Invalid input detected.*");
            return new Answer(filtered, complaint ? Outcome.IOS_ERROR : Outcome.OUTPUT);
        }
        return new Answer(output, Outcome.OUTPUT);
    }

    /** Thrown by an action when IOS answers the command with a complaint instead of output. */
    static final class Complaint extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String text;

        Complaint(String text) {
            super(null, null, false, false);
            this.text = text;
        }
    }

    /**
     * {@code ping}/{@code traceroute} of something that is not an address ({@code 999.1.1.1}): IOS
     * takes it as a host name, finds none and says so.
     */
    private static String unknownHost(List<String> args) {
        throw new Complaint("% Unrecognized host or address, or protocol not running.\n\n");
    }

    private static String filter(String output, String pipe, int offset) {
        String p = pipe.strip();
        int sp = p.indexOf(' ');
        String kw = (sp < 0 ? p : p.substring(0, sp)).toLowerCase(Locale.ROOT);
        String regex = sp < 0 ? "" : p.substring(sp + 1);
        int kwColumn = offset + pipe.indexOf(p.isEmpty() ? " " : p.substring(0, 1));
        String mode = null;
        for (String k : List.of("include", "exclude", "begin", "section", "count")) {
            if (!kw.isEmpty() && k.startsWith(kw)) {
                mode = mode == null ? k : "ambiguous";
            }
        }
        if (mode == null || mode.equals("ambiguous") || regex.isEmpty()) {
            int col = regex.isEmpty() && mode != null && !mode.equals("ambiguous") ? kwColumn + p.length() : kwColumn;
            if (regex.isEmpty() && mode != null && !mode.equals("ambiguous")) {
                return "% Incomplete command.\n\n";
            }
            return " ".repeat(col) + "^\n% Invalid input detected at '^' marker.\n\n";
        }
        Pattern re;
        try {
            re = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return "% Invalid regular expression\n";
        }
        StringBuilder out = new StringBuilder();
        String[] lines = output.split("\n", -1);
        boolean begun = false;
        int count = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (i == lines.length - 1 && l.isEmpty()) {
                break;
            }
            boolean hit = re.matcher(l).find();
            switch (mode) {
                case "include" -> { if (hit) out.append(l).append('\n'); }
                case "exclude" -> { if (!hit) out.append(l).append('\n'); }
                case "count" -> { if (hit) count++; }
                default -> {
                    if (hit) begun = true;
                    if (begun) out.append(l).append('\n');
                }
            }
        }
        if (mode.equals("count")) {
            return "Number of lines which match regexp = " + count + "\n";
        }
        return out.toString();
    }

    /**
     * {@code show running-config}: the configuration text of the exporter (which prints the
     * wildcard pre-shared key with both address and mask, where 15.x pads the mask with spaces).
     */
    private static String runningConfig(NetworkState s, String device) {
        String cfg;
        try {
            cfg = org.labcanvas.model.configs.IosConfigWriter.write(s.network().device(device));
        } catch (org.labcanvas.model.configs.ExportException e) {
            return "% " + e.getMessage() + "\n";
        }
        return "Building configuration...\n\nCurrent configuration : "
                + cfg.getBytes(java.nio.charset.StandardCharsets.US_ASCII).length + " bytes\n" + cfg;
    }

    private static int count(String text) {
        try {
            return Math.max(1, Math.min(2147483, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return 5;
        }
    }

    static CommandTree tree(NetworkState s, String device) {
        OspfRouter ospf = s.ospf().router(device);
        Function<Function<OspfRouter, String>, CommandTree.Action> withOspf = f -> args -> ospf == null ? "" : f.apply(ospf);
        Function<String, Optional<String>> ifName = typed -> s.network().findTyped(device, typed).map(NetInterface::name);
        CommandTree t = new CommandTree();
        t.known("", "aaa", "access-lists", "adjacency", "alias", "archive", "arp", "buffers", "cdp", "clock",
                "configuration", "controllers", "crypto", "debugging", "dhcp", "dmvpn", "environment", "file", "flash:",
                "history", "hosts", "interfaces", "inventory", "ip", "ipv6", "key", "line", "logging", "memory", "ntp",
                "parser", "policy-map", "privilege", "processes", "protocols", "queue", "queueing", "running-config",
                "sessions", "snmp", "ssh", "standby", "startup-config", "tcp", "tech-support", "terminal", "track",
                "users", "version", "vlans", "vrf");
        t.known("show ip", "access-lists", "accounting", "admission", "arp", "as-path-access-list", "bgp", "cache",
                "cef", "community-list", "dhcp", "dns", "eigrp", "extcommunity-list", "flow", "http", "igmp", "inspect",
                "interface", "local", "mroute", "msdp", "multicast", "nat", "nbar", "nhrp", "ospf", "pim", "policy",
                "prefix-list", "protocols", "redirects", "rip", "route", "rpf", "rsvp", "rtp", "sla", "sockets", "ssh",
                "tcp", "traffic", "verify", "vrf", "wccp");
        t.known("show ip ospf", "border-routers", "database", "flood-list", "interface", "neighbor", "request-list",
                "retransmission-list", "statistics", "summary-address", "traffic", "virtual-links", "events", "rib",
                "sham-links", "timers", "max-metric", "mpls", "fast-reroute", "topology-info");
        t.known("show ip route", "bgp", "connected", "eigrp", "isis", "list", "mobile", "odr", "ospf", "profile",
                "rip", "static", "summary", "supernets-only", "vrf", "track-table", "nhrp", "lisp", "multicast", "repair-paths", "application", "dhcp", "local", "next-hop-override", "tag", "longer-prefixes");
        t.known("show ip interface", "brief");
        t.known("show crypto", "ca", "call", "ctcp", "dynamic-map", "eli", "engine", "gdoi", "ipsec", "isakmp",
                "key", "map", "mib", "pki", "route", "session", "socket", "tech-support", "vpn");
        t.add("show ip route", a -> IpRouteView.table(s, device, r -> true));
        t.add("show ip route ospf", a -> IpRouteView.table(s, device, r -> r.source().isOspf(), false));
        t.add("show ip route connected", a -> IpRouteView.table(s, device,
                r -> r.source() == RouteSource.CONNECTED || r.source() == RouteSource.LOCAL, false));
        t.add("show ip route static", a -> IpRouteView.table(s, device, (Route r) -> r.source() == RouteSource.STATIC,
                false));
        t.add("show ip route " + CommandTree.ADDRESS, a -> IpRouteView.entry(s, device, a.get(0)));
        t.add("show ip ospf", withOspf.apply(r -> OspfViews.process(s, r)));
        t.add("show ip ospf neighbor", withOspf.apply(r -> OspfViews.neighbors(s, r)));
        t.add("show ip ospf neighbor detail", withOspf.apply(r -> OspfViews.neighborDetail(s, r)));
        t.add("show ip ospf interface", withOspf.apply(r -> OspfViews.interfaces(s, r, null)));
        t.add("show ip ospf interface brief", withOspf.apply(r -> OspfViews.interfaceBrief(s, r)));
        t.add("show ip ospf interface " + CommandTree.IFNAME, a -> ospf == null ? ""
                : ifName.apply(a.get(0)).map(n -> OspfViews.interfaces(s, ospf, n)).orElse(""));
        t.add("show ip ospf database", withOspf.apply(r -> OspfViews.database(s, r)));
        t.add("show ip interface brief", a -> InterfaceViews.brief(s, device));
        t.add("show running-config", a -> runningConfig(s, device));
        t.add("show version", a -> VersionView.render(s, device));
        t.add("show interfaces", a -> InterfaceViews.interfaces(s, device, null));
        t.add("show interfaces " + CommandTree.IFNAME, a -> ifName.apply(a.get(0))
                .map(n -> InterfaceViews.interfaces(s, device, n)).orElse(""));
        NhrpViews.register(t, s, device);
        t.known("", "ping", "traceroute");
        t.add("ping " + CommandTree.ADDRESS, a -> PingView.ping(s, device, a.get(0), null, 5));
        t.add("ping " + CommandTree.ADDRESS + " repeat " + CommandTree.WORD,
                a -> PingView.ping(s, device, a.get(0), null, count(a.get(1))));
        t.add("ping " + CommandTree.ADDRESS + " source " + CommandTree.IFNAME, a -> PingView.ping(s, device, a.get(0),
                ifName.apply(a.get(1)).orElse(a.get(1)), 5));
        t.add("ping " + CommandTree.ADDRESS + " source " + CommandTree.IFNAME + " repeat " + CommandTree.WORD,
                a -> PingView.ping(s, device, a.get(0), ifName.apply(a.get(1)).orElse(a.get(1)),
                        count(a.get(2))));
        t.add("ping " + CommandTree.ADDRESS + " repeat " + CommandTree.WORD + " source " + CommandTree.IFNAME,
                a -> PingView.ping(s, device, a.get(0), ifName.apply(a.get(2)).orElse(a.get(2)),
                        count(a.get(1))));
        t.add("traceroute " + CommandTree.ADDRESS, a -> PingView.traceroute(s, device, a.get(0)));
        t.add("ping " + CommandTree.WORD, ShowCommand::unknownHost);
        t.add("ping " + CommandTree.WORD + " repeat " + CommandTree.WORD, ShowCommand::unknownHost);
        t.add("ping " + CommandTree.WORD + " source " + CommandTree.IFNAME, ShowCommand::unknownHost);
        t.add("ping " + CommandTree.WORD + " source " + CommandTree.IFNAME + " repeat " + CommandTree.WORD,
                ShowCommand::unknownHost);
        t.add("ping " + CommandTree.WORD + " repeat " + CommandTree.WORD + " source " + CommandTree.IFNAME,
                ShowCommand::unknownHost);
        t.add("traceroute " + CommandTree.WORD, ShowCommand::unknownHost);
        CryptoViews.register(t, s, device);
        DailyViews.register(t, s, device);
        Ipv6Views.register(t, s, device);
        return t;
    }
}

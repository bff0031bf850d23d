package org.labcanvas.model.configs;

import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.OspfInterfaceSettings;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

/**
 * A router of the design rebuilt as a Linux box running FRRouting 8.x:
 * {@code frr/NAME.conf} (staticd routes, ospfd, and nhrpd for Cisco-compatible DMVPN) and
 * {@code frr/NAME-links.sh} (iproute2 interfaces, GRE/mGRE tunnels and addresses).
 *
 * <p>After the FRR user guide, "NHRP" chapter: nhrpd works on a multipoint GRE device
 * ({@code ip tunnel add gre1 mode gre key 42 ttl 64 dev eth0}, no remote), and a next-hop
 * server is given with its NBMA address ({@code ip nhrp nhs 10.0.0.1 nbma 192.0.2.1}). A Cisco spoke
 * keeps its hub as NHS with the hub's NBMA address. A point-to-point IOS tunnel stays a point-to-point GRE device
 * ({@code remote}, {@code local}): two multipoint devices with the same key and underlay
 * interface would collide in the kernel, as a phase-1 spoke's two tunnels to two hubs would. IPsec is strongSwan's job ({@code tunnel protection vici profile NAME} names a
 * strongSwan connection). FRR's ospfd takes {@code network PREFIX/LEN area N}, so only contiguous
 * wildcards can be exported.
 */
final class FrrConfigWriter {
    static final int NFLOG_GROUP = 1;

    private FrrConfigWriter() {}

    private static boolean usesRedirect(Device d) {
        return d.interfaces().stream().anyMatch(i -> i.nhrp() != null && i.nhrp().redirect());
    }

    static List<GeneratedFile> files(Device d, Topology topology) throws ExportException {
        String base = "frr/" + ShellText.fileName(d.name());
        return List.of(
                GeneratedFile.secretFile(d.name(), base + ".conf", conf(d, topology)),
                GeneratedFile.script(d.name(), base + "-links.sh", links(d)));
    }

    static String conf(Device d) throws ExportException {
        return conf(d, new Topology(List.of(d), List.of()));
    }

    static String conf(Device d, Topology topology) throws ExportException {
        OneLineFields.require(d);
        List<String> out = new ArrayList<>();
        out.add("! FRRouting configuration of " + d.name() + " (staticd, ospfd, nhrpd).");
        out.add("! Interface names as in " + ShellText.fileName(d.name()) + "-links.sh: "
                + String.join(", ", d.interfaces().stream()
                .map(i -> i.name() + " = " + LinuxInterfaceNames.of(i.name())).toList()) + ".");
        out.add("frr defaults traditional");
        out.add("hostname " + d.name());
        out.add("!");
        if (usesRedirect(d)) {
            // nhrpd learns of hairpinned traffic (for redirects) from netfilter log group 1; see the -links.sh script
            out.add("nhrp nflog-group " + NFLOG_GROUP);
            out.add("!");
        }
        for (StaticRoute r : d.staticRoutes()) {
            out.add(staticRoute(d, r));
        }
        if (!d.staticRoutes().isEmpty()) {
            out.add("!");
        }
        for (Interface i : d.interfaces()) {
            List<String> lines = interfaceLines(d, i);
            if (lines.isEmpty()) {
                continue;
            }
            out.add("interface " + LinuxInterfaceNames.of(i.name()));
            out.addAll(lines);
            out.add("exit");
            out.add("!");
        }
        if (d.ospf() != null) {
            out.addAll(ospf(d, d.ospf(), impliedNeighbors(d, topology)));
            out.add("exit");
            out.add("!");
        }
        out.add("end");
        return String.join("\n", out) + "\n";
    }

    private static List<String> interfaceLines(Device d, Interface i) throws ExportException {
        List<String> lines = new ArrayList<>();
        if (i.description() != null) {
            lines.add(" description " + i.description());
        }
        NhrpSettings n = i.nhrp();
        if (n != null) {
            String where = "interface " + i.name();
            lines.add(" ip nhrp network-id " + n.networkId());
            if (n.holdtime() != null) {
                lines.add(" ip nhrp holdtime " + n.holdtime());
            }
            if (n.authentication() != null) {
                lines.add(" ! ip nhrp authentication is not exported: FRR 8.4 nhrpd has no such command");
            }
            for (NhrpMap m : n.maps()) {
                lines.add(" ip nhrp map " + m.protocol() + " " + m.nbma());
            }
            for (String mm : n.mapMulticast()) {
                lines.add(" ip nhrp map multicast " + mm);
            }
            for (NhrpServer s : n.servers()) {
                String nbma = s.nbma();
                if (nbma == null) {
                    nbma = n.maps().stream().filter(m -> m.protocol().equals(s.address())).map(NhrpMap::nbma)
                            .findFirst().orElse(null);
                }
                if (nbma == null && i.tunnel() != null && i.tunnel().mode() == TunnelMode.GRE_P2P) {
                    nbma = i.tunnel().destination();
                }
                if (nbma == null) {
                    throw new ExportException(d.name() + " " + where + ": NHS " + s.address()
                            + " has no NBMA address (no nbma, no ip nhrp map for it); nhrpd needs one");
                }
                lines.add(" ip nhrp nhs " + s.address() + " nbma " + nbma);
            }
            IosConfigWriter.nhrpFlags(n, lines);
        }
        OspfInterfaceSettings o = i.ospf();
        if (o != null) {
            IosConfigWriter.ospfInterface(o, lines);
        }
        TunnelSettings t = i.tunnel();
        if (n != null && t != null) {
            if (t.protection() != null) {
                lines.add(" tunnel protection vici profile " + t.protection());
            }
            if (t.source() != null && !AddressText.isAddress(t.source())) {
                lines.add(" tunnel source " + LinuxInterfaceNames.of(t.source()));
            }
        }
        return lines;
    }

    /**
     * The other routers' addresses on this router's DR-eligible non-broadcast tunnels. An IOS hub
     * learns its spokes from their unicast hellos and needs no {@code neighbor} line; FRR's ospfd
     * forms no adjacency on a non-broadcast network unless the DR-eligible router lists its
     * neighbors too, so the FRR export writes them out.
     */
    static List<String> impliedNeighbors(Device d, Topology topology) {
        List<String> out = new ArrayList<>();
        if (d.ospf() == null) {
            return out;
        }
        for (Interface i : d.interfaces()) {
            if (i.ospf() == null || i.ospf().networkType() != org.labcanvas.model.topology.OspfNetworkType.NON_BROADCAST
                    || i.ospf().effectivePriority() == 0) {
                continue;
            }
            var own = org.labcanvas.model.addr.InterfaceAddress.tryParse(i.ipv4());
            if (own.isEmpty()) {
                continue;
            }
            for (Device other : topology.devices()) {
                if (other.name().equals(d.name())) {
                    continue;
                }
                for (Interface oi : other.interfaces()) {
                    var a = org.labcanvas.model.addr.InterfaceAddress.tryParse(oi.ipv4());
                    if (oi.isTunnel() && a.isPresent() && own.get().contains(a.get().address())) {
                        String addr = a.get().address().toCanonicalString();
                        boolean listed = d.ospf().neighbors().stream().anyMatch(n -> n.address().equals(addr));
                        if (!listed && !out.contains(addr)) {
                            out.add(addr);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<String> ospf(Device d, OspfProcess p, List<String> implied) throws ExportException {
        List<String> lines = new ArrayList<>();
        lines.add("router ospf");
        if (p.routerId() != null) {
            lines.add(" ospf router-id " + p.routerId());
        }
        if (p.referenceBandwidthMbps() != null) {
            lines.add(" auto-cost reference-bandwidth " + p.referenceBandwidthMbps());
        }
        IosConfigWriter.passiveInterfaces(p, LinuxInterfaceNames::of, lines);
        for (OspfNetwork n : p.networks()) {
            lines.add(" network " + networkPrefix(d, n) + " area " + n.area());
        }
        for (OspfNeighbor n : p.neighbors()) {
            lines.add(IosConfigWriter.neighbor(n));
        }
        if (!implied.isEmpty()) {
            lines.add(0, "! Neighbors " + String.join(", ", implied) + ": IOS learns them from their hellos,"
                    + " FRR must have them listed on a non-broadcast network.");
            for (String n : implied) {
                lines.add(" neighbor " + n);
            }
        }
        return lines;
    }

    /** {@code 10.0.0.0 0.0.0.255} as {@code 10.0.0.0/24}; a non-contiguous wildcard cannot be written for FRR. */
    static String networkPrefix(Device d, OspfNetwork n) throws ExportException {
        IPAddress base = AddressText.host(d.name(), "router ospf network", n.address());
        IPAddress wildcard = AddressText.host(d.name(), "router ospf network wildcard", n.wildcard());
        long w = wildcard.getValue().longValue();
        int hostBits = Long.bitCount(w);
        if (((w + 1) & w) != 0) {
            throw new ExportException(d.name() + " router ospf network " + n.address() + " " + n.wildcard()
                    + ": FRR takes prefixes only, and this wildcard is not contiguous");
        }
        long net = base.getValue().longValue() & ~w & 0xffffffffL;
        String addr = ((net >> 24) & 255) + "." + ((net >> 16) & 255) + "." + ((net >> 8) & 255) + "." + (net & 255);
        return addr + "/" + (32 - hostBits);
    }

    private static String staticRoute(Device d, StaticRoute r) throws ExportException {
        IPAddress prefix = AddressText.prefix(d.name(), "static route " + r.prefix(), r.prefix());
        boolean v6 = prefix.isIPv6();
        StringBuilder s = new StringBuilder(v6 ? "ipv6 route " : "ip route ").append(AddressText.prefixText(prefix));
        if (r.nextHop() != null) {
            s.append(' ').append(AddressText.host(d.name(), "static route next hop", r.nextHop()).toCanonicalString());
        }
        if (r.iface() != null) {
            s.append(' ').append(LinuxInterfaceNames.of(r.iface()));
        }
        if (r.distance() != null) {
            s.append(' ').append(r.distance());
        }
        return s.toString();
    }

    static String links(Device d) throws ExportException {
        OneLineFields.require(d);
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/sh\n");
        s.append("# iproute2 interfaces, tunnels and addresses of ").append(d.name())
                .append(" for FRRouting; run as root before starting FRR.\n");
        s.append("# Physical interfaces keep the design's names in short form: rename the NIC that plays each one\n");
        s.append("# first (ip link set NIC name NEWNAME).\n");
        s.append("set -eu\n\n");
        s.append("sysctl -w net.ipv4.ip_forward=1\n");
        boolean ipv6 = d.interfaces().stream().anyMatch(i -> !i.ipv6().isEmpty());
        if (ipv6) {
            s.append("sysctl -w net.ipv6.conf.all.forwarding=1\n");
        }
        for (Interface i : d.interfaces()) {
            String dev = LinuxInterfaceNames.of(i.name());
            s.append('\n').append("# ").append(i.name());
            if (i.description() != null) {
                s.append(": ").append(i.description());
            }
            s.append('\n');
            if (i.type() == InterfaceType.LOOPBACK) {
                s.append("ip link add ").append(dev).append(" type dummy\n");
            } else if (i.type() == InterfaceType.TUNNEL && i.tunnel() != null) {
                s.append(tunnelAdd(d, i, dev));
            }
            if (i.mtu() != null) {
                s.append("ip link set ").append(dev).append(" mtu ").append(i.mtu()).append('\n');
            } else if (i.tunnel() != null && i.tunnel().mode() == TunnelMode.IPV6IP) {
                s.append("ip link set ").append(dev).append(" mtu ").append(SixInFourScripts.TUNNEL_MTU).append('\n');
            }
            if (i.ipv4() != null) {
                InterfaceAddress a = AddressText.iface(d.name(), "interface " + i.name() + " ipv4", i.ipv4());
                s.append("ip addr add ").append(a).append(" dev ").append(dev).append('\n');
            }
            for (String v6 : i.ipv6()) {
                InterfaceAddress a = AddressText.iface(d.name(), "interface " + i.name() + " ipv6", v6);
                s.append("ip -6 addr add ").append(a).append(" dev ").append(dev).append('\n');
            }
            s.append("ip link set ").append(dev).append(i.shutdown() ? " down\n" : " up\n");
            if (i.nhrp() != null && i.nhrp().redirect()) {
                // FRR user guide, NHRP: hairpinned packets go to nhrpd through NFLOG so it can send redirects
                s.append("iptables -A FORWARD -i ").append(dev).append(" -o ").append(dev)
                        .append(" -m hashlimit --hashlimit-upto 4/minute --hashlimit-burst 1")
                        .append(" --hashlimit-mode srcip,dstip --hashlimit-srcmask 24 --hashlimit-dstmask 24")
                        .append(" --hashlimit-name loglimit-0 -j NFLOG --nflog-group ").append(NFLOG_GROUP)
                        .append(" --nflog-range 128\n");
            }
        }
        return s.toString();
    }

    private static String tunnelAdd(Device d, Interface i, String dev) throws ExportException {
        TunnelSettings t = i.tunnel();
        StringBuilder s = new StringBuilder("ip tunnel add ").append(dev);
        boolean multipoint = t.mode() == TunnelMode.GRE_MULTIPOINT;
        if (t.mode() == TunnelMode.IPV6IP) {
            s.append(" mode sit");
        } else {
            s.append(" mode gre");
        }
        if (!multipoint && t.destination() != null) {
            s.append(" remote ").append(AddressText.host(d.name(), "tunnel destination", t.destination()).toCanonicalString());
        }
        String local = localAddress(d, t);
        if (local != null && !multipoint) {
            s.append(" local ").append(local);
        }
        if (t.key() != null) {
            s.append(" key ").append(t.key());
        }
        s.append(t.mode() == TunnelMode.IPV6IP ? " ttl 255" : " ttl 64");
        if (t.source() != null && !AddressText.isAddress(t.source())) {
            s.append(" dev ").append(LinuxInterfaceNames.of(t.source()));
        }
        s.append('\n');
        return s.toString();
    }

    private static String localAddress(Device d, TunnelSettings t) throws ExportException {
        if (t.source() == null) {
            return null;
        }
        if (AddressText.isAddress(t.source())) {
            return t.source();
        }
        Interface src = d.iface(t.source()).orElse(null);
        if (src == null || src.ipv4() == null) {
            return null;
        }
        return AddressText.iface(d.name(), "interface " + src.name() + " ipv4", src.ipv4()).address().toCanonicalString();
    }
}

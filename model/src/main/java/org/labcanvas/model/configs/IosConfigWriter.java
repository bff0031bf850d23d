package org.labcanvas.model.configs;

import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.VerbatimLine;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.IsakmpPolicy;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.OspfInterfaceSettings;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.TransformSet;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

/**
 * A router's configuration in the form {@code show running-config} prints it, ready to paste into
 * the router: hostname, crypto (before the interfaces that reference it), interfaces,
 * {@code router ospf}, static routes, {@code end}. Values left at IOS's default are not printed,
 * the way IOS leaves them out.
 *
 * <p>Sources for order and spelling: the "Dynamic Multipoint VPN Configuration Guide, Cisco IOS
 * Release 12.4T" and "15M&amp;T" hub and spoke examples (cisco.com, sec-conn-dmvpn), and published
 * running-configs of 15.x routers (for example a CSR1000V DMVPN hub printing
 * {@code crypto ipsec transform-set ESP_AES_SHA esp-aes esp-sha-hmac} followed by {@code mode tunnel},
 * and HE tunnel-broker clients printing {@code tunnel source}, {@code tunnel mode ipv6ip},
 * {@code tunnel destination}).
 *
 * <p>Deliberate differences from {@code show running-config}, all for pasting:
 * <ul>
 *   <li>IOS pads some lines with trailing spaces ({@code set transform-set mySet }); we do not.</li>
 *   <li>15.x prints the wildcard pre-shared key as {@code address 0.0.0.0} followed by spaces; we
 *       print {@code address 0.0.0.0 0.0.0.0}, which 12.4 and 15.x both read as "every peer".</li>
 *   <li>Physical interfaces that are up get {@code no shutdown}: a router without configuration
 *       starts with its physical interfaces shut down, and a pasted running-config would leave them
 *       down.</li>
 * </ul>
 */
public final class IosConfigWriter {
    private IosConfigWriter() {}

    /** The whole configuration text of {@code d}, verbatim lines merged back in. */
    public static String write(Device d, List<VerbatimLine> verbatim) throws ExportException {
        OneLineFields.require(d, verbatim);
        List<ConfigBlock> blocks = VerbatimMerge.mergeBlocks(blocks(d, verbatim), verbatim);
        StringBuilder out = new StringBuilder();
        out.append("!\n");
        String group = null;
        for (ConfigBlock b : blocks) {
            if (group != null && !group.equals(b.group())) {
                out.append("!\n");
            }
            group = b.group();
            out.append(b.header()).append('\n');
            for (String c : b.children()) {
                out.append(c).append('\n');
            }
        }
        out.append("!\nend\n");
        return out.toString();
    }

    public static String write(Device d) throws ExportException {
        return write(d, List.of());
    }

    static List<ConfigBlock> blocks(Device d, List<VerbatimLine> verbatim) throws ExportException {
        Platform platform = d.platform();
        List<ConfigBlock> out = new ArrayList<>();
        out.add(ConfigBlock.single("hostname", "hostname " + d.name()));
        boolean usesIpv6 = d.interfaces().stream().anyMatch(i -> !i.ipv6().isEmpty())
                || d.staticRoutes().stream().anyMatch(r -> r.prefix() != null && r.prefix().contains(":"));
        boolean hasUnicastRouting = verbatim.stream()
                .anyMatch(v -> v.block() == null && v.text().strip().equals("ipv6 unicast-routing"));
        if (usesIpv6 && !hasUnicastRouting) {
            // Without it IOS accepts IPv6 addresses and routes but does not forward IPv6.
            out.add(ConfigBlock.single("ipv6-routing", "ipv6 unicast-routing"));
        }
        if (d.crypto() != null) {
            crypto(d.name(), platform, d.crypto(), out);
        }
        for (Interface i : d.interfaces()) {
            out.add(new ConfigBlock("interface:" + i.name(), "interface " + i.name(), iface(d.name(), platform, i)));
        }
        if (d.ospf() != null) {
            out.add(ospf(d.name(), d.ospf()));
        }
        for (StaticRoute r : d.staticRoutes()) {
            if (r.prefix() != null && r.prefix().contains(":")) {
                continue;
            }
            out.add(ConfigBlock.single("ip-route", "ip route " + staticRoute(d.name(), r, false)));
        }
        for (StaticRoute r : d.staticRoutes()) {
            if (r.prefix() != null && r.prefix().contains(":")) {
                out.add(ConfigBlock.single("ipv6-route", "ipv6 route " + staticRoute(d.name(), r, true)));
            }
        }
        return out;
    }

    private static void crypto(String device, Platform platform, CryptoSettings c, List<ConfigBlock> out)
            throws ExportException {
        for (IsakmpPolicy p : c.isakmpPolicies()) {
            List<String> lines = new ArrayList<>();
            // IOS prints "encr", "hash", "authentication", "group", "lifetime" and leaves out the defaults
            // (des, sha, rsa-sig, group 1, 86400 s).
            if (p.encryption() != null && !p.encryption().equals(IsakmpPolicy.DEFAULT_ENCRYPTION)) {
                lines.add(" encr " + p.encryption());
            }
            if (p.hash() != null && !p.hash().equals(IsakmpPolicy.DEFAULT_HASH)) {
                lines.add(" hash " + p.hash());
            }
            if (p.authentication() != null && !p.authentication().equals(IsakmpPolicy.DEFAULT_AUTHENTICATION)) {
                lines.add(" authentication " + p.authentication());
            }
            if (p.group() != null && p.group() != IsakmpPolicy.DEFAULT_GROUP) {
                lines.add(" group " + p.group());
            }
            if (p.lifetime() != null && p.lifetime() != IsakmpPolicy.DEFAULT_LIFETIME) {
                lines.add(" lifetime " + p.lifetime());
            }
            out.add(new ConfigBlock("isakmp", "crypto isakmp policy " + p.priority(), lines));
        }
        for (PreSharedKey k : c.preSharedKeys()) {
            IPAddress addr = AddressText.host(device, "crypto isakmp key address", k.address());
            String mask = k.mask() == null ? "255.255.255.255" : k.mask();
            AddressText.host(device, "crypto isakmp key mask", mask);
            out.add(ConfigBlock.single("isakmp", "crypto isakmp key " + k.key().reveal() + " address "
                    + addr.toCanonicalString() + " " + mask));
        }
        for (TransformSet t : c.transformSets()) {
            List<String> lines = new ArrayList<>();
            // 15.x prints the mode even when it is the default tunnel mode; 12.4 prints only "mode transport".
            if (platform != Platform.IOS_12_4 || !"tunnel".equals(t.effectiveMode())) {
                lines.add(" mode " + t.effectiveMode());
            }
            out.add(new ConfigBlock("transform-set:" + t.name(),
                    "crypto ipsec transform-set " + t.name() + " " + String.join(" ", t.transforms()), lines));
        }
        for (IpsecProfile p : c.profiles()) {
            List<String> lines = new ArrayList<>();
            if (p.lifetimeSeconds() != null) {
                lines.add(" set security-association lifetime seconds " + p.lifetimeSeconds());
            }
            if (!p.transformSets().isEmpty()) {
                lines.add(" set transform-set " + String.join(" ", p.transformSets()));
            }
            if (p.pfsGroup() != null) {
                lines.add(" set pfs group" + p.pfsGroup());
            }
            out.add(new ConfigBlock("ipsec-profile:" + p.name(), "crypto ipsec profile " + p.name(), lines));
        }
    }

    private static List<String> iface(String device, Platform platform, Interface i) throws ExportException {
        String where = "interface " + i.name();
        List<String> lines = new ArrayList<>();
        if (i.description() != null) {
            lines.add(" description " + i.description());
        }
        if (i.bandwidth() != null) {
            lines.add(" bandwidth " + i.bandwidth());
        }
        if (i.ipv4() == null) {
            lines.add(" no ip address");
        } else {
            lines.add(" ip address " + AddressText.addressMask(AddressText.iface(device, where + " ipv4", i.ipv4())));
        }
        if (Boolean.FALSE.equals(i.ipRedirects())) {
            lines.add(" no ip redirects");
        }
        if (i.mtu() != null) {
            lines.add(" ip mtu " + i.mtu());
        }
        if (i.nhrp() != null) {
            nhrp(device, where, platform, i.nhrp(), lines);
        }
        if (i.tcpAdjustMss() != null) {
            lines.add(" ip tcp adjust-mss " + i.tcpAdjustMss());
        }
        if (i.ospf() != null) {
            ospfInterface(i.ospf(), lines);
        }
        if (i.shutdown()) {
            lines.add(" shutdown");
        } else if (i.type() == InterfaceType.PHYSICAL) {
            lines.add(" no shutdown");
        }
        for (String v6 : i.ipv6()) {
            InterfaceAddress a = AddressText.iface(device, where + " ipv6", v6);
            lines.add(" ipv6 address " + AddressText.iosIpv6(a.toString()));
        }
        if (i.tunnel() != null) {
            tunnel(device, where, platform, i.tunnel(), lines);
        }
        return lines;
    }

    /**
     * NHRP lines in the order of the 12.4T guide's spoke example: authentication, map, map
     * multicast, network-id, holdtime, nhs; then registration, shortcut and redirect (our
     * ordering of the last three is a guess). {@code ip nhrp nhs X nbma Y} exists on 15.x only:
     * on 12.4 an NHS with an NBMA address is written as {@code ip nhrp map X Y} plus
     * {@code ip nhrp nhs X}.
     */
    private static void nhrp(String device, String where, Platform platform, NhrpSettings n, List<String> lines)
            throws ExportException {
        if (n.authentication() != null) {
            lines.add(" ip nhrp authentication " + n.authentication().reveal());
        }
        List<NhrpMap> maps = new ArrayList<>(n.maps());
        if (platform == Platform.IOS_12_4) {
            for (NhrpServer s : n.servers()) {
                if (s.nbma() != null && maps.stream().noneMatch(m -> m.protocol().equals(s.address()))) {
                    maps.add(new NhrpMap(s.address(), s.nbma()));
                }
            }
        }
        for (NhrpMap m : maps) {
            AddressText.host(device, where + " ip nhrp map", m.protocol());
            AddressText.host(device, where + " ip nhrp map", m.nbma());
            lines.add(" ip nhrp map " + m.protocol() + " " + m.nbma());
        }
        for (String mm : n.mapMulticast()) {
            lines.add(" ip nhrp map multicast " + mm);
        }
        lines.add(" ip nhrp network-id " + n.networkId());
        if (n.holdtime() != null) {
            lines.add(" ip nhrp holdtime " + n.holdtime());
        }
        for (NhrpServer s : n.servers()) {
            AddressText.host(device, where + " ip nhrp nhs", s.address());
            if (s.nbma() != null && platform != Platform.IOS_12_4) {
                AddressText.host(device, where + " ip nhrp nhs nbma", s.nbma());
                lines.add(" ip nhrp nhs " + s.address() + " nbma " + s.nbma());
            } else {
                lines.add(" ip nhrp nhs " + s.address());
            }
        }
        nhrpFlags(n, lines);
    }

    /**
     * {@code ip ospf network}, then hello and dead intervals, cost and priority (published
     * running-configs print network, cost, priority in that order; the place of the timers is a
     * guess). Priority 1 is the default and is not printed.
     */
    /** The on/off NHRP commands, in IOS order; also used for FRR's nhrpd, which takes the same ones. */
    static void nhrpFlags(NhrpSettings n, List<String> lines) {
        if (n.registrationNoUnique()) {
            lines.add(" ip nhrp registration no-unique");
        }
        if (n.shortcut()) {
            lines.add(" ip nhrp shortcut");
        }
        if (n.redirect()) {
            lines.add(" ip nhrp redirect");
        }
    }

    /** Also used for FRR, whose ospfd takes the same interface commands. */
    static void ospfInterface(OspfInterfaceSettings o, List<String> lines) {
        if (o.networkType() != null) {
            lines.add(" ip ospf network " + o.networkType().iosKeyword());
        }
        if (o.hello() != null) {
            lines.add(" ip ospf hello-interval " + o.hello());
        }
        if (o.dead() != null) {
            lines.add(" ip ospf dead-interval " + o.dead());
        }
        if (o.cost() != null) {
            lines.add(" ip ospf cost " + o.cost());
        }
        if (o.priority() != null && o.priority() != OspfInterfaceSettings.DEFAULT_PRIORITY) {
            lines.add(" ip ospf priority " + o.priority());
        }
    }

    /**
     * {@code tunnel source}, {@code destination}, {@code mode}, {@code key}, {@code protection}.
     * GRE point-to-point is IOS's default mode and is not printed. 15.x prints the mode before the
     * destination ({@code tunnel mode ipv6ip} / {@code tunnel destination 216.66.77.230} in published
     * 15.x configs); for 12.4 we put the destination first, as the tunnel broker's IOS examples of that
     * era do (a guess about 12.4's own order, pinned by a test).
     */
    private static void tunnel(String device, String where, Platform platform, TunnelSettings t, List<String> lines)
            throws ExportException {
        if (t.source() != null) {
            lines.add(" tunnel source " + t.source());
        }
        String mode = switch (t.mode()) {
            case GRE_P2P -> null;
            case GRE_MULTIPOINT -> " tunnel mode gre multipoint";
            case IPV6IP -> " tunnel mode ipv6ip";
        };
        String destination = null;
        if (t.destination() != null && t.mode() != TunnelMode.GRE_MULTIPOINT) {
            AddressText.host(device, where + " tunnel destination", t.destination());
            destination = " tunnel destination " + t.destination();
        }
        if (platform == Platform.IOS_12_4) {
            addIfSet(lines, destination);
            addIfSet(lines, mode);
        } else {
            addIfSet(lines, mode);
            addIfSet(lines, destination);
        }
        if (t.key() != null) {
            lines.add(" tunnel key " + t.key());
        }
        if (t.protection() != null) {
            lines.add(" tunnel protection ipsec profile " + t.protection());
        }
    }

    private static void addIfSet(List<String> lines, String line) {
        if (line != null) {
            lines.add(line);
        }
    }

    /**
     * {@code router ospf}: router-id, auto-cost, passive interfaces, networks, then neighbors, the
     * order IOS prints them in.
     */
    private static ConfigBlock ospf(String device, OspfProcess p) throws ExportException {
        List<String> lines = new ArrayList<>();
        if (p.routerId() != null) {
            AddressText.host(device, "router ospf router-id", p.routerId());
            lines.add(" router-id " + p.routerId());
        }
        if (p.referenceBandwidthMbps() != null) {
            lines.add(" auto-cost reference-bandwidth " + p.referenceBandwidthMbps());
        }
        passiveInterfaces(p, UnaryOperator.identity(), lines);
        for (OspfNetwork n : p.networks()) {
            AddressText.host(device, "router ospf network", n.address());
            AddressText.host(device, "router ospf network wildcard", n.wildcard());
            lines.add(" network " + n.address() + " " + n.wildcard() + " area " + n.area());
        }
        for (OspfNeighbor n : p.neighbors()) {
            AddressText.host(device, "router ospf neighbor", n.address());
            lines.add(neighbor(n));
        }
        return new ConfigBlock("ospf", "router ospf " + p.processId(), lines);
    }

    /**
     * {@code passive-interface default} and its exceptions, or the passive interfaces, each named
     * by {@code name}. Also used for FRR, whose ospfd takes the same commands.
     */
    static void passiveInterfaces(OspfProcess p, UnaryOperator<String> name, List<String> lines) {
        if (p.passiveDefault()) {
            lines.add(" passive-interface default");
            for (String i : p.passiveInterfaces()) {
                lines.add(" no passive-interface " + name.apply(i));
            }
        } else {
            for (String i : p.passiveInterfaces()) {
                lines.add(" passive-interface " + name.apply(i));
            }
        }
    }

    /** {@code neighbor A [priority P] [poll-interval S]}. Also used for FRR, whose ospfd takes the same command. */
    static String neighbor(OspfNeighbor n) {
        StringBuilder s = new StringBuilder(" neighbor ").append(n.address());
        if (n.priority() != null) {
            s.append(" priority ").append(n.priority());
        }
        if (n.pollInterval() != null) {
            s.append(" poll-interval ").append(n.pollInterval());
        }
        return s.toString();
    }

    /** {@code PREFIX MASK [IFACE] [NEXTHOP] [DISTANCE]} or, for IPv6, {@code PREFIX/LEN [IFACE] [NEXTHOP] [DISTANCE]}. */
    private static String staticRoute(String device, StaticRoute r, boolean v6) throws ExportException {
        IPAddress prefix = AddressText.prefix(device, "static route " + r.prefix(), r.prefix());
        StringBuilder s = new StringBuilder();
        s.append(v6 ? AddressText.iosIpv6(AddressText.prefixText(prefix)) : AddressText.networkMask(prefix));
        if (r.iface() != null) {
            s.append(' ').append(r.iface());
        }
        if (r.nextHop() != null) {
            IPAddress hop = AddressText.host(device, "static route " + r.prefix() + " next hop", r.nextHop());
            s.append(' ').append(v6 ? AddressText.iosIpv6(hop.toCanonicalString()) : hop.toCanonicalString());
        }
        if (r.distance() != null) {
            s.append(' ').append(r.distance());
        }
        return s.toString();
    }
}

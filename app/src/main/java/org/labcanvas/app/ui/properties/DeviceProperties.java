package org.labcanvas.app.ui.properties;

import java.util.function.BiFunction;
import org.labcanvas.model.edit.CompoundEdit;
import java.util.Locale;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.edit.AceEdits;
import org.labcanvas.model.edit.CryptoEdits;
import org.labcanvas.app.ui.findings.FindingFields;
import org.labcanvas.model.edit.FtEdits;
import org.labcanvas.model.edit.OspfEdits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.labcanvas.model.addr.AddressFormatProblem;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.analysis.OspfView;
import org.labcanvas.model.edit.EditCommand;
import org.labcanvas.model.edit.EditDevice;
import org.labcanvas.model.edit.Ipv4Host;
import org.labcanvas.model.edit.RenameDevice;
import org.labcanvas.model.edit.RenameInterface;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.AceContext;
import org.labcanvas.model.topology.AceImage;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.FtInterface;
import org.labcanvas.model.topology.FtPeer;
import org.labcanvas.model.topology.FtTrack;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.IsakmpPolicy;
import org.labcanvas.model.topology.OspfInterfaceSettings;
import org.labcanvas.model.topology.OspfNeighbor;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.PreSharedKey;
import org.labcanvas.model.topology.RouterRole;
import org.labcanvas.model.topology.Secret;
import org.labcanvas.model.topology.TransformSet;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

/**
 * The property sheet's rows for one device and one of its interfaces, in sections: Device,
 * Interface, Tunnel, NHRP ({@link NhrpRows}), OSPF interface, static routes, OSPF, Crypto, ACE and
 * FT ({@link FtTrackRows}), 6in4 client and tunnel broker ({@link SixInFourRows}). Choices show
 * IOS's words ({@code ios15}, {@code gre multipoint}, {@code non-broadcast}); a row whose empty
 * value means a default says which in its hint. Addresses are checked with the
 * model's parser ({@link InterfaceAddress}, {@link HostAddress}) so a value IOS would refuse is
 * refused here with the same reason.
 */
public final class DeviceProperties {
    private DeviceProperties() {}

    public static List<PropertyRow> rows(Device d, String ifName) {
        List<PropertyRow> out = new ArrayList<>();
        String name = d.name();
        out.add(new PropertyRow("Device", "Name", PropertyRow.Kind.TEXT, name, List.of(), v -> new RenameDevice(name, v)));
        out.add(named("Device", "Platform", d.platform(), platformsFor(d), Platform::id,
                v -> edit(d, "platform", d.withPlatform(v))));
        // An empty version is the platform's default, which the prompt shows.
        out.add(text("Device", "Version", d.version(), v -> edit(d, "version", d.withVersion(v)))
                .withHint(d.platform().defaultVersion().isEmpty() ? "" : "default: " + d.platform().defaultVersion()));
        if (d.role() != null) {
            out.add(named("Device", "Role", d.role(), List.of(RouterRole.values()), DeviceProperties::roleName,
                    v -> edit(d, "role", d.withRole(v))));
        }
        if (!d.verbatim().isEmpty()) {
            // Lines an IOS import kept as they were: shown, not edited here (they go back into the export unchanged).
            out.add(new PropertyRow("Device", "Imported lines kept verbatim", PropertyRow.Kind.TEXT,
                    d.verbatim().size() + (d.verbatim().size() == 1 ? " line" : " lines"), List.of(), v -> {
                        throw new IllegalArgumentException("lines kept from the import are exported unchanged; edit them in the"
                                + " configuration and import it again");
                    }));
        }
        Interface i = d.iface(ifName).orElse(d.interfaces().isEmpty() ? null : d.interfaces().get(0));
        if (i != null) {
            interfaceRows(out, d, i);
        }
        routeRows(out, d);
        ospfRows(out, d);
        cryptoRows(out, d);
        ftRows(out, d);
        SixInFourRows.add(out, d);
        return out;
    }

    /** {@code ip route} / {@code ipv6 route} as {@code PREFIX via NEXTHOP}, comma-separated. */
    private static void routeRows(List<PropertyRow> out, Device d) {
        // An ACE module's routes live in its contexts, which the model does not route; the ACE
        // export writes none, so there is nothing to edit here.
        if (d.kind().isSegment() || d.kind() == DeviceKind.ACE) {
            return;
        }
        out.add(new PropertyRow("Static routes", "Routes (prefix via next hop)", PropertyRow.Kind.ADDRESS,
                String.join(", ", d.staticRoutes().stream()
                        .map(r -> r.prefix() + (r.nextHop() == null ? "" : " via " + r.nextHop())
                                + (r.iface() == null ? "" : " dev " + r.iface())
                                + (r.distance() == null ? "" : " distance " + r.distance())).toList()),
                List.of(), v -> {
                    List<StaticRoute> routes = new ArrayList<>();
                    for (String r : split(v)) {
                        String[] p = r.trim().split("\\s+");
                        if (p.length < 3 || p.length % 2 == 0) {
                            throw new IllegalArgumentException("write a route as PREFIX via NEXTHOP [dev IFACE] [distance N] (0.0.0.0/0 via 10.4.2.2)");
                        }
                        var prefix = HostAddress.tryPrefix(p[0]).orElseThrow(
                                () -> new IllegalArgumentException("'" + p[0] + "' is not a prefix (0.0.0.0/0, ::/0)"));
                        String via = null, dev = null;
                        Integer distance = null;
                        for (int k = 1; k < p.length; k += 2) {
                            switch (p[k]) {
                                case "via" -> via = anyHost(p[k + 1]);
                                case "dev" -> {
                                    dev = p[k + 1];
                                    if (d.iface(dev).isEmpty()) {
                                        throw new IllegalArgumentException(d.name() + " has no interface " + dev);
                                    }
                                }
                                case "distance" -> distance = (int) whole(p[k + 1], 1, 255);
                                default -> throw new IllegalArgumentException("unknown route word '" + p[k] + "' (via, dev, distance)");
                            }
                        }
                        routes.add(new StaticRoute(p[0], via, dev, distance));
                    }
                    return edit(d, "static routes", d.withStaticRoutes(routes));
                }));
    }

    /** An IPv4 or IPv6 host address without prefix, in canonical form. */
    static String anyHost(String v) {
        try {
            var a = HostAddress.parse(v);
            if (a.getNetworkPrefixLength() != null) {
                throw new IllegalArgumentException("'" + v + "' must be an address without /prefix");
            }
            return a.toCanonicalString();
        } catch (AddressFormatProblem e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static void interfaceRows(List<PropertyRow> out, Device d, Interface i) {
        String cat = "Interface " + i.name();
        String n = i.name();
        Function<UnaryOperator<Interface>, Device> on = f -> d.withInterface(n, f);
        // Links, tunnel sources, passive-interface and the 6in4 client follow the new name. On an
        // ACE module the name is the VLAN, and a new one keeps the interface in its context (AceEdits).
        out.add(new PropertyRow(cat, "Name", PropertyRow.Kind.TEXT, n, List.of(), d.kind() == DeviceKind.ACE
                ? v -> AceEdits.renameVlanInterface(d, n, v) : v -> new RenameInterface(d.name(), n, v)));
        out.add(text(cat, "Description", i.description(), v -> edit(d, n + " description", on.apply(x -> x.withDescription(v)))));
        out.add(new PropertyRow(cat, "IPv4 address", PropertyRow.Kind.ADDRESS, nz(i.ipv4()), List.of(), v -> {
            if (!v.isEmpty()) {
                InterfaceAddress a = interfaceAddress(v);
                if (!a.isIpv4()) {
                    throw new IllegalArgumentException("'" + v + "' is not an IPv4 address");
                }
            }
            return edit(d, n + " ipv4", on.apply(x -> x.withIpv4(v)));
        }));
        if (d.kind() == DeviceKind.ACE) {
            // An ACE VLAN interface as the ACE export writes it: description, address, shutdown.
            out.add(flag(cat, "Shutdown", i.shutdown(), v -> edit(d, n + " shutdown", on.apply(x -> x.withShutdown(v)))));
            return;
        }
        out.add(new PropertyRow(cat, "IPv6 addresses", PropertyRow.Kind.ADDRESS, String.join(", ", i.ipv6()), List.of(), v -> {
            List<String> list = split(v);
            for (String a : list) {
                if (interfaceAddress(a).isIpv4()) {
                    throw new IllegalArgumentException("'" + a + "' is not an IPv6 address");
                }
            }
            return edit(d, n + " ipv6", on.apply(x -> x.withIpv6(list)));
        }));
        out.add(number(cat, "Bandwidth (kbit/s)", i.bandwidth(), 1, 100_000_000, v -> edit(d, n + " bandwidth", on.apply(x -> x.withBandwidth(v))))
                .withHint(d.platform().isIos() ? "default: " + NetInterface.defaultBandwidthKbps(i, d.platform()) : ""));
        out.add(number(cat, "IP MTU", i.mtu(), 68, 9216, v -> edit(d, n + " mtu", on.apply(x -> x.withMtu(v)))));
        out.add(number(cat, "TCP adjust-mss", i.tcpAdjustMss(), 500, 1460, v -> edit(d, n + " adjust-mss", on.apply(x -> x.withTcpAdjustMss(v)))));
        out.add(flag(cat, "IP redirects", i.ipRedirects() == null || i.ipRedirects(),
                v -> edit(d, n + " redirects", on.apply(x -> x.withIpRedirects(v ? null : false)))));
        out.add(flag(cat, "Shutdown", i.shutdown(), v -> edit(d, n + " shutdown", on.apply(x -> x.withShutdown(v)))));
        TunnelSettings t = i.tunnel();
        if (t != null) {
            tunnelRows(out, d, i, t);
        }
        NhrpRows.add(out, d, i);
        if (i.isTunnel() || i.ospf() != null || d.ospf() != null) {
            String oc = "OSPF " + n;
            OspfInterfaceSettings o = i.ospfOrDefaults();
            Function<UnaryOperator<OspfInterfaceSettings>, Device> os = f -> on.apply(x -> x.withOspf(f.apply(x.ospfOrDefaults())));
            // IOS's keywords for "ip ospf network"; "" is the interface's default (loopback is not configurable).
            List<OspfNetworkType> types = Arrays.stream(OspfNetworkType.values()).filter(x -> x != OspfNetworkType.LOOPBACK).toList();
            List<String> keywords = new ArrayList<>(List.of(""));
            types.forEach(x -> keywords.add(x.iosKeyword()));
            OspfNetworkType effective = OspfView.effectiveType(i);
            out.add(choiceOf(oc, "Network type", o.networkType() == null ? "" : o.networkType().iosKeyword(), keywords,
                    v -> edit(d, n + " ospf network", os.apply(x -> x.withNetworkType(v.isEmpty() ? null
                            : types.stream().filter(y -> y.iosKeyword().equals(v)).findFirst().orElseThrow())))));
            out.add(number(oc, "Cost", o.cost(), 1, 65535, v -> edit(d, n + " ospf cost", os.apply(x -> x.withCost(v)))));
            out.add(number(oc, "Priority", o.priority(), 0, 255, v -> edit(d, n + " ospf priority", os.apply(x -> x.withPriority(v))))
                    .withHint("default: " + OspfInterfaceSettings.DEFAULT_PRIORITY));
            out.add(number(oc, "Hello (s)", o.hello(), 1, 65535, v -> edit(d, n + " ospf hello", os.apply(x -> x.withHello(v))))
                    .withHint("default: " + effective.defaultHelloSeconds() + " (" + effective.iosKeyword() + ")"));
            out.add(number(oc, "Dead (s)", o.dead(), 1, 65535, v -> edit(d, n + " ospf dead", os.apply(x -> x.withDead(v))))
                    .withHint("default: " + (o.hello() == null ? effective.defaultDeadSeconds() : 4 * o.hello()) + " (4 \u00d7 hello)"));
        }
    }

    /**
     * IOS's words for the tunnel modes: {@code tunnel mode gre ip} (the default, point-to-point
     * GRE), {@code tunnel mode gre multipoint}, {@code tunnel mode ipv6ip}.
     */
    static String keyword(TunnelMode m) {
        return switch (m) {
            case GRE_P2P -> "gre ip";
            case GRE_MULTIPOINT -> "gre multipoint";
            case IPV6IP -> "ipv6ip";
        };
    }

    /**
     * The tunnel section. {@code tunnel key} is 0-4294967295 (Cisco IOS Interface and Hardware
     * Component Command Reference, "tunnel key"); the source is an interface of the device or an
     * IPv4 address; the IPsec profile is one of the device's profiles.
     */
    private static void tunnelRows(List<PropertyRow> out, Device d, Interface i, TunnelSettings t) {
        String n = i.name();
        String tc = "Tunnel " + n;
        Function<UnaryOperator<TunnelSettings>, Device> tun = f -> d.withInterface(n, x -> x.withTunnel(f.apply(x.tunnel())));
        out.add(named(tc, "Mode", t.mode(), List.of(TunnelMode.values()), DeviceProperties::keyword,
                v -> edit(d, n + " tunnel mode", tun.apply(x -> x.withMode(v)))));
        out.add(new PropertyRow(tc, "Source", PropertyRow.Kind.TEXT, nz(t.source()), List.of(), v -> {
            if (!v.isEmpty() && d.iface(v).isEmpty() && HostAddress.tryParse(v).map(a -> !a.isIPv4()).orElse(true)) {
                throw new IllegalArgumentException(d.name() + " has no interface " + v + "; the source is an interface (FastEthernet0/0) or an IPv4 address");
            }
            if (v.equals(n)) {
                throw new IllegalArgumentException("a tunnel is not its own source");
            }
            return edit(d, n + " tunnel source", tun.apply(x -> x.withSource(emptyToNull(v))));
        }));
        out.add(new PropertyRow(tc, "Destination", PropertyRow.Kind.ADDRESS, nz(t.destination()), List.of(), v -> {
            if (!v.isEmpty()) {
                host(v);
            }
            return edit(d, n + " tunnel destination", tun.apply(x -> x.withDestination(emptyToNull(v))));
        }));
        out.add(new PropertyRow(tc, "Key", PropertyRow.Kind.NUMBER, t.key() == null ? "" : t.key().toString(), List.of(),
                v -> edit(d, n + " tunnel key", tun.apply(x -> x.withKey(v.isEmpty() ? null : whole(v, 0, MAX_TUNNEL_KEY))))));
        List<String> profiles = new ArrayList<>(List.of(""));
        if (d.crypto() != null) {
            d.crypto().profiles().forEach(p -> profiles.add(p.name()));
        }
        out.add(choiceOf(tc, "IPsec profile", nz(t.protection()), profiles,
                v -> edit(d, n + " protection", tun.apply(x -> x.withProtection(emptyToNull(v))))));
    }

    static final long MAX_TUNNEL_KEY = 4_294_967_295L;

    private static void ospfRows(List<PropertyRow> out, Device d) {
        OspfProcess o = d.ospf();
        if (o == null) {
            if (OspfEdits.takesOspf(d)) {
                out.add(new PropertyRow("OSPF", "Process", PropertyRow.Kind.TEXT, "none", List.of(), v -> {
                    throw new IllegalArgumentException("add an OSPF process with the Add router ospf button");
                }));
            }
            return;
        }
        String cat = "OSPF process " + o.processId();
        out.add(new PropertyRow(cat, "Router id", PropertyRow.Kind.ADDRESS, nz(o.routerId()), List.of(),
                v -> edit(d, "router-id", d.withOspf(o.withRouterId(v.isEmpty() ? null : host(v)))))
                .withHint("chosen by IOS: highest loopback address, else highest interface address"));
        out.add(new PropertyRow(cat, "Networks (address wildcard area)", PropertyRow.Kind.ADDRESS,
                String.join(", ", o.networks().stream().map(x -> x.address() + " " + x.wildcard() + " " + x.area()).toList()),
                List.of(), v -> {
                    List<OspfNetwork> nets = new ArrayList<>();
                    for (String s : split(v)) {
                        String[] p = s.trim().split("\\s+");
                        if (p.length != 3) {
                            throw new IllegalArgumentException("write a network as ADDRESS WILDCARD AREA (10.0.0.0 0.0.0.255 10)");
                        }
                        nets.add(new OspfNetwork(host(p[0]), host(p[1]), whole(p[2], 0, Integer.MAX_VALUE)));
                    }
                    return edit(d, "ospf networks", d.withOspf(o.withNetworks(nets)));
                }));
        out.add(number(cat, "Process id", o.processId(), 1, 65535, v -> {
            if (v == null) {
                throw new IllegalArgumentException("an OSPF process needs a number (1-65535)");
            }
            return edit(d, "ospf process id", d.withOspf(new OspfProcess(v, o.routerId(), o.referenceBandwidthMbps(),
                    o.networks(), o.neighbors(), o.passiveInterfaces(), o.passiveDefault())));
        }));
        out.add(new PropertyRow(cat, "Neighbors", PropertyRow.Kind.ADDRESS,
                String.join(", ", o.neighbors().stream().map(n -> n.address()
                        + (n.priority() == null ? "" : " priority " + n.priority())
                        + (n.pollInterval() == null ? "" : " poll-interval " + n.pollInterval())).toList()), List.of(), v -> {
                    List<OspfNeighbor> ns = new ArrayList<>();
                    for (String s : split(v)) {
                        ns.add(neighbor(s));
                    }
                    if (ns.stream().map(OspfNeighbor::address).distinct().count() != ns.size()) {
                        throw new IllegalArgumentException("a neighbor is named twice");
                    }
                    return edit(d, "ospf neighbors", d.withOspf(o.withNeighbors(ns)));
                }));
        out.add(new PropertyRow(cat, "Passive interfaces", PropertyRow.Kind.TEXT, String.join(", ", o.passiveInterfaces()), List.of(), v -> {
            List<String> names = split(v);
            for (String n : names) {
                if (d.iface(n).isEmpty()) {
                    throw new IllegalArgumentException(d.name() + " has no interface " + n);
                }
            }
            if (names.stream().distinct().count() != names.size()) {
                throw new IllegalArgumentException("an interface is named twice");
            }
            return edit(d, "ospf passive interfaces", d.withOspf(o.withPassiveInterfaces(names)));
        }));
        out.add(flag(cat, "Passive by default", o.passiveDefault(), v -> edit(d, "ospf passive-interface default",
                d.withOspf(new OspfProcess(o.processId(), o.routerId(), o.referenceBandwidthMbps(), o.networks(), o.neighbors(),
                        o.passiveInterfaces(), v)))));
        out.add(number(cat, "Reference bandwidth (Mbit/s)", o.referenceBandwidthMbps(), 1, 4_294_967,
                v -> edit(d, "ospf reference bandwidth", d.withOspf(o.withReferenceBandwidthMbps(v))))
                .withHint("default: " + OspfProcess.DEFAULT_REFERENCE_BANDWIDTH_MBPS));
    }

    /**
     * {@code neighbor ADDRESS [priority N] [poll-interval S]}: priority 0-255, poll interval
     * 0-4294967295 s in IOS (kept to the model's int range here).
     */
    static OspfNeighbor neighbor(String s) {
        String[] p = s.trim().split("\\s+");
        if (p.length % 2 == 0) {
            throw new IllegalArgumentException("write a neighbor as ADDRESS [priority N] [poll-interval S] (10.0.0.2 priority 1)");
        }
        Integer priority = null, poll = null;
        for (int k = 1; k < p.length; k += 2) {
            switch (p[k]) {
                case "priority" -> priority = (int) whole(p[k + 1], 0, 255);
                case "poll-interval" -> poll = (int) whole(p[k + 1], 0, Integer.MAX_VALUE);
                default -> throw new IllegalArgumentException("unknown neighbor word '" + p[k] + "' (priority, poll-interval)");
            }
        }
        return new OspfNeighbor(host(p[0]), priority, poll);
    }

    /** {@code encryption} in {@code crypto isakmp policy}, as 12.4/15.x accept it; "" is the IOS default (des). */
    static final List<String> ISAKMP_ENCRYPTIONS = List.of("", "des", "3des", "aes", "aes 192", "aes 256");
    static final List<String> ISAKMP_HASHES = List.of("", "sha", "md5", "sha256");
    static final List<String> ISAKMP_AUTHENTICATIONS = List.of("", "pre-share", "rsa-sig");
    /** Diffie-Hellman groups offered for {@code group} and {@code set pfs groupN}; "" is the default (group 1, PFS off). */
    static final List<String> DH_GROUPS = List.of("", "1", "2", "5", "14");
    /** ESP encryption transforms; {@code esp-aes} may be followed by its key size (IOS: 128, 192, 256). */
    static final List<String> ESP_ENCRYPTIONS = List.of("esp-aes", "esp-3des", "esp-des");
    static final List<String> ESP_AUTHENTICATIONS = List.of("esp-sha-hmac", "esp-md5-hmac", "esp-sha256-hmac");

    /** The Crypto row of a router with crypto settings but no pre-shared key. */
    public static final String NO_KEYS = "Peer keys";

    private static void cryptoRows(List<PropertyRow> out, Device d) {
        CryptoSettings c = d.crypto();
        if (c == null) {
            if (CryptoEdits.takesCrypto(d)) {
                // The section is there so that a router without crypto shows where to add it.
                out.add(new PropertyRow("Crypto", "Objects", PropertyRow.Kind.TEXT, "none", List.of(), v -> {
                    throw new IllegalArgumentException("add crypto objects with the Crypto menu");
                }));
            }
            return;
        }
        for (int idx = 0; idx < c.preSharedKeys().size(); idx++) {
            PreSharedKey k = c.preSharedKeys().get(idx);
            int at = idx;
            // The key is never shown (the value is empty, the editor masks it); typing a new one replaces it.
            // Messages name the length rule only, never the key.
            out.add(new PropertyRow("Crypto", "Pre-shared key (" + k.address() + ")", PropertyRow.Kind.TEXT, "", List.of(), v -> {
                CryptoEdits.checkKey(v);
                List<PreSharedKey> keys = new ArrayList<>(c.preSharedKeys());
                keys.set(at, new PreSharedKey(Secret.of(v), k.address(), k.mask()));
                return edit(d, "pre-shared key", d.withCrypto(new CryptoSettings(c.isakmpPolicies(), keys, c.transformSets(), c.profiles())));
            }));
            Function<PreSharedKey, EditCommand> peer = nk -> {
                if (c.preSharedKeys().stream().anyMatch(x -> x != k && x.address().equals(nk.address()) && x.mask().equals(nk.mask()))) {
                    throw new IllegalArgumentException(d.name() + " already has a key for " + nk.address() + " " + nk.mask());
                }
                List<PreSharedKey> keys = new ArrayList<>(c.preSharedKeys());
                keys.set(at, nk);
                return edit(d, "pre-shared key peer", d.withCrypto(new CryptoSettings(c.isakmpPolicies(), keys, c.transformSets(), c.profiles())));
            };
            out.add(new PropertyRow("Crypto", "Peer address of key (" + k.address() + ")", PropertyRow.Kind.ADDRESS, k.address(), List.of(),
                    v -> peer.apply(new PreSharedKey(k.key(), host(v), k.mask()))));
            out.add(new PropertyRow("Crypto", "Peer mask of key (" + k.address() + ")", PropertyRow.Kind.ADDRESS, k.mask(), List.of(),
                    v -> peer.apply(new PreSharedKey(k.key(), k.address(), CryptoEdits.mask(v)))));
        }
        if (c.preSharedKeys().isEmpty()) {
            // Shows where keys go (and where a PSK_MISSING finding leads).
            out.add(new PropertyRow("Crypto", NO_KEYS, PropertyRow.Kind.TEXT, "none", List.of(), v -> {
                throw new IllegalArgumentException("add a pre-shared key with the Add menu");
            }));
        }
        for (int idx = 0; idx < c.isakmpPolicies().size(); idx++) {
            IsakmpPolicy p = c.isakmpPolicies().get(idx);
            int at = idx;
            String cat = "ISAKMP policy " + p.priority();
            String what = "isakmp policy " + p.priority();
            Function<IsakmpPolicy, Device> with = np -> {
                List<IsakmpPolicy> ps = new ArrayList<>(c.isakmpPolicies());
                ps.set(at, np);
                return d.withCrypto(new CryptoSettings(ps, c.preSharedKeys(), c.transformSets(), c.profiles()));
            };
            out.add(new PropertyRow(cat, "Priority", PropertyRow.Kind.NUMBER, Integer.toString(p.priority()), List.of(), v -> {
                int prio = (int) whole(v, 1, 10000);
                if (prio != p.priority() && c.isakmpPolicies().stream().anyMatch(x -> x.priority() == prio)) {
                    throw new IllegalArgumentException("ISAKMP policy " + prio + " already exists");
                }
                return edit(d, what + " priority", with.apply(new IsakmpPolicy(prio, p.encryption(), p.hash(), p.authentication(), p.group(), p.lifetime())));
            }));
            out.add(choiceOf(cat, "Encryption", nz(p.encryption()), ISAKMP_ENCRYPTIONS, v -> edit(d, what + " encryption",
                    with.apply(new IsakmpPolicy(p.priority(), emptyToNull(v), p.hash(), p.authentication(), p.group(), p.lifetime())))));
            out.add(choiceOf(cat, "Hash", nz(p.hash()), ISAKMP_HASHES, v -> edit(d, what + " hash",
                    with.apply(new IsakmpPolicy(p.priority(), p.encryption(), emptyToNull(v), p.authentication(), p.group(), p.lifetime())))));
            out.add(choiceOf(cat, "Authentication", nz(p.authentication()), ISAKMP_AUTHENTICATIONS, v -> edit(d, what + " authentication",
                    with.apply(new IsakmpPolicy(p.priority(), p.encryption(), p.hash(), emptyToNull(v), p.group(), p.lifetime())))));
            out.add(choiceOf(cat, "DH group", p.group() == null ? "" : p.group().toString(), DH_GROUPS, v -> edit(d, what + " group",
                    with.apply(new IsakmpPolicy(p.priority(), p.encryption(), p.hash(), p.authentication(),
                            v.isEmpty() ? null : Integer.valueOf(v), p.lifetime())))));
            out.add(number(cat, "Lifetime (s)", p.lifetime(), 60, 86400, v -> edit(d, what + " lifetime",
                    with.apply(new IsakmpPolicy(p.priority(), p.encryption(), p.hash(), p.authentication(), p.group(), v))))
                    .withHint("default: " + IsakmpPolicy.DEFAULT_LIFETIME));
        }
        for (int idx = 0; idx < c.transformSets().size(); idx++) {
            TransformSet t = c.transformSets().get(idx);
            int at = idx;
            String cat = "Transform set " + t.name();
            Function<TransformSet, Device> with = nt -> {
                List<TransformSet> ts = new ArrayList<>(c.transformSets());
                ts.set(at, nt);
                return d.withCrypto(new CryptoSettings(c.isakmpPolicies(), c.preSharedKeys(), ts, c.profiles()));
            };
            out.add(new PropertyRow(cat, "Name", PropertyRow.Kind.TEXT, t.name(), List.of(), v -> {
                String name = cryptoName(v, "transform set");
                if (!name.equals(t.name()) && c.transformSet(name).isPresent()) {
                    throw new IllegalArgumentException("transform set '" + name + "' already exists");
                }
                // Profiles follow the rename so that they keep naming an existing set.
                List<TransformSet> ts = new ArrayList<>(c.transformSets());
                ts.set(at, new TransformSet(name, t.transforms(), t.mode()));
                List<IpsecProfile> ps = c.profiles().stream().map(p -> new IpsecProfile(p.name(),
                        p.transformSets().stream().map(x -> x.equals(t.name()) ? name : x).toList(),
                        p.lifetimeSeconds(), p.pfsGroup())).toList();
                return edit(d, "transform set " + t.name() + " name",
                        d.withCrypto(new CryptoSettings(c.isakmpPolicies(), c.preSharedKeys(), ts, ps)));
            }));
            out.add(new PropertyRow(cat, "Transforms", PropertyRow.Kind.TEXT, String.join(" ", t.transforms()), List.of(),
                    v -> edit(d, "transform set " + t.name() + " transforms", with.apply(new TransformSet(t.name(), transforms(v), t.mode())))));
            out.add(choiceOf(cat, "Mode", t.effectiveMode(), List.of("tunnel", "transport"), v -> edit(d, "transform set " + t.name() + " mode",
                    // tunnel is the IOS default, kept as null in the model (as the IOS import does)
                    with.apply(new TransformSet(t.name(), t.transforms(), v.equals("tunnel") ? null : v)))));
        }
        for (int idx = 0; idx < c.profiles().size(); idx++) {
            IpsecProfile p = c.profiles().get(idx);
            int at = idx;
            String cat = "Crypto profile " + p.name();
            Function<IpsecProfile, Device> with = np -> {
                List<IpsecProfile> ps = new ArrayList<>(c.profiles());
                ps.set(at, np);
                return d.withCrypto(new CryptoSettings(c.isakmpPolicies(), c.preSharedKeys(), c.transformSets(), ps));
            };
            out.add(new PropertyRow(cat, "Name", PropertyRow.Kind.TEXT, p.name(), List.of(), v -> {
                String name = cryptoName(v, "profile");
                if (!name.equals(p.name()) && c.profile(name).isPresent()) {
                    throw new IllegalArgumentException("profile '" + name + "' already exists");
                }
                // Tunnels protected by the profile follow the rename.
                List<IpsecProfile> ps = new ArrayList<>(c.profiles());
                ps.set(at, new IpsecProfile(name, p.transformSets(), p.lifetimeSeconds(), p.pfsGroup()));
                List<Interface> interfaces = d.interfaces().stream().map(x -> x.tunnel() != null && p.name().equals(x.tunnel().protection())
                        ? x.withTunnel(x.tunnel().withProtection(name)) : x).toList();
                return edit(d, "ipsec profile " + p.name() + " name", d.withInterfaces(interfaces)
                        .withCrypto(new CryptoSettings(c.isakmpPolicies(), c.preSharedKeys(), c.transformSets(), ps)));
            }));
            out.add(new PropertyRow(cat, "Transform sets", PropertyRow.Kind.TEXT, String.join(", ", p.transformSets()), List.of(), v -> {
                List<String> names = split(v);
                if (names.isEmpty()) {
                    throw new IllegalArgumentException("a profile needs at least one transform set");
                }
                if (names.size() > 6) {
                    throw new IllegalArgumentException("IOS takes at most 6 transform sets in a profile");
                }
                for (String n : names) {
                    if (c.transformSet(n).isEmpty()) {
                        throw new IllegalArgumentException("no transform set '" + n + "' on " + d.name()
                                + " (" + String.join(", ", c.transformSets().stream().map(TransformSet::name).toList()) + ")");
                    }
                }
                if (names.stream().distinct().count() != names.size()) {
                    throw new IllegalArgumentException("a transform set is named twice");
                }
                return edit(d, p.name() + " transform sets", with.apply(new IpsecProfile(p.name(), names, p.lifetimeSeconds(), p.pfsGroup())));
            }));
            out.add(number(cat, "SA lifetime (s)", p.lifetimeSeconds(), 120, 86400,
                    v -> edit(d, p.name() + " lifetime", with.apply(new IpsecProfile(p.name(), p.transformSets(), v, p.pfsGroup()))))
                    .withHint("default: " + IpsecProfile.DEFAULT_LIFETIME_SECONDS));
            out.add(choiceOf(cat, "PFS group", p.pfsGroup() == null ? "" : p.pfsGroup().toString(), DH_GROUPS,
                    v -> edit(d, p.name() + " pfs", with.apply(new IpsecProfile(p.name(), p.transformSets(), p.lifetimeSeconds(),
                            v.isEmpty() ? null : Integer.valueOf(v))))));
        }
    }

    /**
     * The words of a transform set ({@code esp-aes 256 esp-sha-hmac}), as the IOS import keeps them:
     * one ESP encryption transform (esp-aes may be followed by 128, 192 or 256) and/or one ESP
     * authentication transform, at least one of them.
     */
    static List<String> transforms(String v) {
        List<String> words = List.of(v.trim().split("\\s+"));
        List<String> out = new ArrayList<>();
        int encryption = 0, authentication = 0;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k).toLowerCase();
            if (w.isEmpty()) {
                continue;
            }
            if (ESP_ENCRYPTIONS.contains(w)) {
                encryption++;
                out.add(w);
                if (w.equals("esp-aes") && k + 1 < words.size() && List.of("128", "192", "256").contains(words.get(k + 1))) {
                    out.add(words.get(++k));
                }
            } else if (ESP_AUTHENTICATIONS.contains(w)) {
                authentication++;
                out.add(w);
            } else {
                throw new IllegalArgumentException("'" + words.get(k) + "' is not a transform (" + String.join(", ", ESP_ENCRYPTIONS)
                        + ", esp-aes 256, " + String.join(", ", ESP_AUTHENTICATIONS) + ")");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("a transform set needs at least one transform (esp-aes esp-sha-hmac)");
        }
        if (encryption > 1 || authentication > 1) {
            throw new IllegalArgumentException("a transform set takes one ESP encryption and one ESP authentication transform");
        }
        return out;
    }

    /** A name for a crypto object: one word, as IOS takes it. */
    private static String cryptoName(String v, String what) {
        if (v.isEmpty()) {
            throw new IllegalArgumentException("a " + what + " needs a name");
        }
        if (v.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a " + what + " name is one word");
        }
        return v;
    }

    /**
     * The ACE module's contexts, images and boot order. Guesses, for the checks: context ids run
     * 0 (Admin, always present) to 250 (an ACE module holds up to 250 user contexts); a boot entry
     * must name an image on {@code image:} so that the module does not fall back to ROMMON.
     */
    private static void aceRows(List<PropertyRow> out, Device d) {
        AceSettings a = d.ace();
        String cat = "ACE";
        out.add(new PropertyRow(cat, "Contexts (name id)", PropertyRow.Kind.TEXT,
                String.join(", ", a.contexts().stream().map(x -> x.name() + " " + x.id()).toList()), List.of(), v -> {
                    List<AceContext> contexts = new ArrayList<>();
                    for (String s : split(v)) {
                        String[] p = s.split("\\s+");
                        if (p.length != 2) {
                            throw new IllegalArgumentException("write a context as NAME ID (C1 4)");
                        }
                        int id = (int) whole(p[1], 0, 250);
                        if (contexts.stream().anyMatch(x -> x.name().equals(p[0]))) {
                            throw new IllegalArgumentException("context " + p[0] + " is named twice");
                        }
                        if (contexts.stream().anyMatch(x -> x.id() == id)) {
                            throw new IllegalArgumentException("context id " + id + " is used twice");
                        }
                        // VLAN allocations stay with the context's name.
                        List<Integer> vlans = a.contexts().stream().filter(x -> x.name().equals(p[0]))
                                .findFirst().map(AceContext::vlans).orElse(List.of());
                        contexts.add(new AceContext(p[0], id, vlans));
                    }
                    if (contexts.stream().noneMatch(x -> x.name().equals(AceContext.ADMIN) && x.id() == 0)) {
                        throw new IllegalArgumentException("the Admin context always exists, with id 0");
                    }
                    for (FtGroup g : a.ftGroups()) {
                        if (g.context() != null && contexts.stream().noneMatch(x -> x.name().equals(g.context()))) {
                            throw new IllegalArgumentException("FT group " + g.id() + " is associated with context " + g.context());
                        }
                    }
                    return edit(d, "contexts", d.withAce(AceEdits.withContexts(a, contexts)));
                }));
        out.add(new PropertyRow(cat, "Images (name version size)", PropertyRow.Kind.TEXT,
                String.join(", ", a.images().stream().map(x -> x.name() + " " + x.version() + " " + x.size()).toList()), List.of(), v -> {
                    List<AceImage> images = new ArrayList<>();
                    for (String s : split(v)) {
                        String[] p = s.split("\\s+");
                        if (p.length != 3) {
                            throw new IllegalArgumentException("write an image as NAME VERSION SIZE (c6ace-t1k9-mz.A2_3_0.bin A2(3.0) 36864512)");
                        }
                        String name = imageName(p[0]);
                        if (images.stream().anyMatch(x -> x.name().equals(name))) {
                            throw new IllegalArgumentException("image " + name + " is listed twice");
                        }
                        images.add(new AceImage(name, p[1], whole(p[2], 1, Long.MAX_VALUE)));
                    }
                    for (String b : a.bootSystem()) {
                        if (images.stream().noneMatch(x -> x.name().equals(b))) {
                            throw new IllegalArgumentException("boot system names image:" + b + "; change the boot order first");
                        }
                    }
                    return edit(d, "images", d.withAce(a.withImages(images)));
                }));
        out.add(new PropertyRow(cat, "Boot system (in order)", PropertyRow.Kind.TEXT,
                String.join(", ", a.bootSystem().stream().map(x -> "image:" + x).toList()), List.of(), v -> {
                    List<String> boot = new ArrayList<>();
                    for (String s : split(v)) {
                        String name = imageName(s);
                        if (a.images().stream().noneMatch(x -> x.name().equals(name))) {
                            throw new IllegalArgumentException("no image " + name + " on image: ("
                                    + String.join(", ", a.images().stream().map(AceImage::name).toList()) + ")");
                        }
                        if (boot.contains(name)) {
                            throw new IllegalArgumentException("image:" + name + " is listed twice");
                        }
                        boot.add(name);
                    }
                    return edit(d, "boot system", d.withAce(a.withBootSystem(boot)));
                }));
    }

    /**
     * Running image, peer module, context VLANs, FT peer and FT interface. Ranges are guesses from
     * the ACE module's CLI: VLANs 2-4094, {@code ft peer} 1-2, {@code heartbeat interval} 100-1000 ms,
     * {@code heartbeat count} 10-50. The FT peer and FT interface sections always show a
     * "Configured" row, which creates the object ({@link FtEdits}) or removes it.
     */
    private static void aceModuleRows(List<PropertyRow> out, Device d) {
        AceSettings a = d.ace();
        String cat = "ACE";
        out.add(choiceOf(cat, "Running image", nz(a.runningImage()), a.images().stream().map(AceImage::name).toList(),
                v -> edit(d, "running image", d.withAce(a.withRunningImage(v)))));
        // The other module of the pair; checked against the design when applied (it must be an ACE module).
        out.add(new PropertyRow(cat, "Peer module", PropertyRow.Kind.TEXT, nz(a.peerDevice()), List.of(),
                v -> FtEdits.setPeerModule(d, v)));
        for (int idx = 0; idx < a.contexts().size(); idx++) {
            AceContext x = a.contexts().get(idx);
            int at = idx;
            out.add(new PropertyRow(cat, "VLANs of " + x.name(), PropertyRow.Kind.TEXT,
                    String.join(", ", x.vlans().stream().map(String::valueOf).toList()), List.of(), v -> {
                        List<Integer> vlans = new ArrayList<>();
                        for (String s : split(v)) {
                            int vlan = (int) whole(s, 2, 4094);
                            if (vlans.contains(vlan)) {
                                throw new IllegalArgumentException("VLAN " + vlan + " is listed twice");
                            }
                            if (a.ftInterface() != null && a.ftInterface().vlan() == vlan) {
                                throw new IllegalArgumentException("VLAN " + vlan + " is the FT VLAN");
                            }
                            vlans.add(vlan);
                        }
                        List<AceContext> contexts = new ArrayList<>(a.contexts());
                        contexts.set(at, new AceContext(x.name(), x.id(), vlans));
                        return edit(d, x.name() + " vlans", d.withAce(AceEdits.withContexts(a, contexts)));
                    }));
        }
        FtPeer peer = a.ftPeer();
        FtInterface fi = a.ftInterface();
        BiFunction<FtInterface, FtPeer, Device> with = (ni, np) -> d.withAce(FtEdits.with(a, ni, np));
        // "Configured" creates the object with the reference design's settings (FtEdits) or removes it.
        out.add(flag("FT peer", "Configured", peer != null, v -> v ? FtEdits.addFtPeer(d) : FtEdits.removeFtPeer(d)));
        if (peer != null) {
            String fp = "FT peer";
            out.add(number(fp, "Peer id", peer.id(), 1, 2, v -> {
                if (v == null) {
                    throw new IllegalArgumentException("an FT peer needs an id (1-2)");
                }
                // The groups' "peer N" follows the peer's id.
                List<FtGroup> gs = a.ftGroups().stream().map(g -> g.peer() != null && g.peer() == peer.id()
                        ? new FtGroup(g.id(), v, g.priority(), g.peerPriority(), g.preempt(), g.context(), g.inservice()) : g).toList();
                return edit(d, "ft peer id", d.withAce(FtEdits.with(a.withFtGroups(gs), fi,
                        new FtPeer(v, peer.heartbeatInterval(), peer.heartbeatCount(), peer.ftInterfaceVlan()))));
            }));
            out.add(number(fp, "Heartbeat interval (ms)", peer.heartbeatInterval(), 100, 1000, v -> edit(d, "ft peer heartbeat interval",
                    with.apply(fi, new FtPeer(peer.id(), v, peer.heartbeatCount(), peer.ftInterfaceVlan()))))
                    .withHint("default: " + FtPeer.DEFAULT_HEARTBEAT_INTERVAL_MS));
            out.add(number(fp, "Heartbeat count", peer.heartbeatCount(), 10, 50, v -> edit(d, "ft peer heartbeat count",
                    with.apply(fi, new FtPeer(peer.id(), peer.heartbeatInterval(), v, peer.ftInterfaceVlan()))))
                    .withHint("default: " + FtPeer.DEFAULT_HEARTBEAT_COUNT));
        }
        out.add(flag("FT interface", "Configured", fi != null, v -> v ? FtEdits.addFtInterface(d) : FtEdits.removeFtInterface(d)));
        if (fi != null) {
            String ft = "FT interface";
            // Changing the FT VLAN moves the peer's "ft-interface vlan" with it.
            out.add(number(ft, "FT VLAN", fi.vlan(), 2, 4094, v -> {
                if (v == null) {
                    throw new IllegalArgumentException("the FT interface needs a VLAN (2-4094)");
                }
                if (a.contexts().stream().anyMatch(x -> x.vlans().contains(v))) {
                    throw new IllegalArgumentException("VLAN " + v + " is allocated to a context");
                }
                EditCommand vlan = edit(d, "ft vlan", with.apply(new FtInterface(v, fi.address(), fi.peerAddress()),
                        peer == null ? null : new FtPeer(peer.id(), peer.heartbeatInterval(), peer.heartbeatCount(), v)));
                // The module's unaddressed vlanN port cabled to the FT VLAN is renamed with it, its cable following.
                Optional<String> port = FtEdits.port(d, fi.vlan());
                if (port.isEmpty() || v == fi.vlan() || d.iface("vlan" + v).isPresent()) {
                    return vlan;
                }
                return new CompoundEdit(vlan.label(),
                        List.of(vlan, new RenameInterface(d.name(), port.get(), "vlan" + v)));
            }));
            out.add(new PropertyRow(ft, "Address", PropertyRow.Kind.ADDRESS, nz(fi.address()), List.of(), v -> {
                InterfaceAddress ia = interfaceAddress(v);
                if (fi.peerAddress() != null && !HostAddress.tryParse(fi.peerAddress()).map(ia::contains).orElse(true)) {
                    throw new IllegalArgumentException("the peer address " + fi.peerAddress() + " is not in " + ia.subnet().toPrefixBlock());
                }
                return edit(d, "ft interface address", with.apply(new FtInterface(fi.vlan(), v, fi.peerAddress()), peer));
            }));
            out.add(new PropertyRow(ft, "Peer address", PropertyRow.Kind.ADDRESS, nz(fi.peerAddress()), List.of(), v -> {
                String pa = host(v);
                if (fi.address() != null && InterfaceAddress.tryParse(fi.address())
                        .map(x -> x.address().toCanonicalString().equals(pa)).orElse(false)) {
                    throw new IllegalArgumentException(pa + " is this module's own FT address");
                }
                return edit(d, "ft interface peer address", with.apply(new FtInterface(fi.vlan(), fi.address(), pa), peer));
            }));
        }
    }

    /** An image file name, with or without the {@code image:} prefix. */
    private static String imageName(String v) {
        String name = v.startsWith("image:") ? v.substring("image:".length()) : v;
        if (name.isEmpty() || name.contains("/") || name.contains(":")) {
            throw new IllegalArgumentException("'" + v + "' is not an image file name (c6ace-t1k9-mz.A2_3_0.bin)");
        }
        return name;
    }

    private static void ftRows(List<PropertyRow> out, Device d) {
        AceSettings a = d.ace();
        if (a == null) {
            return;
        }
        aceRows(out, d);
        aceModuleRows(out, d);
        for (int idx = 0; idx < a.ftGroups().size(); idx++) {
            FtGroup g = a.ftGroups().get(idx);
            int at = idx;
            String cat = FindingFields.groupSection(g);
            Function<FtGroup, Device> with = ng -> {
                List<FtGroup> gs = new ArrayList<>(a.ftGroups());
                gs.set(at, ng);
                return d.withAce(a.withFtGroups(gs));
            };
            out.add(new PropertyRow(cat, "Group id", PropertyRow.Kind.NUMBER, Integer.toString(g.id()), List.of(), v -> {
                int id = (int) whole(v, 1, MAX_FT_GROUP);
                if (id != g.id() && a.group(id).isPresent()) {
                    throw new IllegalArgumentException("FT group " + id + " already exists");
                }
                // ft tracks that lower this group follow the new number.
                List<FtGroup> gs = new ArrayList<>(a.ftGroups());
                gs.set(at, new FtGroup(id, g.peer(), g.priority(), g.peerPriority(), g.preempt(), g.context(), g.inservice()));
                List<FtTrack> tracks = a.tracking().stream().map(t -> t.ftGroup() != g.id() ? t
                        : new FtTrack(t.name(), t.type(), t.target(), id, t.priority(), t.peerPriority())).toList();
                return edit(d, "ft group " + g.id() + " id", d.withAce(FtEdits.withTracking(a.withFtGroups(gs), tracks)));
            }));
            List<String> peers = new ArrayList<>(List.of(""));
            if (a.ftPeer() != null) {
                peers.add(Integer.toString(a.ftPeer().id()));
            }
            out.add(choiceOf(cat, "Peer", g.peer() == null ? "" : g.peer().toString(), peers, v -> edit(d, "ft group " + g.id() + " peer",
                    with.apply(new FtGroup(g.id(), v.isEmpty() ? null : Integer.valueOf(v), g.priority(), g.peerPriority(), g.preempt(),
                            g.context(), g.inservice())))));
            out.add(new PropertyRow(cat, "Priority", PropertyRow.Kind.NUMBER, Integer.toString(g.priority()), List.of(),
                    v -> edit(d, "ft group " + g.id() + " priority", with.apply(g.withPriority((int) whole(v, 1, 255)))) ));
            out.add(new PropertyRow(cat, "Peer priority", PropertyRow.Kind.NUMBER, Integer.toString(g.peerPriority()), List.of(),
                    v -> edit(d, "ft group " + g.id() + " peer priority", with.apply(g.withPeerPriority((int) whole(v, 1, 255))))));
            List<String> names = a.contexts().stream().map(AceContext::name).toList();
            out.add(choiceOf(cat, "Context", nz(g.context()), names, v -> {
                a.ftGroups().stream().filter(x -> x.id() != g.id() && v.equals(x.context())).findFirst().ifPresent(x -> {
                    throw new IllegalArgumentException("context " + v + " is already associated with FT group " + x.id());
                });
                return edit(d, "ft group " + g.id() + " context", with.apply(
                        new FtGroup(g.id(), g.peer(), g.priority(), g.peerPriority(), g.preempt(), v, g.inservice())));
            }));
            out.add(flag(cat, "Preempt", g.preempt(), v -> edit(d, "ft group " + g.id() + " preempt", with.apply(g.withPreempt(v)))));
            out.add(flag(cat, "In service", g.inservice(), v -> edit(d, "ft group " + g.id() + " inservice", with.apply(g.withInservice(v)))));
        }
        FtTrackRows.add(out, d);
    }

    /**
     * The highest {@code ft group} number. Guess: the ACE appliance guide gives 1-20 for its 20
     * contexts ("ft switchover group_id", Cisco 4700 Series ACE Appliance Administration Guide
     * OL-11157-01, p. 7-24); the module holds Admin plus up to 250 user contexts, one group each,
     * so 255 leaves room for every context.
     */
    static final int MAX_FT_GROUP = 255;

    // ------------------------------------------------------------ row makers and parsers

    /**
     * The platforms a device of its kind can run: IOS releases for routers, the ACE software for
     * ACE modules, host operating systems for hosts, "generic" for the rest; the current one is
     * always offered (an imported design may hold another).
     */
    static List<Platform> platformsFor(Device d) {
        List<Platform> out = new ArrayList<>(switch (d.kind()) {
            case ROUTER -> List.of(Platform.IOS_12_4, Platform.IOS_15, Platform.IOS_XE);
            case ACE -> List.of(Platform.ACE_A2);
            case HOST -> List.of(Platform.MACOS, Platform.FREEBSD, Platform.LINUX);
            default -> List.of(Platform.GENERIC);
        });
        if (!out.contains(d.platform())) {
            out.add(d.platform());
        }
        return out;
    }

    /** The role as the project file and the palette name it: {@code hub}, {@code spoke}, {@code other}. */
    static String roleName(RouterRole r) {
        return r.name().toLowerCase(Locale.ROOT);
    }

    /** A choice among values shown by their names ({@code ios15}, {@code gre multipoint}); the name is parsed back. */
    static <T> PropertyRow named(String cat, String name, T value, List<T> values, Function<T, String> label,
                                 Function<T, EditCommand> f) {
        List<String> labels = values.stream().map(label).toList();
        return choiceOf(cat, name, label.apply(value), labels, v -> f.apply(values.get(labels.indexOf(v))));
    }

    static EditCommand edit(Device before, String what, Device after) {
        return new EditDevice("Set " + before.name() + " " + what, after);
    }

    private static PropertyRow text(String cat, String name, String value, Function<String, EditCommand> f) {
        return new PropertyRow(cat, name, PropertyRow.Kind.TEXT, nz(value), List.of(), v -> f.apply(emptyToNull(v)));
    }

    static PropertyRow number(String cat, String name, Integer value, int min, int max,
                                      Function<Integer, EditCommand> f) {
        return new PropertyRow(cat, name, PropertyRow.Kind.NUMBER, value == null ? "" : value.toString(), List.of(),
                v -> f.apply(v.isEmpty() ? null : (int) whole(v, min, max)));
    }

    static PropertyRow flag(String cat, String name, boolean value, Function<Boolean, EditCommand> f) {
        return new PropertyRow(cat, name, PropertyRow.Kind.FLAG, Boolean.toString(value), List.of("true", "false"),
                v -> f.apply(Boolean.parseBoolean(v)));
    }

    /** A choice among fixed texts ({@code ""} for the default); anything else is refused. */
    static PropertyRow choiceOf(String cat, String name, String value, List<String> values,
                                        Function<String, EditCommand> f) {
        return new PropertyRow(cat, name, PropertyRow.Kind.CHOICE, value, values, v -> {
            if (!values.contains(v)) {
                throw new IllegalArgumentException("'" + v + "' is not one of "
                        + String.join(", ", values.stream().map(x -> x.isEmpty() ? "(default)" : x).toList()));
            }
            return f.apply(v);
        });
    }

    static InterfaceAddress interfaceAddress(String v) {
        try {
            InterfaceAddress a = InterfaceAddress.parse(v);
            // The address library reads "10.0.0.0/24" as the whole subnet; IOS refuses it as an interface address.
            if (a.address().isMultiple() || a.isIpv4() && a.prefixLength() < 31
                    && a.address().toIPv4().longValue() == a.subnet().getLower().toIPv4().longValue()) {
                throw new IllegalArgumentException("'" + v + "' is the network address of " + a.subnet().toPrefixBlock()
                        + "; IOS refuses it as an interface address (Bad mask)");
            }
            return a;
        } catch (AddressFormatProblem e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** An IPv4 host address without prefix; returns it in canonical form. */
    static String host(String v) {
        return Ipv4Host.parse(v);
    }

    static long whole(String v, long min, long max) {
        long n;
        try {
            n = Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(n + " is out of range " + min + "-" + max);
        }
        return n;
    }

    static List<String> split(String v) {
        return Arrays.stream(v.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String nz(String v) {
        return v == null ? "" : v;
    }

    private static String emptyToNull(String v) {
        return v == null || v.isEmpty() ? null : v;
    }
}

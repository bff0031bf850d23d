package org.labcanvas.app.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.labcanvas.model.addr.AddressFormatProblem;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.edit.EditCommand;
import org.labcanvas.model.edit.EditDevice;
import org.labcanvas.model.edit.RenameDevice;
import org.labcanvas.model.topology.AceContext;
import org.labcanvas.model.topology.AceImage;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.FtInterface;
import org.labcanvas.model.topology.FtPeer;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.IsakmpPolicy;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
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
 * Interface, Tunnel, NHRP, OSPF interface, OSPF, Crypto, FT. Addresses are checked with the
 * model's parser ({@link InterfaceAddress}, {@link HostAddress}) so a value IOS would refuse is
 * refused here with the same reason.
 */
public final class DeviceProperties {
    private DeviceProperties() {}

    public static List<PropertyRow> rows(Device d, String ifName) {
        List<PropertyRow> out = new ArrayList<>();
        String name = d.name();
        out.add(new PropertyRow("Device", "Name", PropertyRow.Kind.TEXT, name, List.of(), v -> new RenameDevice(name, v)));
        out.add(choice("Device", "Platform", d.platform().name(), Platform.values(),
                v -> edit(d, "platform", d.withPlatform(Platform.valueOf(v)))));
        out.add(text("Device", "Version", d.version(), v -> edit(d, "version", d.withVersion(v))));
        if (d.role() != null) {
            out.add(choice("Device", "Role", d.role().name(), RouterRole.values(),
                    v -> edit(d, "role", d.withRole(RouterRole.valueOf(v)))));
        }
        Interface i = d.iface(ifName).orElse(d.interfaces().isEmpty() ? null : d.interfaces().get(0));
        if (i != null) {
            interfaceRows(out, d, i);
        }
        routeRows(out, d);
        ospfRows(out, d);
        cryptoRows(out, d);
        ftRows(out, d);
        sixInFourRows(out, d);
        brokerRows(out, d);
        return out;
    }

    /** {@code ip route} / {@code ipv6 route} as {@code PREFIX via NEXTHOP}, comma-separated. */
    private static void routeRows(List<PropertyRow> out, Device d) {
        if (d.kind().isSegment()) {
            return;
        }
        out.add(new PropertyRow("Static routes", "Routes (prefix via next hop)", PropertyRow.Kind.ADDRESS,
                String.join(", ", d.staticRoutes().stream()
                        .map(r -> r.prefix() + (r.nextHop() == null ? "" : " via " + r.nextHop())
                                + (r.iface() == null ? "" : " dev " + r.iface())
                                + (r.distance() == null ? "" : " distance " + r.distance())).toList()),
                List.of(), v -> {
                    List<org.labcanvas.model.topology.StaticRoute> routes = new ArrayList<>();
                    for (String r : split(v)) {
                        String[] p = r.trim().split("\\s+");
                        if (p.length < 3 || p.length % 2 == 0) {
                            throw new IllegalArgumentException("write a route as PREFIX via NEXTHOP [dev IFACE] [distance N] (0.0.0.0/0 via 10.4.2.2)");
                        }
                        var prefix = org.labcanvas.model.addr.HostAddress.tryPrefix(p[0]).orElseThrow(
                                () -> new IllegalArgumentException("'" + p[0] + "' is not a prefix (0.0.0.0/0, ::/0)"));
                        String via = null, dev = null;
                        Integer distance = null;
                        for (int k = 1; k < p.length; k += 2) {
                            switch (p[k]) {
                                case "via" -> via = anyHost(p[k + 1]);
                                case "dev" -> dev = p[k + 1];
                                case "distance" -> distance = (int) whole(p[k + 1], 1, 255);
                                default -> throw new IllegalArgumentException("unknown route word '" + p[k] + "' (via, dev, distance)");
                            }
                        }
                        routes.add(new org.labcanvas.model.topology.StaticRoute(p[0], via, dev, distance));
                    }
                    return edit(d, "static routes", d.withStaticRoutes(routes));
                }));
    }

    private static void sixInFourRows(List<PropertyRow> out, Device d) {
        var six = d.sixInFour();
        if (six == null) {
            return;
        }
        String cat = "6in4 client";
        out.add(new PropertyRow(cat, "Broker-side IPv6", PropertyRow.Kind.ADDRESS, six.remoteIpv6() == null ? "" : six.remoteIpv6(),
                List.of(), v -> edit(d, "6in4 remote", d.withSixInFour(new org.labcanvas.model.topology.SixInFourClient(
                        six.tunnelInterface(), anyHost(v), six.routedPrefix(), six.broker(), six.dynamicAddress(), six.updater())))));
        out.add(flag(cat, "Dynamic public IPv4", six.dynamicAddress(),
                v -> edit(d, "6in4 dynamic address", d.withSixInFour(six.withDynamicAddress(v)))));
        if (six.updater() != null) {
            var u = six.updater();
            out.add(number(cat, "Updater interval (min)", u.intervalMinutes(), 1, 1440,
                    v -> edit(d, "updater interval", d.withSixInFour(six.withUpdater(new org.labcanvas.model.topology.UpdaterSettings(
                            v == null ? u.intervalMinutes() : v, u.username(), u.updateKey(), u.updateUrl(), u.ipCheckUrl()))))));
            out.add(text(cat, "Updater user name", u.username(),
                    v -> edit(d, "updater user", d.withSixInFour(six.withUpdater(new org.labcanvas.model.topology.UpdaterSettings(
                            u.intervalMinutes(), v, u.updateKey(), u.updateUrl(), u.ipCheckUrl()))))));
        }
    }

    private static void brokerRows(List<PropertyRow> out, Device d) {
        var b = d.broker();
        if (b == null) {
            return;
        }
        String cat = "Tunnel broker";
        out.add(new PropertyRow(cat, "IPv4 endpoint", PropertyRow.Kind.ADDRESS, b.ipv4Endpoint() == null ? "" : b.ipv4Endpoint(),
                List.of(), v -> edit(d, "broker endpoint", d.withBroker(new org.labcanvas.model.topology.BrokerSettings(
                        host(v), b.tunnelId(), b.serverIpv6(), b.clientIpv6(), b.routedPrefix())))));
        out.add(text(cat, "Tunnel id", b.tunnelId(), v -> edit(d, "broker tunnel id", d.withBroker(
                new org.labcanvas.model.topology.BrokerSettings(b.ipv4Endpoint(), v, b.serverIpv6(), b.clientIpv6(), b.routedPrefix())))));
        out.add(new PropertyRow(cat, "Server IPv6", PropertyRow.Kind.ADDRESS, b.serverIpv6() == null ? "" : b.serverIpv6(), List.of(),
                v -> {
                    interfaceAddress(v);
                    return edit(d, "broker server ipv6", d.withBroker(new org.labcanvas.model.topology.BrokerSettings(
                            b.ipv4Endpoint(), b.tunnelId(), v, b.clientIpv6(), b.routedPrefix())));
                }));
        out.add(new PropertyRow(cat, "Client IPv6", PropertyRow.Kind.ADDRESS, b.clientIpv6() == null ? "" : b.clientIpv6(), List.of(),
                v -> {
                    interfaceAddress(v);
                    return edit(d, "broker client ipv6", d.withBroker(new org.labcanvas.model.topology.BrokerSettings(
                            b.ipv4Endpoint(), b.tunnelId(), b.serverIpv6(), v, b.routedPrefix())));
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
        out.add(new PropertyRow(cat, "IPv6 addresses", PropertyRow.Kind.ADDRESS, String.join(", ", i.ipv6()), List.of(), v -> {
            List<String> list = split(v);
            for (String a : list) {
                if (interfaceAddress(a).isIpv4()) {
                    throw new IllegalArgumentException("'" + a + "' is not an IPv6 address");
                }
            }
            return edit(d, n + " ipv6", on.apply(x -> x.withIpv6(list)));
        }));
        out.add(number(cat, "Bandwidth (kbit/s)", i.bandwidth(), 1, 100_000_000, v -> edit(d, n + " bandwidth", on.apply(x -> x.withBandwidth(v)))));
        out.add(number(cat, "IP MTU", i.mtu(), 68, 9216, v -> edit(d, n + " mtu", on.apply(x -> x.withMtu(v)))));
        out.add(number(cat, "TCP adjust-mss", i.tcpAdjustMss(), 500, 1460, v -> edit(d, n + " adjust-mss", on.apply(x -> x.withTcpAdjustMss(v)))));
        out.add(flag(cat, "IP redirects", i.ipRedirects() == null || i.ipRedirects(),
                v -> edit(d, n + " redirects", on.apply(x -> x.withIpRedirects(v ? null : false)))));
        out.add(flag(cat, "Shutdown", i.shutdown(), v -> edit(d, n + " shutdown", on.apply(x -> x.withShutdown(v)))));
        TunnelSettings t = i.tunnel();
        if (t != null) {
            String tc = "Tunnel " + n;
            Function<UnaryOperator<TunnelSettings>, Device> tun = f -> on.apply(x -> x.withTunnel(f.apply(x.tunnel())));
            out.add(choice(tc, "Mode", t.mode().name(), TunnelMode.values(),
                    v -> edit(d, n + " tunnel mode", tun.apply(x -> x.withMode(TunnelMode.valueOf(v))))));
            out.add(text(tc, "Source", t.source(), v -> edit(d, n + " tunnel source", tun.apply(x -> x.withSource(emptyToNull(v))))));
            out.add(new PropertyRow(tc, "Destination", PropertyRow.Kind.ADDRESS, nz(t.destination()), List.of(), v -> {
                if (!v.isEmpty()) {
                    host(v);
                }
                return edit(d, n + " tunnel destination", tun.apply(x -> x.withDestination(emptyToNull(v))));
            }));
            out.add(new PropertyRow(tc, "Key", PropertyRow.Kind.NUMBER, t.key() == null ? "" : t.key().toString(), List.of(),
                    v -> edit(d, n + " tunnel key", tun.apply(x -> x.withKey(v.isEmpty() ? null : (long) whole(v, 0, Integer.MAX_VALUE))))));
            out.add(text(tc, "IPsec profile", t.protection(), v -> edit(d, n + " protection", tun.apply(x -> x.withProtection(emptyToNull(v))))));
        }
        NhrpSettings h = i.nhrp();
        if (h != null) {
            String hc = "NHRP " + n;
            Function<UnaryOperator<NhrpSettings>, Device> nh = f -> on.apply(x -> x.withNhrp(f.apply(x.nhrp())));
            out.add(new PropertyRow(hc, "Network id", PropertyRow.Kind.NUMBER, Long.toString(h.networkId()), List.of(),
                    v -> edit(d, n + " nhrp network-id", nh.apply(x -> x.withNetworkId(whole(v, 1, Integer.MAX_VALUE))))));
            out.add(number(hc, "Hold time (s)", h.holdtime(), 1, 65535, v -> edit(d, n + " nhrp holdtime", nh.apply(x -> x.withHoldtime(v)))));
            out.add(new PropertyRow(hc, "NHS", PropertyRow.Kind.ADDRESS,
                    String.join(", ", h.servers().stream().map(NhrpServer::address).toList()), List.of(), v -> {
                        List<NhrpServer> s = split(v).stream().map(a -> NhrpServer.of(host(a))).toList();
                        return edit(d, n + " nhrp nhs", nh.apply(x -> x.withServers(s)));
                    }));
            out.add(new PropertyRow(hc, "Static maps (tunnel=nbma)", PropertyRow.Kind.ADDRESS,
                    String.join(", ", h.maps().stream().map(m -> m.protocol() + "=" + m.nbma()).toList()), List.of(), v -> {
                        List<NhrpMap> maps = new ArrayList<>();
                        for (String m : split(v)) {
                            String[] p = m.split("=", -1);
                            if (p.length != 2) {
                                throw new IllegalArgumentException("write a map as TUNNEL-ADDRESS=NBMA-ADDRESS (10.0.0.1=10.4.0.1)");
                            }
                            maps.add(new NhrpMap(host(p[0].strip()), host(p[1].strip())));
                        }
                        return edit(d, n + " nhrp map", nh.apply(x -> x.withMaps(maps)));
                    }));
            out.add(flag(hc, "Map multicast dynamic", h.mapMulticast().contains(NhrpSettings.MULTICAST_DYNAMIC),
                    v -> edit(d, n + " nhrp map multicast", nh.apply(x -> x.withMapMulticast(v ? List.of(NhrpSettings.MULTICAST_DYNAMIC) : List.of())))));
        }
        if (i.isTunnel() || i.ospf() != null || d.ospf() != null) {
            String oc = "OSPF " + n;
            OspfInterfaceSettings o = i.ospfOrDefaults();
            Function<UnaryOperator<OspfInterfaceSettings>, Device> os = f -> on.apply(x -> x.withOspf(f.apply(x.ospfOrDefaults())));
            List<String> types = new ArrayList<>(List.of(""));
            Arrays.stream(OspfNetworkType.values()).filter(x -> x != OspfNetworkType.LOOPBACK).forEach(x -> types.add(x.name()));
            out.add(new PropertyRow(oc, "Network type", PropertyRow.Kind.CHOICE, o.networkType() == null ? "" : o.networkType().name(),
                    types, v -> edit(d, n + " ospf network", os.apply(x -> x.withNetworkType(v.isEmpty() ? null : OspfNetworkType.valueOf(v))))));
            out.add(number(oc, "Cost", o.cost(), 1, 65535, v -> edit(d, n + " ospf cost", os.apply(x -> x.withCost(v)))));
            out.add(number(oc, "Priority", o.priority(), 0, 255, v -> edit(d, n + " ospf priority", os.apply(x -> x.withPriority(v)))));
            out.add(number(oc, "Hello (s)", o.hello(), 1, 65535, v -> edit(d, n + " ospf hello", os.apply(x -> x.withHello(v)))));
            out.add(number(oc, "Dead (s)", o.dead(), 1, 65535, v -> edit(d, n + " ospf dead", os.apply(x -> x.withDead(v)))));
        }
    }

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
                v -> edit(d, "router-id", d.withOspf(o.withRouterId(v.isEmpty() ? null : host(v))))));
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
                v -> edit(d, "ospf reference bandwidth", d.withOspf(o.withReferenceBandwidthMbps(v)))));
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
                    with.apply(new IsakmpPolicy(p.priority(), p.encryption(), p.hash(), p.authentication(), p.group(), v)))));
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
                    v -> edit(d, p.name() + " lifetime", with.apply(new IpsecProfile(p.name(), p.transformSets(), v, p.pfsGroup())))));
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
                    return edit(d, "contexts", d.withAce(new AceSettings(a.peerDevice(), a.ftInterface(), a.ftPeer(), a.ftGroups(),
                            contexts, a.tracking(), a.images(), a.bootSystem(), a.runningImage())));
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
                        return edit(d, x.name() + " vlans", d.withAce(new AceSettings(a.peerDevice(), a.ftInterface(), a.ftPeer(), a.ftGroups(),
                                contexts, a.tracking(), a.images(), a.bootSystem(), a.runningImage())));
                    }));
        }
        FtPeer peer = a.ftPeer();
        FtInterface fi = a.ftInterface();
        java.util.function.BiFunction<FtInterface, FtPeer, Device> with = (ni, np) -> d.withAce(new AceSettings(a.peerDevice(), ni, np,
                a.ftGroups(), a.contexts(), a.tracking(), a.images(), a.bootSystem(), a.runningImage()));
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
                return edit(d, "ft peer id", d.withAce(new AceSettings(a.peerDevice(), fi,
                        new FtPeer(v, peer.heartbeatInterval(), peer.heartbeatCount(), peer.ftInterfaceVlan()),
                        gs, a.contexts(), a.tracking(), a.images(), a.bootSystem(), a.runningImage())));
            }));
            out.add(number(fp, "Heartbeat interval (ms)", peer.heartbeatInterval(), 100, 1000, v -> edit(d, "ft peer heartbeat interval",
                    with.apply(fi, new FtPeer(peer.id(), v, peer.heartbeatCount(), peer.ftInterfaceVlan())))));
            out.add(number(fp, "Heartbeat count", peer.heartbeatCount(), 10, 50, v -> edit(d, "ft peer heartbeat count",
                    with.apply(fi, new FtPeer(peer.id(), peer.heartbeatInterval(), v, peer.ftInterfaceVlan())))));
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
                return edit(d, "ft vlan", with.apply(new FtInterface(v, fi.address(), fi.peerAddress()),
                        peer == null ? null : new FtPeer(peer.id(), peer.heartbeatInterval(), peer.heartbeatCount(), v)));
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
            String cat = "FT group " + g.id() + " (" + g.context() + ")";
            Function<FtGroup, Device> with = ng -> {
                List<FtGroup> gs = new ArrayList<>(a.ftGroups());
                gs.set(at, ng);
                return d.withAce(a.withFtGroups(gs));
            };
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

    // ------------------------------------------------------------ row makers and parsers

    static EditCommand edit(Device before, String what, Device after) {
        return new EditDevice("Set " + before.name() + " " + what, after);
    }

    private static PropertyRow text(String cat, String name, String value, Function<String, EditCommand> f) {
        return new PropertyRow(cat, name, PropertyRow.Kind.TEXT, nz(value), List.of(), v -> f.apply(emptyToNull(v)));
    }

    private static PropertyRow number(String cat, String name, Integer value, int min, int max,
                                      Function<Integer, EditCommand> f) {
        return new PropertyRow(cat, name, PropertyRow.Kind.NUMBER, value == null ? "" : value.toString(), List.of(),
                v -> f.apply(v.isEmpty() ? null : (int) whole(v, min, max)));
    }

    static PropertyRow flag(String cat, String name, boolean value, Function<Boolean, EditCommand> f) {
        return new PropertyRow(cat, name, PropertyRow.Kind.FLAG, Boolean.toString(value), List.of("true", "false"),
                v -> f.apply(Boolean.parseBoolean(v)));
    }

    private static PropertyRow choice(String cat, String name, String value, Enum<?>[] values,
                                      Function<String, EditCommand> f) {
        return new PropertyRow(cat, name, PropertyRow.Kind.CHOICE, value,
                Arrays.stream(values).map(Enum::name).toList(), v -> {
                    if (Arrays.stream(values).noneMatch(e -> e.name().equals(v))) {
                        throw new IllegalArgumentException("'" + v + "' is not one of " + Arrays.toString(values));
                    }
                    return f.apply(v);
                });
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
        try {
            var a = HostAddress.parse(v);
            if (!a.isIPv4()) {
                throw new IllegalArgumentException("'" + v + "' is not an IPv4 address");
            }
            if (a.getNetworkPrefixLength() != null) {
                throw new IllegalArgumentException("'" + v + "' must be an address without /prefix");
            }
            return a.toCanonicalString();
        } catch (AddressFormatProblem e) {
            throw new IllegalArgumentException(e.getMessage());
        }
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

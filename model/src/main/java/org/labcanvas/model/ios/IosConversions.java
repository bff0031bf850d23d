package org.labcanvas.model.ios;

import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.NhrpMap;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.NhrpSettings;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.RouterRole;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.TunnelMode;

/**
 * The one step from parsed running-configs to a design.
 *
 * <ul>
 *   <li>Each config becomes a router named by its {@code hostname}.</li>
 *   <li>Interfaces (not tunnels or loopbacks) of different routers on the same IPv4 subnet are
 *       linked: two interfaces on a /30 or /31 by a direct cable, anything else through a LAN node
 *       named {@code LAN-<network>-<length>}.</li>
 *   <li>Addresses the imported routers need but none of them owns (a default route's next hop, a
 *       tunnel destination, an NHRP NBMA address) are reached through an implicit Internet node: the
 *       interface that leads there is linked to it, and so is the imported interface that owns such
 *       an address when it sits on another subnet.</li>
 *   <li>Roles: a multipoint GRE tunnel with NHRP that either maps multicast to {@code dynamic} or
 *       has no NHS makes a hub; otherwise a tunnel with an NHS makes a spoke.</li>
 * </ul>
 */
public final class IosConversions {
    /** The implicit cloud's name. */
    public static final String INTERNET = "Internet";

    private IosConversions() {}

    public static RouterRole role(List<Interface> interfaces) {
        boolean spoke = false;
        for (Interface i : interfaces) {
            NhrpSettings n = i.nhrp();
            if (n == null || i.tunnel() == null) {
                continue;
            }
            if (i.tunnel().mode() == TunnelMode.GRE_MULTIPOINT
                    && (n.mapMulticast().contains(NhrpSettings.MULTICAST_DYNAMIC) || n.servers().isEmpty())) {
                return RouterRole.HUB;
            }
            spoke |= !n.servers().isEmpty();
        }
        return spoke ? RouterRole.SPOKE : RouterRole.OTHER;
    }

    public static Device device(IosConfig c, String name, Platform platform) {
        return new Device(name, DeviceKind.ROUTER, platform, null, role(c.interfaces()), c.interfaces(),
                c.staticRoutes(), c.ospf(), c.crypto(), null, null, null);
    }

    /** Routers in the given order, then LAN nodes, then the Internet node when one is needed. */
    public static Topology topology(List<Device> routers) {
        Map<String, List<Endpoint>> bySubnet = new LinkedHashMap<>();
        Map<Endpoint, String> subnetOf = new LinkedHashMap<>();
        Map<String, Endpoint> owners = new LinkedHashMap<>();
        for (Device d : routers) {
            for (Interface i : d.interfaces()) {
                Optional<InterfaceAddress> a = InterfaceAddress.tryParse(i.ipv4());
                if (a.isEmpty()) {
                    continue;
                }
                Endpoint e = Endpoint.of(d.name(), i.name());
                owners.putIfAbsent(a.get().address().toCanonicalString(), e);
                if (attachable(i)) {
                    String subnet = a.get().subnet().toCanonicalString();
                    bySubnet.computeIfAbsent(subnet, k -> new ArrayList<>()).add(e);
                    subnetOf.put(e, subnet);
                }
            }
        }
        List<Device> devices = new ArrayList<>(routers);
        List<Link> links = new ArrayList<>();
        Set<Endpoint> segmented = new LinkedHashSet<>();
        for (Map.Entry<String, List<Endpoint>> e : bySubnet.entrySet()) {
            List<Endpoint> members = e.getValue();
            if (members.size() < 2) {
                continue;
            }
            segmented.addAll(members);
            IPAddress subnet = HostAddress.tryPrefix(e.getKey()).orElseThrow();
            if (members.size() == 2 && subnet.getNetworkPrefixLength() >= 30) {
                links.add(new Link(members.get(0), members.get(1)));
            } else {
                String lan = "LAN-" + subnet.getLower().withoutPrefixLength().toCanonicalString() + "-"
                        + subnet.getNetworkPrefixLength();
                devices.add(Device.of(lan, DeviceKind.LAN, Platform.GENERIC));
                for (Endpoint m : members) {
                    links.add(new Link(Endpoint.node(lan), m));
                }
            }
        }
        Set<Endpoint> internet = new LinkedHashSet<>();
        for (Device d : routers) {
            for (StaticRoute r : d.staticRoutes()) {
                if (!"0.0.0.0/0".equals(r.prefix()) || r.nextHop() == null || owners.containsKey(r.nextHop())) {
                    continue;
                }
                interfaceToward(d, r.nextHop()).ifPresent(internet::add);
            }
            for (Interface i : d.interfaces()) {
                if (i.tunnel() == null || i.tunnel().source() == null) {
                    continue;
                }
                Optional<Endpoint> source = tunnelSource(d, i.tunnel().source());
                if (source.isEmpty()) {
                    continue;
                }
                for (String target : underlayTargets(i)) {
                    Endpoint owner = owners.get(target);
                    String sourceSubnet = subnetOf.get(source.get());
                    if (owner == null) {
                        internet.add(source.get());
                    } else if (sourceSubnet == null || !sourceSubnet.equals(subnetOf.get(owner))) {
                        internet.add(source.get());
                        if (subnetOf.containsKey(owner)) {
                            internet.add(owner);
                        }
                    }
                }
            }
        }
        internet.removeAll(segmented);
        if (!internet.isEmpty()) {
            String cloud = INTERNET;
            int k = 1;
            while (isTaken(devices, cloud)) {
                cloud = INTERNET + "-" + k++;
            }
            devices.add(Device.of(cloud, DeviceKind.INTERNET, Platform.GENERIC));
            for (Endpoint e : internet) {
                links.add(new Link(Endpoint.node(cloud), e));
            }
        }
        return new Topology(devices, links);
    }

    private static boolean isTaken(List<Device> devices, String name) {
        return devices.stream().anyMatch(d -> d.name().equals(name));
    }

    private static boolean attachable(Interface i) {
        return i.type() != InterfaceType.TUNNEL && i.type() != InterfaceType.LOOPBACK;
    }

    /** The interface whose subnet holds {@code address}. */
    private static Optional<Endpoint> interfaceToward(Device d, String address) {
        Optional<IPAddress> a = HostAddress.tryParse(address);
        if (a.isEmpty()) {
            return Optional.empty();
        }
        for (Interface i : d.interfaces()) {
            Optional<InterfaceAddress> ia = InterfaceAddress.tryParse(i.ipv4());
            if (attachable(i) && ia.isPresent() && ia.get().contains(a.get())) {
                return Optional.of(Endpoint.of(d.name(), i.name()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Endpoint> tunnelSource(Device d, String source) {
        if (HostAddress.tryParse(source).isPresent()) {
            for (Interface i : d.interfaces()) {
                Optional<InterfaceAddress> ia = InterfaceAddress.tryParse(i.ipv4());
                if (attachable(i) && ia.isPresent() && ia.get().address().toCanonicalString().equals(source)) {
                    return Optional.of(Endpoint.of(d.name(), i.name()));
                }
            }
            return Optional.empty();
        }
        return d.iface(source).filter(IosConversions::attachable).map(i -> Endpoint.of(d.name(), i.name()));
    }

    /** Tunnel destination and NBMA addresses: where the underlay must reach. */
    private static List<String> underlayTargets(Interface i) {
        List<String> out = new ArrayList<>();
        if (i.tunnel().destination() != null && i.tunnel().mode() != TunnelMode.GRE_MULTIPOINT) {
            out.add(i.tunnel().destination());
        }
        if (i.nhrp() != null) {
            for (NhrpMap m : i.nhrp().maps()) {
                out.add(m.nbma());
            }
            for (String mm : i.nhrp().mapMulticast()) {
                if (!mm.equals(NhrpSettings.MULTICAST_DYNAMIC)) {
                    out.add(mm);
                }
            }
            for (NhrpServer s : i.nhrp().servers()) {
                if (s.nbma() != null) {
                    out.add(s.nbma());
                }
            }
        }
        return out;
    }
}

package org.labcanvas.app.ui.findings;

import org.labcanvas.app.ui.properties.DeviceProperties;
import java.util.List;
import java.util.Optional;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.CryptoSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.IpsecProfile;
import org.labcanvas.model.topology.TunnelMode;

/**
 * Where a lint finding's {@code field} lives in the property sheet: the section and row that edit
 * it, worked out for the device as it is now (which interface, which profile, which FT group) and
 * checked against the rows {@link DeviceProperties#rows} shows, so a finding never points at a row
 * that is not there.
 *
 * <p>A few fields name a list rather than one element; their row is a guess at the element the
 * finding is about: {@code crypto.profiles} goes to a profile that names a missing transform set,
 * else to the profile that protects the interface; {@code ace.ftGroups} to the first group without
 * a peer, else the first whose two priorities tie, else the first group; {@code crypto.preSharedKeys}
 * and {@code crypto.isakmpPolicies} to the first key or policy.
 */
public final class FindingFields {
    /** Every field the lint names ({@code Finding.field()}), each with a row here. */
    static final List<String> FIELDS = List.of(
            "ipv4", "ipv6",
            "tunnel", "tunnel.destination", "tunnel.source", "tunnel.key", "tunnel.protection",
            "nhrp.networkId", "nhrp.servers", "nhrp.maps", "nhrp.mapMulticast",
            "ospf", "ospf.networkType", "ospf.priority",
            "ospf.networks", "ospf.neighbors", "ospf.routerId",
            "staticRoutes",
            "crypto.preSharedKeys", "crypto.profiles", "crypto.isakmpPolicies",
            "ace.peerDevice", "ace.ftPeer", "ace.ftInterface", "ace.ftGroups",
            "broker.ipv4Endpoint",
            "sixInFour.updater", "sixInFour.broker", "sixInFour.tunnelInterface");

    private FindingFields() {}

    /**
     * The (section, row) for the field of a finding about {@code device} (and {@code iface}, for
     * per-interface fields), or null when the sheet has no row for it.
     */
    public static String[] row(String field, String iface, Project project, String device) {
        Device d = device == null || field == null ? null : project.topology().device(device).orElse(null);
        if (d == null) {
            return null;
        }
        Interface i = iface == null ? null : d.iface(iface).orElse(null);
        String[] target = target(field, d, i);
        if (target == null) {
            return null;
        }
        boolean shown = DeviceProperties.rows(d, iface).stream()
                .anyMatch(r -> r.category().equals(target[0]) && r.name().equals(target[1]));
        return shown ? target : null;
    }

    private static String[] target(String field, Device d, Interface i) {
        return switch (field) {
            case "staticRoutes" -> at("Static routes", "Routes (prefix via next hop)");
            case "ospf.networks" -> d.ospf() == null ? null : at("OSPF process " + d.ospf().processId(), "Networks (address wildcard area)");
            case "ospf.neighbors" -> d.ospf() == null ? null : at("OSPF process " + d.ospf().processId(), "Neighbors");
            case "ospf.routerId" -> d.ospf() == null ? null : at("OSPF process " + d.ospf().processId(), "Router id");
            case "crypto.preSharedKeys" -> cryptoRow(d, "Pre-shared key");
            case "crypto.isakmpPolicies" -> d.crypto() == null || d.crypto().isakmpPolicies().isEmpty() ? null
                    : at("ISAKMP policy " + d.crypto().isakmpPolicies().get(0).priority(), "Encryption");
            case "crypto.profiles" -> profileRow(d, i);
            case "ace.peerDevice" -> at("ACE", "Peer module");
            case "ace.ftPeer" -> at("FT peer", "Configured");
            case "ace.ftInterface" -> d.ace() == null ? null
                    : d.ace().ftInterface() == null ? at("FT interface", "Configured") : at("FT interface", "Peer address");
            case "ace.ftGroups" -> groupRow(d.ace());
            case "broker.ipv4Endpoint" -> at("Tunnel broker", "IPv4 endpoint");
            case "sixInFour.updater" -> at("6in4 client", "Updater");
            case "sixInFour.broker" -> at("6in4 client", "Broker");
            case "sixInFour.tunnelInterface" -> at("6in4 client", "Tunnel interface");
            default -> i == null ? null : interfaceRow(field, i);
        };
    }

    private static String[] interfaceRow(String field, Interface i) {
        String n = i.name();
        return switch (field) {
            case "ipv4" -> at("Interface " + n, "IPv4 address");
            case "ipv6" -> at("Interface " + n, "IPv6 addresses");
            case "tunnel.destination" -> at("Tunnel " + n, "Destination");
            case "tunnel.source" -> at("Tunnel " + n, "Source");
            case "tunnel.key" -> at("Tunnel " + n, "Key");
            case "tunnel.protection" -> at("Tunnel " + n, "IPsec profile");
            // An unreachable NBMA address: the tunnel destination, else the addresses NHRP sends to.
            case "tunnel" -> i.tunnel() != null && i.tunnel().destination() != null && i.tunnel().mode() != TunnelMode.GRE_MULTIPOINT
                    ? at("Tunnel " + n, "Destination")
                    : i.nhrp() == null ? at("Tunnel " + n, "Source")
                    : i.nhrp().maps().isEmpty() ? at("NHRP " + n, "NHS") : at("NHRP " + n, "Static maps (tunnel=nbma)");
            case "nhrp.networkId" -> nhrp(i, "Network id");
            case "nhrp.servers" -> nhrp(i, "NHS");
            case "nhrp.maps" -> nhrp(i, "Static maps (tunnel=nbma)");
            case "nhrp.mapMulticast" -> nhrp(i, "Map multicast");
            // Hello and dead intervals that differ from the neighbor's.
            case "ospf" -> at("OSPF " + n, "Hello (s)");
            case "ospf.networkType" -> at("OSPF " + n, "Network type");
            case "ospf.priority" -> at("OSPF " + n, "Priority");
            default -> null;
        };
    }

    /** An NHRP row, or the row that configures NHRP when the interface has none. */
    private static String[] nhrp(Interface i, String row) {
        return at("NHRP " + i.name(), i.nhrp() == null ? "Configured" : row);
    }

    /** The first row of the Crypto section whose name starts with {@code prefix}. */
    private static String[] cryptoRow(Device d, String prefix) {
        return DeviceProperties.rows(d, null).stream()
                .filter(r -> r.category().equals("Crypto") && (r.name().startsWith(prefix) || r.name().equals(DeviceProperties.NO_KEYS)))
                .findFirst().map(r -> at(r.category(), r.name())).orElse(null);
    }

    private static String[] profileRow(Device d, Interface i) {
        CryptoSettings c = d.crypto();
        if (c == null) {
            return null;
        }
        Optional<IpsecProfile> incomplete = c.profiles().stream()
                .filter(p -> p.transformSets().stream().anyMatch(t -> c.transformSet(t).isEmpty())).findFirst();
        if (incomplete.isPresent()) {
            return at("Crypto profile " + incomplete.get().name(), "Transform sets");
        }
        Optional<IpsecProfile> used = Optional.ofNullable(i).map(Interface::tunnel).map(t -> t.protection()).flatMap(c::profile);
        return used.or(() -> c.profiles().stream().findFirst())
                .map(p -> at("Crypto profile " + p.name(), "PFS group")).orElse(null);
    }

    private static String[] groupRow(AceSettings a) {
        if (a == null || a.ftGroups().isEmpty()) {
            return null;
        }
        Optional<FtGroup> lonely = a.ftGroups().stream().filter(g -> g.peer() == null).findFirst();
        if (lonely.isPresent()) {
            return at(groupSection(lonely.get()), "Peer");
        }
        FtGroup g = a.ftGroups().stream().filter(x -> x.priority() == x.peerPriority()).findFirst().orElse(a.ftGroups().get(0));
        return at(groupSection(g), "Priority");
    }

    /** The title of an FT group's section, as {@link DeviceProperties} writes it. */
    public static String groupSection(FtGroup g) {
        return "FT group " + g.id() + " (" + g.context() + ")";
    }

    private static String[] at(String section, String row) {
        return new String[] {section, row};
    }
}

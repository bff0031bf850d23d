package org.labcanvas.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.OspfNetwork;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.Topology;

/**
 * What happens when the user draws a cable from one device to another: which interfaces are free,
 * which one to suggest, and the edit that adds the cable and, for a device joining a LAN with an
 * unaddressed interface, gives that interface an address on the LAN's subnet (the subnet of the
 * devices already on the LAN, else a new one from the {@link DesignAddressPlan}) and an OSPF
 * {@code network} statement for it when the device runs OSPF.
 */
public final class LinkPlanner {
    private LinkPlanner() {}

    /** Interfaces of {@code device} without a cable, in configuration order; tunnels and loopbacks carry none. */
    public static List<String> freeInterfaces(Topology t, String device) {
        Device d = t.require(device);
        Set<String> linked = t.links().stream()
                .flatMap(l -> java.util.stream.Stream.of(l.a(), l.b()))
                .filter(e -> e.device().equals(device) && e.iface() != null)
                .map(Endpoint::iface)
                .collect(Collectors.toSet());
        return d.interfaces().stream()
                .filter(i -> i.type() == InterfaceType.PHYSICAL || i.type() == InterfaceType.VLAN)
                .map(Interface::name)
                .filter(n -> !linked.contains(n))
                .toList();
    }

    /**
     * The interface to suggest when linking {@code device} to {@code other}: towards the Internet the
     * tunnel source (WAN); towards a LAN the first free unaddressed one; else the first free one.
     */
    public static Optional<String> suggestedInterface(Topology t, String device, String other) {
        List<String> free = freeInterfaces(t, device);
        if (free.isEmpty()) {
            return Optional.empty();
        }
        Device d = t.require(device);
        DeviceKind otherKind = t.require(other).kind();
        if (otherKind == DeviceKind.INTERNET) {
            Optional<String> wan = SpokeTunnels.wanInterface(d).filter(free::contains);
            if (wan.isPresent()) {
                return wan;
            }
        }
        if (otherKind == DeviceKind.LAN) {
            for (String n : free) {
                if (d.iface(n).map(i -> i.ipv4() == null).orElse(false)) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.of(free.get(0));
    }

    /** The edit for a cable between {@code a} and {@code b}; a LAN or Internet node end comes first. */
    public static EditCommand link(Project project, Endpoint a, Endpoint b) {
        Topology t = project.topology();
        boolean bIsSegment = t.require(b.device()).kind().isSegment();
        boolean aIsSegment = t.require(a.device()).kind().isSegment();
        Link link = bIsSegment && !aIsSegment ? new Link(b, a) : new Link(a, b);
        AddLink add = new AddLink(link);
        Device segment = t.require(link.a().device());
        if (segment.kind() != DeviceKind.LAN || link.b().iface() == null) {
            return add;
        }
        Device member = t.require(link.b().device());
        Interface iface = member.iface(link.b().iface()).orElse(null);
        if (iface == null || iface.ipv4() != null) {
            return add;
        }
        DesignAddressPlan plan = new DesignAddressPlan(t);
        DesignAddressPlan.Subnet subnet = lanSubnet(t, segment.name())
                .orElseGet(() -> new DesignAddressPlan.Subnet(plan.lanSubnet(), 24));
        int prefix = subnet.prefix();
        int members = (int) t.links().stream().filter(l -> l.touches(segment.name())).count();
        long host = plan.hostIn(subnet.base(), prefix, members + 1);
        String address = DesignAddressPlan.text(host) + "/" + prefix;
        Device addressed = member.withInterface(iface.name(), i -> i.withIpv4(address));
        OspfProcess ospf = addressed.ospf();
        if (ospf != null) {
            String net = DesignAddressPlan.text(subnet.base());
            boolean covered = ospf.networks().stream().anyMatch(n -> n.address().equals(net));
            if (!covered) {
                long area = ospf.networks().isEmpty() ? HubTunnel.DEFAULT_AREA : ospf.networks().get(0).area();
                List<OspfNetwork> networks = new ArrayList<>(ospf.networks());
                networks.add(new OspfNetwork(net, DesignAddressPlan.wildcard(prefix), area));
                addressed = addressed.withOspf(ospf.withNetworks(networks));
            }
        }
        return new CompoundEdit(add.label(), List.of(add,
                new EditDevice("Address " + member.name() + " " + iface.name(), addressed)));
    }

    /** The subnet of the first addressed interface already on the LAN. */
    private static Optional<DesignAddressPlan.Subnet> lanSubnet(Topology t, String lan) {
        for (Link l : t.links()) {
            Endpoint other = l.a().device().equals(lan) ? l.b() : l.b().device().equals(lan) ? l.a() : null;
            if (other == null || other.iface() == null) {
                continue;
            }
            Optional<DesignAddressPlan.Subnet> s = t.device(other.device()).flatMap(d -> d.iface(other.iface()))
                    .flatMap(i -> DesignAddressPlan.subnetOf(i.ipv4()));
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }
}

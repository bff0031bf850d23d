package org.labcanvas.model.edit;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.SixInFourClient;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;

/**
 * Renames one interface of a device and everything that names it: the ends of its links, and on
 * the same device a tunnel's {@code tunnel source}, {@code passive-interface}, a static route's
 * outgoing interface and the 6in4 client's tunnel interface. (Interface names are local to a
 * device; other devices refer to its addresses, not its names.)
 */
public record RenameInterface(String device, String from, String to) implements EditCommand {
    @Override
    public String label() {
        return "Rename " + device + " " + from + " to " + to;
    }

    @Override
    public Project apply(Project project) {
        Topology t = project.topology();
        Device d = t.require(device);
        if (d.iface(from).isEmpty()) {
            throw new IllegalArgumentException(device + " has no interface " + from);
        }
        if (to == null || to.isEmpty() || to.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("an interface name is one word without spaces");
        }
        if (from.equals(to)) {
            return project;
        }
        if (d.iface(to).isPresent()) {
            throw new IllegalArgumentException(device + " already has an interface " + to);
        }
        List<Interface> interfaces = new ArrayList<>();
        for (Interface i : d.interfaces()) {
            Interface r = i.name().equals(from) ? i.withName(to) : i;
            if (r.tunnel() != null && from.equals(r.tunnel().source())) {
                r = r.withTunnel(r.tunnel().withSource(to));
            }
            interfaces.add(r);
        }
        Device out = d.withInterfaces(interfaces)
                .withStaticRoutes(d.staticRoutes().stream().map(r -> from.equals(r.iface())
                        ? new StaticRoute(r.prefix(), r.nextHop(), to, r.distance()) : r).toList());
        OspfProcess ospf = out.ospf();
        if (ospf != null && ospf.passiveInterfaces().contains(from)) {
            out = out.withOspf(ospf.withPassiveInterfaces(ospf.passiveInterfaces().stream().map(n -> n.equals(from) ? to : n).toList()));
        }
        SixInFourClient six = out.sixInFour();
        if (six != null && from.equals(six.tunnelInterface())) {
            out = out.withSixInFour(new SixInFourClient(to, six.remoteIpv6(), six.routedPrefix(), six.broker(),
                    six.dynamicAddress(), six.updater()));
        }
        Device renamed = out;
        List<Link> links = t.links().stream().map(l -> new Link(renamed(l.a()), renamed(l.b()))).toList();
        return project.withTopology(t.withDevice(device, old -> renamed).withLinks(links));
    }

    private Endpoint renamed(Endpoint e) {
        return e.device().equals(device) && from.equals(e.iface()) ? new Endpoint(device, to) : e;
    }
}

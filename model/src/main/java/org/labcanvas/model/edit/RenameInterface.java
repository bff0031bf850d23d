package org.labcanvas.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.OspfProcess;
import org.labcanvas.model.topology.SixInFourClient;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.topology.VerbatimLine;

/**
 * Renames one interface of a device and everything that names it: the ends of its links, and on
 * the same device a tunnel's {@code tunnel source}, {@code passive-interface}, a static route's
 * outgoing interface and the 6in4 client's tunnel interface. (Interface names are local to a
 * device; other devices refer to its addresses, not its names.)
 *
 * <p>Lines an IOS import kept verbatim follow too: the block {@code interface FROM} becomes
 * {@code interface TO}, so its kept sub-commands stay with the renamed interface, and any kept
 * line (top-level or inside a block such as {@code router eigrp 1}) that names the interface as
 * a whole word, e.g. {@code ip nat inside source list 1 interface Tunnel0 overload} or
 * {@code passive-interface Tunnel0}, names the new one. A whole word is a run of non-blank
 * characters, so {@code Tunnel01} or the subinterface {@code FastEthernet0/0.100} are not
 * mentions of {@code Tunnel0} or {@code FastEthernet0/0}. The lines' anchors ({@code after})
 * are rewritten the same way, so every line keeps its place.
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
        if (!out.verbatim().isEmpty()) {
            out = out.withVerbatim(out.verbatim().stream().map(this::renamed).toList());
        }
        Device renamed = out;
        List<Link> links = t.links().stream().map(l -> new Link(renamed(l.a()), renamed(l.b()))).toList();
        return project.withTopology(t.withDevice(device, old -> renamed).withLinks(links));
    }

    private VerbatimLine renamed(VerbatimLine v) {
        return new VerbatimLine(mentionsRenamed(v.block()), mentionsRenamed(v.after()), mentionsRenamed(v.text()), v.source());
    }

    /** {@code line} with every whole-word {@code from} replaced by {@code to}; null stays null. */
    private String mentionsRenamed(String line) {
        if (line == null) {
            return null;
        }
        return Pattern.compile("(?<!\\S)" + Pattern.quote(from) + "(?!\\S)").matcher(line)
                .replaceAll(Matcher.quoteReplacement(to));
    }

    private Endpoint renamed(Endpoint e) {
        return e.device().equals(device) && from.equals(e.iface()) ? new Endpoint(device, to) : e;
    }
}

package org.labcanvas.model.edit;

import java.util.List;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.SixInFourClient;
import org.labcanvas.model.topology.Topology;

/**
 * Renames a device and everything that refers to it by name: its canvas position, the ends of its
 * links, an ACE module's {@code peerDevice} and a 6in4 client's {@code broker}.
 */
public record RenameDevice(String from, String to) implements EditCommand {
    @Override
    public String label() {
        return "Rename " + from + " to " + to;
    }

    @Override
    public Project apply(Project project) {
        Topology t = project.topology();
        t.require(from);
        if (to == null || to.isBlank() || !to.strip().equals(to) || to.contains(" ")) {
            throw new IllegalArgumentException("a device name is one word without spaces");
        }
        if (from.equals(to)) {
            return project;
        }
        if (t.contains(to)) {
            throw new IllegalArgumentException("a device named '" + to + "' already exists");
        }
        List<Device> devices = t.devices().stream().map(this::renamedIn).toList();
        List<Link> links = t.links().stream()
                .map(l -> new Link(renamed(l.a()), renamed(l.b())))
                .toList();
        return new Project(project.name(), new Topology(devices, links), project.layout().renamed(from, to));
    }

    private Device renamedIn(Device d) {
        Device out = d.name().equals(from) ? d.withName(to) : d;
        AceSettings ace = out.ace();
        if (ace != null && from.equals(ace.peerDevice())) {
            out = out.withAce(ace.withPeerDevice(to));
        }
        SixInFourClient six = out.sixInFour();
        if (six != null && from.equals(six.broker())) {
            out = out.withSixInFour(new SixInFourClient(six.tunnelInterface(), six.remoteIpv6(), six.routedPrefix(), to,
                    six.dynamicAddress(), six.updater()));
        }
        return out;
    }

    private Endpoint renamed(Endpoint e) {
        return e.device().equals(from) ? new Endpoint(to, e.iface()) : e;
    }
}

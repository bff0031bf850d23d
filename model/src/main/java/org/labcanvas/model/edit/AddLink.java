package org.labcanvas.model.edit;

import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Link;

/**
 * Adds a cable. Both ends must exist: a device interface, or a LAN/Internet node itself. An
 * interface carries at most one cable.
 */
public record AddLink(Link link) implements EditCommand {
    @Override
    public String label() {
        return "Link " + link.a() + " to " + link.b();
    }

    @Override
    public Project apply(Project project) {
        check(project, link.a());
        check(project, link.b());
        if (link.a().device().equals(link.b().device())) {
            throw new IllegalArgumentException("a link needs two different devices");
        }
        return project.withTopology(project.topology().withLink(link));
    }

    private static void check(Project project, Endpoint end) {
        Device d = project.topology().require(end.device());
        if (end.iface() == null) {
            if (!d.kind().isSegment()) {
                throw new IllegalArgumentException(d.name() + " needs an interface at the end of a link");
            }
            return;
        }
        if (d.iface(end.iface()).isEmpty()) {
            throw new IllegalArgumentException(d.name() + " has no interface " + end.iface());
        }
        boolean taken = project.topology().links().stream()
                .anyMatch(l -> l.a().equals(end) || l.b().equals(end));
        if (taken) {
            throw new IllegalArgumentException(end + " is already linked");
        }
    }
}

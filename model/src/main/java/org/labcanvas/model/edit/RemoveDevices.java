package org.labcanvas.model.edit;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.labcanvas.model.layout.Layout;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Topology;

/**
 * Deletes devices, every link that touches them and their canvas positions. Configuration in other
 * devices that names them (an ACE peer, a 6in4 client's broker, a spoke's NHS address) stays as
 * it is: lint reports it, and the user decides.
 */
public record RemoveDevices(Set<String> names) implements EditCommand {
    public RemoveDevices {
        names = Set.copyOf(names);
    }

    @Override
    public String label() {
        return names.size() == 1 ? "Delete " + names.iterator().next() : "Delete " + names.size() + " devices";
    }

    @Override
    public Project apply(Project project) {
        Topology t = project.topology();
        List<Link> links = t.links().stream()
                .filter(l -> !names.contains(l.a().device()) && !names.contains(l.b().device()))
                .toList();
        Layout layout = project.layout();
        for (String n : new TreeSet<>(names)) {
            layout = layout.without(n);
        }
        return new Project(project.name(),
                new Topology(t.devices().stream().filter(d -> !names.contains(d.name())).toList(), links), layout);
    }
}

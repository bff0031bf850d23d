package org.labcanvas.model.project;

import org.labcanvas.model.layout.Layout;
import org.labcanvas.model.topology.Topology;

/**
 * What a {@code .labcanvas} file holds: a design name, the topology and its canvas layout.
 */
public record Project(String name, Topology topology, Layout layout) {
    public Project {
        if (name == null) {
            name = "";
        }
        if (topology == null) {
            topology = Topology.EMPTY;
        }
        if (layout == null) {
            layout = Layout.EMPTY;
        }
    }

    public static Project of(String name, Topology topology, Layout layout) {
        return new Project(name, topology, layout);
    }

    public Project withTopology(Topology t) {
        return new Project(name, t, layout);
    }

    public Project withLayout(Layout l) {
        return new Project(name, topology, l);
    }
}

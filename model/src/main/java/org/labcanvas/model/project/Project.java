package org.labcanvas.model.project;

import java.util.List;
import org.labcanvas.model.layout.Layout;
import org.labcanvas.model.topology.Topology;

/**
 * What a {@code .labcanvas} file holds: a design name, the topology, its canvas layout and the
 * simulation scenarios saved with it.
 */
public record Project(String name, Topology topology, Layout layout, List<Scenario> scenarios) {
    public Project(String name, Topology topology, Layout layout) {
        this(name, topology, layout, List.of());
    }

    public Project {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
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
        return new Project(name, t, layout, scenarios);
    }

    public Project withLayout(Layout l) {
        return new Project(name, topology, l, scenarios);
    }

    public Project withScenarios(List<Scenario> s) {
        return new Project(name, topology, layout, s);
    }
}

package org.labcanvas.model.edit;

import java.util.Map;
import java.util.TreeMap;
import org.labcanvas.model.layout.Layout;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.project.Project;

/** Puts devices at new canvas positions (a drag, the arrow keys, an auto-layout). */
public record MoveDevices(String label, Map<String, Placement> to) implements EditCommand {
    public MoveDevices {
        to = Map.copyOf(to);
    }

    public static MoveDevices to(Map<String, Placement> to) {
        return new MoveDevices(to.size() == 1 ? "Move " + to.keySet().iterator().next() : "Move " + to.size() + " devices",
                to);
    }

    @Override
    public Project apply(Project project) {
        Layout layout = project.layout();
        for (Map.Entry<String, Placement> e : new TreeMap<>(to).entrySet()) {
            if (!project.topology().contains(e.getKey())) {
                throw new IllegalArgumentException("no device named '" + e.getKey() + "'");
            }
            layout = layout.with(e.getKey(), e.getValue());
        }
        return project.withLayout(layout);
    }
}

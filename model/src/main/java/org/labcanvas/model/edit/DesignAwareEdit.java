package org.labcanvas.model.edit;

import java.util.function.BiFunction;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Topology;

/**
 * An edit of one device whose result depends on the rest of the design (the peer module, the
 * address plan, the broker a 6in4 client names), so it is worked out against the project it is
 * applied to; one undo step like any other. {@code change} throws {@link IllegalArgumentException}
 * when the design does not allow it.
 */
public record DesignAwareEdit(String label, String device, BiFunction<Topology, Device, Device> change) implements EditCommand {
    @Override
    public Project apply(Project project) {
        Device now = project.topology().require(device);
        return new EditDevice(label, change.apply(project.topology(), now)).apply(project);
    }
}

package org.labcanvas.model.edit;

import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;

/**
 * Replaces one device's configuration with a new value (a property sheet edit). The name stays:
 * renaming goes through {@link RenameDevice}, which also fixes links, layout and references.
 *
 * @param label what changed, for the Edit menu ({@code Set R2 Tunnel0 ipv4})
 */
public record EditDevice(String label, Device after) implements EditCommand {
    @Override
    public Project apply(Project project) {
        project.topology().require(after.name());
        return project.withTopology(project.topology().withDevice(after.name(), old -> after));
    }
}

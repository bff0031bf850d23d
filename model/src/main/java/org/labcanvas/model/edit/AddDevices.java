package org.labcanvas.model.edit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.labcanvas.model.layout.Layout;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Topology;

/**
 * Adds devices with their canvas positions, and links among them or to existing devices. Also the
 * result of the palette ({@link DevicePalette}), of paste and of duplicate.
 */
public record AddDevices(String label, List<Device> devices, List<Link> links, Map<String, Placement> placements)
        implements EditCommand {
    public AddDevices {
        devices = List.copyOf(devices);
        links = List.copyOf(links);
        placements = Map.copyOf(new TreeMap<>(placements));
    }

    /** One device at one position. */
    public static AddDevices one(Device device, Placement at) {
        return new AddDevices("Add " + device.name(), List.of(device), List.of(), Map.of(device.name(), at));
    }

    @Override
    public Project apply(Project project) {
        Topology t = project.topology();
        for (Device d : devices) {
            if (t.contains(d.name())) {
                throw new IllegalArgumentException("a device named '" + d.name() + "' already exists");
            }
        }
        List<Device> all = new java.util.ArrayList<>(t.devices());
        all.addAll(devices);
        List<Link> allLinks = new java.util.ArrayList<>(t.links());
        allLinks.addAll(links);
        Layout layout = project.layout();
        for (Map.Entry<String, Placement> e : new TreeMap<>(placements).entrySet()) {
            layout = layout.with(e.getKey(), e.getValue());
        }
        return new Project(project.name(), new Topology(all, allLinks), layout);
    }
}

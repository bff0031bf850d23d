package org.labcanvas.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Link;

/**
 * A piece of a design on the clipboard: some devices, the links among them and their positions.
 */
public record Fragment(List<Device> devices, List<Link> links, Map<String, Placement> placements) {
    public Fragment {
        devices = List.copyOf(devices);
        links = List.copyOf(links);
        placements = Map.copyOf(placements);
    }

    /** The named devices of the project with the links that have both ends among them. */
    public static Fragment copy(Project project, Set<String> names) {
        List<Device> devices = project.topology().devices().stream().filter(d -> names.contains(d.name())).toList();
        List<Link> links = project.topology().links().stream()
                .filter(l -> names.contains(l.a().device()) && names.contains(l.b().device()))
                .toList();
        Map<String, Placement> placements = new TreeMap<>();
        for (Device d : devices) {
            project.layout().of(d.name()).ifPresent(p -> placements.put(d.name(), p));
        }
        return new Fragment(devices, links, placements);
    }

    public boolean isEmpty() {
        return devices.isEmpty();
    }

    /**
     * The edit that adds this fragment to {@code project}, moved by (dx, dy). A device whose name is
     * taken gets the next free one ({@code R2} becomes {@code R4} next to R0..R3), and links and
     * references inside the fragment follow. Addresses are kept as they are; lint points out the
     * duplicates for the user to change.
     */
    public AddDevices pasteInto(Project project, double dx, double dy) {
        return pasteInto(project, dx, dy, "Paste");
    }

    /** As {@link #pasteInto(Project, double, double)}, the edit named with {@code verb} ({@code Duplicate R4}). */
    public AddDevices pasteInto(Project project, double dx, double dy, String verb) {
        DeviceNames names = new DeviceNames(project.topology().devices());
        Project scratch = new Project("", new org.labcanvas.model.topology.Topology(devices, links),
                new org.labcanvas.model.layout.Layout(placements));
        Map<String, String> renames = new TreeMap<>();
        for (Device d : devices) {
            String fresh = names.isFree(d.name()) ? d.name() : names.copyOf(d.name());
            names.reserve(fresh);
            renames.put(d.name(), fresh);
        }
        // Rename through temporary names so that swaps inside the fragment cannot clash.
        int k = 0;
        for (String from : renames.keySet()) {
            if (!from.equals(renames.get(from))) {
                scratch = new RenameDevice(from, "\u0000paste" + k++).apply(scratch);
            }
        }
        k = 0;
        for (Map.Entry<String, String> e : renames.entrySet()) {
            if (!e.getKey().equals(e.getValue())) {
                scratch = new RenameDevice("\u0000paste" + k++, e.getValue()).apply(scratch);
            }
        }
        Map<String, Placement> moved = new TreeMap<>();
        for (Map.Entry<String, Placement> e : scratch.layout().placements().entrySet()) {
            moved.put(e.getKey(), e.getValue().movedBy(dx, dy));
        }
        List<Device> pasted = new ArrayList<>(scratch.topology().devices());
        return new AddDevices(verb + " " + (devices.size() == 1 ? pasted.get(0).name() : devices.size() + " devices"),
                pasted, scratch.topology().links(), moved);
    }
}

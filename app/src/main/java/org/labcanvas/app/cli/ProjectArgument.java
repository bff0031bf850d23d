package org.labcanvas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.project.ProjectFileException;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Topology;

/** Loads the project a subcommand was given, reporting a located error on failure. */
final class ProjectArgument {
    private ProjectArgument() {}

    static Optional<Project> load(Path file, PrintWriter err) {
        try {
            return Optional.of(ProjectFile.load(file));
        } catch (ProjectFileException e) {
            err.println("labcanvas: error: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The device named {@code name}, or empty after printing the names {@code file} does have. */
    static Optional<Device> device(Path file, Topology topology, String name, PrintWriter err) {
        Optional<Device> device = topology.device(name);
        if (device.isEmpty()) {
            List<String> names = topology.devices().stream().map(Device::name).toList();
            err.println("labcanvas: error: " + file + " has no device named '" + name + "'; it has "
                    + names(names, "devices"));
        }
        return device;
    }

    /** The names joined with commas; past 20, the first 20 and the count ("... (45 routers)"). */
    static String names(List<String> names, String noun) {
        return names.size() <= 20 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 20)) + " ... (" + names.size() + " " + noun + ")";
    }
}

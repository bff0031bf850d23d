package org.labcanvas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.project.ProjectFileException;

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
}

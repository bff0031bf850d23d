package org.labcanvas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;

/** How commands write a project file: an existing file is replaced only with --force; a failed write is reported. */
final class OutputFile {
    private OutputFile() {}

    /** True when {@code output} may be written; otherwise prints why not. */
    static boolean mayWrite(Path output, boolean force, PrintWriter err) {
        if (Files.exists(output) && !force) {
            err.println("labcanvas: error: " + output + " exists; use --force to replace it (the old file is kept as "
                    + ProjectFile.backupPath(output).getFileName() + ")");
            return false;
        }
        return true;
    }

    /** Writes {@code project} to {@code output}; false after printing why it could not. */
    static boolean save(Project project, Path output, PrintWriter err) {
        try {
            ProjectFile.save(project, output);
            return true;
        } catch (IOException e) {
            err.println("labcanvas: error: cannot write " + output + ": " + org.labcanvas.model.project.IoProblem.describe(e));
            return false;
        }
    }
}

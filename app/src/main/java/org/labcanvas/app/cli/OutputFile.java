package org.labcanvas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.labcanvas.model.project.ProjectFile;

/** The rule for commands that write a project file: an existing file is replaced only with --force. */
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
}

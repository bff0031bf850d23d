package org.labcanvas.app.ui.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.project.ProjectFileException;

/**
 * The autosave: while a design has unsaved changes, the designer writes it every 30 s to
 * {@code DIR/recovery.labcanvas}; a clean close deletes it. A recovery file found at start means
 * the last session ended without closing, and the designer offers to restore it.
 */
public final class RecoveryFile {
    public static final String NAME = "recovery" + ProjectFile.EXTENSION;
    private final Path file;

    public RecoveryFile(Path dir) {
        this.file = dir == null ? null : dir.resolve(NAME);
    }

    Path path() {
        return file;
    }

    public void write(Project p) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            ProjectFile.save(p, file);
        } catch (IOException e) {
            System.getLogger("labcanvas").log(System.Logger.Level.WARNING, "cannot write the recovery file " + file, e);
        }
    }

    public Optional<Project> read() {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProjectFile.load(file));
        } catch (ProjectFileException e) {
            return Optional.empty();
        }
    }

    public void delete() {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(ProjectFile.backupPath(file));
        } catch (IOException e) {
            System.getLogger("labcanvas").log(System.Logger.Level.DEBUG, "cannot delete " + file, e);
        }
    }
}

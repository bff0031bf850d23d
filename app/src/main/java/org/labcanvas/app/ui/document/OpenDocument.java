package org.labcanvas.app.ui.document;

import java.nio.file.Path;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;

/**
 * A project as the designer holds it: the design, the file it came from (null for a bundled
 * sample, which must be saved under a new name) and the name shown in the title bar.
 */
public record OpenDocument(Project project, Path file, String displayName) {
    public OpenDocument(Project project, Path file) {
        this(project, file, file.getFileName().toString());
    }

    public static OpenDocument sample(Project project, String sampleName) {
        return new OpenDocument(project, null, sampleName);
    }

    /** {@code dmvpn-dual-hub.labcanvas} to {@code dmvpn-dual-hub}: the name of the exported picture files. */
    public static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(ProjectFile.EXTENSION) ? n.substring(0, n.length() - ProjectFile.EXTENSION.length()) : n;
    }

    /**
     * The base name of the pictures exported from the window: the file's ({@code lab} for
     * {@code lab.labcanvas}), else a bundled sample's ({@code dmvpn-dual-hub}), else {@code design}.
     */
    public String pictureName() {
        if (file != null) {
            return baseName(file);
        }
        return displayName != null && displayName.endsWith(ProjectFile.EXTENSION) ? baseName(Path.of(displayName)) : "design";
    }

    /** {@code LabCanvas — FILE}, as the window title reads. */
    public String title() {
        return "LabCanvas \u2014 " + displayName;
    }
}

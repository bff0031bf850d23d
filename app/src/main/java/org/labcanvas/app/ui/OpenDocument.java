package org.labcanvas.app.ui;

import java.nio.file.Path;
import org.labcanvas.model.project.Project;

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

    /** {@code LabCanvas — FILE}, as the window title reads. */
    public String title() {
        return "LabCanvas \u2014 " + displayName;
    }
}

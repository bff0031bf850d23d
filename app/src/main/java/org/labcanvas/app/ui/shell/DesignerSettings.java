package org.labcanvas.app.ui.shell;

import java.nio.file.Path;

/**
 * Where the designer keeps its own files: the recent-files list and the recovery (autosave)
 * directory. By default under {@code ~/.local/share/labcanvas}; the system property
 * {@code labcanvas.home} moves them (tests point it at a temporary folder).
 */
public record DesignerSettings(Path recentFiles, Path recoveryDir, boolean offerRecovery) {
    public static DesignerSettings defaults() {
        String home = System.getProperty("labcanvas.home");
        Path base = home != null ? Path.of(home)
                : Path.of(System.getProperty("user.home"), ".local", "share", "labcanvas");
        return new DesignerSettings(base.resolve("recent.txt"), base.resolve("recovery"), true);
    }

    /** Settings that touch no file of the user (tests). */
    public static DesignerSettings in(Path dir) {
        return new DesignerSettings(dir.resolve("recent.txt"), dir.resolve("recovery"), false);
    }
}

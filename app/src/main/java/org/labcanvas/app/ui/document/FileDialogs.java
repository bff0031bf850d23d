package org.labcanvas.app.ui.document;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.labcanvas.model.project.ProjectFile;

/**
 * The questions the designer asks the desktop: which design to open, where to save, which
 * configs to import, which folder to export to, and showing a folder in the file manager. The
 * window asks through this interface so that its workflows can be driven without the system's
 * file dialogs.
 */
public interface FileDialogs {
    /** A design to open, starting in {@code near}'s folder when given. */
    Optional<Path> designToOpen(Window owner, Path near);

    /** Where to save the design; {@code .labcanvas} is added when the name lacks it. */
    Optional<Path> designToSave(Window owner, Path near);

    /** IOS running-configs to import, several at once. */
    List<Path> configsToImport(Window owner);

    /** The folder to export into, starting in {@code near}'s folder when given. */
    Optional<Path> exportFolder(Window owner, Path near);

    /** Shows {@code dir} in the desktop's file manager. */
    void showFolder(Path dir) throws IOException;

    /** An events YAML file to import into the simulation's scenario. */
    default Optional<Path> eventsToImport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import Events");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Event scripts", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** Where to write the scenario as events YAML. */
    default Optional<Path> eventsToExport(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Events");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Event scripts", "*.yaml", "*.yml"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** Where to write the resilience report (an HTML page). */
    default Optional<Path> reportToSave(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save Resilience Report");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML pages", "*.html"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** The system's own dialogs, and {@code xdg-open} for folders. */
    static FileDialogs system() {
        return new FileDialogs() {
            private Path lastFolder;

            private FileChooser designChooser(String title, Path near) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter("LabCanvas designs", "*" + ProjectFile.EXTENSION),
                        new FileChooser.ExtensionFilter("All files", "*"));
                Path dir = near != null && near.getParent() != null ? near.getParent() : lastFolder;
                if (dir != null && dir.toFile().isDirectory()) {
                    chooser.setInitialDirectory(dir.toFile());
                }
                return chooser;
            }

            private <T> T remember(T chosen, Path file) {
                if (file != null && file.getParent() != null) {
                    lastFolder = file.getParent();
                }
                return chosen;
            }

            @Override
            public Optional<Path> designToOpen(Window owner, Path near) {
                File f = designChooser("Open design", near).showOpenDialog(owner);
                return f == null ? Optional.empty() : remember(Optional.of(f.toPath()), f.toPath());
            }

            @Override
            public Optional<Path> designToSave(Window owner, Path near) {
                File f = designChooser("Save design as", near).showSaveDialog(owner);
                return f == null ? Optional.empty() : remember(Optional.of(f.toPath()), f.toPath());
            }

            @Override
            public List<Path> configsToImport(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Import IOS running-configs");
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter("Configs (*.cfg, *.conf, *.txt)", "*.cfg", "*.conf", "*.txt"),
                        new FileChooser.ExtensionFilter("All files", "*"));
                if (lastFolder != null && lastFolder.toFile().isDirectory()) {
                    chooser.setInitialDirectory(lastFolder.toFile());
                }
                List<File> files = chooser.showOpenMultipleDialog(owner);
                if (files == null || files.isEmpty()) {
                    return List.of();
                }
                return remember(files.stream().map(File::toPath).toList(), files.get(0).toPath());
            }

            @Override
            public Optional<Path> exportFolder(Window owner, Path near) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle("Export to");
                Path start = near != null && near.getParent() != null ? near.getParent() : lastFolder;
                if (start != null && start.toFile().isDirectory()) {
                    chooser.setInitialDirectory(start.toFile());
                }
                File chosen = chooser.showDialog(owner);
                if (chosen == null) {
                    return Optional.empty();
                }
                lastFolder = chosen.toPath();
                return Optional.of(chosen.toPath());
            }

            @Override
            public void showFolder(Path dir) throws IOException {
                new ProcessBuilder("xdg-open", dir.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            }
        };
    }
}

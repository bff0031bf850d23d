package org.labcanvas.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.labcanvas.app.ui.shell.DesignerLauncher;
import org.labcanvas.app.ui.document.OpenDocument;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.project.ProjectFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open a design in the designer window.")
final class OpenCommand implements Callable<Integer> {
    /** The sample the designer opens when started without arguments. */
    static final String DEFAULT_SAMPLE = "dmvpn-dual-hub.labcanvas";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .labcanvas project")
    Path file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Project> project = ProjectArgument.load(file, err);
        if (project.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        return launch(new OpenDocument(project.get(), file.toAbsolutePath()), err);
    }

    /** Opens the designer on the sample bundled in the jar. */
    static int openDefaultSample() {
        PrintWriter err = new PrintWriter(System.err, true);
        String resource = "/org/labcanvas/samples/" + DEFAULT_SAMPLE;
        try (InputStream in = OpenCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                err.println("labcanvas: error: the bundled sample " + DEFAULT_SAMPLE + " is missing from the jar");
                return ExitCodes.INTERNAL;
            }
            Project p = ProjectFile.parse(in.readAllBytes(), DEFAULT_SAMPLE);
            return launch(OpenDocument.sample(p, DEFAULT_SAMPLE), err);
        } catch (ProjectFileException e) {
            err.println("labcanvas: error: " + e.getMessage());
            return ExitCodes.INTERNAL;
        } catch (IOException e) {
            err.println("labcanvas: error: cannot read the bundled sample: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
    }

    private static int launch(OpenDocument doc, PrintWriter err) {
        try {
            DesignerLauncher.launch(doc);
            return ExitCodes.OK;
        } catch (RuntimeException | Error e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("DISPLAY") || why.contains("display") || why.contains("GTK") || why.contains("Toolkit")) {
                err.println("labcanvas: error: the designer cannot open a window: " + why + ". "
                        + "It needs a graphical display (DISPLAY) and GTK 3 (Debian: apt-get install libgtk-3-0); "
                        + "bin/labcanvas installs GTK when run as root. The command line works without: labcanvas --help");
                return ExitCodes.NO_DISPLAY;
            }
            throw e;
        }
    }
}

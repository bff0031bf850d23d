package org.labcanvas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.labcanvas.app.ui.DrawioExport;
import org.labcanvas.app.ui.OpenDocument;
import org.labcanvas.app.ui.PngExport;
import org.labcanvas.model.configs.ConfigExport;
import org.labcanvas.model.configs.ExportException;
import org.labcanvas.model.configs.ContainerlabExport;
import org.labcanvas.model.configs.ExportKind;
import org.labcanvas.model.configs.ExportReport;
import org.labcanvas.model.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the design: device configs (IOS, ACE, macOS/FreeBSD/Linux 6in4 scripts and updater,",
                "broker summary) and FRRouting configs. Everything is rendered first; on a problem nothing is written.",
                "KINDS: configs, frr, containerlab (NAME.clab.yml and FRR container files), png (the canvas, headless,",
                ">= 1600 px wide), drawio (mxGraph XML for draw.io);",
                "expectations (expected show output) is not available yet."})
final class ExportCommand implements Callable<Integer> {
    /** Kinds that belong to the command but are not built in this release. */
    static final List<String> NOT_YET = List.of("expectations");
    static final String PNG = "png";
    static final String DRAWIO = "drawio";
    static final String CONTAINERLAB = "containerlab";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .labcanvas project")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "the folder to write into")
    Path output;

    @Option(names = "--only", paramLabel = "KINDS", split = ",",
            description = "comma list of kinds to export (default: every available kind)")
    List<String> only;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<ExportKind> kinds = EnumSet.noneOf(ExportKind.class);
        boolean png = false;
        boolean drawio = false;
        boolean containerlab = false;
        if (only == null || only.isEmpty()) {
            kinds = EnumSet.allOf(ExportKind.class);
            png = true;
            drawio = true;
            containerlab = true;
        } else {
            Set<String> unavailable = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String k : only) {
                String id = k.strip();
                Optional<ExportKind> kind = ExportKind.byId(id);
                if (kind.isPresent()) {
                    kinds.add(kind.get());
                } else if (PNG.equalsIgnoreCase(id)) {
                    png = true;
                } else if (DRAWIO.equalsIgnoreCase(id)) {
                    drawio = true;
                } else if (CONTAINERLAB.equalsIgnoreCase(id)) {
                    containerlab = true;
                } else if (NOT_YET.contains(id.toLowerCase())) {
                    unavailable.add(id);
                } else {
                    unknown.add(id);
                }
            }
            if (!unknown.isEmpty()) {
                err.println("labcanvas: error: unknown export kind " + String.join(", ", unknown)
                        + " (kinds: configs, frr, containerlab, expectations, png, drawio)");
                return ExitCodes.BAD_INPUT;
            }
            if (!unavailable.isEmpty()) {
                err.println("labcanvas export: " + String.join(", ", unavailable) + " export is not available yet in this release");
                return ExitCodes.NOT_AVAILABLE;
            }
        }
        Optional<Project> project = ProjectArgument.load(file, err);
        if (project.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        List<Path> written = new ArrayList<>();
        try {
            if (!kinds.isEmpty()) {
                ExportReport report = ConfigExport.export(project.get(), output, kinds);
                written.addAll(report.written());
            }
            String base = OpenDocument.baseName(file);
            if (containerlab) {
                written.addAll(ConfigExport.write(ContainerlabExport.render(project.get().topology(), base), output).written());
            }
            if (png) {
                Path f = output.resolve(base + ".png");
                PngExport.write(project.get(), f);
                written.add(f);
            }
            if (drawio) {
                Path f = output.resolve(base + ".drawio");
                DrawioExport.write(project.get(), f);
                written.add(f);
            }
        } catch (ExportException e) {
            err.println("labcanvas: error: " + file + ": " + e.getMessage() + " (nothing was written)");
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("labcanvas: error: cannot write into " + output + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        for (Path p : written) {
            out.println(output.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()));
        }
        out.flush();
        err.println("wrote " + written.size() + (written.size() == 1 ? " file" : " files") + " into " + output);
        return ExitCodes.OK;
    }
}

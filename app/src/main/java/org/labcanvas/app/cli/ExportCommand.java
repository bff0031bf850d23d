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
import org.labcanvas.model.configs.ConfigExport;
import org.labcanvas.model.configs.ExportException;
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
                "KINDS: configs, frr (available); expectations, png, drawio (not available yet)."})
final class ExportCommand implements Callable<Integer> {
    /** Kinds that belong to the command but are not built in this release. */
    static final List<String> NOT_YET = List.of("expectations", "png", "drawio");

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
        if (only == null || only.isEmpty()) {
            kinds = EnumSet.allOf(ExportKind.class);
        } else {
            Set<String> unavailable = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String k : only) {
                String id = k.strip();
                Optional<ExportKind> kind = ExportKind.byId(id);
                if (kind.isPresent()) {
                    kinds.add(kind.get());
                } else if (NOT_YET.contains(id.toLowerCase())) {
                    unavailable.add(id);
                } else {
                    unknown.add(id);
                }
            }
            if (!unknown.isEmpty()) {
                err.println("labcanvas: error: unknown export kind " + String.join(", ", unknown)
                        + " (kinds: configs, frr, expectations, png, drawio)");
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
        ExportReport report;
        try {
            report = ConfigExport.export(project.get(), output, kinds);
        } catch (ExportException e) {
            err.println("labcanvas: error: " + file + ": " + e.getMessage() + " (nothing was written)");
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("labcanvas: error: cannot write into " + output + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        for (Path p : report.written()) {
            out.println(output.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()));
        }
        out.flush();
        err.println("wrote " + report.written().size() + " files into " + output);
        return ExitCodes.OK;
    }
}

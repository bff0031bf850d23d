package org.labcanvas.app.cli;

import java.time.Duration;
import org.labcanvas.app.ui.canvas.StateOverlay;
import org.labcanvas.app.ui.sim.CanvasState;
import org.labcanvas.app.ui.sim.SimulationOverlay;
import org.labcanvas.model.sim.Session;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptWriter;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Topology;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.labcanvas.app.ui.export.DrawioExport;
import org.labcanvas.app.ui.document.OpenDocument;
import org.labcanvas.app.ui.export.PngExport;
import org.labcanvas.model.configs.ConfigExport;
import org.labcanvas.model.configs.ExportException;
import org.labcanvas.model.configs.ContainerlabExport;
import org.labcanvas.model.configs.ExportKind;
import org.labcanvas.model.configs.ExportFolder;
import org.labcanvas.model.configs.ExportReport;
import org.labcanvas.model.configs.GeneratedFile;
import org.labcanvas.model.project.IoProblem;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.verify.Expectations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the design as device configs, FRRouting configs, a containerlab lab and pictures.",
                "configs: IOS running-configs, ACE configs, macOS/FreeBSD/Linux 6in4 scripts with the dynamic-IP"
                        + " updater, and the broker summary; frr: FRRouting configs and link scripts; containerlab:"
                        + " NAME.clab.yml and the FRR container files; png: the canvas (headless, at least 1600 px"
                        + " wide); drawio: mxGraph XML for draw.io; expectations: the expected show output of every IOS"
                        + " router, checks.yaml and RUNBOOK.md (with --events, after each scripted event too).",
                "Everything is rendered first and written all or nothing: on a problem DIR is left as it was."
                        + " Files that hold secrets are written 0600. An existing file is replaced only with --force."})
final class ExportCommand implements Callable<Integer> {
    static final String PNG = "png";
    static final String DRAWIO = "drawio";
    static final String CONTAINERLAB = "containerlab";
    static final String EXPECTATIONS = "expectations";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .labcanvas project")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "the folder to write into")
    Path output;

    @Option(names = "--only", paramLabel = "KINDS", split = ",",
            description = "comma list of kinds to export (default: every available kind)")
    List<String> only;

    @Option(names = {"-f", "--force"}, description = "replace files that already exist in DIR")
    boolean force;

    @Option(names = "--events", paramLabel = "E",
            description = "YAML event script: the expectations after each event as well; for png, the simulated"
                    + " state (with this script) drawn over the design")
    Path events;

    @Option(names = "--at", paramLabel = "T",
            description = "png only: the time of the simulated state drawn (default 5m); the file is NAME-at-T.png")
    String at;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<ExportKind> kinds = EnumSet.noneOf(ExportKind.class);
        boolean png = false;
        boolean drawio = false;
        boolean containerlab = false;
        boolean expectations = false;
        if (only == null || only.isEmpty()) {
            kinds = EnumSet.allOf(ExportKind.class);
            png = true;
            drawio = true;
            containerlab = true;
            expectations = true;
        } else {
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
                } else if (EXPECTATIONS.equalsIgnoreCase(id)) {
                    expectations = true;
                } else {
                    unknown.add(id);
                }
            }
            if (!unknown.isEmpty()) {
                err.println("labcanvas: error: unknown export kind " + String.join(", ", unknown)
                        + " (kinds: configs, frr, containerlab, expectations, png, drawio)");
                return ExitCodes.BAD_INPUT;
            }
        }
        if (events != null && !png && !expectations) {
            err.println("labcanvas: error: --events applies to the png and expectations exports (add --only png or"
                    + " --only expectations)");
            return ExitCodes.BAD_INPUT;
        }
        if (at != null && !png) {
            err.println("labcanvas: error: --at applies to the png export only (add --only png)");
            return ExitCodes.BAD_INPUT;
        }
        boolean simulated = png && (events != null || at != null);
        Optional<Duration> parsedAt = EventsArgument.at(at, err);
        if (parsedAt.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Duration time = parsedAt.get();
        Optional<Project> project = ProjectArgument.load(file, err);
        if (project.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Optional<EventScript> script = EventsArgument.load(events, project.get().topology(), err);
        if (script.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        StateOverlay overlay = null;
        if (simulated) {
            Topology topology = project.get().topology();
            if (topology.devices().stream().noneMatch(d -> d.kind() == DeviceKind.ROUTER)) {
                err.println("labcanvas export: this design has no IOS router; the simulated state of ACE modules, hosts"
                        + " and brokers is not drawn yet");
                return ExitCodes.NOT_AVAILABLE;
            }
            Session session = new Session(topology, script.get(), false);
            session.runTo(time);
            ScriptEvent.Ping lastPing = null;
            for (ScriptEvent e : script.get().events()) {
                if (e instanceof ScriptEvent.Ping p && p.at().compareTo(time) <= 0) {
                    lastPing = p;
                }
            }
            overlay = new SimulationOverlay(CanvasState.of(topology, session.state(), lastPing));
        }
        List<ExportFolder.Entry> entries = new ArrayList<>();
        ExportReport report;
        try {
            if (!kinds.isEmpty()) {
                for (GeneratedFile f : ConfigExport.render(project.get().topology(), kinds, java.util.Map.of())) {
                    entries.add(ExportFolder.Entry.of(f));
                }
            }
            String base = OpenDocument.baseName(file);
            if (containerlab) {
                for (GeneratedFile f : ContainerlabExport.render(project.get().topology(), base)) {
                    entries.add(ExportFolder.Entry.of(f));
                }
            }
            if (expectations) {
                for (GeneratedFile f : Expectations.render(project.get().name(), project.get().topology(), script.get())) {
                    entries.add(ExportFolder.Entry.of(f));
                }
            }
            if (png) {
                entries.add(overlay == null ? ExportFolder.Entry.file(base + ".png", PngExport.bytes(project.get()))
                        : ExportFolder.Entry.file(base + "-at-" + EventScriptWriter.time(time) + ".png",
                                PngExport.bytes(project.get(), overlay)));
            }
            if (drawio) {
                entries.add(ExportFolder.Entry.file(base + ".drawio",
                        DrawioExport.toXml(project.get()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            report = ExportFolder.write(entries, output, force);
        } catch (ExportFolder.FilesExistException e) {
            err.println("labcanvas: error: " + e.getMessage() + "; use --force to replace "
                    + (e.existing().size() == 1 ? "it" : "them") + " (nothing was written)");
            return ExitCodes.BAD_INPUT;
        } catch (ExportFolder.FolderException e) {
            err.println("labcanvas: error: " + e.getMessage() + " (nothing was written)");
            return ExitCodes.BAD_INPUT;
        } catch (ExportException e) {
            err.println("labcanvas: error: " + file + ": " + e.getMessage() + " (nothing was written)");
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("labcanvas: error: cannot write into " + output + ": " + IoProblem.describe(e)
                    + " (nothing was written)");
            return ExitCodes.BAD_INPUT;
        }
        List<Path> written = report.written();
        for (Path p : written) {
            out.println(output.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()));
        }
        out.flush();
        err.println("wrote " + written.size() + (written.size() == 1 ? " file" : " files") + " into " + output);
        return ExitCodes.OK;
    }
}

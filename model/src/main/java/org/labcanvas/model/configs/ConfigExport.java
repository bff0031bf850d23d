package org.labcanvas.model.configs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.labcanvas.model.topology.VerbatimLine;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Topology;

/**
 * {@code labcanvas export}: device configurations ({@code configs/}) and FRRouting equivalents
 * ({@code frr/}). Everything is rendered in memory first, so a design that cannot be exported
 * writes nothing; the files are then written all or nothing through {@link ExportFolder}.
 * Device configurations (IOS, ACE) and FRR configurations are written {@code 0600}: they hold
 * keys or lines kept from an import that may. Output is byte-for-byte deterministic.
 */
public final class ConfigExport {
    private ConfigExport() {}

    /**
     * Renders and writes the requested kinds under {@code outDir}, all or nothing
     * ({@link ExportFolder}); an existing file is replaced only when {@code force} is set. Lines
     * an IOS import kept verbatim travel with each device ({@link Device#verbatim()}) and are put
     * back in place.
     */
    public static ExportReport export(Project project, Path outDir, Set<ExportKind> kinds, boolean force)
            throws ExportException, IOException {
        return write(render(project.topology(), kinds, Map.of()), outDir, force);
    }

    /** Every file of the requested kinds, sorted by path, without writing anything. */
    public static List<GeneratedFile> render(Topology topology, Set<ExportKind> kinds,
                                             Map<String, List<VerbatimLine>> verbatim) throws ExportException {
        List<GeneratedFile> out = new ArrayList<>();
        // what each ACE context file is, for the message when its path is another file's path too
        Map<GeneratedFile, String> contextFiles = new java.util.IdentityHashMap<>();
        List<Device> devices = new ArrayList<>(topology.devices());
        devices.sort(Comparator.comparing(Device::name));
        for (Device d : devices) {
            OneLineFields.require(d, verbatim.getOrDefault(d.name(), d.verbatim()));
        }
        for (Device d : devices) {
            String file = ShellText.fileName(d.name());
            List<VerbatimLine> extra = verbatim.getOrDefault(d.name(), d.verbatim());
            if (kinds.contains(ExportKind.CONFIGS)) {
                if (d.kind() == DeviceKind.ROUTER && d.platform().isIos()) {
                    // a running-config holds pre-shared keys and whatever credentials import kept verbatim
                    out.add(GeneratedFile.secretFile(d.name(), "configs/" + file + ".cfg", IosConfigWriter.write(d, extra)));
                } else if (d.kind() == DeviceKind.ACE) {
                    out.add(GeneratedFile.secretFile(d.name(), "configs/" + file + ".cfg", AceConfigWriter.write(d)));
                    for (var c : AceConfigWriter.userContexts(d).entrySet()) {
                        GeneratedFile f = GeneratedFile.secretFile(d.name(), "configs/" + file + "-" + ShellText.fileName(c.getKey()) + ".cfg", c.getValue());
                        contextFiles.put(f, "context " + c.getKey() + " of ACE " + d.name());
                        out.add(f);
                    }
                } else if (d.kind() == DeviceKind.HOST && d.sixInFour() != null) {
                    out.addAll(SixInFourScripts.files(topology, d));
                } else if (d.kind() == DeviceKind.BROKER && d.broker() != null) {
                    out.add(GeneratedFile.text(d.name(), "configs/" + file + ".txt", BrokerSummary.write(topology, d)));
                }
            }
            if (kinds.contains(ExportKind.FRR) && d.kind() == DeviceKind.ROUTER && d.platform().isIos()) {
                out.addAll(FrrConfigWriter.files(d, topology));
            }
        }
        out.sort(Comparator.comparing(GeneratedFile::path));
        for (int i = 1; i < out.size(); i++) {
            GeneratedFile a = out.get(i - 1), b = out.get(i);
            if (!a.path().equals(b.path())) {
                continue;
            }
            if (!contextFiles.containsKey(a) && !contextFiles.containsKey(b)) {
                throw new ExportException("two devices export to the same file " + b.path()
                        + " (" + a.device() + ", " + b.device() + "); rename one");
            }
            // an ACE context's file is DEVICE-CONTEXT.cfg, which another device's name can also give
            throw new ExportException(contextFiles.getOrDefault(a, "device " + a.device()) + " and "
                    + contextFiles.getOrDefault(b, "device " + b.device()) + " both export to " + b.path()
                    + "; rename one of them");
        }
        return List.copyOf(out);
    }

    /** Writes rendered files under {@code outDir}, all or nothing ({@link ExportFolder}). */
    public static ExportReport write(List<GeneratedFile> files, Path outDir, boolean force) throws ExportException, IOException {
        return ExportFolder.write(files.stream().map(ExportFolder.Entry::of).toList(), outDir, force);
    }
}

package org.labcanvas.model.configs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
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
 * writes nothing; each file is then written to a temporary file beside its target and renamed
 * over it, so no reader ever sees half a file. Output is byte-for-byte deterministic.
 */
public final class ConfigExport {
    private ConfigExport() {}

    /**
     * Renders and writes the requested kinds under {@code outDir}. Lines an IOS import kept
     * verbatim travel with each device ({@link Device#verbatim()}) and are put back in place.
     */
    public static ExportReport export(Project project, Path outDir, Set<ExportKind> kinds)
            throws ExportException, IOException {
        return export(project, outDir, kinds, Map.of());
    }

    /**
     * As {@link #export(Project, Path, Set)}, with the lines an IOS import kept verbatim
     * (per device name) put back into the IOS configurations.
     */
    public static ExportReport export(Project project, Path outDir, Set<ExportKind> kinds,
                                      Map<String, List<VerbatimLine>> verbatim) throws ExportException, IOException {
        List<GeneratedFile> files = render(project.topology(), kinds, verbatim);
        return write(files, outDir);
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
            String file = ShellText.fileName(d.name());
            List<VerbatimLine> extra = verbatim.getOrDefault(d.name(), d.verbatim());
            if (kinds.contains(ExportKind.CONFIGS)) {
                if (d.kind() == DeviceKind.ROUTER && d.platform().isIos()) {
                    out.add(GeneratedFile.text(d.name(), "configs/" + file + ".cfg", IosConfigWriter.write(d, extra)));
                } else if (d.kind() == DeviceKind.ACE) {
                    out.add(GeneratedFile.text(d.name(), "configs/" + file + ".cfg", AceConfigWriter.write(d)));
                    for (var c : AceConfigWriter.userContexts(d).entrySet()) {
                        GeneratedFile f = GeneratedFile.text(d.name(), "configs/" + file + "-" + ShellText.fileName(c.getKey()) + ".cfg", c.getValue());
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

    /** Writes rendered files under {@code outDir}: each to a temporary file first, then renamed into place. */
    public static ExportReport write(List<GeneratedFile> files, Path outDir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (GeneratedFile f : files) {
            Path target = outDir.resolve(f.path());
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "." + f.fileName() + ".", ".tmp");
            try {
                boolean posix = Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null;
                if (posix && f.secret()) {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                }
                Files.writeString(tmp, f.content(), StandardCharsets.UTF_8);
                if (posix && !f.secret()) {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(
                            f.executable() ? "rwxr-xr-x" : "rw-r--r--"));
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            written.add(target);
        }
        written.sort(Comparator.naturalOrder());
        return new ExportReport(written);
    }
}

package org.labcanvas.model.ios;

import org.labcanvas.model.topology.VerbatimLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labcanvas.model.layout.Layout;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.Topology;

/**
 * {@code labcanvas import FILES... --platform P}: IOS running-configs to a design. All files are
 * read and checked before anything is returned, so a bad line in any of them means no design
 * (and the command writes nothing).
 */
public final class IosImport {
    private IosImport() {}

    public static ImportResult importConfigs(List<Path> files, Platform platform) throws IosImportException, IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path p : files) {
            String name = p.getFileName().toString();
            if (texts.containsKey(name)) {
                name = p.toString();
            }
            texts.put(name, new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
        return importTexts(texts, platform);
    }

    /**
     * The platform a set of running-configs comes from, read from their {@code version} lines
     * ({@link #platformOfRelease}); {@code fallback} when no config names a known release or they
     * disagree.
     */
    public static Platform platformOf(java.util.Collection<String> texts, Platform fallback) {
        java.util.Set<Platform> seen = new java.util.TreeSet<>();
        for (String text : texts) {
            for (String line : text.split("\\R")) {
                if (line.startsWith("version ")) {
                    platformOfRelease(line.substring("version ".length()).strip()).ifPresent(seen::add);
                    break;
                }
            }
        }
        return seen.size() == 1 ? seen.iterator().next() : fallback;
    }

    /** The platform of an IOS release: 12.x is IOS 12.4, 15.x IOS 15, 16.x to 19.x IOS-XE; others none. */
    static java.util.Optional<Platform> platformOfRelease(String release) {
        return release.startsWith("12.") ? java.util.Optional.of(Platform.IOS_12_4)
                : release.startsWith("15.") ? java.util.Optional.of(Platform.IOS_15)
                : release.matches("1[6-9]\\..*") ? java.util.Optional.of(Platform.IOS_XE) : java.util.Optional.empty();
    }

    /** As {@link #importConfigs}, from file name to text (in order). */
    public static ImportResult importTexts(Map<String, String> texts, Platform platform) throws IosImportException {
        if (!platform.isIos()) {
            throw new IllegalArgumentException("import reads Cisco IOS configs; platform " + platform.id()
                    + " is not IOS (use ios12.4, ios15 or iosxe)");
        }
        List<Device> routers = new ArrayList<>();
        Map<String, List<VerbatimLine>> verbatim = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        List<ImportNote> notes = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            IosConfig c = IosParser.parse(e.getKey(), e.getValue());
            String name = c.hostname();
            if (name == null) {
                String f = e.getKey();
                int dot = f.lastIndexOf('.');
                name = dot > 0 ? f.substring(0, dot) : f;
                notes.add(new ImportNote(e.getKey(), 1, "no hostname; the router is called " + name));
            }
            if (fileOf.containsKey(name)) {
                throw new IosImportException(e.getKey(), Math.max(1, c.hostnameLine()), "hostname " + name
                        + " is already used by " + fileOf.get(name) + "; every router needs its own name");
            }
            fileOf.put(name, e.getKey());
            versionNote(c, platform).ifPresent(notes::add);
            // the design keeps the lines and their place, not where they were read from: importing the
            // exported config again must give the same design
            routers.add(IosConversions.device(c, name, platform).withVerbatim(c.verbatim().stream()
                    .map(v -> new VerbatimLine(v.block(), v.after(), v.text(), null)).toList()));
            verbatim.put(name, c.verbatim());
            notes.addAll(c.notes());
        }
        Topology t = IosConversions.topology(routers);
        return new ImportResult(new Project(projectName(texts), t, layout(t)), verbatim, notes);
    }

    /** A note when the file's {@code version} line says another release than the one imported as. */
    static java.util.Optional<ImportNote> versionNote(IosConfig c, Platform platform) {
        for (VerbatimLine v : c.verbatim()) {
            String t = v.text().strip();
            if (v.block() != null || !t.startsWith("version ")) {
                continue;
            }
            String release = t.substring("version ".length()).strip();
            Platform suggested = platformOfRelease(release).orElse(null);
            if (suggested != null && suggested != platform) {
                int line = Integer.parseInt(v.source().substring(v.source().lastIndexOf(':') + 1));
                return java.util.Optional.of(new ImportNote(c.file(), line, "the file says version " + release
                        + " but is imported as " + platform.id() + "; use --platform " + suggested.id()
                        + " if that is what the router runs"));
            }
        }
        return java.util.Optional.empty();
    }

    private static String projectName(Map<String, String> texts) {
        return "Imported from " + String.join(", ", texts.keySet());
    }

    /** Routers in a row, LAN nodes above them, the Internet below. */
    static Layout layout(Topology t) {
        Map<String, Placement> m = new LinkedHashMap<>();
        int r = 0;
        int l = 0;
        for (Device d : t.devices()) {
            if (d.kind() == DeviceKind.LAN) {
                m.put(d.name(), Placement.at(150 + 250 * l++, 80));
            } else if (d.kind() == DeviceKind.INTERNET) {
                m.put(d.name(), Placement.at(400, 520));
            } else {
                m.put(d.name(), Placement.at(150 + 250 * r++, 300));
            }
        }
        return new Layout(m);
    }
}

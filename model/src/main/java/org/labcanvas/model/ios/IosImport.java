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
            texts.put(name, read(p, name));
        }
        return importTexts(texts, platform);
    }

    /** The file's text; not a readable file or not UTF-8 text is an error naming the file (and line). */
    static String read(Path p, String name) throws IosImportException, IOException {
        if (Files.isDirectory(p)) {
            throw new IosImportException(p.toString(), 0, "is a folder, not a running-config file");
        }
        if (!Files.exists(p)) {
            throw new IosImportException(p.toString(), 0, "no such file");
        }
        long size = Files.size(p);
        if (size > MAX_BYTES) {
            throw new IosImportException(name, 0, "the file is " + size + " bytes; a running-config of more than "
                    + MAX_BYTES + " bytes is not imported");
        }
        return decode(Files.readAllBytes(p), name);
    }

    /** A running-config larger than this (64 MiB) is refused before it is read. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** UTF-8 text (ASCII is UTF-8); UTF-16 or bytes that are not UTF-8 are an error with the line. */
    static String decode(byte[] b, String name) throws IosImportException {
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            throw new IosImportException(name, 1, "the file is UTF-16 text; save the running-config as plain text (UTF-8 or ASCII)");
        }
        // one strict pass: where it stops is the first byte that is not UTF-8 (a char per byte at most, so out never fills)
        java.nio.charset.CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
        java.nio.charset.CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) {
            dec.flush(out);
            return out.flip().toString();
        }
        int at = in.position();
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        throw new IosImportException(name, line, String.format("the file is not UTF-8 text (byte 0x%02X); save the"
                + " running-config as plain text (UTF-8 or ASCII)", b[Math.min(at, b.length - 1)] & 0xff));
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
                name = nameFromFile(e.getKey());
                notes.add(new ImportNote(e.getKey(), 1, "no hostname; the router is called " + name));
            } else if (!org.labcanvas.model.project.ProjectStructure.isValidName(name)) {
                throw new IosImportException(e.getKey(), Math.max(1, c.hostnameLine()), "hostname " + name
                        + " is not a name LabCanvas can use: 1-63 letters, digits, '-', '_' or '.', starting with a"
                        + " letter or digit");
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
        Project project = new Project(projectName(texts), t, layout(t));
        // what is written must load again: the project file's own structural rules
        List<org.labcanvas.model.project.ProjectStructure.Problem> problems =
                org.labcanvas.model.project.ProjectStructure.check(project);
        if (!problems.isEmpty()) {
            var first = problems.get(0);
            String file = texts.keySet().iterator().next();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\$\\.topology\\.devices\\[(\\d+)\\]").matcher(first.path());
            if (m.find()) {
                String device = t.devices().get(Integer.parseInt(m.group(1))).name();
                file = fileOf.getOrDefault(device, file);
            }
            throw new IosImportException(file, 0, first.message());
        }
        return new ImportResult(project, verbatim, notes);
    }

    /** A device name from a file name: {@code lab/R1.cfg} gives {@code R1}; other characters become '-'. */
    static String nameFromFile(String file) {
        String f = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = f.lastIndexOf('.');
        String base = (dot > 0 ? f.substring(0, dot) : f).replaceAll("[^A-Za-z0-9_.-]", "-").replaceAll("^[^A-Za-z0-9]+", "");
        base = base.length() > 63 ? base.substring(0, 63) : base;
        return base.isEmpty() ? "R" : base;
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

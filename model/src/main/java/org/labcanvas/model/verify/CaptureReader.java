package org.labcanvas.model.verify;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads captured device output: terminal session logs with prompts ({@code R2#sh ip route ospf}),
 * files of one command's output named after the device ({@code R2.txt}) or kept in a folder named
 * after it ({@code R2/show-ip-route-ospf.txt}, the layout of the exported expectations). Removes
 * {@code --More--} remnants, backspaces, carriage returns and terminal escapes, and joins lines a
 * terminal wrapped at 80 or 132 columns.
 */
public final class CaptureReader {
    private static final Pattern PROMPT = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9._-]*)(/[A-Za-z0-9_-]+)?(\\([a-z0-9-]+\\))?([#>])\\s*(.*)$");
    private static final Pattern ESCAPE = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");
    private static final Pattern MORE = Pattern.compile("^\\s*-+ ?More ?-+\\s*");
    private static final Pattern EXEC_WORD = Pattern.compile("^(sh|sho|show|do|ter|term|terminal|en|ena|enable|conf|config|configure|ping|exit|wr|write|dir|copy)\\b.*",
            Pattern.CASE_INSENSITIVE);

    /**
     * A shell prompt naming the host: {@code mac$ }, {@code MAC:~ user$ }, {@code user@mac:~$ },
     * {@code user@mac ~ % } (zsh), {@code [user@mac ~]$ }, {@code root@mac:~# }.
     */
    private static final Pattern HOST_PROMPT = Pattern.compile(
            "^\\[?(?:[A-Za-z0-9._-]+@)?([A-Za-z0-9][A-Za-z0-9._-]*)(?:[: ][^$%#\\]]{0,80})?\\]?\\s?[$%#](?:\\s+(.*))?$");
    /** A prompt naming nobody ({@code $ }, {@code % }): the file's device (named after it) typed the command. */
    private static final Pattern BARE_PROMPT = Pattern.compile("^[$%](?:\\s+(.*))?$");

    private final Set<String> devices;
    private final Set<String> hosts;

    /** @param devices the devices of the design, by name */
    public CaptureReader(Set<String> devices) {
        this(devices, Set.of());
    }

    /**
     * @param devices the devices of the design, by name
     * @param hosts   those of them with a shell (macOS, FreeBSD, Linux hosts), whose prompts
     *                ({@code mac$ }, {@code user@mac:~$ }, or {@code % } in a file named after the host) are read
     */
    public CaptureReader(Set<String> devices, Set<String> hosts) {
        this.devices = devices;
        this.hosts = hosts;
    }

    /** The device and typed command of a host's shell prompt line; null when the line is none. */
    private String[] hostPrompt(String line, Optional<String> fileDevice) {
        Matcher m = HOST_PROMPT.matcher(line);
        if (m.matches()) {
            Optional<String> d = hosts.stream().filter(h -> h.equalsIgnoreCase(m.group(1))).findFirst();
            if (d.isPresent()) {
                return new String[] {d.get(), m.group(2) == null ? "" : m.group(2).strip()};
            }
        }
        Matcher b = BARE_PROMPT.matcher(line);
        if (b.matches() && fileDevice.isPresent() && hosts.contains(fileDevice.get())) {
            return new String[] {fileDevice.get(), b.group(1) == null ? "" : b.group(1).strip()};
        }
        return null;
    }

    /** Every command output in the given files and folders, in the order given (files of a folder sorted by name). */
    public List<CapturedOutput> read(List<Path> paths) throws CaptureException {
        List<CapturedOutput> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> s = Files.list(p)) {
                    for (Path f : s.sorted().toList()) {
                        if (Files.isDirectory(f) && device(f.getFileName().toString()).isPresent()) {
                            try (Stream<Path> inner = Files.list(f)) {
                                inner.filter(Files::isRegularFile).sorted().forEach(files::add);
                            }
                        } else if (Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")
                                && !f.getFileName().toString().endsWith(".md") && !f.getFileName().toString().endsWith(".yaml")) {
                            files.add(f);
                        }
                    }
                } catch (IOException e) {
                    throw new CaptureException(p.toString(), "cannot list the folder: " + e.getMessage());
                }
                for (Path f : files) {
                    out.addAll(readFile(f));
                }
            } else if (Files.exists(p)) {
                out.addAll(readFile(p));
            } else {
                throw new CaptureException(p.toString(), "no such file or folder");
            }
        }
        return out;
    }

    private Optional<String> device(String name) {
        return devices.stream().filter(d -> d.equalsIgnoreCase(name)).findFirst();
    }

    /** The outputs of one file. */
    public List<CapturedOutput> readFile(Path file) throws CaptureException {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new CaptureException(file.toString(), "not a text file");
            }
        } catch (NoSuchFileException e) {
            throw new CaptureException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new CaptureException(file.toString(), "cannot read it: " + e.getMessage());
        }
        return parse(file.toString(), text, defaultDevice(file), commandFromName(file));
    }

    private Optional<String> defaultDevice(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        String base = file.getFileName().toString();
        int dot = base.indexOf('.');
        Optional<String> byName = device(dot > 0 ? base.substring(0, dot) : base);
        if (byName.isPresent()) {
            return byName;
        }
        return parent == null || parent.getFileName() == null ? Optional.empty() : device(parent.getFileName().toString());
    }

    private static Optional<String> commandFromName(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.(txt|log|out)$", "");
        return CommandNames.full(base.replace('-', ' ').replace('_', ' '));
    }

    /** Cleans a raw line: escapes, backspaces (with what they erase), carriage returns and --More-- prompts. */
    static String clean(String raw) {
        String s = ESCAPE.matcher(raw).replaceAll("");
        s = s.replace("\r", "");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\b') {
                continue;
            }
            if (c == '\t') {
                b.append("        ", 0, 8 - b.length() % 8);
            } else if (c >= ' ' || c > 127) {
                b.append(c);
            }
        }
        s = b.toString();
        Matcher m = MORE.matcher(s);
        if (m.find()) {
            s = s.substring(m.end());
        }
        return s;
    }

    List<CapturedOutput> parse(String source, String text, Optional<String> fileDevice, Optional<String> nameCommand)
            throws CaptureException {
        String[] raw = text.split("\n", -1);
        List<String> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String l = clean(raw[i]);
            int n = i + 1;
            // A terminal wraps long lines at its width: join them back.
            while ((l.length() == 80 || l.length() == 132) && i + 1 < raw.length && !clean(raw[i + 1]).isBlank()
                    && !PROMPT.matcher(clean(raw[i + 1])).matches()) {
                i++;
                l = l + clean(raw[i]);
            }
            lines.add(l);
            numbers.add(n);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
            numbers.remove(numbers.size() - 1);
        }
        List<CapturedOutput> out = new ArrayList<>();
        String device = null;
        String typed = null;
        int start = 0;
        List<String> body = new ArrayList<>();
        List<Integer> bodyNumbers = new ArrayList<>();
        boolean prompts = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher m = PROMPT.matcher(l);
            Optional<String> known = m.matches() ? device(m.group(1)) : Optional.empty();
            String[] shell = known.isEmpty() ? hostPrompt(l, fileDevice) : null;
            if (shell != null) {
                if (typed != null) {
                    out.add(output(device, typed, source, start, body, bodyNumbers));
                }
                prompts = true;
                device = shell[0];
                typed = shell[1];
                start = numbers.get(i);
                body = new ArrayList<>();
                bodyNumbers = new ArrayList<>();
                continue;
            }
            if (m.matches() && known.isEmpty() && (m.group(5).isEmpty() || EXEC_WORD.matcher(m.group(5)).matches())
                    && (prompts || fileDevice.isEmpty() || m.group(5).toLowerCase(Locale.ROOT).startsWith("sh"))) {
                throw new CaptureException(source + ":" + numbers.get(i), "the prompt " + m.group(1) + m.group(4)
                        + " names no device of the design (devices: " + String.join(", ", devices.stream().sorted().toList()) + ")");
            }
            if (known.isPresent()) {
                if (typed != null) {
                    out.add(output(device, typed, source, start, body, bodyNumbers));
                }
                prompts = true;
                device = known.get();
                typed = m.group(5).strip();
                start = numbers.get(i);
                body = new ArrayList<>();
                bodyNumbers = new ArrayList<>();
            } else if (prompts) {
                body.add(l);
                bodyNumbers.add(numbers.get(i));
            }
        }
        if (prompts) {
            if (typed != null) {
                out.add(output(device, typed, source, start, body, bodyNumbers));
            }
            out.removeIf(o -> o.typed().isEmpty() && o.lines().stream().allMatch(String::isBlank));
            return out;
        }
        if (fileDevice.isEmpty()) {
            throw new CaptureException(source, "cannot tell which device printed this: name the file after the device"
                    + " (R2.txt), keep it in a folder named after it, or keep the prompts (R2#show ...)");
        }
        String command = nameCommand.orElseGet(() -> guess(lines).orElse(null));
        if (command == null) {
            throw new CaptureException(source, "cannot tell which command printed this output: keep the prompt line"
                    + " (" + fileDevice.get() + "#show ...) or name the file after the command (show-ip-route-ospf.txt)");
        }
        return List.of(new CapturedOutput(fileDevice.get(), "", command, source, lines.isEmpty() ? 1 : numbers.get(0),
                lines, numbers));
    }

    private static CapturedOutput output(String device, String typed, String source, int line, List<String> body,
                                         List<Integer> numbers) {
        return new CapturedOutput(device, typed, CommandNames.full(typed).orElse(null), source, line, body, numbers);
    }

    /** The command of an output without a prompt, told by its heading lines. */
    static Optional<String> guess(List<String> lines) {
        for (String l : lines) {
            String t = l.strip();
            if (t.startsWith("Neighbor ID") && t.contains("Pri")) return Optional.of("show ip ospf neighbor");
            if (t.startsWith("Codes:") || t.startsWith("Gateway of last resort")) return Optional.of("show ip route");
            if (t.startsWith("Legend: Attrb")) return Optional.of("show dmvpn");
            if (t.startsWith("Legend: E=Expecting")) return Optional.of("show ip nhrp nhs");
            if (t.startsWith("IPv4 Crypto ISAKMP SA") || t.matches("dst\\s+src\\s+state.*")) return Optional.of("show crypto isakmp sa");
            if (t.startsWith("interface:") || t.startsWith("Crypto map tag:")) return Optional.of("show crypto ipsec sa");
            if (t.contains("NOTE: Link-Local") || t.matches("Target\\s+Via\\s+NBMA.*")) return Optional.of("show ip nhrp brief");
            if (t.matches("\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+ via .*")) return Optional.of("show ip nhrp");
            if (t.matches("FT Group ID\\s*:.*")) return Optional.of("show ft group brief");
            if (t.matches("Context Name\\s*:.*")) return Optional.of("show ft group detail");
            if (t.matches("Running cfg sync status\\s*:.*")) return Optional.of("show ft group status");
            if (t.matches("SRG Compatibility\\s*:.*|FT Vlan\\s*:.*")) return Optional.of("show ft peer detail");
            if (t.startsWith("Cisco Application Control Software")) return Optional.of("show version");
            if (t.equals("Internet6:")) return Optional.of("netstat -rn -f inet6");
            if (t.matches("\\S+: ipv6/ip remote .*")) return Optional.of("ip tunnel show");
            if (t.matches("default via .* dev .*")) return Optional.of("ip -6 route");
            java.util.regex.Matcher ifc = java.util.regex.Pattern.compile("^([a-z][a-z0-9._-]*): flags=.*").matcher(t);
            if (ifc.matches()) return Optional.of("ifconfig " + ifc.group(1));
            java.util.regex.Matcher ping = java.util.regex.Pattern.compile("^--- (\\S+) ping6? statistics ---$").matcher(t);
            if (ping.matches() && ping.group(1).contains(":")) return Optional.of("ping6 " + ping.group(1).toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }
}

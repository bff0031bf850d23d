package org.labcanvas.app.crosscheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the crosscheck needs from the machine: Linux, root, {@code ip} from iproute2, and
 * FRRouting's {@code zebra}, {@code ospfd} and {@code vtysh} with the {@code frr} user.
 */
public final class FrrInstallation {
    /** Where distributions put the FRR daemons: Debian and Ubuntu, then Fedora and others. */
    static final List<Path> DAEMON_DIRECTORIES = List.of(Path.of("/usr/lib/frr"), Path.of("/usr/libexec/frr"));

    /**
     * The directory of {@code zebra} and {@code ospfd}: the system property {@code labcanvas.frr.dir}
     * or the environment variable {@code LABCANVAS_FRR_DIR} when set, else the first of
     * {@link #DAEMON_DIRECTORIES} that has them.
     */
    static Path daemonDirectory() {
        String configured = System.getProperty("labcanvas.frr.dir", System.getenv("LABCANVAS_FRR_DIR"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return DAEMON_DIRECTORIES.stream().filter(d -> Files.isExecutable(d.resolve("ospfd"))).findFirst()
                .orElse(DAEMON_DIRECTORIES.get(0));
    }

    private final Path zebra;
    private final Path ospfd;
    private final Path vtysh;
    private final Path ip;

    private FrrInstallation(Path zebra, Path ospfd, Path vtysh, Path ip) {
        this.zebra = zebra;
        this.ospfd = ospfd;
        this.vtysh = vtysh;
        this.ip = ip;
    }

    Path zebra() { return zebra; }
    Path ospfd() { return ospfd; }
    Path vtysh() { return vtysh; }
    Path ip() { return ip; }

    /**
     * The installation, or why the crosscheck cannot run on this machine (a sentence for a person).
     */
    public static Result find() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Result.missing("crosscheck runs on Linux only (it builds the design in network namespaces)");
        }
        if (!isRoot()) {
            return Result.missing("crosscheck needs root: it creates network namespaces and starts FRRouting daemons;"
                    + " run it as root (sudo)");
        }
        List<String> missing = new ArrayList<>();
        Path daemons = daemonDirectory();
        Path zebra = daemons.resolve("zebra");
        Path ospfd = daemons.resolve("ospfd");
        Optional<Path> vtysh = onPath("vtysh");
        Optional<Path> ip = onPath("ip");
        if (!Files.isExecutable(zebra)) missing.add(zebra.toString());
        if (!Files.isExecutable(ospfd)) missing.add(ospfd.toString());
        if (vtysh.isEmpty()) missing.add("vtysh");
        if (!missing.isEmpty()) {
            return Result.missing("crosscheck needs FRRouting (Debian package frr: apt-get install frr); not found: "
                    + String.join(", ", missing));
        }
        if (ip.isEmpty()) {
            return Result.missing("crosscheck needs the ip command (Debian package iproute2: apt-get install iproute2)");
        }
        try {
            if (!HostCommands.run(List.of("id", "frr")).ok()) {
                return Result.missing("crosscheck runs the FRR daemons as the user frr, which does not exist;"
                        + " reinstall the frr package");
            }
        } catch (LabException e) {
            return Result.missing(e.getMessage());
        }
        Optional<String> namespaces = namespacesWork(ip.get());
        if (namespaces.isPresent()) {
            return Result.missing(namespaces.get());
        }
        return new Result(new FrrInstallation(zebra, ospfd, vtysh.get(), ip.get()), null);
    }

    /**
     * Creates and removes a network namespace of its own ({@code lcprobe<pid>}); a container
     * without the right to do so is a machine where the crosscheck cannot run.
     */
    private static Optional<String> namespacesWork(Path ip) {
        String probe = "lcprobe" + ProcessHandle.current().pid();
        try {
            HostCommands.Result add = HostCommands.run(List.of(ip.toString(), "netns", "add", probe));
            if (!add.ok()) {
                return Optional.of("crosscheck cannot create network namespaces here (ip netns add: "
                        + add.stderr().strip() + ")");
            }
            HostCommands.run(List.of(ip.toString(), "netns", "del", probe));
            return Optional.empty();
        } catch (LabException e) {
            return Optional.of("crosscheck cannot create network namespaces here: " + e.getMessage());
        }
    }

    /** The FRR version ({@code 8.4.4}), or an empty string when vtysh does not say. */
    String version() {
        try {
            String out = HostCommands.run(List.of(zebra.toString(), "--version")).stdout();
            var m = java.util.regex.Pattern.compile("(\\d+\\.\\d+(\\.\\d+)?)").matcher(out);
            return m.find() ? m.group(1) : "";
        } catch (LabException e) {
            return "";
        }
    }

    private static boolean isRoot() {
        try {
            HostCommands.Result r = HostCommands.run(List.of("id", "-u"));
            return r.ok() && r.stdout().strip().equals("0");
        } catch (LabException e) {
            return false;
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin:/usr/bin:/bin";
        for (String dir : path.split(":")) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The installation, or the reason there is none. */
    public record Result(FrrInstallation installation, String problem) {
        static Result missing(String why) {
            return new Result(null, why);
        }

        public boolean usable() {
            return installation != null;
        }
    }
}

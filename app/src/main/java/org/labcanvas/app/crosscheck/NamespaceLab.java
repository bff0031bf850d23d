package org.labcanvas.app.crosscheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.labcanvas.model.crosscheck.FrrOspfJson;
import org.labcanvas.model.crosscheck.LabConditions;
import org.labcanvas.model.crosscheck.LabPlan;
import org.labcanvas.model.crosscheck.LabPlan.LabInterface;
import org.labcanvas.model.crosscheck.LabPlan.LabRouter;
import org.labcanvas.model.crosscheck.NeighborEntry;
import org.labcanvas.model.crosscheck.OspfSnapshot;
import org.labcanvas.model.crosscheck.RouteEntry;

/**
 * A {@link LabPlan} brought up on this machine: namespaces, veth pairs and bridges created with
 * {@code ip}, one {@code zebra} and one {@code ospfd} per router. It remembers everything it
 * created and {@link #close() removes} exactly that: its daemons by PID, its namespaces by name
 * (their interfaces go with them) and its run directory.
 */
final class NamespaceLab implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(NamespaceLab.class.getName());

    private final LabPlan plan;
    private final FrrInstallation frr;
    private final Path runDirectory;
    private final List<String> namespaces = new ArrayList<>();
    private final Map<String, List<Long>> daemons = new LinkedHashMap<>();
    private Map<String, Map<String, Boolean>> linkStates = new HashMap<>();
    private boolean closed;

    NamespaceLab(LabPlan plan, FrrInstallation frr, Path runDirectory) {
        this.plan = plan;
        this.frr = frr;
        this.runDirectory = runDirectory;
    }

    LabPlan plan() {
        return plan;
    }

    Path runDirectory() {
        return runDirectory;
    }

    /** The vty directory of a router (for {@code vtysh --vty_socket}). */
    Path vtyDirectory(LabRouter r) {
        return runDirectory.resolve(r.namespace());
    }

    /** Creates the namespaces, links and addresses; interfaces are set up or down for {@code conditions}. */
    synchronized void build(LabConditions conditions) throws LabException {
        String ip = frr.ip().toString();
        for (String ns : plan.namespaces()) {
            if (closed) {
                throw new LabException("stopped");
            }
            HostCommands.check(List.of(ip, "netns", "add", ns));
            namespaces.add(ns);
            HostCommands.check(List.of(ip, "-n", ns, "link", "set", "lo", "up"));
        }
        String sw = plan.switchNamespace();
        for (LabPlan.Bridge b : plan.bridges()) {
            HostCommands.check(List.of(ip, "-n", sw, "link", "add", b.name(), "type", "bridge"));
            HostCommands.check(List.of(ip, "-n", sw, "link", "set", b.name(), "up"));
        }
        for (LabPlan.Veth v : plan.veths()) {
            HostCommands.check(List.of(ip, "link", "add", v.nameA(), "netns", v.namespaceA(), "type", "veth",
                    "peer", "name", v.nameB(), "netns", v.namespaceB()));
            if (v.bridge() != null) {
                HostCommands.check(List.of(ip, "-n", v.namespaceB(), "link", "set", v.nameB(), "master", v.bridge()));
            }
            boolean peerIsRouterSide = !v.namespaceB().equals(sw) && !v.namespaceB().equals(v.namespaceA());
            if (v.peerUp() && !peerIsRouterSide) {
                HostCommands.check(List.of(ip, "-n", v.namespaceB(), "link", "set", v.nameB(), "up"));
            }
        }
        for (LabRouter r : plan.routers()) {
            for (LabInterface i : r.interfaces()) {
                if (i.address() != null) {
                    HostCommands.check(List.of(ip, "-n", r.namespace(), "addr", "add", i.address(), "dev", i.linuxName()));
                }
            }
        }
        setLinks(conditions);
    }

    /** Brings interfaces up or down to match {@code conditions}, changing only those that differ. */
    synchronized void setLinks(LabConditions conditions) throws LabException {
        Map<String, Map<String, Boolean>> wanted = plan.linkStates(conditions);
        for (var ns : wanted.entrySet()) {
            for (var i : ns.getValue().entrySet()) {
                Boolean now = linkStates.getOrDefault(ns.getKey(), Map.of()).get(i.getKey());
                if (!i.getValue().equals(now)) {
                    HostCommands.check(List.of(frr.ip().toString(), "-n", ns.getKey(), "link", "set", i.getKey(),
                            i.getValue() ? "up" : "down"));
                }
            }
        }
        linkStates = wanted;
    }

    boolean running(LabRouter r) {
        return daemons.containsKey(r.name());
    }

    /** Writes the router's configs and starts its zebra, then its ospfd, in its namespace. */
    synchronized void start(LabRouter r) throws LabException {
        if (closed) {
            throw new LabException("stopped");
        }
        Path dir = vtyDirectory(r);
        try {
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.writeString(dir.resolve("zebra.conf"), r.zebraConf(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("ospfd.conf"), r.ospfdConf(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabException("cannot write the FRR configuration of " + r.name() + " in " + dir + ": " + e.getMessage());
        }
        HostCommands.check(List.of("chown", "-R", "frr:frr", dir.toString()));
        List<Long> pids = new ArrayList<>();
        daemons.put(r.name(), pids);
        for (String daemon : List.of("zebra", "ospfd")) {
            Path binary = daemon.equals("zebra") ? frr.zebra() : frr.ospfd();
            Path pidFile = dir.resolve(daemon + ".pid");
            HostCommands.Result res = HostCommands.run(List.of(frr.ip().toString(), "netns", "exec", r.namespace(),
                    binary.toString(), "-d", "-N", r.namespace(), "-u", "frr", "-g", "frr",
                    "-f", dir.resolve(daemon + ".conf").toString(), "-i", pidFile.toString(),
                    "-z", dir.resolve("zserv.api").toString(), "--vty_socket", dir.toString()));
            Optional<Long> pid = readPid(pidFile);
            pid.ifPresent(pids::add);
            if (!res.ok() || pid.isEmpty()) {
                throw new LabException(daemon + " of " + r.name() + " did not start (exit " + res.exitCode() + "): "
                        + (res.stderr().strip() + " " + res.stdout().strip()).strip());
            }
            LOG.log(System.Logger.Level.DEBUG, "{0} of {1} runs as PID {2}", daemon, r.name(), pid.get());
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops the router's daemons (ospfd first), by the PIDs they were started with. */
    synchronized void stop(LabRouter r) {
        List<Long> pids = daemons.remove(r.name());
        if (pids == null) {
            return;
        }
        List<Long> reversed = new ArrayList<>(pids);
        java.util.Collections.reverse(reversed);
        terminate(reversed);
    }

    /**
     * SIGTERM to every process at once (an FRR daemon takes a second or two to end), then waits
     * for each; SIGKILL to any still there after 10 s.
     */
    private static void terminate(List<Long> pids) {
        List<ProcessHandle> handles = new ArrayList<>();
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(h -> {
                h.destroy();
                handles.add(h);
            });
        }
        for (ProcessHandle h : handles) {
            try {
                h.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
                try {
                    h.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    LOG.log(System.Logger.Level.WARNING, "process {0} did not end", h.pid());
                }
            }
        }
    }

    /** One reading of every running router, as FRR shows it. */
    LabReading read() throws LabException {
        List<RouteEntry> routes = new ArrayList<>();
        List<NeighborEntry> neighbors = new ArrayList<>();
        Map<String, String> routerIds = new LinkedHashMap<>();
        List<String> waiting = new ArrayList<>();
        for (LabRouter r : plan.routers()) {
            if (!running(r)) {
                continue;
            }
            HostCommands.Result res = HostCommands.run(List.of(frr.vtysh().toString(), "--vty_socket",
                    vtyDirectory(r).toString(), "-c", "show ip ospf json", "-c", "show ip ospf interface json",
                    "-c", "show ip ospf neighbor json", "-c", "show ip route ospf json"));
            List<JsonNode> docs;
            try {
                docs = res.ok() ? FrrOspfJson.documents(res.stdout()) : List.of();
            } catch (IOException e) {
                docs = List.of();
            }
            if (docs.size() != 4) {
                throw new LabException("cannot read " + r.name() + "'s OSPF state through vtysh (exit "
                        + res.exitCode() + "): " + (res.stderr() + res.stdout()).strip());
            }
            routerIds.put(r.name(), docs.get(0).path("routerId").asText(""));
            FrrOspfJson.interfaceStates(docs.get(1)).forEach((iface, state) -> {
                if (state.equalsIgnoreCase("Waiting")) {
                    waiting.add(r.name() + " " + r.iosNames().getOrDefault(iface, iface));
                }
            });
            neighbors.addAll(FrrOspfJson.neighbors(r.name(), docs.get(2), r.iosNames(), r.noDrInterfaces()));
            routes.addAll(FrrOspfJson.routes(r.name(), docs.get(3), r.iosNames()));
        }
        return new LabReading(new OspfSnapshot(routes, neighbors), routerIds, waiting);
    }

    /** Removes the lab: daemons by PID, then namespaces, then the run directory. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<Long> all = new ArrayList<>();
        daemons.values().forEach(all::addAll);
        daemons.clear();
        terminate(all);
        List<String> reversed = new ArrayList<>(namespaces);
        java.util.Collections.reverse(reversed);
        for (String ns : reversed) {
            try {
                HostCommands.Result r = HostCommands.run(List.of(frr.ip().toString(), "netns", "del", ns));
                if (!r.ok()) {
                    LOG.log(System.Logger.Level.WARNING, "could not remove namespace {0}: {1}", ns, r.stderr().strip());
                }
            } catch (LabException e) {
                LOG.log(System.Logger.Level.WARNING, "could not remove namespace {0}: {1}", ns, e.getMessage());
            }
        }
        namespaces.clear();
        try (Stream<Path> walk = Files.walk(runDirectory)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "run directory {0} left: {1}", runDirectory, e.getMessage());
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Leaves everything running: the lab is no longer this object's to remove. */
    synchronized void keep() {
        closed = true;
    }

    /** The PIDs of the running daemons, by router. */
    synchronized Map<String, List<Long>> daemons() {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        daemons.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /**
     * What FRR shows at one moment.
     *
     * @param snapshot  routes and neighbors of the running routers
     * @param routerIds each running router's OSPF router ID
     * @param waiting   interfaces still in the Waiting state (DR election not done)
     */
    record LabReading(OspfSnapshot snapshot, Map<String, String> routerIds, List<String> waiting) {}
}

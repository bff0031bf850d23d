package org.labcanvas.model.show;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Topology;

/**
 * The one golden-file runner for {@code show} output:
 * {@code src/test/resources/golden/<scenario>/<device>/<command>.txt}, where a scenario is a design
 * with events at a moment ({@code dmvpn-dual-hub-converged}: no events, at the default time after
 * convergence; the exported configurations of the bare design live under the design's own name).
 * Each scenario also pins its whole timeline in {@code <scenario>/timeline.txt}. Run with {@code -Dgolden.update=true} to rewrite the files,
 * then read the diff.
 */
class ShowGoldenTest {
    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static final List<String> COMMANDS = List.of(
            "show ip route", "show ip route ospf", "show ip route connected", "show ip route static",
            "show ip ospf neighbor", "show ip ospf neighbor detail", "show ip ospf interface",
            "show ip ospf interface brief", "show ip ospf", "show ip ospf database", "show ip interface brief",
            "show interfaces Tunnel0", "show ip nhrp", "show ip nhrp brief", "show ip nhrp detail",
            "show ip nhrp nhs", "show ip nhrp nhs detail", "show ip nhrp traffic", "show ip nhrp summary",
            "show dmvpn", "show dmvpn detail", "show crypto isakmp sa", "show crypto ipsec sa",
            "show running-config", "show version", "show interfaces", "ping 10.10.10.1", "traceroute 10.10.10.1",
            "show clock", "show logging", "show arp", "show ip protocols", "show ip cef", "show ip cef 10.10.10.1",
            "show ip nhrp multicast", "show crypto session", "show crypto session detail",
            "show crypto isakmp sa detail", "show crypto map");

    /** A design, what happens to it, and when we look. */
    record Scenario(Topology topology, String events, Duration at) {}

    static final Map<String, Scenario> SCENARIOS = Map.of(
            "dmvpn-single-hub-converged", new Scenario(ReferenceDesigns.dmvpnSingleHub().topology(), "", Simulation.CONVERGED),
            "dmvpn-dual-hub-converged", new Scenario(ReferenceDesigns.dmvpnDualHub().topology(), "", Simulation.CONVERGED),
            "dmvpn-dual-hub-r0-down", new Scenario(ReferenceDesigns.dmvpnDualHub().topology(), """
                    events:
                      - at: 10m
                        device: R0
                        action: down
                    """, Duration.ofMinutes(13)),
            "imported-dual-hub-converged", new Scenario(imported("dual-hub", "R0", "R1", "R2", "R3"), "",
                    Simulation.CONVERGED));

    /** A design imported from the real running-configs under {@code src/test/resources/ios/<dir>}. */
    static Topology imported(String dir, String... devices) {
        List<Path> files = new ArrayList<>();
        for (String d : devices) {
            files.add(Path.of("src/test/resources/ios", dir, d + ".cfg"));
        }
        try {
            return org.labcanvas.model.ios.IosImport.importConfigs(files, org.labcanvas.model.topology.Platform.IOS_15)
                    .project().topology();
        } catch (Exception e) {
            throw new IllegalStateException("cannot import " + dir, e);
        }
    }

    @TestFactory
    Stream<DynamicTest> showOutputsMatchTheirGoldenFiles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String scenario : SCENARIOS.keySet().stream().sorted().toList()) {
            Scenario sc = SCENARIOS.get(scenario);
            Topology t = sc.topology();
            EventScript script;
            try {
                script = sc.events().isEmpty() ? EventScript.EMPTY
                        : org.labcanvas.model.sim.events.EventScriptParser.forTopology(t).parse(sc.events());
            } catch (org.labcanvas.model.sim.events.EventScriptException e) {
                throw new IllegalStateException(e);
            }
            var timeline = Simulation.run(t, script, sc.at());
            NetworkState s = timeline.finalState();
            String timelineText = timeline.text();
            tests.add(DynamicTest.dynamicTest(scenario + " timeline",
                    () -> check(ROOT.resolve(scenario).resolve("timeline.txt"), timelineText)));
            for (Device d : t.devices()) {
                if (d.kind() != DeviceKind.ROUTER || !s.deviceUp(d.name())) {
                    continue;
                }
                for (String c : COMMANDS) {
                    String cmd = c.equals("show interfaces Tunnel0") && d.iface("Tunnel0").isEmpty()
                            ? "show interfaces Tunnel1" : c;
                    String output = ShowCommand.execute(s, d.name(), cmd);
                    if (output.startsWith("% '")) {
                        continue; // not simulated yet: no golden file
                    }
                    Path file = ROOT.resolve(scenario).resolve(d.name()).resolve(cmd.replace(' ', '_') + ".txt");
                    tests.add(DynamicTest.dynamicTest(scenario + " " + d.name() + " " + cmd, () -> check(file, output)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Path file, String output) throws IOException {
        if (UPDATE || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, output, StandardCharsets.UTF_8);
            if (!UPDATE) {
                throw new AssertionError("golden file was missing and has been written: " + file);
            }
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), output, "golden " + file);
    }

    @SuppressWarnings("unused")
    private static final Duration DEFAULT = Simulation.CONVERGED;
}

package org.labcanvas.model.show.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.Topology;

/**
 * Golden files of the 6in4 consoles: {@code src/test/resources/golden/<scenario>/<device>/<command>.txt}
 * (blanks become {@code _}, colons {@code -}) and each scenario's whole timeline in
 * {@code <scenario>/timeline.txt}. Run with {@code -Dgolden.update=true} to rewrite them, then read the diff.
 */
class HostConsoleGoldenTest {
    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final String PUBLIC_IP_CHANGE = """
            events:
              - at: 7m
                device: MAC
                action: public-ip-change
                address: 198.51.100.7
            """;

    /** A design, its events, when we look, and what we type on which device. */
    record Scenario(Topology topology, String events, Duration at, Map<String, List<String>> commands) {}

    static Map<String, Scenario> scenarios() {
        Map<String, Scenario> m = new LinkedHashMap<>();
        m.put("six-in-four-converged", new Scenario(SixInFourDesigns.macos(), "", Simulation.CONVERGED, Map.of(
                "MAC", List.of("ifconfig gif0", "ifconfig en0", "ifconfig", "netstat -rn -f inet6", "ping6 -c 3 2001:db8::1",
                        "ping6 -c 3 2001:db8:ff::10", "ping6 -c 2 -s 1500 -D 2001:db8::1", "ping6 -c 2 -s 1500 2001:db8::1",
                        "ping6 2001:db8::1", "ping6 -c 2 2001:db8:5::1", "traceroute6 2001:db8:ff::10",
                        "traceroute6 -n 2001:db8::1", "ip -6 addr", "ifconfig gif9"),
                "V6HOST", List.of("ip -6 addr", "ip -6 route", "ping -6 -c 3 2001:db8::2", "ping6 -c 2 2001:db8:1::1",
                        "ifconfig"))));
        m.put("six-in-four-public-ip-changed", new Scenario(SixInFourDesigns.macos(), PUBLIC_IP_CHANGE,
                Duration.ofMinutes(8), Map.of("MAC", List.of("ping6 -c 3 2001:db8::1", "ifconfig gif0", "ifconfig en0",
                        "traceroute6 -n 2001:db8:ff::10"), "V6HOST", List.of("ping -6 -c 2 2001:db8::2"))));
        m.put("six-in-four-updated", new Scenario(SixInFourDesigns.macos(), PUBLIC_IP_CHANGE, Duration.ofMinutes(10),
                Map.of("MAC", List.of("ping6 -c 3 2001:db8::1", "ifconfig gif0"))));
        m.put("six-in-four-pppoe", new Scenario(SixInFourDesigns.pppoe(), "", Simulation.CONVERGED,
                Map.of("MAC", List.of("ping6 -c 2 -s 1424 2001:db8::1", "ping6 -c 2 -s 1425 2001:db8::1"))));
        m.put("six-in-four-freebsd-converged", new Scenario(SixInFourDesigns.on(Platform.FREEBSD), "", Simulation.CONVERGED,
                Map.of("MAC", List.of("ifconfig gif0", "ifconfig en0", "netstat -rn -f inet6", "ping6 -c 3 2001:db8::1",
                        "traceroute6 2001:db8:ff::10", "ip -6 addr"))));
        m.put("six-in-four-linux-converged", new Scenario(SixInFourDesigns.on(Platform.LINUX), "", Simulation.CONVERGED,
                Map.of("MAC", List.of("ip -6 addr", "ip -6 route", "ip tunnel show", "ping -6 -c 3 2001:db8::1",
                        "ping6 -c 2 2001:db8:ff::10", "ping -6 -c 2 -s 1500 -M do 2001:db8::1", "ping -6 -c 2 2001:db8:5::1",
                        "ifconfig gif0", "ip -6 adress", "ip link"))));
        m.put("six-in-four-ios-router-converged", new Scenario(SixInFourDesigns.iosRouter(), "", Simulation.CONVERGED,
                Map.of("HOME", List.of("show ipv6 interface brief", "show ipv6 route", "show interfaces Tunnel0",
                        "ping ipv6 2001:DB8::1", "ping ipv6 2001:db8:ff::10 repeat 10"))));
        return m;
    }

    @TestFactory
    Stream<DynamicTest> consoleOutputsMatchTheirGoldenFiles() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Scenario> e : scenarios().entrySet()) {
            String scenario = e.getKey();
            Scenario sc = e.getValue();
            EventScript script = sc.events().isEmpty() ? EventScript.EMPTY
                    : EventScriptParser.forTopology(sc.topology()).parse(sc.events());
            var timeline = Simulation.run(sc.topology(), script, sc.at());
            NetworkState s = timeline.finalState();
            String timelineText = timeline.text();
            tests.add(DynamicTest.dynamicTest(scenario + " timeline",
                    () -> check(ROOT.resolve(scenario).resolve("timeline.txt"), timelineText)));
            for (String device : sc.commands().keySet().stream().sorted().toList()) {
                for (String command : sc.commands().get(device)) {
                    String output = ShowCommand.execute(s, device, command);
                    Path file = ROOT.resolve(scenario).resolve(device)
                            .resolve(command.replace(' ', '_').replace(':', '-') + ".txt");
                    tests.add(DynamicTest.dynamicTest(scenario + " " + device + " " + command, () -> check(file, output)));
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
}

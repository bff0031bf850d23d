package org.labcanvas.model.show.ace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.topology.Topology;

/**
 * Golden files for every ACE command {@code show} answers, on the scenario 3 sample at three
 * moments of the upgrade script {@code samples/ace-upgrade.yaml}:
 * {@code src/test/resources/golden/<moment>/<device>/<command>.txt}; the whole timeline in
 * {@code golden/ace-upgrade/timeline.txt}. {@code -Dgolden.update=true} rewrites them.
 */
class AceShowGoldenTest {
    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final Path SCRIPT = Path.of("../samples/ace-upgrade.yaml");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Topology ACE = ReferenceDesigns.aceFtUpgrade().topology();

    static final List<String> COMMANDS = List.of("show ft group brief", "show ft group status", "show ft group detail",
            "show ft group 2 detail", "show ft peer detail", "show ft config-error", "show version", "dir image:",
            "show running-config", "show checkpoint all");

    /** Before the procedure (C1 cold), after the switchover to the upgraded ACE_2, and at the end. */
    static final List<Object[]> MOMENTS = List.of(
            new Object[] {"ace-upgrade-start", Duration.ofMinutes(4)},
            new Object[] {"ace-upgrade-switched", Duration.ofMinutes(31)},
            new Object[] {"ace-upgrade-done", Duration.ofMinutes(60)});

    @TestFactory
    Stream<DynamicTest> aceShowOutputsMatchTheirGoldenFiles() throws Exception {
        var script = EventScriptParser.forTopology(ACE).parse(Files.readString(SCRIPT, StandardCharsets.UTF_8));
        List<DynamicTest> tests = new ArrayList<>();
        String timeline = Simulation.run(ACE, script, Duration.ofMinutes(60)).text();
        tests.add(DynamicTest.dynamicTest("ace-upgrade timeline", () -> check(ROOT.resolve("ace-upgrade/timeline.txt"), timeline)));
        for (Object[] m : MOMENTS) {
            String name = (String) m[0];
            NetworkState s = Simulation.stateAt(ACE, script, (Duration) m[1]);
            for (String device : List.of("ACE_1", "ACE_2")) {
                for (String c : COMMANDS) {
                    String out = ShowCommand.execute(s, device, c);
                    Path file = ROOT.resolve(name).resolve(device).resolve(c.replace(' ', '_').replace(":", "") + ".txt");
                    tests.add(DynamicTest.dynamicTest(name + " " + device + " " + c, () -> check(file, out)));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void anInvalidWordIsMarkedUnderItWithThePromptCounted() {
        NetworkState s = Simulation.stateAt(ACE, org.labcanvas.model.sim.events.EventScript.EMPTY, Duration.ofMinutes(5));
        assertEquals("""
                                     ^
                % invalid command detected at '^' marker.
                """, ShowCommand.execute(s, "ACE_1", "show ft grp"));
        assertEquals(ShowCommand.Outcome.IOS_ERROR, ShowCommand.answer(s, "ACE_1", "show ft grp").outcome());
        assertEquals("""
                             ^
                % Ambiguous command at '^' marker.
                """, ShowCommand.execute(s, "ACE_1", "c"));
    }

    @Test
    void abbreviationsAndIncludeGiveTheSameLinesAsTheFullCommand() {
        NetworkState s = Simulation.stateAt(ACE, org.labcanvas.model.sim.events.EventScript.EMPTY, Duration.ofMinutes(5));
        assertEquals("""
                My State                     : FSM_FT_STATE_STANDBY_COLD
                Peer State                   : FSM_FT_STATE_ACTIVE
                """, ShowCommand.execute(s, "ACE_2", "sh ft gr 2 det | inc State +:"));
    }

    @Test
    void anExecCommandThatChangesTheModuleIsNotRunFromShow() {
        NetworkState s = Simulation.stateAt(ACE, org.labcanvas.model.sim.events.EventScript.EMPTY, Duration.ofMinutes(5));
        assertEquals(ShowCommand.Outcome.NOT_SIMULATED, ShowCommand.answer(s, "ACE_1", "reload").outcome());
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

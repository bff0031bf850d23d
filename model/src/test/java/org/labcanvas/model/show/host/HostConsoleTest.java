package org.labcanvas.model.show.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.show.ShowCommand.Answer;
import org.labcanvas.model.show.ShowCommand.Outcome;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.core.LogLine;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.Topology;

/** How the host shells parse what is typed, and what they say to what they do not know. */
class HostConsoleTest {
    private static NetworkState converged(Topology t) {
        return Simulation.stateAt(t, EventScript.EMPTY, Simulation.CONVERGED);
    }

    @Test
    void anOptionsValueMayBeJoinedToItAsGetoptAllows() {
        NetworkState s = converged(SixInFourDesigns.macos());
        assertEquals(ShowCommand.execute(s, "MAC", "ping6 -c 2 -s 100 2001:db8::1"),
                ShowCommand.execute(s, "MAC", "ping6 -c2 -s100 2001:db8::1"));
        NetworkState linux = converged(SixInFourDesigns.on(Platform.LINUX));
        assertEquals(ShowCommand.execute(linux, "MAC", "ping -6 -c 2 2001:db8::1"),
                ShowCommand.execute(linux, "MAC", "ping6 -c2 2001:db8::1"));
    }

    @Test
    void eachShellComplainsInItsOwnWords() {
        assertEquals(new Answer("zsh: command not found: route\n", Outcome.IOS_ERROR),
                ShowCommand.answer(converged(SixInFourDesigns.macos()), "MAC", "route -n get default"));
        assertEquals(new Answer("route: not found\n", Outcome.IOS_ERROR),
                ShowCommand.answer(converged(SixInFourDesigns.on(Platform.FREEBSD)), "MAC", "route -n get default"));
        NetworkState linux = converged(SixInFourDesigns.on(Platform.LINUX));
        assertEquals(new Answer("bash: route: command not found\n", Outcome.IOS_ERROR),
                ShowCommand.answer(linux, "MAC", "route -n"));
        assertEquals(new Answer("Device \"eth9\" does not exist.\n", Outcome.IOS_ERROR),
                ShowCommand.answer(linux, "MAC", "ip -6 addr show dev eth9"));
        assertEquals(new Answer("ping: usage error: Destination address required\n", Outcome.IOS_ERROR),
                ShowCommand.answer(linux, "MAC", "ping -6"));
        assertEquals(Outcome.NOT_SIMULATED, ShowCommand.answer(linux, "MAC", "ip -4 addr").outcome());
    }

    @Test
    void withoutARouteThePingIsRefusedAtOnce() throws Exception {
        Topology t = SixInFourDesigns.macos().withDevice("MAC", d -> d.withStaticRoutes(
                d.staticRoutes().stream().filter(r -> !r.prefix().equals("::/0")).toList()));
        NetworkState s = converged(t);
        assertEquals("ping6: UDP connect: No route to host\n", ShowCommand.execute(s, "MAC", "ping6 2001:db8:ff::10"));
        NetworkState linux = converged(t.withDevice("MAC", d -> d.withPlatform(Platform.LINUX)));
        assertEquals("ping: connect: Network is unreachable\n", ShowCommand.execute(linux, "MAC", "ping -6 2001:db8:ff::10"));
    }

    @Test
    void anUpdaterRunWhileTheClientIsOffIsAWarning() throws Exception {
        Topology t = SixInFourDesigns.macos();
        EventScript s = EventScriptParser.forTopology(t).parse("""
                events:
                  - at: 1m
                    device: MAC
                    action: down
                  - at: 2m
                    device: MAC
                    action: updater-run
                """);
        List<String> lines = Simulation.run(t, s, Duration.ofMinutes(3)).lines().stream().map(LogLine::text).toList();
        assertEquals(List.of(
                "00:01:00 MAC event: power off (line 2)",
                "00:02:00 MAC event: updater run (line 5)",
                "00:02:00 MAC warning ACTION_NOT_APPLIED: updater run: nothing on MAC acts on it now (the device is off,"
                        + " or runs nothing the action concerns)"),
                lines.subList(1, lines.size()));
    }
}

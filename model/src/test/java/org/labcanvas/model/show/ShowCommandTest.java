package org.labcanvas.model.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.events.EventScript;

class ShowCommandTest {
    private static final NetworkState DUAL = Simulation.stateAt(ReferenceDesigns.dmvpnDualHub().topology(),
            EventScript.EMPTY, Simulation.CONVERGED);
    private static final NetworkState SINGLE = Simulation.stateAt(ReferenceDesigns.dmvpnSingleHub().topology(),
            EventScript.EMPTY, Simulation.CONVERGED);

    @Test
    void abbreviationsRunTheSameCommand() {
        assertEquals(ShowCommand.execute(DUAL, "R2", "show ip route ospf"), ShowCommand.execute(DUAL, "R2", "sh ip ro os"));
        assertEquals(ShowCommand.execute(DUAL, "R2", "show ip ospf neighbor"), ShowCommand.execute(DUAL, "R2", "sh ip os nei"));
        assertEquals(ShowCommand.execute(DUAL, "R2", "show ip ospf interface Tunnel0"),
                ShowCommand.execute(DUAL, "R2", "sh ip os int tu0"));
    }

    @Test
    void invalidInputPutsTheCaretUnderTheFirstBadCharacterAfterThePrompt() {
        // "R2#" is 3 columns; "sh ip ro xyz" has 'x' at column 9.
        assertEquals("            ^\n% Invalid input detected at '^' marker.\n\n",
                ShowCommand.execute(DUAL, "R2", "sh ip ro xyz"));
        assertEquals("   ^\n% Invalid input detected at '^' marker.\n\n", ShowCommand.execute(DUAL, "R2", "shw ip route"));
    }

    @Test
    void ambiguousAndIncompleteCommandsAreReportedAsIosDoes() {
        assertEquals("% Ambiguous command:  \"sh i\"\n", ShowCommand.execute(DUAL, "R2", "sh i"));
        assertEquals("% Incomplete command.\n\n", ShowCommand.execute(DUAL, "R2", "show ip"));
    }

    @Test
    void includeAndBeginFilterTheOutput() {
        assertEquals("O        3.3.3.3 [110/11] via 10.0.0.3, 00:02:55, Tunnel0\n",
                ShowCommand.execute(DUAL, "R2", "sh ip ro | i 3.3.3.3"));
        assertThat(ShowCommand.execute(DUAL, "R2", "sh ip route | begin Gateway")).startsWith("Gateway of last resort is 10.4.2.2");
        assertEquals("Tunnel0                    10.0.0.2        YES NVRAM  up                    up\n",
                ShowCommand.execute(DUAL, "R2", "sh ip int br | inc Tunnel0"));
    }

    @Test
    void spokesPingEachOtherThroughTheHub() {
        assertEquals("""
                Type escape sequence to abort.
                Sending 5, 100-byte ICMP Echos to 10.10.10.3, timeout is 2 seconds:
                !!!!!
                Success rate is 100 percent (5/5), round-trip min/avg/max = 8/8/8 ms
                """, ShowCommand.execute(SINGLE, "R2", "ping 10.10.10.3"));
        assertEquals("""
                Type escape sequence to abort.
                Tracing the route to 10.10.10.3

                  1 10.10.10.1 4 msec 4 msec 4 msec
                  2 10.10.10.3 8 msec 8 msec 8 msec
                """, ShowCommand.execute(SINGLE, "R2", "traceroute 10.10.10.3"));
    }

    @Test
    void pingFromALoopbackUsesItAsSource() {
        String out = ShowCommand.execute(DUAL, "R2", "ping 3.3.3.3 source Loopback0 repeat 3");
        assertEquals("""
                Type escape sequence to abort.
                Sending 3, 100-byte ICMP Echos to 3.3.3.3, timeout is 2 seconds:
                Packet sent with a source address of 2.2.2.2 \n\
                !!!
                Success rate is 100 percent (3/3), round-trip min/avg/max = 8/8/8 ms
                """, out);
    }
}

package org.labcanvas.model.sim;

import org.labcanvas.model.sim.core.ProcessContext;
import org.labcanvas.model.sim.core.ProtocolProcess;

import java.util.List;
import org.labcanvas.model.sim.ipsec.IpsecSessions;
import org.labcanvas.model.sim.nhrp.NhrpEngine;
import org.labcanvas.model.sim.ospf.OspfEngine;
import org.labcanvas.model.sim.sixinfour.SixInFourEngine;

/**
 * The registry of protocol processes the engine runs, in the order it calls them. Adding a
 * protocol adds one line here and touches no other protocol.
 */
public final class ProtocolProcesses {
    /** Makes a process for a new run. */
    @FunctionalInterface
    public interface Factory {
        ProtocolProcess create(ProcessContext context);
    }

    private ProtocolProcesses() {}

    /**
     * OSPF first (it re-checks its channels when the underlay changes before NHRP schedules its
     * registrations), then NHRP, then IPsec, then 6in4, then ACE fault tolerance.
     */
    static List<Factory> standard() {
        return List.of(OspfEngine::new, NhrpEngine::new, IpsecSessions::new, SixInFourEngine::new,
                org.labcanvas.model.sim.ft.FtEngine::new);
    }
}

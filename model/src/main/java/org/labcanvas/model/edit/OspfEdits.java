package org.labcanvas.model.edit;

import java.util.List;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.OspfProcess;

/**
 * Creating and removing a device's {@code router ospf} process as undoable edits. Removing the
 * process ({@code no router ospf N}) keeps the interfaces' {@code ip ospf} settings, as IOS does:
 * they are interface commands.
 */
public final class OspfEdits {
    private OspfEdits() {}

    /** Process number of a new process; guess: 1, the number the reference designs use. */
    public static final int NEW_PROCESS_ID = 1;

    /** Whether the device can run an OSPF process: routers, and hosts (FRR on Linux); not segments, ACE modules or brokers. */
    public static boolean takesOspf(Device d) {
        return d.kind() == DeviceKind.ROUTER || d.kind() == DeviceKind.HOST;
    }

    /** {@code router ospf 1} with no statements yet. */
    public static EditCommand create(Device d) {
        if (!takesOspf(d)) {
            throw new IllegalArgumentException(d.name() + " runs no OSPF process");
        }
        if (d.ospf() != null) {
            throw new IllegalArgumentException(d.name() + " already runs OSPF process " + d.ospf().processId());
        }
        return new EditDevice("Add " + d.name() + " router ospf " + NEW_PROCESS_ID, d.withOspf(OspfProcess.of(NEW_PROCESS_ID, List.of())));
    }

    /** {@code no router ospf N}. */
    public static EditCommand remove(Device d) {
        if (d.ospf() == null) {
            throw new IllegalArgumentException(d.name() + " runs no OSPF process");
        }
        return new EditDevice("Remove " + d.name() + " router ospf " + d.ospf().processId(), d.withOspf(null));
    }
}

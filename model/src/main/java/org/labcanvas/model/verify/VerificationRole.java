package org.labcanvas.model.verify;

import java.util.List;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.topology.Device;

/**
 * What an engineer verifies on a device of one role: the commands to type, in order, what each
 * shows, and the facts the simulation expects them to show. A new role (an ACE module, a 6in4
 * client) is a new implementation listed in {@link VerificationRoles}.
 */
public interface VerificationRole {
    /** The role's name, as the runbook and {@code checks.yaml} print it ({@code hub}, {@code spoke}). */
    String name();

    /** Whether this role describes {@code device}. */
    boolean appliesTo(Device device);

    /** The commands to type on the device, in order, with what each is for. */
    List<VerificationStep> steps(NetworkState state, Device device);

    /** The facts the device must show at the state's instant. */
    List<Fact> facts(NetworkState state, Device device);

    /** What the runbook says when the role has no command to run on the device. */
    default String nothingToVerify() {
        return "Nothing to verify: the router runs no DMVPN, IPsec or OSPF.";
    }
}

package org.labcanvas.model.verify;

import java.util.List;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.ft.FtState;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;

/** A Cisco ACE module of a fault-tolerant pair: software version, FT peer, FT groups. */
final class AceRole implements VerificationRole {
    @Override
    public String name() {
        return "ACE";
    }

    @Override
    public boolean appliesTo(Device device) {
        return device.kind() == DeviceKind.ACE;
    }

    private static boolean running(NetworkState s, Device d) {
        FtState ft = s.view(FtState.class);
        return ft != null && ft.module(d.name()).map(FtState.Module::running).orElse(false);
    }

    @Override
    public List<VerificationStep> steps(NetworkState s, Device d) {
        if (!running(s, d)) {
            return List.of();
        }
        return List.of(
                new VerificationStep("show version",
                        "the system version below (both modules of a pair run the same one outside an upgrade)",
                        "another version: the module booted another image; check that the image is in `dir image:` and"
                                + " that the `boot system image:` line of `show running-config` names it, on both modules"),
                new VerificationStep("show ft peer detail",
                        "the peer in state COMPATIBLE, heartbeats counted on the FT VLAN",
                        "FT_VLAN_DOWN or PEER_DOWN: the FT VLAN or the peer's FT interface; INCOMPATIBLE (SRG):"
                                + " the software versions cannot pair; WARM_COMPATIBLE: the versions differ (during an"
                                + " upgrade only)"),
                new VerificationStep("show ft group brief",
                        "each FT group in the state below, its peer in the matching state (one ACTIVE, one STANDBY_HOT)",
                        "STANDBY_COLD: the standby could not apply the configuration the active synchronised (see"
                                + " `show ft config-error`) or runs an incompatible version; fix the cause, then take the"
                                + " group out of service and back in (`no inservice`, `inservice`) to sync again."
                                + " STANDBY_WARM: the versions differ but can pair, expected only mid-upgrade."
                                + " Both ACTIVE: the FT VLAN is down while both modules run (split brain)."
                                + " The other module ACTIVE for a group designed here: preemption is off or the"
                                + " priorities differ from the design"),
                new VerificationStep("show ft group detail",
                        "the same states, with priorities, preemption and configuration sync completed",
                        "a sync status other than completed: the standby is not a usable copy of the active yet"),
                new VerificationStep("show ft group status",
                        "the same states with the sync status of each group",
                        "as for `show ft group detail`"));
    }

    @Override
    public List<Fact> facts(NetworkState s, Device d) {
        return AceFacts.facts(s, d.name());
    }

    @Override
    public String nothingToVerify() {
        return "The module is reloading or did not boot: its console does not answer.";
    }
}

package org.labcanvas.model.lint;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.FtGroup;

/**
 * Cisco ACE fault tolerance, per module:
 * <ul>
 *   <li>{@code FT_GROUP_NO_PEER} (ERROR): the module has no usable peer module ({@code peerDevice}
 *       missing or not an ACE), no {@code ft peer}, or an FT group without {@code peer}, naming
 *       another peer, or absent on the peer module: that group cannot fail over.</li>
 *   <li>{@code FT_PRIORITY_TIE} (WARNING): both members of a group have the same priority (this
 *       module's {@code priority} equals its {@code peer priority}, or the peer module's own
 *       priority). The ACE still elects an active member, but by its internal tie-break rather than
 *       by configuration, so which module ends up active after a reload, and what {@code preempt}
 *       restores, is not under the designer's control. A working pair, hence a warning.</li>
 *   <li>{@code FT_GROUP_MISMATCH} (WARNING): the two modules' views of a group disagree
 *       ({@code priority} here is not {@code peer priority} there, or the contexts differ).
 *       Configuration sync from the active overwrites the standby's view, so the result depends on
 *       which module is active.</li>
 *   <li>{@code FT_INTERFACE_MISMATCH} (ERROR): the FT VLANs differ, or {@code peer ip address} is not
 *       the peer module's FT VLAN address: heartbeats never arrive and both modules go active.</li>
 * </ul>
 */
final class FtCheck implements LintCheck {
    static final String NO_PEER = "FT_GROUP_NO_PEER";
    static final String TIE = "FT_PRIORITY_TIE";
    static final String MISMATCH = "FT_GROUP_MISMATCH";
    static final String FT_INTERFACE = "FT_INTERFACE_MISMATCH";

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        for (Device d : ctx.topology().devices()) {
            AceSettings ace = d.ace();
            if (ace == null || ace.ftGroups().isEmpty()) {
                continue;
            }
            Optional<AceSettings> peer = Optional.ofNullable(ace.peerDevice())
                    .flatMap(ctx.topology()::device)
                    .filter(p -> p.kind() == DeviceKind.ACE)
                    .map(Device::ace);
            if (peer.isEmpty()) {
                out.add(noPeer(d, "ace.peerDevice", ace.peerDevice() == null
                        ? "no peer module is set: no FT group can fail over"
                        : "peer module " + ace.peerDevice() + " is not an ACE module in the design: no FT group can fail over"));
            }
            peer.ifPresent(p -> ftInterface(ctx, d, p, out));
            if (ace.ftPeer() == null) {
                out.add(noPeer(d, "ace.ftPeer", "no ft peer is configured: no FT group can fail over"));
            }
            for (FtGroup g : ace.ftGroups()) {
                if (g.peer() == null) {
                    out.add(noPeer(d, "ace.ftGroups", "ft group " + g.id() + " has no peer: it cannot fail over"));
                } else if (ace.ftPeer() != null && g.peer() != ace.ftPeer().id()) {
                    out.add(noPeer(d, "ace.ftGroups", "ft group " + g.id() + " names peer " + g.peer()
                            + ", but the ft peer is " + ace.ftPeer().id() + ": it cannot fail over"));
                }
                Optional<FtGroup> there = peer.flatMap(p -> p.group(g.id()));
                if (peer.isPresent() && there.isEmpty()) {
                    out.add(noPeer(d, "ace.ftGroups", "ft group " + g.id() + " does not exist on the peer module "
                            + ace.peerDevice() + ": it cannot fail over"));
                }
                boolean tie = g.priority() == g.peerPriority() || there.map(t -> t.priority() == g.priority()).orElse(false);
                if (tie) {
                    out.add(new Finding(Severity.WARNING, TIE, d.name(), null, "ace.ftGroups",
                            "ft group " + g.id() + ": both members have priority " + g.priority()
                                    + "; the ACE breaks the tie itself, so which module is active after a reload"
                                    + " is not decided by the configuration"));
                }
                if (there.isPresent() && (g.priority() != there.get().peerPriority()
                        || g.peerPriority() != there.get().priority()
                        || !Objects.equals(g.context(), there.get().context()))) {
                    FtGroup t = there.get();
                    out.add(new Finding(Severity.WARNING, MISMATCH, d.name(), null, "ace.ftGroups",
                            "ft group " + g.id() + " here: priority " + g.priority() + ", peer priority " + g.peerPriority()
                                    + ", context " + g.context() + "; on " + ace.peerDevice() + ": priority " + t.priority()
                                    + ", peer priority " + t.peerPriority() + ", context " + t.context()
                                    + "; configuration sync from the active module overwrites the standby's view"));
                }
            }
        }
    }

    private static void ftInterface(LintContext ctx, Device d, AceSettings peer, List<Finding> out) {
        var mine = d.ace().ftInterface();
        var theirs = peer.ftInterface();
        if (mine == null || theirs == null) {
            return;
        }
        if (mine.vlan() != theirs.vlan()) {
            out.add(new Finding(Severity.ERROR, FT_INTERFACE, d.name(), null, "ace.ftInterface",
                    "ft interface vlan " + mine.vlan() + ", but the peer module " + d.ace().peerDevice() + " uses vlan "
                            + theirs.vlan() + ": heartbeats never arrive and both modules become active"));
            return;
        }
        var theirAddress = org.labcanvas.model.addr.InterfaceAddress.tryParse(theirs.address());
        var peerAddress = ctx.addresses().host(mine.peerAddress());
        if (theirAddress.isPresent() && peerAddress.isPresent() && !theirAddress.get().address().equals(peerAddress.get())) {
            out.add(new Finding(Severity.ERROR, FT_INTERFACE, d.name(), null, "ace.ftInterface",
                    "peer ip address " + mine.peerAddress() + ", but the peer module " + d.ace().peerDevice()
                            + " has " + theirAddress.get().address() + " on the FT VLAN: heartbeats never arrive"
                            + " and both modules become active"));
        }
    }

    private static Finding noPeer(Device d, String field, String message) {
        return new Finding(Severity.ERROR, NO_PEER, d.name(), null, field, message);
    }
}

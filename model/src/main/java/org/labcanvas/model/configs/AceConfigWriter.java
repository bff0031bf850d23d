package org.labcanvas.model.configs;

import java.util.ArrayList;
import java.util.List;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.AceContext;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.FtInterface;
import org.labcanvas.model.topology.FtPeer;
import org.labcanvas.model.topology.FtTrack;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;

/**
 * The Admin-context configuration of a Cisco ACE module (A2 software), in the form
 * {@code show running-config} prints it: two-space indentation, {@code boot system} first, then
 * the FT interface, {@code ft peer}, tracking, the user contexts and the FT groups that associate
 * them (a context must exist before {@code associate-context} names it). VLAN interfaces allocated to
 * a user context, and FT tracks of a group associated with one, belong to that context and are
 * written by {@link #userContexts}.
 *
 * <p>Syntax after the "Administration Guide vA2(1.0), Cisco ACE Application Control Engine Module",
 * chapter "Configuring Redundant ACE Modules" (cisco.com, .../ace/v3-00_A2/configuration/administration/
 * guide/admgd/redundcy.html), which also gives the heartbeat defaults (interval 300 ms, count 10): {@code ft interface vlan}, {@code ip address},
 * {@code peer ip address}, {@code no shutdown}; {@code ft peer} with {@code heartbeat interval},
 * {@code heartbeat count}, {@code ft-interface vlan}; {@code ft group} with {@code peer},
 * {@code priority}, {@code peer priority}, {@code associate-context}, {@code inservice}.
 * Preemption is on by default, so only {@code no preempt} is printed; priority 100 is the default
 * and is not printed.
 */
public final class AceConfigWriter {
    private AceConfigWriter() {}

    /** {@code vlan100} or {@code Vlan100} gives 100; other names give null. */
    public static Integer vlanNumber(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (!n.startsWith("vlan") || !n.substring(4).matches("\\d+")) {
            return null;
        }
        return Integer.valueOf(n.substring(4));
    }

    public static String write(Device d) throws ExportException {
        OneLineFields.require(d);
        AceSettings a = d.ace();
        if (a == null) {
            throw new ExportException(d.name() + ": an ACE module needs its FT settings");
        }
        List<String> out = new ArrayList<>();
        for (String image : a.bootSystem()) {
            out.add("boot system image:" + image);
        }
        if (!a.bootSystem().isEmpty()) {
            out.add("");
        }
        out.add("hostname " + d.name());
        out.add("");
        FtInterface ft = a.ftInterface();
        if (ft != null) {
            InterfaceAddress own = AddressText.iface(d.name(), "ft interface address", ft.address());
            AddressText.host(d.name(), "ft interface peer address", ft.peerAddress());
            out.add("ft interface vlan " + ft.vlan());
            out.add("  ip address " + AddressText.addressMask(own));
            out.add("  peer ip address " + ft.peerAddress() + " " + own.mask());
            out.add("  no shutdown");
            out.add("");
        }
        FtPeer peer = a.ftPeer();
        if (peer != null) {
            out.add("ft peer " + peer.id());
            // defaults (300 ms, 10 heartbeats) are left out, as show running-config leaves them out
            if (peer.heartbeatInterval() != null && peer.heartbeatInterval() != FtPeer.DEFAULT_HEARTBEAT_INTERVAL_MS) {
                out.add("  heartbeat interval " + peer.heartbeatInterval());
            }
            if (peer.heartbeatCount() != null && peer.heartbeatCount() != FtPeer.DEFAULT_HEARTBEAT_COUNT) {
                out.add("  heartbeat count " + peer.heartbeatCount());
            }
            out.add("  ft-interface vlan " + peer.ftInterfaceVlan());
            out.add("");
        }
        contextObjects(d, AceContext.ADMIN, out);
        for (AceContext c : a.contexts()) {
            if (c.name().equals(AceContext.ADMIN)) {
                continue;
            }
            out.add("context " + c.name());
            for (int vlan : c.vlans()) {
                out.add("  allocate-interface vlan " + vlan);
            }
            out.add("");
        }
        for (FtGroup g : a.ftGroups()) {
            out.add("ft group " + g.id());
            if (g.peer() != null) {
                out.add("  peer " + g.peer());
            }
            if (!g.preempt()) {
                out.add("  no preempt");
            }
            if (g.priority() != FtGroup.DEFAULT_PRIORITY) {
                out.add("  priority " + g.priority());
            }
            if (g.peerPriority() != FtGroup.DEFAULT_PRIORITY) {
                out.add("  peer priority " + g.peerPriority());
            }
            if (g.context() != null) {
                out.add("  associate-context " + g.context());
            }
            if (g.inservice()) {
                out.add("  inservice");
            }
            out.add("");
        }
        return text(out);
    }

    private static String text(List<String> out) {
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out) + "\n";
    }

    /**
     * The configurations of the user contexts that have objects of their own, by context name, in
     * context order: the VLAN interfaces allocated to the context and the FT tracks of the FT group
     * associated with it. On the module they are entered after {@code changeto CONTEXT}: a track
     * lowers the FT group of the context it is configured in (the ACE "supports the tracking and
     * failure detection ... in the Admin context and any user context", Administration Guide,
     * "Configuring Tracking and Failure Detection").
     */
    public static java.util.Map<String, String> userContexts(Device d) throws ExportException {
        OneLineFields.require(d);
        java.util.Map<String, String> configs = new java.util.LinkedHashMap<>();
        if (d.ace() == null) {
            return configs;
        }
        for (AceContext c : d.ace().contexts()) {
            if (c.name().equals(AceContext.ADMIN)) {
                continue;
            }
            List<String> out = new ArrayList<>();
            contextObjects(d, c.name(), out);
            if (!out.isEmpty()) {
                configs.put(c.name(), text(out));
            }
        }
        return configs;
    }

    /** The context a VLAN is allocated to: a user context that allocates it, otherwise Admin. */
    public static String contextOfVlan(AceSettings a, int vlan) {
        return a.contexts().stream().filter(c -> !c.name().equals(AceContext.ADMIN) && c.vlans().contains(vlan))
                .map(AceContext::name).findFirst().orElse(AceContext.ADMIN);
    }

    /** The context whose FT group a track lowers: the group's associated context, otherwise Admin. */
    private static String contextOfTrack(AceSettings a, FtTrack t) {
        return a.group(t.ftGroup()).map(FtGroup::context).filter(c -> a.contexts().stream().anyMatch(x -> x.name().equals(c)))
                .orElse(AceContext.ADMIN);
    }

    /** The VLAN interfaces and FT tracks that belong to {@code context}. */
    private static void contextObjects(Device d, String context, List<String> out) throws ExportException {
        AceSettings a = d.ace();
        FtInterface ft = a.ftInterface();
        for (Interface i : d.interfaces()) {
            Integer vlan = vlanNumber(i.name());
            if (i.type() != InterfaceType.VLAN || vlan == null || (ft != null && vlan == ft.vlan())
                    || !contextOfVlan(a, vlan).equals(context)) {
                continue;
            }
            out.add("interface vlan " + vlan);
            if (i.description() != null) {
                out.add("  description " + i.description());
            }
            if (i.ipv4() != null) {
                out.add("  ip address " + AddressText.addressMask(
                        AddressText.iface(d.name(), "interface " + i.name() + " ipv4", i.ipv4())));
            }
            out.add(i.shutdown() ? "  shutdown" : "  no shutdown");
            out.add("");
        }
        for (FtTrack t : a.tracking()) {
            if (!contextOfTrack(a, t).equals(context)) {
                continue;
            }
            // A track without a tracked item yet is still a valid "ft track" (the ACE takes the name
            // first); priority 0 is the ACE default and, like other defaults here, is not printed.
            out.add("ft track " + t.type() + " " + t.name());
            if (t.target() != null) {
                out.add("  track-" + t.type() + " " + t.target());
                out.add("  peer track-" + t.type() + " " + t.target());
            }
            if (t.priority() != 0) {
                out.add("  priority " + t.priority());
            }
            if (t.peerPriority() != 0) {
                out.add("  peer priority " + t.peerPriority());
            }
            out.add("");
        }
    }
}

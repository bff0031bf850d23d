package org.labcanvas.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.labcanvas.model.addr.HostAddress;
import org.labcanvas.model.addr.InterfaceAddress;
import org.labcanvas.model.topology.AceContext;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.FtInterface;
import org.labcanvas.model.topology.FtPeer;
import org.labcanvas.model.topology.FtTrack;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Topology;

/**
 * Creating and removing an ACE module's {@code ft interface vlan}, {@code ft peer} and
 * {@code ft track} objects as undoable edits, one undo step each.
 *
 * <p>New FT settings follow the reference design (SCENARIOS.md, scenario 3; ReferenceDesigns):
 * {@code ft peer 1}, heartbeat interval 300 ms and count 10 (the ACE defaults, written out as the
 * reference design does), FT VLAN 100 and a {@code 192.168.n.0/24} FT subnet with this module on
 * {@code .1} and the peer on {@code .2}. When the peer module already has them, they are mirrored
 * from it instead: the same FT VLAN and heartbeat, this module's address is the peer's
 * {@code peer ip address} and the other way round, so the pair matches without further edits.
 * The peer module is {@code peerDevice}; when that is not set, it is the one other ACE module
 * linked to this one (directly or through a LAN), and {@code peerDevice} is set to it.
 *
 * <p>Removal is refused while something still needs the object: the FT peer while an FT group
 * names it ({@code peer N}), the FT interface while the FT peer runs over it
 * ({@code ft-interface vlan}). The ACE refuses these too; the exact wording of its refusals is not
 * modelled.
 */
public final class FtEdits {
    private FtEdits() {}

    /** The {@code ft peer} number of a new peer: an ACE module has one peer, and the reference design numbers it 1. */
    static final int NEW_PEER_ID = 1;
    /** Where the search for a free FT VLAN starts: the reference design's FT VLAN. */
    static final int FIRST_FT_VLAN = 100;
    /** {@code ft track} kinds the module takes: {@code interface} (a VLAN), {@code host} (a gateway or host), {@code hsrp} (a supervisor HSRP group). */
    public static final List<String> TRACK_TYPES = List.of("interface", "host", "hsrp");

    // ------------------------------------------------------------ FT interface

    /**
     * {@code ft interface vlan N} with its addresses, mirrored from the peer module when that has an
     * FT interface, else on the lowest VLAN from 100 that no context allocates and the first free
     * {@code 192.168.n.0/24} (n from 100) of the design.
     */
    public static EditCommand addFtInterface(Device d) {
        AceSettings a = settings(d);
        if (a.ftInterface() != null) {
            throw new IllegalArgumentException(d.name() + " already has ft interface vlan " + a.ftInterface().vlan());
        }
        return new DesignAwareEdit("Add " + d.name() + " ft interface", d.name(), (t, now) -> {
            Optional<Device> peer = peerModule(t, now);
            FtInterface fi = newFtInterface(t, now, peer);
            return now.withAce(with(adoptPeer(now.ace(), peer), fi, now.ace().ftPeer()));
        });
    }

    public static EditCommand removeFtInterface(Device d) {
        AceSettings a = settings(d);
        if (a.ftInterface() == null) {
            throw new IllegalArgumentException(d.name() + " has no ft interface");
        }
        if (a.ftPeer() != null) {
            throw new IllegalArgumentException("ft peer " + a.ftPeer().id() + " runs over ft interface vlan " + a.ftInterface().vlan()
                    + "; remove the FT peer first");
        }
        return new EditDevice("Remove " + d.name() + " ft interface vlan " + a.ftInterface().vlan(), d.withAce(with(a, null, null)));
    }

    /**
     * The new FT interface: on the VLAN this module's {@code ft peer} already names, if any; mirrored
     * from the peer module when that has an FT interface (on the same VLAN); else on a free VLAN and
     * subnet.
     */
    private static FtInterface newFtInterface(Topology t, Device d, Optional<Device> peer) {
        FtPeer own = d.ace().ftPeer();
        Optional<FtInterface> theirs = peer.map(p -> p.ace().ftInterface())
                .filter(p -> own == null || own.ftInterfaceVlan() == p.vlan());
        if (own != null) {
            allocatedTo(d.ace(), own.ftInterfaceVlan()).ifPresent(c -> {
                throw new IllegalArgumentException("VLAN " + own.ftInterfaceVlan() + ", the ft-interface vlan of ft peer " + own.id()
                        + ", is allocated to context " + c);
            });
        }
        if (theirs.isPresent()) {
            FtInterface p = theirs.get();
            allocatedTo(d.ace(), p.vlan()).ifPresent(c -> {
                throw new IllegalArgumentException("VLAN " + p.vlan() + ", the FT VLAN of " + peer.get().name()
                        + ", is allocated to context " + c + " here");
            });
            Optional<InterfaceAddress> their = InterfaceAddress.tryParse(p.address());
            String address = their.isPresent() && HostAddress.tryParse(p.peerAddress()).isPresent()
                    ? HostAddress.tryParse(p.peerAddress()).get().toCanonicalString() + "/" + their.get().prefixLength() : null;
            return new FtInterface(p.vlan(), address, their.map(x -> x.address().toCanonicalString()).orElse(null));
        }
        int vlan = own != null ? own.ftInterfaceVlan() : freeVlan(d);
        DesignAddressPlan plan = new DesignAddressPlan(t);
        for (int n = 100; n < 256; n++) {
            long base = (192L << 24) | (168L << 16) | ((long) n << 8);
            if (plan.isFree(base, 24)) {
                return new FtInterface(vlan, DesignAddressPlan.text(base + 1) + "/24", DesignAddressPlan.text(base + 2));
            }
        }
        // Nothing free in 192.168.100-255.0/24: the addresses are left for the user (export names what is missing).
        return new FtInterface(vlan, null, null);
    }

    /**
     * The lowest VLAN from 100 (then from 2) that no context allocates and no addressed VLAN
     * interface of the module uses (the writer prints no {@code interface vlan} for the FT VLAN).
     */
    static int freeVlan(Device d) {
        TreeSet<Integer> used = new TreeSet<>();
        d.ace().contexts().forEach(c -> used.addAll(c.vlans()));
        for (Interface i : d.interfaces()) {
            if (i.type() == InterfaceType.VLAN && i.ipv4() != null && i.name().toLowerCase().matches("vlan\\d+")) {
                used.add(Integer.parseInt(i.name().substring(4)));
            }
        }
        for (int v = FIRST_FT_VLAN; v <= 4094; v++) {
            if (!used.contains(v)) {
                return v;
            }
        }
        for (int v = 2; v < FIRST_FT_VLAN; v++) {
            if (!used.contains(v)) {
                return v;
            }
        }
        throw new IllegalArgumentException(d.name() + " allocates every VLAN 2-4094 to its contexts");
    }

    /**
     * The module's port on FT VLAN {@code vlan}: an interface {@code vlanN} without an address (the
     * writer prints no {@code interface vlan} for the FT VLAN; on the canvas it carries the cable).
     */
    public static Optional<String> port(Device d, int vlan) {
        return d.interfaces().stream()
                .filter(i -> i.type() == InterfaceType.VLAN && i.ipv4() == null
                        && Integer.valueOf(vlan).equals(org.labcanvas.model.configs.AceConfigWriter.vlanNumber(i.name())))
                .map(Interface::name).findFirst();
    }

    private static Optional<String> allocatedTo(AceSettings a, int vlan) {
        return a.contexts().stream().filter(c -> c.vlans().contains(vlan)).map(AceContext::name).findFirst();
    }

    // ------------------------------------------------------------ FT peer

    /**
     * {@code ft peer 1} with heartbeat interval 300 ms and count 10 over the module's FT VLAN, or the
     * peer module's id and heartbeat when it has an FT peer. A module without an FT interface gets
     * one in the same step (as {@link #addFtInterface}). FT groups without {@code peer} get
     * {@code peer N}: a group can only fail over with a peer.
     */
    public static EditCommand addFtPeer(Device d) {
        AceSettings a = settings(d);
        if (a.ftPeer() != null) {
            throw new IllegalArgumentException(d.name() + " already has ft peer " + a.ftPeer().id());
        }
        String label = "Add " + d.name() + " ft peer" + (a.ftInterface() == null ? " and ft interface" : "");
        return new DesignAwareEdit(label, d.name(), (t, now) -> {
            Optional<Device> peer = peerModule(t, now);
            AceSettings s = adoptPeer(now.ace(), peer);
            FtInterface fi = s.ftInterface() != null ? s.ftInterface() : newFtInterface(t, now, peer);
            Optional<FtPeer> theirs = peer.map(p -> p.ace().ftPeer());
            FtPeer np = theirs.map(p -> new FtPeer(p.id(), p.heartbeatInterval(), p.heartbeatCount(), fi.vlan()))
                    .orElse(new FtPeer(NEW_PEER_ID, FtPeer.DEFAULT_HEARTBEAT_INTERVAL_MS, FtPeer.DEFAULT_HEARTBEAT_COUNT, fi.vlan()));
            List<FtGroup> groups = s.ftGroups().stream().map(g -> g.peer() != null ? g
                    : new FtGroup(g.id(), np.id(), g.priority(), g.peerPriority(), g.preempt(), g.context(), g.inservice())).toList();
            return now.withAce(with(s, fi, np).withFtGroups(groups));
        });
    }

    public static EditCommand removeFtPeer(Device d) {
        AceSettings a = settings(d);
        FtPeer p = a.ftPeer();
        if (p == null) {
            throw new IllegalArgumentException(d.name() + " has no ft peer");
        }
        List<String> users = a.ftGroups().stream().filter(g -> g.peer() != null && g.peer() == p.id())
                .map(g -> String.valueOf(g.id())).toList();
        if (!users.isEmpty()) {
            throw new IllegalArgumentException("ft peer " + p.id() + " is the peer of FT group " + String.join(", ", users));
        }
        return new EditDevice("Remove " + d.name() + " ft peer " + p.id(), d.withAce(with(a, a.ftInterface(), null)));
    }

    // ------------------------------------------------------------ FT tracks

    /**
     * {@code ft track TYPE TRACKn} with the lowest free n, for the module's lowest FT group. An
     * interface track starts on the first VLAN allocated to that group's context (none for Admin in
     * the reference design). The decrements are the group's own priorities: the ACE administration
     * guide advises a tracking priority equal to the member's priority so that any one failure
     * forces a switchover (Cisco 4700 Series ACE Appliance Administration Guide OL-11157-01, chapter
     * 7, "Configuring Tracking and Failure Detection"; the ACE default, 0, would change nothing).
     */
    public static EditCommand addTrack(Device d, String type) {
        AceSettings a = settings(d);
        if (!TRACK_TYPES.contains(type)) {
            throw new IllegalArgumentException("'" + type + "' is not a track type (" + String.join(", ", TRACK_TYPES) + ")");
        }
        FtGroup g = a.ftGroups().stream().min(java.util.Comparator.comparingInt(FtGroup::id)).orElseThrow(
                () -> new IllegalArgumentException(d.name() + " has no FT group for a track to lower; add an FT group first"));
        int n = 1;
        while (track(a, "TRACK" + n).isPresent()) {
            n++;
        }
        String target = null;
        if (type.equals("interface")) {
            target = a.contexts().stream().filter(c -> c.name().equals(g.context())).flatMap(c -> c.vlans().stream())
                    .findFirst().map(v -> "vlan " + v).orElse(null);
        }
        List<FtTrack> tracks = new ArrayList<>(a.tracking());
        tracks.add(new FtTrack("TRACK" + n, type, target, g.id(), g.priority(), g.peerPriority()));
        return new EditDevice("Add " + d.name() + " ft track " + type + " TRACK" + n, d.withAce(withTracking(a, tracks)));
    }

    public static EditCommand removeTrack(Device d, String name) {
        AceSettings a = settings(d);
        if (track(a, name).isEmpty()) {
            throw new IllegalArgumentException(d.name() + " has no ft track " + name);
        }
        return new EditDevice("Remove " + d.name() + " ft track " + name,
                d.withAce(withTracking(a, a.tracking().stream().filter(x -> !x.name().equals(name)).toList())));
    }

    public static Optional<FtTrack> track(AceSettings a, String name) {
        return a.tracking().stream().filter(x -> x.name().equals(name)).findFirst();
    }

    public static AceSettings withTracking(AceSettings a, List<FtTrack> tracks) {
        return a.withTracking(tracks);
    }

    // ------------------------------------------------------------ the peer module

    /** Sets {@code peerDevice} to the peer module found, the one the new settings mirror. */
    public static EditCommand setPeerModule(Device d, String peer) {
        AceSettings a = settings(d);
        if (peer.isEmpty()) {
            return new EditDevice("Set " + d.name() + " peer module", d.withAce(withPeerDevice(a, null)));
        }
        if (peer.equals(d.name())) {
            throw new IllegalArgumentException("a module is not its own peer");
        }
        return new DesignAwareEdit("Set " + d.name() + " peer module", d.name(), (t, now) -> {
            Device p = t.device(peer).orElseThrow(() -> new IllegalArgumentException("no device named '" + peer + "'"));
            if (p.kind() != DeviceKind.ACE || p.ace() == null) {
                throw new IllegalArgumentException(peer + " is not an ACE module");
            }
            return now.withAce(withPeerDevice(now.ace(), p.name()));
        });
    }

    /**
     * The module's peer: {@code peerDevice} when it names an ACE module of the design, else the
     * only other ACE module linked to it, directly or through a LAN node; empty when there is none
     * or more than one.
     */
    static Optional<Device> peerModule(Topology t, Device d) {
        String named = d.ace().peerDevice();
        if (named != null) {
            return t.device(named).filter(p -> p.kind() == DeviceKind.ACE && p.ace() != null && !p.name().equals(d.name()));
        }
        TreeSet<String> near = new TreeSet<>();
        for (Link l : t.links()) {
            String other = l.a().device().equals(d.name()) ? l.b().device() : l.b().device().equals(d.name()) ? l.a().device() : null;
            if (other == null) {
                continue;
            }
            near.add(other);
            if (t.device(other).map(x -> x.kind() == DeviceKind.LAN).orElse(false)) {
                for (Link m : t.links()) {
                    if (m.a().device().equals(other)) {
                        near.add(m.b().device());
                    } else if (m.b().device().equals(other)) {
                        near.add(m.a().device());
                    }
                }
            }
        }
        near.remove(d.name());
        List<Device> aces = near.stream().flatMap(n -> t.device(n).stream())
                .filter(x -> x.kind() == DeviceKind.ACE && x.ace() != null).toList();
        return aces.size() == 1 ? Optional.of(aces.get(0)) : Optional.empty();
    }

    private static AceSettings adoptPeer(AceSettings a, Optional<Device> peer) {
        return a.peerDevice() != null || peer.isEmpty() ? a : withPeerDevice(a, peer.get().name());
    }

    private static AceSettings withPeerDevice(AceSettings a, String peer) {
        return a.withPeerDevice(peer);
    }

    public static AceSettings with(AceSettings a, FtInterface fi, FtPeer peer) {
        return a.withFtInterface(fi).withFtPeer(peer);
    }

    /** The module's ACE settings; refuses a device that is not an ACE module. */
    static AceSettings settings(Device d) {
        if (d.ace() == null) {
            throw new IllegalArgumentException(d.name() + " is not an ACE module");
        }
        return d.ace();
    }
}

package org.labcanvas.model.show;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.ipsec.IpsecSession;
import org.labcanvas.model.sim.nhrp.NhrpInterface;
import org.labcanvas.model.sim.nhrp.NhsClient;
import org.labcanvas.model.sim.ospf.NbrState;
import org.labcanvas.model.sim.ospf.OspfIface;
import org.labcanvas.model.sim.ospf.OspfNbr;
import org.labcanvas.model.sim.ospf.OspfRouter;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.OspfNetworkType;
import org.labcanvas.model.topology.TunnelSettings;

/**
 * The packet counters of {@code show interfaces}, counted from what the simulation sends and
 * receives rather than stored per packet: OSPF hellos (one per hello interval from the moment the
 * interface came up, multicast once on broadcast and point-to-point networks, unicast to each
 * neighbor on non-broadcast ones), NHRP registration requests and replies, and the echoes of a
 * script's pings on each tunnel leg; a tunnel's packets are counted again, encapsulated, on the
 * interface it is sourced from. Database exchange, IKE and pings typed at the prompt are not
 * counted, and pings leave no {@code Last input}/{@code Last output} time (their instant is not kept).
 *
 * <p>Sizes in bytes, as IP packets (a tunnel counts the inner packet; an Ethernet interface adds its
 * 14-byte header): an OSPF hello is 20 (IP) + 24 (OSPF header) + 20 + 4 per neighbor it lists; an NHRP
 * registration request or reply 104 (a guess for one client information entry with its extensions);
 * an echo 100; GRE adds 24 (28 with a key), ESP its header, IV, padding and ICV (and 20 in tunnel mode).
 */
final class InterfaceCounters {
    static final int NHRP_BYTES = 104;
    static final int ECHO_BYTES = 100;
    private static final int ETHERNET = 14;

    /** What an interface sent or received: packets, bytes, broadcasts, the last one's time (-1: never). */
    record Flow(long packets, long bytes, long broadcasts, long last) {
        static final Flow NONE = new Flow(0, 0, 0, -1);

        Flow plus(Flow o) {
            return new Flow(packets + o.packets, bytes + o.bytes, broadcasts + o.broadcasts, Math.max(last, o.last));
        }

        Flow times(long packetBytes) {
            return new Flow(packets, packets * packetBytes, broadcasts, last);
        }
    }

    /** One interface's counters. */
    record Counters(Flow in, Flow out) {}

    private InterfaceCounters() {}

    static Counters of(NetworkState s, NetInterface i) {
        if (i.isLoopback()) {
            return new Counters(Flow.NONE, Flow.NONE);
        }
        Flow in = hellosIn(s, i);
        Flow out = hellosOut(s, i);
        if (i.isTunnel()) {
            for (NetInterface peer : tunnelPeers(s, i)) {
                in = in.plus(tunnelFlow(s, peer, i));
                out = out.plus(tunnelFlow(s, i, peer));
            }
            return new Counters(in, out);
        }
        in = in.plus(new Flow(0, in.packets() * ETHERNET, 0, -1));
        out = out.plus(new Flow(0, out.packets() * ETHERNET, 0, -1));
        for (NetInterface t : s.network().interfacesOf(i.device())) {
            if (t.isTunnel() && t.config().tunnel() != null && sourcedOn(s, t, i)) {
                int extra = encapsulation(s, t) + ETHERNET;
                Counters tc = of(s, t);
                in = in.plus(new Flow(tc.in().packets(), tc.in().bytes() + tc.in().packets() * extra, 0, tc.in().last()));
                out = out.plus(new Flow(tc.out().packets(), tc.out().bytes() + tc.out().packets() * extra, 0,
                        tc.out().last()));
            }
        }
        return new Counters(in, out);
    }

    private static boolean sourcedOn(NetworkState s, NetInterface tunnel, NetInterface physical) {
        String src = tunnel.config().tunnel().source();
        NetInterface named = src == null ? null : s.network().find(tunnel.device(), src);
        return named == physical || (named == null && physical.hasAddress()
                && s.network().configuredTunnelSource(tunnel) == physical.address());
    }

    /** GRE, outer IP and (with tunnel protection) ESP bytes added to each packet of {@code tunnel}. */
    private static int encapsulation(NetworkState s, NetInterface tunnel) {
        TunnelSettings ts = tunnel.config().tunnel();
        int gre = 20 + 4 + (ts.key() == null ? 0 : 4);
        if (ts.protection() == null) {
            return gre;
        }
        for (IpsecSession x : s.ipsec().sessionsOf(tunnel.device())) {
            if (x.localOf(tunnel.device()) == s.network().configuredTunnelSource(tunnel)) {
                EspOverhead esp = EspOverhead.of(x.transforms());
                boolean transport = x.mode().equalsIgnoreCase("transport");
                // The ESP trailer (2) and padding to the cipher block; the payload size varies, so the average padding.
                int padding = esp.block() / 2;
                return gre + 8 + esp.ivBytes() + 2 + padding + esp.icvBytes() + (transport ? 0 : 20);
            }
        }
        return gre;
    }

    /** The tunnels this one exchanges packets with: OSPF neighbors, its servers, the clients registered with it. */
    private static List<NetInterface> tunnelPeers(NetworkState s, NetInterface t) {
        Set<NetInterface> peers = new LinkedHashSet<>();
        OspfIface oi = ospf(s, t);
        if (oi != null) {
            for (OspfNbr n : oi.sortedNeighbors()) {
                peers.add(n.remote().net());
            }
        }
        NhrpInterface mine = s.nhrp().of(t);
        if (mine != null) {
            for (NhsClient c : mine.clients()) {
                for (NetInterface o : s.network().owners(c.nhsAddress())) {
                    if (o.isTunnel()) {
                        peers.add(o);
                    }
                }
            }
        }
        for (Device d : s.network().topology().devices()) {
            for (NhrpInterface n : s.nhrp().onDevice(d.name())) {
                for (NhsClient c : n.clients()) {
                    if (c.nhsAddress() == t.address() && n.tunnel() != t) {
                        peers.add(n.tunnel());
                    }
                }
            }
        }
        return new ArrayList<>(peers);
    }

    private static OspfIface ospf(NetworkState s, NetInterface i) {
        OspfRouter r = s.ospf().router(i.device());
        if (r == null || !r.up()) {
            return null;
        }
        for (OspfIface oi : r.interfaces()) {
            if (oi.net() == i) {
                return oi;
            }
        }
        return null;
    }

    /** Hellos every {@code hello} seconds from {@code start}: how many by now, and the last one's time. */
    private static Flow periodic(long start, long now, int helloSeconds) {
        if (start < 0 || start > now) {
            return Flow.NONE;
        }
        long period = helloSeconds * 1000L;
        long k = (now - start) / period;
        return new Flow(k + 1, 0, 0, start + k * period);
    }

    private static int helloBytes(OspfIface oi) {
        int listed = 0;
        for (OspfNbr n : oi.neighbors()) {
            if (n.state() != NbrState.DOWN) {
                listed++;
            }
        }
        return 20 + 24 + 20 + 4 * listed;
    }

    private static boolean multicast(OspfIface oi) {
        return oi.type() != OspfNetworkType.NON_BROADCAST && oi.type() != OspfNetworkType.LOOPBACK;
    }

    private static Flow hellosOut(NetworkState s, NetInterface i) {
        OspfIface oi = ospf(s, i);
        if (oi == null || !oi.up() || oi.passive() || oi.type() == OspfNetworkType.LOOPBACK) {
            return Flow.NONE;
        }
        if (multicast(oi)) {
            return periodic(oi.upAt(), s.now(), oi.helloSeconds()).times(helloBytes(oi));
        }
        Flow out = Flow.NONE;
        for (OspfNbr n : oi.sortedNeighbors()) {
            out = out.plus(unicastHellos(s, oi, n));
        }
        return out;
    }

    /** IOS polls a non-broadcast neighbor that is down every 120 s ({@code Poll interval 120}). */
    private static final int POLL_SECONDS = 120;

    /**
     * Hellos {@code sender} unicast to neighbor {@code n}: from the moment both ends are up (a spoke
     * polls its configured neighbor, the hub answers the first hello); for a neighbor that went down,
     * until then, and after it every poll interval to a configured neighbor.
     */
    private static Flow unicastHellos(NetworkState s, OspfIface sender, OspfNbr n) {
        long start = Math.max(sender.upAt(), n.remote().upAt());
        if (n.state() != NbrState.DOWN) {
            return periodic(start, s.now(), sender.helloSeconds()).times(helloBytes(sender));
        }
        long downAt = Math.min(n.since(), s.now());
        if (downAt <= start) {
            return Flow.NONE;
        }
        Flow before = periodic(start, downAt - 1, sender.helloSeconds()).times(helloBytes(sender));
        if (!sender.configuredNeighbors().contains(n.remote().net().address())) {
            return before;
        }
        return before.plus(periodic(downAt + POLL_SECONDS * 1000L, s.now(), POLL_SECONDS).times(helloBytes(sender)));
    }

    /** Hellos a neighbor that went down sent before it did: up to one dead interval before it was declared down. */
    private static Flow hellosBeforeDown(OspfIface remote, OspfNbr n, long start, int helloBytes) {
        long lastHeard = n.since() - remote.deadSeconds() * 1000L;
        return lastHeard < start ? Flow.NONE : periodic(start, lastHeard, remote.helloSeconds()).times(helloBytes);
    }

    private static Flow hellosIn(NetworkState s, NetInterface i) {
        OspfIface oi = ospf(s, i);
        if (oi == null || !oi.up() || oi.type() == OspfNetworkType.LOOPBACK) {
            return Flow.NONE;
        }
        Flow in = Flow.NONE;
        for (OspfNbr n : oi.sortedNeighbors()) {
            OspfIface remote = n.remote();
            if (n.state() == NbrState.DOWN) {
                Flow f = hellosBeforeDown(remote, n, oi.upAt(), 20 + 24 + 20 + 4);
                in = in.plus(multicast(remote) ? new Flow(f.packets(), f.bytes(), f.packets(), f.last()) : f);
                continue;
            }
            if (!remote.up() || !remote.router().up()) {
                continue;
            }
            if (multicast(remote)) {
                // Multicast hellos arrive from the moment both ends are up, whatever the neighbor state.
                Flow f = periodic(Math.max(remote.upAt(), oi.upAt()), s.now(), remote.helloSeconds()).times(helloBytes(remote));
                in = in.plus(new Flow(f.packets(), f.bytes(), f.packets(), f.last()));
            } else {
                OspfNbr back = null;
                for (OspfNbr m : remote.neighbors()) {
                    if (m.remote() == oi) {
                        back = m;
                    }
                }
                if (back != null && back.state() != NbrState.DOWN) {
                    in = in.plus(unicastHellos(s, remote, back));
                }
            }
        }
        return in;
    }

    /** What tunnel {@code from} sent to tunnel {@code to} besides OSPF: registrations or replies, and pings. */
    private static Flow tunnelFlow(NetworkState s, NetInterface from, NetInterface to) {
        Flow f = Flow.NONE;
        NhrpInterface nf = s.nhrp().of(from);
        if (nf != null) {
            for (NhsClient c : nf.clients()) {
                if (c.nhsAddress() == to.address()) {
                    f = f.plus(new Flow(c.requestsSent(), c.requestsSent() * NHRP_BYTES, 0, c.lastReply()));
                }
            }
        }
        NhrpInterface nt = s.nhrp().of(to);
        if (nt != null) {
            for (NhsClient c : nt.clients()) {
                if (c.nhsAddress() == from.address()) {
                    f = f.plus(new Flow(c.repliesReceived(), c.repliesReceived() * NHRP_BYTES, 0, c.lastReply()));
                }
            }
        }
        long pings = s.ipsec().traffic(s.network().configuredTunnelSource(from), s.network().configuredTunnelSource(to));
        return f.plus(new Flow(pings, pings * ECHO_BYTES, 0, -1));
    }
}

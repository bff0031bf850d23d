package org.labcanvas.model.sim.ipsec;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.SortedSet;
import org.labcanvas.model.sim.core.Clock;
import org.labcanvas.model.sim.core.EventLog;
import org.labcanvas.model.sim.core.PacketTrace;
import org.labcanvas.model.sim.core.ProcessContext;
import org.labcanvas.model.sim.core.ProtocolProcess;
import org.labcanvas.model.sim.overlay.TunnelDelivery;
import org.labcanvas.model.sim.overlay.TunnelProtection;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.topology.Device;

/**
 * IKE/IPsec between tunnel endpoints: the negotiation outcome per pair of peers (configuration
 * decides it, so it is computed once), the time each pair's SAs came up, and one timeline line
 * per failed pair and direction until it succeeds.
 */
public final class IpsecSessions implements ProtocolProcess, TunnelProtection, IpsecState {
    private final EventLog log;
    private final TunnelDelivery delivery;
    private final Map<String, Optional<IkeNegotiation.Failure>> outcomes;
    private final Map<String, Boolean> failureLogged;
    private final Map<String, Long> establishedAt;
    private final Map<String, IpsecSession> sessions;
    private final Map<String, Long> trafficPackets;

    public IpsecSessions(ProcessContext ctx) {
        this.log = ctx.log();
        this.delivery = ctx.delivery();
        this.outcomes = new HashMap<>();
        this.failureLogged = new HashMap<>();
        this.establishedAt = new TreeMap<>();
        this.sessions = new TreeMap<>();
        this.trafficPackets = new HashMap<>();
        delivery.attach(this);
    }

    private IpsecSessions(IpsecSessions o, ProcessContext ctx) {
        this.log = ctx.log();
        this.delivery = ctx.delivery();
        // The values are immutable; the negotiation outcomes depend on configuration only.
        this.outcomes = new HashMap<>(o.outcomes);
        this.failureLogged = new HashMap<>(o.failureLogged);
        this.establishedAt = new TreeMap<>(o.establishedAt);
        this.sessions = new TreeMap<>(o.sessions);
        this.trafficPackets = new HashMap<>(o.trafficPackets);
        delivery.attach(this);
    }

    @Override
    public String name() {
        return "ipsec";
    }

    @Override
    public IpsecSessions copy(ProcessContext ctx) {
        return new IpsecSessions(this, ctx);
    }

    @Override
    public void devicesChanged(SortedSet<String> up, SortedSet<String> down) {
        for (String d : down) {
            deviceDown(d);
        }
    }

    @Override
    public void onTimer(Clock.Timer timer) {
        throw new IllegalArgumentException("IPsec sets no timers: " + timer);
    }

    /** Counts the packets of a simulated ping on each tunnel leg it crossed. */
    @Override
    public void trafficForwarded(PacketTrace path, long packets) {
        if (packets <= 0) {
            return;
        }
        for (NetInterface[] leg : path.tunnels()) {
            int a = delivery.underlay().tunnelSourceAddress(leg[0]);
            int b = delivery.underlay().tunnelSourceAddress(leg[1]);
            if (a != 0 && b != 0) {
                countTraffic(a, b, packets);
            }
        }
    }

    @Override
    public TunnelProtection readOnly() {
        return (at, a, aAddr, aProfile, bt, b, bAddr, bProfile, now) -> !IkeNegotiation.protectedPair(aProfile, bProfile)
                || outcomes.getOrDefault(key(a.name(), aAddr, b.name(), bAddr),
                        IkeNegotiation.negotiate(a, aAddr, aProfile, b, bAddr, bProfile)).isEmpty();
    }

    private static String key(String devA, int a, String devB, int b) {
        return devA + "/" + Ipv4Prefix.format(a) + ">" + devB + "/" + Ipv4Prefix.format(b);
    }

    /**
     * Whether packets from {@code a} to {@code b} may flow: no protection on either end, or
     * negotiation succeeds. Logs a failure the first time it is seen (on both devices, each
     * naming its peer).
     */
    @Override
    public boolean permits(NetInterface aTunnel, Device a, int aAddr, String aProfile, NetInterface bTunnel, Device b,
                           int bAddr, String bProfile, long now) {
        if (!IkeNegotiation.protectedPair(aProfile, bProfile)) {
            return true;
        }
        String k = key(a.name(), aAddr, b.name(), bAddr);
        Optional<IkeNegotiation.Failure> f = outcomes.computeIfAbsent(k,
                x -> IkeNegotiation.negotiate(a, aAddr, aProfile, b, bAddr, bProfile));
        if (f.isEmpty()) {
            String pk = pairKey(a.name(), aAddr, b.name(), bAddr);
            if (establishedAt.putIfAbsent(pk, now) == null) {
                sessions.put(pk, IpsecSession.negotiated(a, aAddr, aProfile, b, bAddr, bProfile, now));
                cryptoSocketUp(aTunnel, aAddr, bAddr);
                cryptoSocketUp(bTunnel, bAddr, aAddr);
            }
            return true;
        }
        String pk = pairKey(a.name(), aAddr, b.name(), bAddr);
        if (failureLogged.putIfAbsent(pk, Boolean.TRUE) == null) {
            Optional<IkeNegotiation.Failure> back = IkeNegotiation.negotiate(b, bAddr, bProfile, a, aAddr, aProfile);
            log.log(b.name(), back.map(IkeNegotiation.Failure::logMessage).orElse(f.get().logMessage()
                    .replace(Ipv4Prefix.format(bAddr), Ipv4Prefix.format(aAddr))));
            log.log(a.name(), f.get().logMessage());
        }
        return false;
    }

    /**
     * {@code %DMVPN-5-CRYPTO_SS} on a DMVPN tunnel (one with NHRP) of IOS 15 or IOS-XE, whose DMVPN
     * syslog is on by default; 12.4 has no such message. (The two spaces after the colon are IOS's.)
     */
    private void cryptoSocketUp(NetInterface tunnel, int local, int remote) {
        var p = tunnel.platform();
        if (tunnel.config().nhrp() != null && p.isIos() && p != org.labcanvas.model.topology.Platform.IOS_12_4) {
            log.log(tunnel.device(), "%DMVPN-5-CRYPTO_SS:  " + tunnel.name() + ": local address : " + Ipv4Prefix.format(local)
                    + " remote address : " + Ipv4Prefix.format(remote) + " socket is UP");
        }
    }

    /** Forgets a device's SAs (it went down). */
    void deviceDown(String device) {
        establishedAt.keySet().removeIf(k -> k.startsWith(device + "/") || k.contains("|" + device + "/"));
        sessions.keySet().removeIf(k -> k.startsWith(device + "/") || k.contains("|" + device + "/"));
    }

    /** Counts {@code packets} sent from tunnel source {@code from} to {@code to} (simulated pings). */
    void countTraffic(int from, int to, long packets) {
        trafficPackets.merge(Ipv4Prefix.format(from) + ">" + Ipv4Prefix.format(to), packets, Long::sum);
    }

    /** Packets of simulated traffic sent from {@code from} to {@code to}. */
    @Override
    public long traffic(int from, int to) {
        return trafficPackets.getOrDefault(Ipv4Prefix.format(from) + ">" + Ipv4Prefix.format(to), 0L);
    }

    @Override
    public java.util.Collection<IpsecSession> sessions() {
        return java.util.Collections.unmodifiableCollection(sessions.values());
    }

    /** The SAs a device takes part in, oldest first (ties by peer address). */
    @Override
    public java.util.List<IpsecSession> sessionsOf(String device) {
        java.util.List<IpsecSession> out = new java.util.ArrayList<>();
        for (IpsecSession x : sessions.values()) {
            if (x.initiator().equals(device) || x.responder().equals(device)) {
                out.add(x);
            }
        }
        out.sort(java.util.Comparator.comparingLong(IpsecSession::established)
                .thenComparing(x -> Integer.toUnsignedLong(x.initiator().equals(device) ? x.responderAddress() : x.initiatorAddress())));
        return out;
    }

    private static String pairKey(String devA, int a, String devB, int b) {
        String x = devA + "/" + Ipv4Prefix.format(a);
        String y = devB + "/" + Ipv4Prefix.format(b);
        return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
    }

    /** When the SAs between the two peers came up; empty when they are not up. */
    @Override
    public Optional<Long> establishedAt(String devA, int a, String devB, int b) {
        return Optional.ofNullable(establishedAt.get(pairKey(devA, a, devB, b)));
    }

    /** The configured outcome for the pair, for diagnostics (never reveals keys). */
    @Override
    public Optional<IkeNegotiation.Failure> failure(String devA, int a, String devB, int b) {
        return outcomes.getOrDefault(key(devA, a, devB, b), Optional.empty());
    }
}

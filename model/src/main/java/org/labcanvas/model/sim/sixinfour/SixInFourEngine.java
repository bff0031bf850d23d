package org.labcanvas.model.sim.sixinfour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.labcanvas.model.sim.core.Clock;
import org.labcanvas.model.sim.core.DeviceAction;
import org.labcanvas.model.sim.core.ProcessContext;
import org.labcanvas.model.sim.core.ProtocolProcess;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.Ipv6Address;
import org.labcanvas.model.sim.underlay.Ipv6Interface;
import org.labcanvas.model.sim.underlay.Ipv6Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.sim.underlay.Network;
import org.labcanvas.model.sim.underlay.UnderlayState;
import org.labcanvas.model.topology.BrokerSettings;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.SixInFourClient;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.UpdaterSettings;

/**
 * 6in4 tunnels to a tunnel broker (IPv6 in IPv4, IP protocol 41), and the client's dynamic-IP
 * updater.
 *
 * <p>A tunnel carries IPv6 only while all of these hold; the timeline names the first that fails
 * whenever the answer changes, in this order: the client's tunnel interface is up; the broker is
 * on; IPv4 reaches the broker from the client and back; the client endpoint configured at the
 * broker is the client's current public IPv4; no CPE in front of the client does NAT (a NAT box
 * has no port to tell where an inbound protocol-41 packet goes, so it drops it); no firewall in
 * front of either end drops protocol 41. The MTU is checked per packet: the tunnel MTU plus the
 * 20-byte outer IPv4 header must fit the IPv4 path, otherwise bigger packets are lost in transit
 * (the encapsulation sets DF and IPv6 routers never fragment), which the timeline says when the
 * tunnel comes up.
 *
 * <p>The public IPv4 is a label this process keeps for the client: the underlay still delivers to
 * the interface the design gives the client, and what changes with {@code public-ip-change} is the
 * address the broker must send to. The broker starts with the client's address at boot (the tunnel
 * was registered with it).
 *
 * <p>The updater runs every {@code intervalMinutes} of virtual time from 00:00:00 (as a cron entry
 * "every N minutes" does), as the exported script: it reads the public IPv4; when it equals the
 * last address it reported, it sends nothing; otherwise it calls the broker's {@code nic/update}
 * (dyndns style), which answers {@code good IP} (endpoint changed), {@code nochg IP} (already so) or
 * {@code badauth} (the update key is not the one the broker expects). After {@code good} or
 * {@code nochg} the script also moves the tunnel's local end to the new address. The update key is
 * never written anywhere.
 */
public final class SixInFourEngine implements ProtocolProcess, SixInFourState {
    /** Ethernet. */
    private static final int DEFAULT_MTU = 1500;

    /** The updater of {@code client} is due. */
    record UpdaterDue(String client) implements Clock.Timer {}

    /** A client and its broker as the design says, parsed once. */
    private record Design(String client, NetInterface tunnel, NetInterface source, String broker, BrokerSettings settings,
                          int brokerAddress, Ipv6Address clientIpv6, Ipv6Address serverIpv6, Ipv6Prefix routedPrefix,
                          UpdaterSettings updater, int tunnelMtu, int pathMtu, String pathMtuFrom) {}

    /** What changes. */
    private static final class Live {
        String publicAddress;
        String localAddress;
        String brokerEndpoint;
        String lastReported;
        boolean nat;
        String lastUpdate;
        String failure = "";
        boolean mtuTold;

        Live copy() {
            Live l = new Live();
            l.publicAddress = publicAddress;
            l.localAddress = localAddress;
            l.brokerEndpoint = brokerEndpoint;
            l.lastReported = lastReported;
            l.nat = nat;
            l.lastUpdate = lastUpdate;
            l.failure = failure;
            l.mtuTold = mtuTold;
            return l;
        }
    }

    private final ProcessContext ctx;
    private final Map<String, Design> designs;
    private final Map<String, Live> live = new LinkedHashMap<>();
    private final SortedSet<String> blocking = new TreeSet<>();

    public SixInFourEngine(ProcessContext ctx) {
        this.ctx = ctx;
        this.designs = designs(ctx.network());
        for (Design d : designs.values()) {
            Live l = new Live();
            l.publicAddress = Ipv4Prefix.format(d.source() == null ? 0 : d.source().address());
            l.localAddress = l.publicAddress;
            l.brokerEndpoint = l.publicAddress;
            live.put(d.client(), l);
            if (d.updater() != null && d.updater().intervalMinutes() > 0) {
                ctx.timers().at(d.updater().intervalMinutes() * 60_000L, new UpdaterDue(d.client()));
            }
        }
    }

    private SixInFourEngine(SixInFourEngine o, ProcessContext ctx) {
        this.ctx = ctx;
        this.designs = o.designs;
        o.live.forEach((k, v) -> live.put(k, v.copy()));
        blocking.addAll(o.blocking);
    }

    private static Map<String, Design> designs(Network network) {
        Map<String, Design> out = new LinkedHashMap<>();
        for (Device d : network.topology().devices()) {
            SixInFourClient c = d.sixInFour();
            if (c == null || c.tunnelInterface() == null || c.broker() == null) {
                continue;
            }
            Device b = network.topology().device(c.broker()).orElse(null);
            NetInterface t = network.find(d.name(), c.tunnelInterface());
            if (b == null || b.broker() == null || t == null || t.config().tunnel() == null
                    || t.config().tunnel().mode() != TunnelMode.IPV6IP) {
                continue;
            }
            BrokerSettings bs = b.broker();
            int brokerAddress = network.address(bs.ipv4Endpoint());
            NetInterface source = sourceOf(network, t);
            Ipv6Address mine = t.ipv6().stream().map(Ipv6Interface::address).findFirst()
                    .or(() -> Ipv6Interface.parse(bs.clientIpv6()).map(Ipv6Interface::address)).orElse(null);
            Ipv6Address server = Ipv6Interface.parse(bs.serverIpv6()).map(Ipv6Interface::address)
                    .or(() -> Ipv6Address.parse(c.remoteIpv6())).orElse(null);
            if (brokerAddress == 0 || mine == null || server == null) {
                continue;
            }
            Ipv6Prefix routed = Ipv6Prefix.parse(c.routedPrefix() != null ? c.routedPrefix() : String.valueOf(bs.routedPrefix()))
                    .orElse(null);
            int tunnelMtu = t.config().mtu() != null ? t.config().mtu() : TunnelStatus.DEFAULT_TUNNEL_MTU;
            int clientMtu = source != null && source.config().mtu() != null ? source.config().mtu() : DEFAULT_MTU;
            int brokerMtu = DEFAULT_MTU;
            String brokerIf = null;
            for (NetInterface i : network.owners(brokerAddress)) {
                if (i.device().equals(b.name()) && i.config().mtu() != null) {
                    brokerMtu = i.config().mtu();
                    brokerIf = b.name() + " " + i.name();
                }
            }
            int path = Math.min(clientMtu, brokerMtu);
            String from = clientMtu <= brokerMtu ? d.name() + " " + (source == null ? "" : source.name()) : brokerIf;
            out.put(d.name(), new Design(d.name(), t, source, b.name(), bs, brokerAddress, mine, server, routed,
                    c.updater(), tunnelMtu, path, from.strip()));
        }
        return out;
    }

    private static NetInterface sourceOf(Network network, NetInterface t) {
        String s = t.config().tunnel().source();
        if (s == null) {
            return null;
        }
        NetInterface byName = network.find(t.device(), s);
        if (byName != null) {
            return byName;
        }
        for (NetInterface i : network.owners(network.address(s))) {
            if (i.device().equals(t.device())) {
                return i;
            }
        }
        return null;
    }

    @Override
    public String name() {
        return "6in4";
    }

    @Override
    public SixInFourEngine copy(ProcessContext context) {
        return new SixInFourEngine(this, context);
    }

    @Override
    public void underlayChanged() {
        recheck();
    }

    @Override
    public void onTimer(Clock.Timer timer) {
        if (timer instanceof UpdaterDue u) {
            Design d = designs.get(u.client());
            ctx.timers().after(d.updater().intervalMinutes() * 60_000L, u);
            if (ctx.delivery().underlay().deviceUp(d.client())) {
                runUpdater(d, false);
                recheck();
            }
        }
    }

    @Override
    public boolean act(DeviceAction action) {
        if (action instanceof DeviceAction.BlockProtocol41 b) {
            boolean concerned = designs.containsKey(b.device())
                    || designs.values().stream().anyMatch(d -> d.broker().equals(b.device()));
            if (!concerned) {
                return false;
            }
            if (b.enabled()) {
                blocking.add(b.device());
            } else {
                blocking.remove(b.device());
            }
            recheck();
            return true;
        }
        Design d = designs.get(action.device());
        if (d == null) {
            return false;
        }
        Live l = live.get(d.client());
        if (action instanceof DeviceAction.PublicAddressChange p) {
            l.publicAddress = p.address();
        } else if (action instanceof DeviceAction.CpeNat n) {
            l.nat = n.enabled();
        } else if (action instanceof DeviceAction.UpdaterRun) {
            if (d.updater() == null || !ctx.delivery().underlay().deviceUp(d.client())) {
                return false;
            }
            runUpdater(d, true);
        }
        recheck();
        return true;
    }

    /**
     * One run of the updater, as the exported script does it; what it sends and the broker's answer
     * are a timeline line (a scheduled run that finds nothing changed is silent, as the script).
     */
    private void runUpdater(Design d, boolean asked) {
        Live l = live.get(d.client());
        UnderlayState u = ctx.delivery().underlay();
        String url = d.updater().updateUrl() != null ? d.updater().updateUrl() : UpdaterSettings.DEFAULT_UPDATE_URL;
        if (!ipv4BothWays(d, u)) {
            ctx.log().log(d.client(), "updater: cannot reach " + host(url) + " over IPv4; nothing sent, next run in "
                    + d.updater().intervalMinutes() + " min");
            return;
        }
        if (l.publicAddress.equals(l.lastReported)) {
            // The script exits quietly; a run asked for by an event says what it did.
            if (asked) ctx.log().log(d.client(), "updater: public IPv4 " + l.publicAddress + " unchanged; nothing sent");
            return;
        }
        String request = "nic/update?hostname=" + d.settings().tunnelId() + "&myip=" + l.publicAddress;
        String answer;
        var expected = d.settings().updateKey();
        var given = d.updater().updateKey();
        boolean authorized = given != null && d.updater().username() != null && !given.reveal().isEmpty()
                && (expected == null || expected.equals(given));
        if (!authorized) {
            answer = "badauth";
        } else if (l.publicAddress.equals(l.brokerEndpoint)) {
            answer = "nochg " + l.publicAddress;
        } else {
            l.brokerEndpoint = l.publicAddress;
            answer = "good " + l.publicAddress;
        }
        l.lastUpdate = answer;
        String was = l.lastReported == null ? "" : " (last reported " + l.lastReported + ")";
        if (authorized) {
            l.lastReported = l.publicAddress;
            l.localAddress = l.publicAddress;
            ctx.log().log(d.client(), "updater: public IPv4 " + l.publicAddress + was + "; " + request + " answered \""
                    + answer + "\"");
        } else {
            ctx.log().log(d.client(), "updater: public IPv4 " + l.publicAddress + was + "; " + request
                    + " answered \"badauth\": the broker refused the update key; the tunnel stays where it was");
        }
    }

    /** Whether IPv4 gets from the client to the broker, and from the broker back to the client's tunnel source. */
    private static boolean ipv4BothWays(Design d, UnderlayState u) {
        int source = d.source() == null ? 0 : d.source().address();
        return u.reaches(d.client(), d.brokerAddress()) && source != 0 && u.reaches(d.broker(), source);
    }

    /** The host of a URL, without any user name or password written into it. */
    static String host(String url) {
        String rest = url.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "").replaceFirst("[/?#].*$", "");
        return rest.substring(rest.lastIndexOf('@') + 1);
    }

    /** Re-evaluates every tunnel and logs each one whose answer changed, naming the failing condition. */
    private void recheck() {
        UnderlayState u = ctx.delivery().underlay();
        for (Design d : designs.values()) {
            Live l = live.get(d.client());
            if (!u.deviceUp(d.client())) {
                l.failure = "";
                l.mtuTold = false;
                continue;
            }
            String f = failure(d, l, u);
            if (java.util.Objects.equals(f, l.failure)) {
                continue;
            }
            String name = "6in4 " + d.tunnel().name() + ": ";
            if (f == null) {
                ctx.log().log(d.client(), name + "IPv6 up: protocol 41 between " + l.publicAddress + " and "
                        + Ipv4Prefix.format(d.brokerAddress()) + " passes both ways");
                if (!l.mtuTold && d.tunnelMtu() + TunnelStatus.IPV4_HEADER > d.pathMtu()) {
                    l.mtuTold = true;
                    ctx.log().log(d.client(), name + "IPv6 packets over " + (d.pathMtu() - TunnelStatus.IPV4_HEADER)
                            + " bytes are lost: the tunnel MTU " + d.tunnelMtu() + " plus the 20-byte IPv4 header exceeds"
                            + " the IPv4 path MTU " + d.pathMtu() + " (" + d.pathMtuFrom() + "), and IPv6 is not"
                            + " fragmented in transit");
                }
            } else {
                ctx.log().log(d.client(), name + "IPv6 down: " + f);
            }
            l.failure = f;
        }
    }

    /** The first condition that fails, in words; null when IPv6 crosses. */
    private String failure(Design d, Live l, UnderlayState u) {
        String broker = Ipv4Prefix.format(d.brokerAddress());
        if (!u.lineUp(d.tunnel())) {
            return "the tunnel interface " + d.tunnel().name() + " is down";
        }
        if (!u.deviceUp(d.broker())) {
            return "the broker " + d.broker() + " (" + broker + ") is off";
        }
        if (!ipv4BothWays(d, u)) {
            return "no IPv4 path between " + d.client() + " and the broker " + broker;
        }
        if (!l.brokerEndpoint.equals(l.publicAddress)) {
            return "the broker sends protocol 41 to " + l.brokerEndpoint + ", but the public IPv4 is now "
                    + l.publicAddress + " (the updater has not told the broker yet)";
        }
        if (l.nat) {
            return "the CPE in front of " + d.client() + " does NAT and does not forward protocol 41";
        }
        if (blocking.contains(d.client())) {
            return "a firewall in front of " + d.client() + " drops protocol 41";
        }
        if (blocking.contains(d.broker())) {
            return "a firewall in front of the broker " + broker + " drops protocol 41";
        }
        return null;
    }

    @Override
    public List<TunnelStatus> tunnels() {
        List<TunnelStatus> out = new ArrayList<>();
        for (Design d : designs.values()) {
            Live l = live.get(d.client());
            String f = "".equals(l.failure) ? "the client " + d.client() + " is off" : l.failure;
            out.add(new TunnelStatus(d.client(), d.tunnel().name(), d.broker(), Ipv4Prefix.format(d.brokerAddress()),
                    l.publicAddress, l.localAddress, l.brokerEndpoint, d.clientIpv6(), d.serverIpv6(), d.routedPrefix(),
                    d.tunnelMtu(), d.pathMtu(), f, l.lastUpdate));
        }
        return out;
    }
}

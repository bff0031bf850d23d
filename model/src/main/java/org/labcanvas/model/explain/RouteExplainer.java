package org.labcanvas.model.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.PacketPath;
import org.labcanvas.model.sim.core.PacketTrace;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.sim.ipsec.IkeNegotiation;
import org.labcanvas.model.sim.ipsec.IpsecSession;
import org.labcanvas.model.sim.nhrp.NhrpEntry;
import org.labcanvas.model.sim.nhrp.NhrpInterface;
import org.labcanvas.model.sim.ospf.Lsdb;
import org.labcanvas.model.sim.ospf.NbrState;
import org.labcanvas.model.sim.ospf.OspfIface;
import org.labcanvas.model.sim.ospf.OspfNbr;
import org.labcanvas.model.sim.ospf.OspfPaths;
import org.labcanvas.model.sim.ospf.OspfRoute;
import org.labcanvas.model.sim.ospf.OspfRouter;
import org.labcanvas.model.sim.rib.Rib;
import org.labcanvas.model.sim.rib.RibNextHop;
import org.labcanvas.model.sim.rib.Route;
import org.labcanvas.model.sim.rib.RouteSource;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.NhrpServer;
import org.labcanvas.model.topology.StaticRoute;
import org.labcanvas.model.topology.TunnelMode;
import org.labcanvas.model.topology.TunnelSettings;

/**
 * Answers "why does DEVICE route PREFIX the way it does?" from a network state: the longest-match
 * lookup in the routing table, the administrative-distance choice between the sources offering the
 * prefix, OSPF's shortest path hop by hop with the best path through every other first hop, and on
 * every tunnel hop the NHRP mapping and IPsec SA used. Reads the snapshot only.
 */
public final class RouteExplainer {
    /** Other first hops listed with their paths; a hub with thousands of spokes lists the cheapest. */
    static final int MAX_ALTERNATIVES = 8;
    private RouteExplainer() {}

    /** The explanation of {@code target} on {@code device}, which must be a device of the state's design. */
    public static RouteExplanation explain(NetworkState s, String device, ExplainTarget target) {
        if (s.network().device(device) == null) {
            throw new IllegalArgumentException("no device named '" + device + "'");
        }
        if (!s.deviceUp(device)) {
            return new RouteExplanation(device, s.now(), target, false, List.of(), List.of(), List.of(), null, List.of(),
                    null);
        }
        Rib rib = s.rib(device);
        List<Route> covering = new ArrayList<>();
        List<Route> inside = new ArrayList<>();
        for (Route r : rib.routes()) {
            if (r.prefix().contains(target.prefix())) {
                covering.add(r);
            } else if (!target.address() && target.prefix().contains(r.prefix())) {
                inside.add(r);
            }
        }
        covering.sort(Comparator.comparingInt((Route r) -> -r.prefix().length()));
        Route used = covering.isEmpty() ? null : covering.get(0);
        List<RouteExplanation.Offer> offers = used == null ? List.of() : offers(s, device, used.prefix(), rib);
        RouteExplanation.OspfDecision ospf = used != null && used.source().isOspf() ? ospf(s, device, used) : null;
        List<RouteExplanation.TunnelHop> tunnels = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (ospf != null) {
            for (OspfPaths.Path p : ospf.used()) {
                for (OspfPaths.Step st : p.steps()) {
                    String dev = ospf.names().get(st.routerId());
                    if (dev != null && st.iface() != null && st.nextAddress() != 0) {
                        tunnelHop(s, dev, st.iface(), st.nextAddress(), seen, tunnels);
                    }
                }
            }
        } else if (used != null) {
            for (RibNextHop h : used.nextHops()) {
                if (h.iface() != null) {
                    tunnelHop(s, device, h.iface(), h.address() != 0 ? h.address() : target.destination(), seen, tunnels);
                }
            }
        }
        // a packet "to the default route" means nothing: only prefixes and addresses of some network are followed
        RouteExplanation.Forwarding f = !target.address() && target.prefix().length() == 0 ? null
                : forwarding(s, device, target, seen, tunnels);
        return new RouteExplanation(device, s.now(), target, true, covering, inside, offers, ospf, tunnels, f);
    }

    // ------------------------------------------------------------------ administrative distance

    private static List<RouteExplanation.Offer> offers(NetworkState s, String device, Ipv4Prefix p, Rib rib) {
        Route installed = rib.route(p).orElse(null);
        List<RouteExplanation.Offer> out = new ArrayList<>();
        for (NetInterface i : s.network().interfacesOf(device)) {
            if (i.subnet() != null && i.subnet().equals(p)) {
                boolean up = s.underlay().usable(i);
                out.add(new RouteExplanation.Offer("connected", 0, 0, up && installed != null
                        && installed.source() == RouteSource.CONNECTED, up ? i.name() + " is up"
                        : i.name() + " is down: no connected route"));
            }
            if (i.subnet() != null && i.subnet().length() < 32 && Ipv4Prefix.of(i.address(), 32).equals(p)
                    && installed != null && installed.source() == RouteSource.LOCAL) {
                out.add(new RouteExplanation.Offer("local", 0, 0, true, "the address of " + i.name()));
            }
        }
        Device d = s.network().device(device);
        for (StaticRoute st : d.staticRoutes()) {
            Ipv4Prefix sp = s.network().prefix(st.prefix());
            if (sp == null || !sp.equals(p)) {
                continue;
            }
            String via = (st.nextHop() != null ? "via " + st.nextHop() : "")
                    + (st.iface() != null ? (st.nextHop() != null ? " " : "") + "out " + st.iface() : "");
            boolean isIt = installed != null && installed.source() == RouteSource.STATIC
                    && installed.distance() == st.effectiveDistance() && sameStatic(s, installed, st);
            String why = isIt ? via + recursion(rib, installed) : via + ": " + staticNotInstalled(s, device, st, installed);
            out.add(new RouteExplanation.Offer("static", st.effectiveDistance(), 0, isIt, why));
        }
        OspfRoute o = s.ospf() == null ? null : s.ospf().ospfRoutes(device).get(p);
        if (o != null) {
            boolean isIt = installed != null && installed.source().isOspf();
            String detail = (o.interArea() ? "inter-area (O IA)" : "intra-area") + ", area " + o.area();
            if (!isIt && installed != null) {
                detail += ": loses, " + sourceWord(installed.source()) + " has distance " + installed.distance() + " < 110";
            }
            out.add(new RouteExplanation.Offer("OSPF", 110, o.cost(), isIt, detail));
        } else if (s.ospf() != null && installed != null && installed.source() == RouteSource.CONNECTED) {
            OspfRouter r = s.ospf().router(device);
            for (Map.Entry<Long, Lsdb> e : s.ospf().spfDatabases(device).entrySet()) {
                Optional<OspfPaths.Attached> a = OspfPaths.of(e.getValue(), r.routerId()).attached(p);
                if (a.isPresent()) {
                    out.add(new RouteExplanation.Offer("OSPF", 110, a.get().cost(), false,
                            "advertised by " + device + " itself in area " + e.getKey() + " (" + a.get().iface()
                                    + "); a router installs no OSPF route to its own network: connected wins, 0 < 110"));
                }
            }
        }
        out.sort(Comparator.comparing((RouteExplanation.Offer x) -> !x.installed())
                .thenComparingInt(RouteExplanation.Offer::distance));
        return out;
    }

    /** For a static route with a next hop only, the route that next hop resolves through (IOS's recursive lookup). */
    private static String recursion(Rib rib, Route r) {
        RibNextHop h = r.nextHops().get(0);
        if (h.iface() != null || h.address() == 0) {
            return "";
        }
        return rib.lookup(h.address()).filter(x -> x != r)
                .map(x -> " (recursive: " + Ipv4Prefix.format(h.address()) + " is reached by "
                        + ExplanationText.routeLine(x).replaceAll(" +", " ") + ")").orElse("");
    }

    private static boolean sameStatic(NetworkState s, Route installed, StaticRoute st) {
        RibNextHop h = installed.nextHops().get(0);
        int nh = st.nextHop() == null ? 0 : s.network().address(st.nextHop());
        return h.address() == nh && java.util.Objects.equals(h.iface(), st.iface());
    }

    private static String staticNotInstalled(NetworkState s, String device, StaticRoute st, Route installed) {
        if (installed != null && installed.source() != RouteSource.STATIC && installed.distance() < st.effectiveDistance()) {
            return "loses, " + sourceWord(installed.source()) + " has distance " + installed.distance() + " < "
                    + st.effectiveDistance();
        }
        if (installed != null && installed.source() == RouteSource.STATIC) {
            return "another static route for the prefix is installed";
        }
        if (st.iface() != null) {
            NetInterface exit = s.network().find(device, st.iface());
            if (exit == null || !s.underlay().usable(exit)) {
                return "not installed, " + st.iface() + " is down";
            }
        }
        return "not installed, its next hop " + st.nextHop() + " is not reachable (no route, or the interface to it is down)";
    }

    static String sourceWord(RouteSource src) {
        return switch (src) {
            case CONNECTED -> "connected";
            case LOCAL -> "local";
            case STATIC -> "static";
            case OSPF, OSPF_INTER_AREA -> "OSPF";
        };
    }

    // ------------------------------------------------------------------ OSPF

    private static RouteExplanation.OspfDecision ospf(NetworkState s, String device, Route used) {
        OspfRouter me = s.ospf().router(device);
        OspfRoute o = s.ospf().ospfRoutes(device).get(used.prefix());
        // every OSPF router by its router ID; one that is off keeps the ID its LSAs carry (a running one wins a clash)
        Map<Integer, String> names = new TreeMap<>();
        Set<Integer> off = new java.util.TreeSet<>();
        for (OspfRouter r : s.ospf().routers().values()) {
            if (r.routerId() != 0 && (r.up() || !names.containsKey(r.routerId()) || off.contains(r.routerId()))) {
                names.put(r.routerId(), r.name());
                if (r.up()) {
                    off.remove(r.routerId());
                } else {
                    off.add(r.routerId());
                }
            }
        }
        Lsdb db = o == null ? null : s.ospf().spfDatabases(device).get(o.area());
        List<String> notes = new ArrayList<>();
        if (db == null) {
            return new RouteExplanation.OspfDecision(o == null ? 0 : o.area(), o != null && o.interArea(), me.lastSpf(),
                    me.spfDueAt(), List.of(), List.of(), List.of("the database of " + device + "'s last SPF run is not"
                            + " available"), names, off);
        }
        List<OspfPaths.Path> paths = OspfPaths.of(db, me.routerId()).toPrefix(used.prefix());
        Set<String> inTable = new LinkedHashSet<>();
        for (RibNextHop h : used.nextHops()) {
            inTable.add(h.iface() + "|" + h.address());
        }
        List<OspfPaths.Path> best = new ArrayList<>();
        List<OspfPaths.Path> others = new ArrayList<>();
        for (OspfPaths.Path p : paths) {
            if (p.reachable() && inTable.contains(p.iface() + "|" + p.nextAddress()) && p.cost() == used.metric()) {
                best.add(p);
            } else {
                others.add(p);
            }
        }
        best.sort(Comparator.comparingInt(p -> indexIn(used, p)));
        if (best.size() != used.nextHops().size()) {
            notes.add("the routing table's next hops differ from " + device + "'s database: the table shows what "
                    + device + "'s last SPF computed");
        }
        Set<String> full = new java.util.HashSet<>();
        for (OspfIface oi : me.interfaces()) {
            for (OspfNbr n : oi.neighbors()) {
                if (n.state() == NbrState.FULL) {
                    full.add(oi.name() + "|" + n.remote().net().address());
                }
            }
        }
        List<OspfPaths.Path> alternatives = new ArrayList<>();
        for (OspfPaths.Path p : others) {
            String k = p.iface() + "|" + p.nextAddress();
            if (full.contains(k)) {
                alternatives.add(p);
            } else if (p.reachable() && p.cost() == used.metric()) {
                notes.add("an equal-cost path through " + Ipv4Prefix.format(p.nextAddress()) + " on " + p.iface()
                        + " is not in the routing table (interface down, or beyond IOS's maximum-paths 4)");
            }
        }
        if (alternatives.size() > MAX_ALTERNATIVES) {
            // the cheapest through each interface first (a hub's other LAN router beside its many spokes), then by cost
            List<OspfPaths.Path> picked = new ArrayList<>();
            Set<String> ifaces = new java.util.HashSet<>();
            for (OspfPaths.Path p : alternatives) {
                if (ifaces.add(p.iface()) && picked.size() < MAX_ALTERNATIVES) {
                    picked.add(p);
                }
            }
            for (OspfPaths.Path p : alternatives) {
                if (picked.size() < MAX_ALTERNATIVES && !picked.contains(p)) {
                    picked.add(p);
                }
            }
            List<OspfPaths.Path> rest = new ArrayList<>(alternatives);
            rest.removeAll(picked);
            List<OspfPaths.Path> order = List.copyOf(alternatives);
            picked.sort(java.util.Comparator.comparingInt(order::indexOf));
            alternatives = picked;
            long reachable = rest.stream().filter(OspfPaths.Path::reachable).count();
            notes.add(0, rest.size() + " more full neighbours are first hops too, not listed"
                    + (reachable == 0 ? " (none reaches " + used.prefix() + ")"
                    : "; the cheapest of them costs " + rest.get(0).cost()));
        }
        for (OspfIface oi : me.interfaces()) {
            if (oi.net().isLoopback() || oi.passive()) {
                continue;
            }
            boolean any = oi.neighbors().stream().anyMatch(n -> n.state() == NbrState.FULL);
            if (any) {
                continue;
            }
            String why;
            if (!oi.up()) {
                why = oi.name() + " is down";
            } else if (oi.neighbors().isEmpty()) {
                why = "no OSPF neighbour on " + oi.name();
            } else {
                List<String> ns = new ArrayList<>();
                for (OspfNbr n : oi.sortedNeighbors()) {
                    ns.add(Ipv4Prefix.format(n.remote().net().address()) + " (" + n.remote().router().name() + ") "
                            + n.state().text());
                }
                why = "no FULL neighbour on " + oi.name() + ": " + String.join(", ", ns);
            }
            notes.add(why + "; no path through " + oi.name());
        }
        Set<Integer> offOnPath = new java.util.TreeSet<>();
        for (OspfPaths.Path p : best) {
            p.steps().forEach(st -> {
                if (off.contains(st.routerId())) {
                    offOnPath.add(st.routerId());
                }
            });
        }
        for (int rid : offOnPath) {
            notes.add(names.get(rid) + " is off: its LSAs stay in the link-state database until they age out (MaxAge,"
                    + " 1 hour), and paths through it stay until its neighbours' dead timers expire and the SPF runs");
        }
        return new RouteExplanation.OspfDecision(o.area(), o.interArea(), me.lastSpf(), me.spfDueAt(), best,
                alternatives, notes, names, off);
    }

    private static int indexIn(Route r, OspfPaths.Path p) {
        for (int i = 0; i < r.nextHops().size(); i++) {
            RibNextHop h = r.nextHops().get(i);
            if (h.address() == p.nextAddress() && p.iface().equals(h.iface())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    // ------------------------------------------------------------------ tunnels

    private static void tunnelHop(NetworkState s, String device, String iface, int nextHop, Set<String> seen,
                                  List<RouteExplanation.TunnelHop> out) {
        NetInterface t = s.network().find(device, iface);
        if (t == null || !t.isTunnel() || t.config().tunnel() == null || !seen.add(device + "|" + iface + "|" + nextHop)) {
            return;
        }
        TunnelSettings ts = t.config().tunnel();
        long now = s.now();
        String nh = Ipv4Prefix.format(nextHop);
        boolean works = true;
        String gre;
        int nbma;
        if (ts.mode() != TunnelMode.GRE_MULTIPOINT) {
            nbma = s.network().address(ts.destination());
            gre = "point-to-point GRE: every packet of " + iface + " goes to its tunnel destination "
                    + ts.destination() + ownerText(s, nbma);
        } else {
            nbma = s.readOnlyDelivery().nbmaFor(t, nextHop, now);
            gre = "multipoint GRE: the NBMA address of " + nh + " comes from NHRP";
        }
        String nhrp;
        NhrpInterface ni = s.nhrp() == null ? null : s.nhrp().of(t);
        NhrpEntry e = ni == null ? null : ni.cache().get(nextHop);
        if (e != null && e.validAt(now)) {
            nhrp = nh + " -> NBMA " + Ipv4Prefix.format(e.nbma()) + ", " + entryText(s, ni, e) + " in " + iface
                    + "'s NHRP cache";
        } else if (ts.mode() != TunnelMode.GRE_MULTIPOINT) {
            nhrp = "no entry for " + nh + "; none needed on point-to-point GRE (NHRP only registers with the NHS)";
        } else if (nbma != 0) {
            nhrp = nh + " -> NBMA " + Ipv4Prefix.format(nbma) + " (static ip nhrp map)";
        } else {
            NhrpServer via = null;
            int viaNbma = 0;
            if (t.config().nhrp() != null) {
                for (NhrpServer srv : t.config().nhrp().servers()) {
                    int a = s.readOnlyDelivery().nbmaFor(t, s.network().address(srv.address()), now);
                    if (a != 0) {
                        via = srv;
                        viaNbma = a;
                        break;
                    }
                }
            }
            if (via != null) {
                nhrp = "no mapping for " + nh + ": " + device + " sends the packet to its NHS " + via.address() + " (NBMA "
                        + Ipv4Prefix.format(viaNbma) + ") and asks it to resolve " + nh
                        + "; later packets go direct once the reply is in the cache";
                nbma = viaNbma;
            } else {
                nhrp = "no mapping for " + nh + " and no next-hop server to ask: the packet is dropped (encapsulation failed)";
                works = false;
            }
        }
        String ipsec;
        if (ts.protection() == null) {
            ipsec = "none (" + iface + " has no tunnel protection: GRE in the clear)";
        } else if (nbma == 0) {
            ipsec = "no peer to protect to";
            works = false;
        } else {
            int local = s.underlay().tunnelSourceAddress(t);
            IpsecSession sa = null;
            for (IpsecSession x : s.ipsec().sessionsOf(device)) {
                if (x.localOf(device) == local && x.peerOf(device) == nbma) {
                    sa = x;
                }
            }
            if (sa != null) {
                String set = transformSetName(s, device, ts.protection());
 ipsec = "SA " + Ipv4Prefix.format(local) + " -> " + Ipv4Prefix.format(nbma) + " ACTIVE, profile " + ts.protection()
                        + ", transform set " + set + " (" + String.join(" ", sa.transforms()) + ", " + sa.mode().toLowerCase(
                        java.util.Locale.ROOT) + " mode)\noutbound SPI " + spi(sa.spi(local, nbma, now)) + ", inbound SPI "
                        + spi(sa.spi(nbma, local, now)) + "; " + sa.remainingSeconds(now) + " of " + sa.lifetimeSeconds()
                        + " s key lifetime left; up since " + SimTime.clock(java.time.Duration.ofMillis(sa.established()));
            } else if (local == 0) {
                ipsec = "the tunnel source has no usable address: IKE cannot start";
                works = false;
            } else if (!s.underlay().reaches(device, nbma)) {
                ipsec = "no SA: the underlay does not reach " + Ipv4Prefix.format(nbma) + ", so IKE cannot come up;"
                        + " the packet is dropped";
                works = false;
            } else {
                String peer = owner(s, nbma);
                Optional<IkeNegotiation.Failure> f = peer == null ? Optional.empty()
                        : s.ipsec().failure(device, local, peer, nbma);
                if (f.isPresent()) {
                    ipsec = "no SA: IKE " + f.get().phase() + " fails (" + f.get().reason() + "); the packet is dropped";
                } else {
                    ipsec = "no SA with " + Ipv4Prefix.format(nbma) + " yet: the first packet starts IKE and is dropped"
                            + " until both phases are up";
                }
                works = false;
            }
        }
        out.add(new RouteExplanation.TunnelHop(device, iface, nextHop, gre, nhrp, ipsec, works));
    }

    /** The device that has {@code address}, or null when none has. */
    private static String owner(NetworkState s, int address) {
        List<NetInterface> owners = s.network().owners(address);
        return owners.isEmpty() ? null : owners.get(0).device();
    }

    private static String ownerText(NetworkState s, int nbma) {
        String owner = owner(s, nbma);
        return owner == null ? "" : " (" + owner + ")";
    }

    private static String entryText(NetworkState s, NhrpInterface n, NhrpEntry e) {
        long now = s.now();
        String type = org.labcanvas.model.show.NhrpViews.typeWord(e.type());
        String created = "created at " + SimTime.clock(java.time.Duration.ofMillis(e.created()));
        String expires = e.expires() == Long.MAX_VALUE ? "never expires"
                : "expires in " + SimTime.clock(java.time.Duration.ofMillis(e.expires() - now));
        String flags = org.labcanvas.model.show.NhrpViews.flagsOf(s, n, e);
        return type + ", " + created + ", " + expires + (flags.isEmpty() ? "" : ", flags " + flags) + ",";
    }

    private static String transformSetName(NetworkState s, String device, String profile) {
        var c = s.network().device(device).crypto();
        if (c == null) {
            return "?";
        }
        return c.profile(profile).map(p -> p.transformSets().isEmpty() ? "?" : p.transformSets().get(0)).orElse("?");
    }

    private static String spi(int spi) {
        return String.format("0x%08X", spi);
    }

    // ------------------------------------------------------------------ the packet

    private static RouteExplanation.Forwarding forwarding(NetworkState s, String device, ExplainTarget target,
                                                          Set<String> seen, List<RouteExplanation.TunnelHop> tunnels) {
        int dest = target.destination();
        PacketTrace trace = PacketPath.forward(s, device, dest);
        List<String> hops = new ArrayList<>();
        String cur = device;
        for (int i = 0; ; i++) {
            if (!s.deviceUp(cur)) {
                hops.add(cur);
                return new RouteExplanation.Forwarding(dest, hops, false, "dropped: " + cur + " is off");
            }
            String here = cur;
            if (target.address() && s.network().owners(dest).stream()
                    .anyMatch(x -> x.device().equals(here) && s.underlay().lineUp(x))) {
                hops.add(cur);
                return new RouteExplanation.Forwarding(dest, hops, true, "delivered: " + cur + " has "
                        + Ipv4Prefix.format(dest));
            }
            Rib rib = s.rib(cur);
            Route r = target.address() ? rib.lookup(dest).orElse(null) : covering(rib, target.prefix());
            if (r == null) {
                hops.add(cur);
                return new RouteExplanation.Forwarding(dest, hops, false, "dropped at " + cur + ": no route to "
                        + Ipv4Prefix.format(dest));
            }
            RibNextHop h = r.nextHops().get(0);
            if (h.iface() == null) {
                h = resolved(rib, h);
            }
            String exit = h.iface();
            hops.add(cur + (exit == null ? "" : " " + exit));
            NetInterface exitIf = exit == null ? null : s.network().find(cur, exit);
            if (exitIf != null && exitIf.isTunnel()) {
                tunnelHop(s, cur, exit, h.address() != 0 ? h.address() : dest, seen, tunnels);
            }
            boolean connected = r.source() == RouteSource.CONNECTED || r.source() == RouteSource.LOCAL;
            if (!target.address() && connected) {
                return new RouteExplanation.Forwarding(dest, hops, true, cur + " is attached to " + r.prefix()
                        + (exit == null ? "" : " on " + exit));
            }
            if (i < trace.hops().size()) {
                cur = trace.hops().get(i).device();
                continue;
            }
            if (trace.delivered()) {
                hops.set(hops.size() - 1, cur);
                return new RouteExplanation.Forwarding(dest, hops, true, "delivered: " + cur + " has "
                        + Ipv4Prefix.format(dest));
            }
            if (connected) {
                return new RouteExplanation.Forwarding(dest, hops, false, "dropped at " + cur + ": " + r.prefix()
                        + " is connected on " + exit + " but no device there has " + Ipv4Prefix.format(dest));
            }
            if (exitIf != null && exitIf.isTunnel()) {
                return new RouteExplanation.Forwarding(dest, hops, false, "dropped at " + cur + ": " + exit
                        + " cannot deliver to " + Ipv4Prefix.format(h.address() != 0 ? h.address() : dest)
                        + " (see the tunnel hop)");
            }
            String nh = h.address() != 0 ? Ipv4Prefix.format(h.address()) : Ipv4Prefix.format(dest);
            return new RouteExplanation.Forwarding(dest, hops, false, "dropped after " + cur + ": beyond the next hop "
                    + nh + " nothing has a route to " + Ipv4Prefix.format(dest));
        }
    }

    /** The longest route containing all of {@code p}. */
    private static Route covering(Rib rib, Ipv4Prefix p) {
        for (int len = p.length(); len >= 0; len--) {
            Optional<Route> r = rib.route(Ipv4Prefix.of(p.network(), len));
            if (r.isPresent()) {
                return r.get();
            }
        }
        return null;
    }

    /** Where a recursive next hop leads: the interface and next hop of the route it resolves through. */
    private static RibNextHop resolved(Rib rib, RibNextHop h) {
        if (h.address() == 0) {
            return h;
        }
        return rib.lookup(h.address()).map(x -> x.nextHops().get(0))
                .map(x -> new RibNextHop(x.address() != 0 ? x.address() : h.address(), x.iface())).orElse(h);
    }
}

package org.labcanvas.model.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.labcanvas.model.sim.core.SimTime;

/** The ranked table a terminal shows, and the per-failure details behind it. */
public final class ResilienceText {
    private ResilienceText() {}

    private static final String HEADER_FORMAT = "%4s  %-44s %-6s  %9s  %9s  %8s  %11s  %6s  %5s  %4s  %4s  %s%n";

    /** The ranked table, one row per failure, most critical first. */
    public static String table(String design, ResilienceReport r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("Resilience of %s: %d single %s, each injected at %s into the converged network and followed for %s.%n",
                design, r.impacts().size(), r.impacts().size() == 1 ? "failure" : "failures", SimTime.clock(java.time.Duration.ofMillis(r.at())),
                duration(r.windowMs())));
        b.append(String.format("Followed: %d %s, %d (router, prefix) %s; %s.%n", r.devices(),
                r.devices() == 1 ? "router" : "routers", r.pairs(), r.pairs() == 1 ? "pair" : "pairs",
                r.exhaustive() ? "every pair re-traced at every instant"
                        : "at each instant, the pairs whose path went through the failed element re-traced"));
        if (r.overlayOnly() && r.ospf()) {
            b.append("Warning: the design runs OSPF, but at ").append(SimTime.clock(java.time.Duration.ofMillis(r.at())))
                    .append(" no router has a route to another's LAN or loopback (has OSPF converged by then? see --at);"
                            + " the routers' tunnel addresses are followed instead.\n");
        } else if (r.overlayOnly()) {
            b.append("The routers route no LAN or loopback to each other: their tunnel addresses are followed instead.\n");
        } else if (r.pairs() == 0 && r.undeliveredBefore() == 0) {
            b.append("No router routes to another's LAN, loopback or tunnel: only sessions, registrations and ACE connections are compared.\n");
        }
        if (r.undeliveredBefore() > 0) {
            b.append(String.format("Warning: %d (router, prefix) %s did not arrive at %s, before any failure, and %s not followed"
                            + " (has the network converged by then? see --at; `show` and `explain` tell why).%n",
                    r.undeliveredBefore(), r.undeliveredBefore() == 1 ? "pair's packet" : "pairs' packets",
                    SimTime.clock(java.time.Duration.ofMillis(r.at())), r.undeliveredBefore() == 1 ? "is" : "are"));
        }
        b.append('\n');
        b.append(String.format(HEADER_FORMAT, "Rank", "Failure", "Kind", "Rerouted", "Settled", "Cut off",
                "Longest out", "Lost", "Paths", "SAs", "NHRP", "ACE conns"));
        int rank = 1;
        for (FailureImpact i : r.impacts()) {
            long ace = i.aceDropped() + i.aceBestEffort();
            b.append(String.format(HEADER_FORMAT, rank++, clip(i.failure().name(), 44), i.failure().kind().word(),
                    i.reroutedMs() < 0 ? "-" : duration(i.reroutedMs()), duration(i.reconvergeMs()), dash(i.cutOff()),
                    i.cutOff() > 0 ? "for good" : (i.maxOutageMs() == 0 ? "-" : duration(i.maxOutageMs())),
                    dash(i.lost()), dash(i.moved()), dash(i.ipsecLost().size()), dash(i.nhrpLost().size()),
                    ace == 0 ? "-" : String.valueOf(ace)));
        }
        b.append('\n');
        b.append("Rerouted: last change of a followed path. Settled: last change of any kind (adjacency, NHRP, SA, log).\n");
        b.append("Cut off / Lost: (router, prefix) pairs of sites other than the failed element's own that lose traffic for good / at all.\n");
        return b.toString();
    }

    /** What gates a pipeline: every failure that cuts off another site, or is out longer than {@code maxOutageMs} (-1: no limit). */
    public static String verdict(ResilienceReport r, long maxOutageMs) {
        StringBuilder b = new StringBuilder();
        List<FailureImpact> cut = r.isolating();
        for (FailureImpact i : cut) {
            b.append("ISOLATION: ").append(i.failure().name()).append(" cuts off ").append(summary(i.isolation()));
            if (i.cutOff() > i.isolation().size()) {
                b.append(" (").append(i.cutOff()).append(" router/prefix pairs in all)");
            }
            b.append('\n');
        }
        if (maxOutageMs >= 0) {
            for (FailureImpact i : r.impacts()) {
                if (i.cutOff() == 0 && i.maxOutageMs() > maxOutageMs) {
                    FailureImpact.PrefixLoss worst = i.losses().stream().filter(l -> !l.own())
                            .max((x, y) -> Long.compare(x.outageMs(), y.outageMs())).orElseThrow();
                    b.append("OUTAGE: ").append(i.failure().name()).append(": ").append(worst.device())
                            .append(" cannot reach ").append(worst.prefix()).append(" for ").append(duration(worst.outageMs()))
                            .append(" (more than ").append(duration(maxOutageMs)).append(")\n");
                }
            }
        }
        if (b.length() == 0) {
            b.append(cut.isEmpty() ? "No single failure cuts off a site other than its own" : "")
                    .append(maxOutageMs >= 0 ? "; no outage lasts longer than " + duration(maxOutageMs) : "")
                    .append(".\n");
        }
        return b.toString();
    }

    /** Every failure's losses, moved paths, sessions and registrations, in rank order (failures that change nothing are left out). */
    public static String details(ResilienceReport r) {
        StringBuilder b = new StringBuilder();
        int rank = 1;
        for (FailureImpact i : r.impacts()) {
            int at = rank++;
            if (i.changesAnything()) {
                b.append(details(at, i));
            }
        }
        return b.toString();
    }

    /** One failure's losses, moved paths, sessions and registrations. */
    public static String details(int rank, FailureImpact i) {
        StringBuilder b = new StringBuilder();
        b.append(rank).append(". ").append(i.failure().name()).append(" (").append(i.failure().kind().word())
                .append("): ").append(i.reroutedMs() < 0 ? "no followed path changed" : "rerouted after " + duration(i.reroutedMs()))
                .append(", settled after ").append(duration(i.reconvergeMs())).append('\n');
        for (FailureImpact.PrefixLoss l : i.losses()) {
            b.append("   lost  ").append(l.device()).append(" -> ").append(l.prefix()).append(": ")
                    .append(l.permanent() ? "for good" : duration(l.outageMs()))
                    .append(l.own() ? " (its own site)" : "").append('\n');
        }
        if (i.lost() + i.ownLost() > i.losses().size()) {
            b.append("   ... and ").append(i.lost() + i.ownLost() - i.losses().size()).append(" more lost pairs\n");
        }
        for (FailureImpact.PathChange c : i.pathChanges()) {
            b.append("   moved ").append(c.device()).append(" -> ").append(c.prefix()).append(" (").append(c.category())
                    .append("): ").append(c.before()).append("  =>  ").append(c.after()).append('\n');
        }
        if (i.moved() > i.pathChanges().size()) {
            b.append("   ... and ").append(i.moved() - i.pathChanges().size()).append(" more moved paths\n");
        }
        i.ipsecLost().stream().limit(FailureImpact.DETAIL_LIMIT)
                .forEach(s -> b.append("   IPsec session to re-establish: ").append(s).append('\n'));
        i.nhrpLost().stream().limit(FailureImpact.DETAIL_LIMIT)
                .forEach(s -> b.append("   NHRP registration to re-establish: ").append(s).append('\n'));
        int more = Math.max(0, i.ipsecLost().size() - FailureImpact.DETAIL_LIMIT)
                + Math.max(0, i.nhrpLost().size() - FailureImpact.DETAIL_LIMIT);
        if (more > 0) {
            b.append("   ... and ").append(more).append(" more sessions and registrations to re-establish\n");
        }
        if (i.aceDropped() + i.aceBestEffort() + i.aceRefused() > 0) {
            b.append("   ACE client connections: ").append(i.aceDropped()).append(" dropped, ").append(i.aceBestEffort())
                    .append(" kept at best (STANDBY_WARM), ").append(i.aceRefused()).append(" new ones refused\n");
        }
        return b.toString();
    }

    /** {@code 3.3.3.3/32 from R2, R1; 10.10.10.0/24 from R2} (at most a few prefixes, then a count). */
    static String summary(List<FailureImpact.PrefixLoss> losses) {
        Map<String, List<String>> byPrefix = new TreeMap<>();
        for (FailureImpact.PrefixLoss l : losses) {
            byPrefix.computeIfAbsent(l.prefix(), k -> new ArrayList<>()).add(l.device());
        }
        List<String> parts = new ArrayList<>();
        int shown = 0;
        for (Map.Entry<String, List<String>> e : byPrefix.entrySet()) {
            if (shown++ == 5) {
                parts.add("and " + (byPrefix.size() - 5) + " more prefixes");
                break;
            }
            List<String> devs = e.getValue();
            parts.add(e.getKey() + " from " + (devs.size() <= 4 ? String.join(", ", devs) : devs.size() + " routers"));
        }
        return String.join("; ", parts);
    }

    /** {@code 45s}, {@code 2m05s}, {@code 2h01m00s}, {@code 3.3s}; {@code 0s} for nothing. */
    public static String duration(long ms) {
        if (ms < 60_000 && ms % 1000 != 0) {
            return String.format("%d.%01ds", ms / 1000, (ms % 1000) / 100);
        }
        long s = ms / 1000;
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format("%dm%02ds", s / 60, s % 60);
        }
        return String.format("%dh%02dm%02ds", s / 3600, (s % 3600) / 60, s % 60);
    }

    private static String dash(long n) {
        return n == 0 ? "-" : String.valueOf(n);
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }
}

package org.labcanvas.model.crosscheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The simulation's OSPF state next to FRR's, router by router: every route (prefix, metric,
 * next-hop set) and every neighbor (state and DR role) either side has.
 *
 * @param routers   the routers compared, in design order
 * @param routes    one row per router and prefix found on either side
 * @param neighbors one row per router, interface and neighbor found on either side
 */
public record Comparison(List<String> routers, List<Row> routes, List<Row> neighbors) {
    /** What is printed when a side has nothing for a row. */
    public static final String MISSING = "-";

    /**
     * One compared item.
     *
     * @param router     the router
     * @param key        the prefix, or the neighbor as {@code ROUTER-ID on INTERFACE}
     * @param simulation the simulation's value, or {@link #MISSING}
     * @param frr        FRR's value, or {@link #MISSING}
     */
    public record Row(String router, String key, String simulation, String frr) {
        public boolean differs() {
            return !simulation.equals(frr);
        }
    }

    public static Comparison of(List<String> routers, OspfSnapshot simulation, OspfSnapshot frr) {
        List<Row> routeRows = new ArrayList<>();
        List<Row> neighborRows = new ArrayList<>();
        for (String router : routers) {
            Map<String, String> simRoutes = routes(simulation, router);
            Map<String, String> frrRoutes = routes(frr, router);
            for (String key : union(simulation.routes(), frr.routes(), router)) {
                routeRows.add(new Row(router, key, simRoutes.getOrDefault(key, MISSING), frrRoutes.getOrDefault(key, MISSING)));
            }
            Map<String, String> simNbrs = neighbors(simulation, router);
            Map<String, String> frrNbrs = neighbors(frr, router);
            List<String> keys = new ArrayList<>(simNbrs.keySet());
            frrNbrs.keySet().stream().filter(k -> !simNbrs.containsKey(k)).forEach(keys::add);
            for (String key : keys) {
                neighborRows.add(new Row(router, key, simNbrs.getOrDefault(key, MISSING), frrNbrs.getOrDefault(key, MISSING)));
            }
        }
        return new Comparison(List.copyOf(routers), routeRows, neighborRows);
    }

    private static List<String> union(List<RouteEntry> a, List<RouteEntry> b, String router) {
        List<RouteEntry> all = new ArrayList<>();
        a.stream().filter(r -> r.router().equals(router)).forEach(all::add);
        b.stream().filter(r -> r.router().equals(router)).forEach(all::add);
        all.sort(RouteEntry.ORDER);
        List<String> keys = new ArrayList<>();
        for (RouteEntry r : all) {
            if (!keys.contains(r.prefix())) {
                keys.add(r.prefix());
            }
        }
        return keys;
    }

    private static Map<String, String> routes(OspfSnapshot s, String router) {
        Map<String, String> out = new LinkedHashMap<>();
        s.routes().stream().filter(r -> r.router().equals(router)).forEach(r -> out.put(r.prefix(), r.text()));
        return out;
    }

    private static Map<String, String> neighbors(OspfSnapshot s, String router) {
        Map<String, String> out = new LinkedHashMap<>();
        s.neighbors().stream().filter(n -> n.router().equals(router))
                .forEach(n -> out.put(n.neighborId() + " on " + n.iface(), n.text()));
        return out;
    }

    public long routesDiffering() {
        return routes.stream().filter(Row::differs).count();
    }

    public long neighborsDiffering() {
        return neighbors.stream().filter(Row::differs).count();
    }

    public boolean matches() {
        return routesDiffering() == 0 && neighborsDiffering() == 0;
    }

    /** {@code 12 routes compared, 0 differ}. */
    public String routeSummary() {
        return routes.size() + " routes compared, " + routesDiffering() + " differ";
    }

    /** {@code 8 neighbors compared, 0 differ}. */
    public String neighborSummary() {
        return neighbors.size() + " neighbors compared, " + neighborsDiffering() + " differ";
    }

    /**
     * The per-router table: for each router its routes, then its neighbors, each with the
     * simulation's value, FRR's value and {@code ok} or {@code DIFFERS}.
     */
    public String table() {
        int keyWidth = 18;
        int valueWidth = 10;
        for (Row r : allRows()) {
            keyWidth = Math.max(keyWidth, r.key().length());
            valueWidth = Math.max(valueWidth, Math.max(r.simulation().length(), r.frr().length()));
        }
        String format = "  %-" + keyWidth + "s  %-" + valueWidth + "s  %-" + valueWidth + "s  %s";
        StringBuilder out = new StringBuilder();
        for (String router : routers) {
            out.append(router).append('\n');
            line(out, format, "route", "simulation", "FRR", "");
            appendRows(out, format, routes, router);
            line(out, format, "neighbor", "simulation", "FRR", "");
            appendRows(out, format, neighbors, router);
        }
        return out.toString();
    }

    private static void appendRows(StringBuilder out, String format, List<Row> rows, String router) {
        boolean any = false;
        for (Row r : rows) {
            if (r.router().equals(router)) {
                line(out, format, r.key(), r.simulation(), r.frr(), r.differs() ? "DIFFERS" : "ok");
                any = true;
            }
        }
        if (!any) {
            line(out, format, "(none)", "", "", "");
        }
    }

    private static void line(StringBuilder out, String format, String key, String simulation, String frr, String verdict) {
        out.append(String.format(format, key, simulation, frr, verdict).stripTrailing()).append('\n');
    }

    private List<Row> allRows() {
        List<Row> all = new ArrayList<>(routes);
        all.addAll(neighbors);
        return all;
    }

    /** The routers with at least one differing row, in design order. */
    public List<String> routersDiffering() {
        TreeSet<String> seen = new TreeSet<>();
        allRows().stream().filter(Row::differs).forEach(r -> seen.add(r.router()));
        return routers.stream().filter(seen::contains).toList();
    }
}

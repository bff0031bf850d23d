package org.labcanvas.model.crosscheck;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads FRRouting 8.x's {@code show ... json} output into the crosscheck's records.
 *
 * <ul>
 *   <li>{@code show ip route ospf json}: an object from prefix to a list of route entries; the
 *       entry with {@code "selected": true} is the one in the routing table (an OSPF route to a
 *       connected subnet is there too, not selected). Its {@code metric} and the {@code active}
 *       next hops ({@code ip}, {@code interfaceName}) are read.</li>
 *   <li>{@code show ip ospf neighbor json}: {@code {"neighbors": {ROUTER-ID: [ {...} ]}}} with
 *       {@code state} as {@code Full/DR} and {@code ifaceName} as {@code tun0:10.0.0.2}.</li>
 *   <li>{@code show ip ospf interface json}: {@code {"interfaces": {NAME: {"state": ...}}}}.</li>
 * </ul>
 *
 * Interface names are turned back into the design's IOS names with the lab's name table.
 */
public final class FrrOspfJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonParser.Feature.ALLOW_COMMENTS, false);

    private FrrOspfJson() {}

    /** The JSON documents of a vtysh run with several {@code -c} commands, in order. */
    public static List<JsonNode> documents(String text) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(text)) {
            while (it.hasNextValue()) {
                out.add(it.nextValue());
            }
        }
        return out;
    }

    /** The selected OSPF routes of {@code router} from {@code show ip route ospf json}. */
    public static List<RouteEntry> routes(String router, JsonNode doc, Map<String, String> iosNames) {
        List<RouteEntry> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (JsonNode entry : e.getValue()) {
                if (!"ospf".equals(entry.path("protocol").asText()) || !entry.path("selected").asBoolean(false)) {
                    continue;
                }
                List<NextHopEntry> hops = new ArrayList<>();
                for (JsonNode h : entry.path("nexthops")) {
                    if (!h.path("active").asBoolean(false)) {
                        continue;
                    }
                    String ip = h.path("ip").asText(NextHopEntry.NO_GATEWAY);
                    String linux = h.path("interfaceName").asText(null);
                    hops.add(new NextHopEntry(ip, linux == null ? null : iosNames.getOrDefault(linux, linux)));
                }
                out.add(new RouteEntry(router, entry.path("prefix").asText(e.getKey()), entry.path("metric").asInt(), hops));
            }
        }
        return out;
    }

    /**
     * The neighbors of {@code router} from {@code show ip ospf neighbor json}, without those that
     * are {@code Down} or {@code Deleted}. On interfaces in {@code noDr} (networks that elect no
     * DR) the role is {@code -}, as IOS prints it.
     */
    public static List<NeighborEntry> neighbors(String router, JsonNode doc, Map<String, String> iosNames, Set<String> noDr) {
        JsonNode table = doc.has("neighbors") ? doc.get("neighbors") : doc;
        List<NeighborEntry> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode list = e.getValue().isArray() ? e.getValue() : null;
            if (list == null) {
                continue;
            }
            for (JsonNode n : list) {
                String[] stateRole = n.path("state").asText("").split("/", 2);
                String state = state(stateRole[0]);
                if (state.equals("DOWN") || state.equals("DELETED")) {
                    continue;
                }
                String linux = n.path("ifaceName").asText("");
                int colon = linux.indexOf(':');
                if (colon >= 0) {
                    linux = linux.substring(0, colon);
                }
                String role = noDr.contains(linux) || stateRole.length < 2 ? "-" : role(stateRole[1]);
                out.add(new NeighborEntry(router, e.getKey(), iosNames.getOrDefault(linux, linux), state, role));
            }
        }
        return out;
    }

    /** Interface name to FRR's interface state ({@code DR}, {@code Backup}, {@code DROther}, {@code Waiting}, ...). */
    public static Map<String, String> interfaceStates(JsonNode doc) {
        JsonNode table = doc.has("interfaces") ? doc.get("interfaces") : doc;
        Map<String, String> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject()) {
                out.put(e.getKey(), e.getValue().path("state").asText(""));
            }
        }
        return out;
    }

    /** FRR's neighbor state word in IOS spelling. */
    static String state(String frr) {
        return switch (frr.toLowerCase(Locale.ROOT)) {
            case "full" -> "FULL";
            case "2-way" -> "2WAY";
            case "init" -> "INIT";
            case "exstart" -> "EXSTART";
            case "exchange" -> "EXCHANGE";
            case "loading" -> "LOADING";
            case "attempt" -> "ATTEMPT";
            case "down" -> "DOWN";
            case "deleted" -> "DELETED";
            default -> frr.toUpperCase(Locale.ROOT);
        };
    }

    static String role(String frr) {
        return switch (frr) {
            case "DR" -> "DR";
            case "Backup" -> "BDR";
            case "DROther" -> "DROTHER";
            default -> "-";
        };
    }
}

package org.labcanvas.model.sim.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Topology;

/**
 * Reads event scripts:
 *
 * <pre>
 * events:
 *   - at: 10m
 *     device: R0
 *     action: down
 * </pre>
 *
 * Every problem is reported with its line; a script with any problem yields no events at all.
 * Other features (ACE, 6in4) register their own keys with {@link #withExtraKeys}; their values
 * reach {@link ScriptEvent#extra()} unchecked.
 */
public final class EventScriptParser {
    private static final Set<String> KEYS = Set.of("at", "device", "interface", "link", "action", "cli", "ping",
            "source", "repeat", "address", "enabled");
    private static final YAMLFactory YAML = new YAMLFactory();

    private final Topology topology;
    private final Set<String> extraKeys;

    private EventScriptParser(Topology topology, Set<String> extraKeys) {
        this.topology = topology;
        this.extraKeys = extraKeys;
    }

    /** A parser that checks device and interface names against {@code topology}. */
    public static EventScriptParser forTopology(Topology topology) {
        return new EventScriptParser(topology, Set.of());
    }

    /** The same parser also accepting {@code keys} (for actions of other features). */
    public EventScriptParser withExtraKeys(Set<String> keys) {
        Set<String> all = new TreeSet<>(extraKeys);
        all.addAll(keys);
        return new EventScriptParser(topology, Set.copyOf(all));
    }

    public EventScript parse(String yaml) throws EventScriptException {
        Node root;
        try (JsonParser p = YAML.createParser(yaml)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return EventScript.EMPTY;
            }
            root = read(p);
            if (p.nextToken() != null) {
                throw new EventScriptException(p.currentTokenLocation().getLineNr(),
                        "a second YAML document; an event script is one document with the key 'events'");
            }
        } catch (IOException e) {
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null
                    ? jpe.getLocation().getLineNr() : 0;
            throw new EventScriptException(line, "not valid YAML: " + yamlProblem(e.getMessage()));
        }
        if (!(root instanceof MapNode top)) {
            throw new EventScriptException(root.line(), "the script must be a mapping with the key 'events'");
        }
        for (Map.Entry<String, Node> e : top.entries.entrySet()) {
            if (!e.getKey().equals("events")) {
                throw new EventScriptException(top.keyLines.get(e.getKey()), "unknown key '" + e.getKey()
                        + "' (the script has one key, 'events')");
            }
        }
        Node events = top.entries.get("events");
        if (events == null) {
            throw new EventScriptException(root.line(), "missing key 'events'");
        }
        if (events instanceof Scalar s && s.text == null) {
            return EventScript.EMPTY;
        }
        if (!(events instanceof ListNode list)) {
            throw new EventScriptException(events.line(), "'events' must be a list of entries starting with '- at:'");
        }
        List<ScriptEvent> out = new ArrayList<>();
        for (Node n : list.items) {
            out.add(event(n));
        }
        return new EventScript(out);
    }

    private ScriptEvent event(Node n) throws EventScriptException {
        if (!(n instanceof MapNode m)) {
            throw new EventScriptException(n.line(), "an event must be a mapping (at:, device:, action: ...)");
        }
        for (String k : m.entries.keySet()) {
            if (!KEYS.contains(k) && !extraKeys.contains(k)) {
                throw new EventScriptException(m.keyLines.get(k), "unknown key '" + k + "'; known keys: "
                        + String.join(", ", new TreeSet<>(unionKeys())));
            }
        }
        int line = m.line();
        String atText = scalar(m, "at");
        if (atText == null) {
            throw new EventScriptException(line, "the event has no 'at:' time");
        }
        Duration at = SimTime.parse(atText).orElseThrow(() -> new EventScriptException(m.keyLines.get("at"),
                "bad time '" + atText + "'; write 45s, 10m, 1h30m, 11m31s or hh:mm:ss, at most " + SimTime.MAX_TEXT));
        String device = scalar(m, "device");
        String iface = scalar(m, "interface");
        String cli = scalar(m, "cli");
        String ping = scalar(m, "ping");
        String source = scalar(m, "source");
        String repeatText = scalar(m, "repeat");
        String actionText = scalar(m, "action");
        List<Endpoint> link = link(m);
        SortedMapBuilder extra = new SortedMapBuilder();
        for (String k : extraKeys) {
            if (m.entries.containsKey(k)) {
                extra.put(k, scalar(m, k));
            }
        }
        if (device != null) {
            Device d = topology.device(device).orElseThrow(() -> new EventScriptException(m.keyLines.get("device"),
                    "unknown device '" + device + "'"));
            if (iface != null && d.iface(iface).isEmpty()) {
                throw new EventScriptException(m.keyLines.get("interface"), "device " + device
                        + " has no interface '" + iface + "'");
            }
            if (source != null && d.iface(source).isEmpty()) {
                throw new EventScriptException(m.keyLines.get("source"), "device " + device
                        + " has no interface '" + source + "'");
            }
        }
        if (iface != null && device == null) {
            throw new EventScriptException(m.keyLines.get("interface"), "'interface' needs 'device'");
        }
        Boolean up = null;
        boolean reload = false;
        String addressText = scalar(m, "address");
        String enabledText = scalar(m, "enabled");
        String action = actionText == null ? null : actionText.trim().toLowerCase(java.util.Locale.ROOT);
        if (action != null && SIX_IN_FOUR_ACTIONS.contains(action)) {
            return sixInFourAction(m, line, at, action, device, addressText, enabledText,
                    iface != null || !link.isEmpty() || cli != null || ping != null);
        }
        if (addressText != null || enabledText != null) {
            throw new EventScriptException(m.keyLines.get(addressText != null ? "address" : "enabled"), "'"
                    + (addressText != null ? "address" : "enabled") + "' belongs to "
                    + (addressText != null ? "'action: public-ip-change'" : "'action: cpe-nat' or 'action: block-proto41'"));
        }
        if (action != null) {
            switch (action) {
                case "down" -> up = false;
                case "up" -> up = true;
                case "reload" -> reload = true;
                default -> throw new EventScriptException(m.keyLines.get("action"), "unknown action '" + actionText
                        + "' (down, up, reload, public-ip-change, updater-run, cpe-nat or block-proto41)");
            }
            if (reload && (iface != null || !link.isEmpty())) {
                throw new EventScriptException(m.keyLines.get("action"), "'reload' applies to a device only");
            }
        }
        boolean hasAction = actionText != null;
        int kinds = (hasAction ? 1 : 0) + (cli != null ? 1 : 0) + (ping != null ? 1 : 0);
        if (kinds > 1) {
            throw new EventScriptException(line, "an event has one of 'action', 'cli' or 'ping'");
        }
        if (kinds == 0 && extra.map.isEmpty()) {
            throw new EventScriptException(line, "the event says nothing to do: add 'action', 'cli' or 'ping'");
        }
        if ((cli != null || ping != null) && device == null) {
            throw new EventScriptException(line, "'" + (cli != null ? "cli" : "ping") + "' needs 'device'");
        }
        if (hasAction && device == null && link.isEmpty()) {
            throw new EventScriptException(line, "'action' needs 'device' or 'link'");
        }
        if (!link.isEmpty() && device != null) {
            throw new EventScriptException(m.keyLines.get("link"), "a link event has no 'device'");
        }
        if (!link.isEmpty() && !hasAction) {
            throw new EventScriptException(m.keyLines.get("link"), "a link event needs 'action: down' or 'action: up'");
        }
        if (iface != null && !hasAction) {
            throw new EventScriptException(m.keyLines.get("interface"), "an interface event needs 'action: down' or 'action: up'");
        }
        if ((source != null || repeatText != null) && ping == null) {
            throw new EventScriptException(line, "'source' and 'repeat' belong to 'ping'");
        }
        if (ping != null && org.labcanvas.model.addr.HostAddress.tryParse(ping).isEmpty()) {
            throw new EventScriptException(m.keyLines.get("ping"), "'" + ping + "' is not an IP address");
        }
        int repeat = ScriptEvent.DEFAULT_PING_REPEAT;
        if (repeatText != null) {
            String r = repeatText.trim();
            repeat = r.matches("\\d{1,7}") ? Integer.parseInt(r) : -1;
            if (repeat < 1 || repeat > 2147483) {
                throw new EventScriptException(m.keyLines.get("repeat"), "bad repeat count '" + repeatText
                        + "' (1 to 2147483, as IOS accepts)");
            }
        }
        if (hasAction && !link.isEmpty()) {
            return new ScriptEvent.LinkState(line, at, link.get(0), link.get(1), up);
        }
        if (hasAction && iface != null) {
            return new ScriptEvent.InterfaceState(line, at, device, iface, up);
        }
        if (hasAction) {
            return reload ? new ScriptEvent.Reload(line, at, device) : new ScriptEvent.Power(line, at, device, up);
        }
        if (cli != null) {
            Device d = topology.device(device).orElseThrow();
            return new ScriptEvent.Cli(line, at, device, d.kind() == org.labcanvas.model.topology.DeviceKind.ACE
                    ? AceCliLines.parse(d, cli, cliFirstLine(m)) : ConfigLines.parse(d, cli, cliFirstLine(m)));
        }
        if (ping != null) {
            return new ScriptEvent.Ping(line, at, device, ping.trim(), source, repeat);
        }
        return new ScriptEvent.Extension(line, at, device, extra.map);
    }

    private static final Set<String> SIX_IN_FOUR_ACTIONS = Set.of("public-ip-change", "updater-run", "cpe-nat",
            "block-proto41");

    /**
     * {@code public-ip-change} (with {@code address:}), {@code updater-run}, {@code cpe-nat} and
     * {@code block-proto41} (with {@code enabled:}) on a 6in4 client ({@code block-proto41} also on a
     * broker).
     */
    private ScriptEvent sixInFourAction(MapNode m, int line, Duration at, String action, String device, String address,
                                        String enabled, boolean other) throws EventScriptException {
        int actionLine = m.keyLines.get("action");
        if (device == null) {
            throw new EventScriptException(line, "'" + action + "' needs 'device' (the 6in4 client"
                    + (action.equals("block-proto41") ? " or the broker" : "") + ")");
        }
        if (other) {
            throw new EventScriptException(line, "'" + action + "' takes 'device' only (no interface, link, cli or ping)");
        }
        Device d = topology.device(device).orElseThrow();
        boolean client = d.sixInFour() != null;
        boolean broker = d.broker() != null;
        if (!client && !(broker && action.equals("block-proto41"))) {
            throw new EventScriptException(actionLine, "'" + action + "' applies to a 6in4 client"
                    + (action.equals("block-proto41") ? " or a tunnel broker; " + device + " is neither"
                    : "; " + device + " is not one (it has no 6in4 settings)"));
        }
        boolean needsAddress = action.equals("public-ip-change");
        boolean needsEnabled = action.equals("cpe-nat") || action.equals("block-proto41");
        if (address != null && !needsAddress) {
            throw new EventScriptException(m.keyLines.get("address"), "'address' belongs to 'action: public-ip-change'");
        }
        if (enabled != null && !needsEnabled) {
            throw new EventScriptException(m.keyLines.get("enabled"), "'enabled' belongs to 'action: cpe-nat' or 'action: block-proto41'");
        }
        switch (action) {
            case "public-ip-change" -> {
                if (address == null) {
                    throw new EventScriptException(line, "'public-ip-change' needs 'address:' (the new public IPv4)");
                }
                String a = address.trim();
                if (org.labcanvas.model.sim.underlay.Ipv4Prefix.address(a).isEmpty() || !a.matches("[0-9.]+")) {
                    throw new EventScriptException(m.keyLines.get("address"), "'" + OneLine.of(a)
                            + "' is not an IPv4 address (write it dotted: 198.51.100.7)");
                }
                return new ScriptEvent.Action(line, at, new org.labcanvas.model.sim.core.DeviceAction.PublicAddressChange(device, a));
            }
            case "updater-run" -> {
                if (d.sixInFour().updater() == null) {
                    throw new EventScriptException(actionLine, device + " has no dynamic-IP updater to run");
                }
                return new ScriptEvent.Action(line, at, new org.labcanvas.model.sim.core.DeviceAction.UpdaterRun(device));
            }
            default -> {
                if (enabled == null) {
                    throw new EventScriptException(line, "'" + action + "' needs 'enabled: true' or 'enabled: false'");
                }
                boolean on = switch (enabled.trim().toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "yes", "on" -> true;
                    case "false", "no", "off" -> false;
                    default -> throw new EventScriptException(m.keyLines.get("enabled"), "'enabled' is true or false, not '"
                            + OneLine.of(enabled) + "'");
                };
                return new ScriptEvent.Action(line, at, action.equals("cpe-nat")
                        ? new org.labcanvas.model.sim.core.DeviceAction.CpeNat(device, on)
                        : new org.labcanvas.model.sim.core.DeviceAction.BlockProtocol41(device, on));
            }
        }
    }

    /** A value quoted back in a message: its first line, at most 40 characters. */
    private static final class OneLine {
        static String of(String s) {
            String f = firstLine(s).strip();
            return f.length() > 40 ? f.substring(0, 40) + "..." : f;
        }
    }

    /**
     * The script line of the first command of a {@code cli:} value: the key's own line for
     * {@code cli: interface X}, the next line for a block ({@code cli: |}).
     */
    private static int cliFirstLine(MapNode m) {
        int keyLine = m.keyLines.get("cli");
        Node n = m.entries.get("cli");
        return n.line() > keyLine ? n.line() : keyLine + (((Scalar) n).block ? 1 : 0);
    }

    private Set<String> unionKeys() {
        Set<String> s = new TreeSet<>(KEYS);
        s.addAll(extraKeys);
        return s;
    }

    private List<Endpoint> link(MapNode m) throws EventScriptException {
        Node n = m.entries.get("link");
        if (n == null) {
            return List.of();
        }
        int line = m.keyLines.get("link");
        if (!(n instanceof ListNode l) || l.items.size() != 2) {
            throw new EventScriptException(line, "'link' must list its two ends: [R0:FastEthernet2/0, R1:FastEthernet2/0]");
        }
        List<Endpoint> ends = new ArrayList<>();
        for (Node item : l.items) {
            if (!(item instanceof Scalar s) || s.text == null) {
                throw new EventScriptException(item.line(), "a link end is DEVICE:INTERFACE or a LAN/Internet node name");
            }
            ends.add(endpoint(s.text.trim(), s.line));
        }
        boolean exists = topology.links().stream().anyMatch(k ->
                (k.a().equals(ends.get(0)) && k.b().equals(ends.get(1)))
                        || (k.a().equals(ends.get(1)) && k.b().equals(ends.get(0))));
        if (!exists) {
            throw new EventScriptException(line, "there is no link between " + ends.get(0) + " and " + ends.get(1));
        }
        return ends;
    }

    private Endpoint endpoint(String text, int line) throws EventScriptException {
        int colon = text.indexOf(':');
        String dev = colon < 0 ? text : text.substring(0, colon);
        String ifName = colon < 0 ? null : text.substring(colon + 1);
        Device d = topology.device(dev).orElseThrow(() -> new EventScriptException(line, "unknown device '" + dev + "'"));
        if (ifName != null && d.iface(ifName).isEmpty()) {
            throw new EventScriptException(line, "device " + dev + " has no interface '" + ifName + "'");
        }
        return new Endpoint(dev, ifName);
    }

    private static String scalar(MapNode m, String key) throws EventScriptException {
        Node n = m.entries.get(key);
        if (n == null) {
            return null;
        }
        if (!(n instanceof Scalar s)) {
            throw new EventScriptException(m.keyLines.get(key), "'" + key + "' must be a single value");
        }
        return s.text;
    }

    /**
     * The YAML parser's own words ("while parsing a flow sequence; expected ',' or ']', but got
     * <stream end>") without its position lines, source excerpts, markers and class names.
     */
    static String yamlProblem(String message) {
        if (message == null) {
            return "unreadable";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String l : message.split("\n")) {
            String t = l.strip();
            if (t.isEmpty() || l.startsWith(" ") || t.startsWith("in '") || t.startsWith("at [Source") || t.equals("^")
                    || t.matches(".*\\b(org|com|java)\\.[a-z]+\\.[\\w.$]+.*")) {
                continue;
            }
            parts.add(t);
        }
        return parts.isEmpty() ? "unreadable" : String.join("; ", parts);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    // ------------------------------------------------------------------ a tiny tree with line numbers

    private static Node read(JsonParser p) throws IOException, EventScriptException {
        JsonToken t = p.currentToken();
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_OBJECT) {
            MapNode m = new MapNode(line);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = p.currentTokenLocation().getLineNr();
                if (m.entries.containsKey(key)) {
                    throw new EventScriptException(keyLine, "key '" + key + "' appears twice in one entry");
                }
                p.nextToken();
                m.keyLines.put(key, keyLine);
                m.entries.put(key, read(p));
            }
            return m;
        }
        if (t == JsonToken.START_ARRAY) {
            ListNode l = new ListNode(line);
            while (p.nextToken() != JsonToken.END_ARRAY) {
                l.items.add(read(p));
            }
            return l;
        }
        String text = t == JsonToken.VALUE_NULL ? null : p.getText();
        int end = p.currentLocation().getLineNr();
        return new Scalar(line, text, text != null && text.contains("\n") && end > line);
    }

    private sealed interface Node permits MapNode, ListNode, Scalar {
        int line();
    }

    private record MapNode(int line, Map<String, Node> entries, Map<String, Integer> keyLines) implements Node {
        MapNode(int line) {
            this(line, new LinkedHashMap<>(), new LinkedHashMap<>());
        }
    }

    private record ListNode(int line, List<Node> items) implements Node {
        ListNode(int line) {
            this(line, new ArrayList<>());
        }
    }

    private record Scalar(int line, String text, boolean block) implements Node {}

    private static final class SortedMapBuilder {
        final TreeMap<String, String> map = new TreeMap<>();

        void put(String k, String v) {
            map.put(k, v);
        }
    }
}

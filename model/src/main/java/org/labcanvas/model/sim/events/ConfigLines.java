package org.labcanvas.model.sim.events;

import org.labcanvas.model.sim.core.ConfigCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.labcanvas.model.ios.TypedInterfaceName;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;

/**
 * The IOS configuration commands a {@code cli:} block may hold, checked before anything runs. The
 * simulation applies:
 * <pre>
 * configure terminal        (also conf t)
 * interface NAME            (abbreviations as IOS takes them: int tu0)
 *  shutdown | no shutdown   (shut, no shut)
 *  ip ospf cost N           (1-65535)
 *  no ip ospf cost
 * exit | end
 * </pre>
 * Any other line is an error naming its script line; the line's text after its first word is not
 * repeated (it may hold a key or a password).
 */
public final class ConfigLines {
    /** The commands, as the error message lists them. */
    public static final String SUPPORTED = "configure terminal, interface NAME, shutdown, no shutdown, "
            + "ip ospf cost N, no ip ospf cost, exit, end";

    private ConfigLines() {}

    /**
     * Parses {@code text} typed on {@code device}; {@code firstLine} is the script line of its first
     * line.
     */
    public static List<ConfigCommand> parse(Device device, String text, int firstLine) throws EventScriptException {
        List<ConfigCommand> out = new ArrayList<>();
        String current = null;
        String[] lines = text.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            int line = firstLine + k;
            String raw = lines[k].strip();
            if (raw.isEmpty() || raw.startsWith("!")) {
                continue;
            }
            String low = raw.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String[] w = low.split(" ");
            if (is(w[0], "configure", 4) && (w.length == 1 || (w.length == 2 && is(w[1], "terminal", 1)))) {
                continue;
            }
            if (w.length == 1 && (is(w[0], "exit", 2) || is(w[0], "end", 2))) {
                current = null;
                continue;
            }
            if (is(w[0], "interface", 3) && w.length >= 2) {
                String typed = raw.substring(raw.indexOf(' ') + 1).strip();
                current = TypedInterfaceName.resolve(device, typed).map(Interface::name).orElseThrow(() ->
                        new EventScriptException(line, "device " + device.name() + " has no interface '" + typed + "'"));
                continue;
            }
            boolean no = w[0].equals("no");
            int o = no ? 1 : 0;
            if (w.length == o + 1 && is(w[o], "shutdown", 4)) {
                out.add(new ConfigCommand.Shutdown(line, need(current, line, raw), !no));
                continue;
            }
            if (w.length >= o + 3 && w[o].equals("ip") && w[o + 1].equals("ospf") && w[o + 2].equals("cost")) {
                String iface = need(current, line, raw);
                if (no && w.length == 4) {
                    out.add(new ConfigCommand.OspfCost(line, iface, null));
                    continue;
                }
                if (!no && w.length == 4) {
                    int cost = w[3].matches("\\d{1,5}") ? Integer.parseInt(w[3]) : -1;
                    if (cost < 1 || cost > 65535) {
                        throw new EventScriptException(line, "bad OSPF cost '" + w[3] + "' (1-65535)");
                    }
                    out.add(new ConfigCommand.OspfCost(line, iface, cost));
                    continue;
                }
            }
            throw new EventScriptException(line, "'" + w[0] + (w.length > 1 ? " ...'" : "'")
                    + " is not a command the simulation applies; it applies " + SUPPORTED);
        }
        if (out.isEmpty()) {
            throw new EventScriptException(firstLine, "the 'cli' block changes nothing; it applies " + SUPPORTED);
        }
        return out;
    }

    private static String need(String current, int line, String raw) throws EventScriptException {
        if (current == null) {
            String first = raw.strip().split("\\s+")[0];
            throw new EventScriptException(line, "'" + first + " ...' needs an 'interface NAME' line before it");
        }
        return current;
    }

    /** Whether {@code typed} abbreviates {@code word} with at least {@code min} letters. */
    private static boolean is(String typed, String word, int min) {
        return typed.length() >= Math.min(min, word.length()) && word.startsWith(typed);
    }
}

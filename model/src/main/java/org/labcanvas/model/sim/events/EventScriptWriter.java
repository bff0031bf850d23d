package org.labcanvas.model.sim.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.labcanvas.model.sim.core.ConfigCommand;
import org.labcanvas.model.topology.Endpoint;

/**
 * Writes events as an event script that {@link EventScriptParser} reads back to the same events
 * (times to the second: a script counts whole seconds, so an event injected at 10:00.250 is written
 * {@code 10m}). What the designer's "Export Events" saves.
 */
public final class EventScriptWriter {
    private EventScriptWriter() {
    }

    /** The whole script: {@code events:} and one entry per event, in the order given. */
    public static String write(List<ScriptEvent> events) {
        StringBuilder b = new StringBuilder();
        if (events.isEmpty()) {
            return "events: []\n";
        }
        b.append("events:\n");
        for (ScriptEvent e : events) {
            b.append("  - at: ").append(time(e.at())).append('\n');
            if (e instanceof ScriptEvent.Power p) {
                device(b, p.device()).append("    action: ").append(p.on() ? "up" : "down").append('\n');
            } else if (e instanceof ScriptEvent.Reload r) {
                device(b, r.device()).append("    action: reload\n");
            } else if (e instanceof ScriptEvent.InterfaceState i) {
                device(b, i.device()).append("    interface: ").append(quoted(i.iface())).append('\n')
                        .append("    action: ").append(i.up() ? "up" : "down").append('\n');
            } else if (e instanceof ScriptEvent.LinkState l) {
                b.append("    link: [").append(end(l.a())).append(", ").append(end(l.b()))
                        .append("]\n    action: ").append(l.up() ? "up" : "down").append('\n');
            } else if (e instanceof ScriptEvent.Cli c) {
                device(b, c.device()).append("    cli: |\n");
                for (String line : cliLines(c.commands())) {
                    b.append("      ").append(line).append('\n');
                }
            } else if (e instanceof ScriptEvent.Ping p) {
                device(b, p.device()).append("    ping: ").append(quoted(p.target())).append('\n');
                if (p.source() != null) {
                    b.append("    source: ").append(quoted(p.source())).append('\n');
                }
                if (p.repeat() != ScriptEvent.DEFAULT_PING_REPEAT) {
                    b.append("    repeat: ").append(p.repeat()).append('\n');
                }
            } else if (e instanceof ScriptEvent.Extension x) {
                if (x.device() != null) {
                    device(b, x.device());
                }
                for (Map.Entry<String, String> k : x.keys().entrySet()) {
                    b.append("    ").append(k.getKey()).append(": ").append(quoted(k.getValue())).append('\n');
                }
            }
        }
        return b.toString();
    }

    /** The configuration lines of a {@code cli:} block, as typed: one {@code interface} per run of commands on it. */
    public static List<String> cliLines(List<ConfigCommand> commands) {
        ArrayList<String> out = new ArrayList<>();
        out.add("configure terminal");
        String iface = null;
        for (ConfigCommand c : commands) {
            String on = c instanceof ConfigCommand.Shutdown s ? s.iface() : ((ConfigCommand.OspfCost) c).iface();
            if (!on.equals(iface)) {
                out.add("interface " + on);
                iface = on;
            }
            if (c instanceof ConfigCommand.Shutdown s) {
                out.add(s.shutdown() ? " shutdown" : " no shutdown");
            } else if (c instanceof ConfigCommand.OspfCost o) {
                out.add(o.cost() == null ? " no ip ospf cost" : " ip ospf cost " + o.cost());
            }
        }
        out.add("end");
        return out;
    }

    /** {@code 10m}, {@code 12m30s}, {@code 1h2m3s}, {@code 0s}: whole seconds, rounded down. */
    public static String time(Duration d) {
        long s = d.getSeconds();
        if (s == 0) {
            return "0s";
        }
        StringBuilder b = new StringBuilder();
        if (s >= 3600) {
            b.append(s / 3600).append('h');
        }
        if (s % 3600 >= 60) {
            b.append((s % 3600) / 60).append('m');
        }
        if (s % 60 > 0) {
            b.append(s % 60).append('s');
        }
        return b.toString();
    }

    private static StringBuilder device(StringBuilder b, String device) {
        return b.append("    device: ").append(quoted(device)).append('\n');
    }

    private static String end(Endpoint e) {
        return quoted(e.iface() == null ? e.device() : e.device() + ":" + e.iface());
    }

    /** Plain when YAML reads it back as the same string, otherwise double-quoted. */
    static String quoted(String v) {
        if (v.matches("[A-Za-z0-9_][A-Za-z0-9_./:-]*") && !v.matches("\\d+(\\.\\d+)?|true|false|yes|no|on|off|null|~")
                && !v.endsWith(":")) {
            return v;
        }
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

package org.labcanvas.model.sim.events;

import org.labcanvas.model.sim.core.ConfigCommand;

import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Collections;
import org.labcanvas.model.topology.Endpoint;

/**
 * One entry of an event script (or one event injected into a session). Each kind is its own
 * record; {@link #line()} is the line of the entry in the script (0 for an injected event).
 */
public sealed interface ScriptEvent {
    /** Default {@code repeat} of a ping (IOS sends 5). */
    int DEFAULT_PING_REPEAT = 5;

    int line();

    Duration at();

    /** The device the timeline line names (a link event names its first end's device). */
    String device();

    /** What happens, in words, for the timeline ({@code power off}). */
    String describe();

    /** The same event at another time (for injection at the current time). */
    ScriptEvent at(Duration when);

    /** {@code action: down} / {@code up} on a device: power off or on. */
    record Power(int line, Duration at, String device, boolean on) implements ScriptEvent {
        public String describe() { return on ? "power on" : "power off"; }
        public ScriptEvent at(Duration when) { return new Power(line, when, device, on); }
    }

    /** {@code action: reload} on a device. */
    record Reload(int line, Duration at, String device) implements ScriptEvent {
        public String describe() { return "reload"; }
        public ScriptEvent at(Duration when) { return new Reload(line, when, device); }
    }

    /** {@code device} + {@code interface} + {@code action: down|up}: the interface shut or unshut. */
    record InterfaceState(int line, Duration at, String device, String iface, boolean up) implements ScriptEvent {
        public String describe() { return "interface " + iface + (up ? " no shutdown" : " shutdown"); }
        public ScriptEvent at(Duration when) { return new InterfaceState(line, when, device, iface, up); }
    }

    /** {@code link: [A:IF, B:IF]} + {@code action: down|up}: the cable cut or restored. */
    record LinkState(int line, Duration at, Endpoint a, Endpoint b, boolean up) implements ScriptEvent {
        public String device() { return a.device(); }
        public String describe() { return "link " + a + " - " + b + (up ? " restored" : " cut"); }
        public ScriptEvent at(Duration when) { return new LinkState(line, when, a, b, up); }
    }

    /** {@code cli: |} configuration typed on a device, parsed into commands the engine applies. */
    record Cli(int line, Duration at, String device, List<ConfigCommand> commands) implements ScriptEvent {
        public Cli {
            commands = List.copyOf(commands);
        }
        public String describe() { return "configuration (" + commands.size() + (commands.size() == 1 ? " command)" : " commands)"); }
        public ScriptEvent at(Duration when) { return new Cli(line, when, device, commands); }
    }

    /** {@code ping: ADDRESS} from a device, optionally from {@code source} and {@code repeat} times. */
    record Ping(int line, Duration at, String device, String target, String source, int repeat) implements ScriptEvent {
        public String describe() { return "ping " + target + (source == null ? "" : " source " + source) + " repeat " + repeat; }
        public ScriptEvent at(Duration when) { return new Ping(line, when, device, target, source, repeat); }
    }

    /**
     * {@code device} + {@code action: public-ip-change|updater-run|cpe-nat|block-proto41}: something
     * that happens to the device from outside (its provider, a job, the box in front of it).
     */
    record Action(int line, Duration at, org.labcanvas.model.sim.core.DeviceAction action) implements ScriptEvent {
        public String device() { return action.device(); }
        public String describe() { return action.describe(); }
        public ScriptEvent at(Duration when) { return new Action(line, when, action); }
    }

    /**
     * Keys another feature registered with {@link EventScriptParser#withExtraKeys}; the DMVPN engine
     * does not act on them.
     */
    record Extension(int line, Duration at, String device, SortedMap<String, String> keys) implements ScriptEvent {
        public Extension {
            keys = Collections.unmodifiableSortedMap(new TreeMap<>(keys));
        }
        public String describe() { return String.join(", ", keys.keySet()); }
        public ScriptEvent at(Duration when) { return new Extension(line, when, device, keys); }
    }
}

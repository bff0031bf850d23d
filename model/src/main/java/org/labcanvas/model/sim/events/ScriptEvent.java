package org.labcanvas.model.sim.events;

import java.time.Duration;
import java.util.List;
import org.labcanvas.model.topology.Endpoint;

/**
 * One entry of an event script. Exactly one of the action fields applies: {@code action} for
 * device, interface and link state, {@code cli} for typed commands, {@code ping} for traffic.
 *
 * @param line      the line of the entry's first key in the script (for messages)
 * @param at        when it happens on the virtual clock
 * @param device    the device; null for link events
 * @param iface     the interface for interface events; null otherwise
 * @param link      the two ends of a link for link events; empty otherwise
 * @param action    {@code down}, {@code up} or {@code reload}; null for cli and ping
 * @param cli       commands as typed, one per line; null when none
 * @param ping      destination address of a ping; null when none
 * @param source    {@code source} interface of the ping; null for the default
 * @param repeat    {@code repeat} count of the ping (IOS default 5)
 * @param extra     keys registered by other features ({@link EventScriptParser#withExtraKeys}), sorted
 */
public record ScriptEvent(int line, Duration at, String device, String iface, List<Endpoint> link, Action action,
                          String cli, String ping, String source, int repeat, java.util.SortedMap<String, String> extra) {
    public static final int DEFAULT_PING_REPEAT = 5;

    public ScriptEvent {
        link = link == null ? List.of() : List.copyOf(link);
        extra = extra == null ? new java.util.TreeMap<>() : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(extra));
    }

    /** What a state event does. */
    public enum Action {
        DOWN, UP, RELOAD;
    }

    public Kind kind() {
        if (!extra.isEmpty() && action == null && cli == null && ping == null) return Kind.EXTENSION;
        if (cli != null) return Kind.CLI;
        if (ping != null) return Kind.PING;
        if (!link.isEmpty()) return Kind.LINK;
        if (iface != null) return Kind.INTERFACE;
        return Kind.DEVICE;
    }

    /** The kinds of entries this engine knows. */
    public enum Kind {
        DEVICE, INTERFACE, LINK, CLI, PING, EXTENSION
    }
}

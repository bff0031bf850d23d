package org.labcanvas.model.sim.core;

/**
 * A configuration command the simulation applies to a running device, parsed from a {@code cli:}
 * block. Interface names are the device's full names ({@code Tunnel0}, not {@code tu0}).
 */
public sealed interface ConfigCommand {
    /** The line of the event script the command was on. */
    int line();

    /** {@code shutdown} / {@code no shutdown} under {@code interface}. */
    record Shutdown(int line, String iface, boolean shutdown) implements ConfigCommand {}

    /** {@code ip ospf cost N} ({@code cost} 1-65535), or {@code no ip ospf cost} ({@code cost} null). */
    record OspfCost(int line, String iface, Integer cost) implements ConfigCommand {}
}

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

    /**
     * A line typed on a Cisco ACE module, checked against the ACE command line: {@code words} are the
     * full keywords and the arguments ({@code [ft, switchover, all, force]}), {@code context} the
     * context it was typed in ({@code changeto}), {@code ftGroup} the {@code ft group} sub-mode it
     * was typed in (null outside it), {@code config} whether it was typed in configuration mode.
     */
    record AceLine(int line, String context, Integer ftGroup, boolean config, java.util.List<String> words)
            implements ConfigCommand {
        public AceLine {
            words = java.util.List.copyOf(words);
        }

        /** The words joined by spaces, as the ACE would echo the command. */
        public String text() {
            return String.join(" ", words);
        }
    }
}

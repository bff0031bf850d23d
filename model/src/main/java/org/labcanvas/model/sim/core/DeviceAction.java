package org.labcanvas.model.sim.core;

/**
 * Something that happens to a device from outside the protocols: its provider hands out another
 * address, a job runs on it, the box in front of it starts doing NAT, a firewall starts dropping
 * a protocol. The engine hands each one to every process; the process it concerns acts on it.
 */
public sealed interface DeviceAction {
    /** The device it happens to. */
    String device();

    /** What happens, in words, for the timeline. */
    String describe();

    /** {@code action: public-ip-change} + {@code address:}: the provider gives the device a new public IPv4. */
    record PublicAddressChange(String device, String address) implements DeviceAction {
        public String describe() { return "public IPv4 changes to " + address; }
    }

    /** {@code action: updater-run}: the dynamic-address updater runs now, outside its schedule. */
    record UpdaterRun(String device) implements DeviceAction {
        public String describe() { return "updater run"; }
    }

    /** {@code action: cpe-nat} + {@code enabled:}: the box in front of the device does NAT (without forwarding protocol 41). */
    record CpeNat(String device, boolean enabled) implements DeviceAction {
        public String describe() { return "CPE NAT " + (enabled ? "on" : "off"); }
    }

    /** {@code action: block-proto41} + {@code enabled:}: a firewall in front of the device drops IP protocol 41. */
    record BlockProtocol41(String device, boolean enabled) implements DeviceAction {
        public String describe() { return "firewall " + (enabled ? "blocks" : "passes") + " protocol 41"; }
    }
}

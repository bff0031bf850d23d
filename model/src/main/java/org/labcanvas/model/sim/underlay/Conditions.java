package org.labcanvas.model.sim.underlay;

import java.util.Set;
import java.util.TreeSet;
import org.labcanvas.model.topology.Link;

/**
 * What the event script has done to the design so far: devices powered off, interfaces shut
 * or unplugged, links cut. Interfaces with {@code shutdown} in their configuration stay down
 * unless an {@code up} event brings them up.
 */
public final class Conditions {
    private final Set<String> devicesDown = new TreeSet<>();
    private final Set<String> interfacesForcedDown = new TreeSet<>();
    private final Set<String> interfacesForcedUp = new TreeSet<>();
    private final Set<String> linksDown = new TreeSet<>();

    /** A copy to change independently. */
    public Conditions copy() {
        Conditions c = new Conditions();
        c.devicesDown.addAll(devicesDown);
        c.interfacesForcedDown.addAll(interfacesForcedDown);
        c.interfacesForcedUp.addAll(interfacesForcedUp);
        c.linksDown.addAll(linksDown);
        return c;
    }

    public boolean deviceUp(String device) {
        return !devicesDown.contains(device);
    }

    public void setDeviceUp(String device, boolean up) {
        if (up) devicesDown.remove(device); else devicesDown.add(device);
    }

    public void setInterfaceUp(String device, String iface, boolean up) {
        String k = device + ":" + iface;
        if (up) {
            interfacesForcedDown.remove(k);
            interfacesForcedUp.add(k);
        } else {
            interfacesForcedUp.remove(k);
            interfacesForcedDown.add(k);
        }
    }

    /** Administratively down: configured {@code shutdown} (unless brought up) or shut by an event. */
    public boolean adminDown(NetInterface i) {
        String k = i.device() + ":" + i.name();
        if (interfacesForcedDown.contains(k)) return true;
        if (interfacesForcedUp.contains(k)) return false;
        return i.config().shutdown();
    }

    public void setLinkUp(Link l, boolean up) {
        if (up) linksDown.remove(l.toString()); else linksDown.add(l.toString());
    }

    public boolean linkUp(Link l) {
        return !linksDown.contains(l.toString());
    }
}

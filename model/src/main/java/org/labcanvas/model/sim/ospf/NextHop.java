package org.labcanvas.model.sim.ospf;

/**
 * A first hop of an OSPF path.
 *
 * @param iface   outgoing interface name
 * @param address next-hop address; 0 when the destination is on the attached network
 */
public record NextHop(String iface, int address) implements Comparable<NextHop> {
    @Override
    public int compareTo(NextHop o) {
        int c = Integer.compareUnsigned(address, o.address);
        return c != 0 ? c : iface.compareTo(o.iface);
    }
}

package org.labcanvas.model.sim.ospf;

/**
 * One link of a router LSA (RFC 2328 A.4.2).
 *
 * @param type  point-to-point, transit or stub
 * @param id    neighbor router ID; DR interface address; stub network
 * @param data  own interface address; own interface address; stub mask
 * @param cost  the interface's output cost
 * @param iface the local interface (not part of the LSA on the wire; kept for next hops)
 */
public record LsaLink(Type type, int id, int data, int cost, String iface) {
    /** Link types, with RFC numbering. */
    public enum Type {
        POINT_TO_POINT(1), TRANSIT(2), STUB(3);

        private final int code;

        Type(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }
}

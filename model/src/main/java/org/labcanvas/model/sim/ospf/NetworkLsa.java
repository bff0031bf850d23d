package org.labcanvas.model.sim.ospf;

import java.util.List;

/**
 * A network LSA, originated by the DR of a segment with at least one full adjacency.
 *
 * @param drAddress    link-state ID: the DR's interface address
 * @param mask         network mask as an int
 * @param area         area
 * @param routerId     advertising router (the DR)
 * @param attached     router IDs of the DR and every router fully adjacent to it, ascending
 * @param sequence     LS sequence number
 * @param originatedAt virtual time of origination in ms
 */
public record NetworkLsa(int drAddress, int mask, long area, int routerId, List<Integer> attached, int sequence,
                         long originatedAt) {
    public NetworkLsa {
        attached = List.copyOf(attached);
    }
}

package org.labcanvas.model.sim.ospf;

import java.util.List;

/**
 * A router LSA as this simulation floods it.
 *
 * @param routerId     advertising router
 * @param area         area
 * @param links        links in interface order
 * @param sequence     LS sequence number (starts at 0x80000001)
 * @param originatedAt virtual time of origination in ms (the LSA's age counts from here)
 */
public record RouterLsa(int routerId, long area, List<LsaLink> links, int sequence, long originatedAt) {
    public RouterLsa {
        links = List.copyOf(links);
    }
}

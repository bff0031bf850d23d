package org.labcanvas.model.sim.ospf;

import org.labcanvas.model.sim.underlay.Ipv4Prefix;

/**
 * A type-3 (network summary) LSA that an area border router originates into one area.
 *
 * @param prefix       the summarized network
 * @param routerId     the ABR
 * @param metric       the ABR's cost to the network
 * @param area         the area it is flooded in
 * @param sequence     LS sequence number
 * @param originatedAt virtual time of origination in ms
 */
public record SummaryLsa(Ipv4Prefix prefix, int routerId, int metric, long area, int sequence, long originatedAt) {}

package org.labcanvas.model.sim.ospf;

import java.util.Map;
import org.labcanvas.model.sim.underlay.Ipv4Prefix;

/** OSPF at one instant, read-only: what {@code show} commands and exports read. */
public interface OspfState {
    /** Every OSPF router by device name. */
    Map<String, OspfRouter> routers();

    /** The OSPF process of {@code device}; null when it runs none. */
    OspfRouter router(String device);

    /** Each area's link-state database. */
    Map<Long, Lsdb> lsdbs();

    /** The OSPF routes of {@code device} (intra- and inter-area), by prefix. */
    Map<Ipv4Prefix, OspfRoute> ospfRoutes(String device);

    /**
     * The link-state databases {@code device}'s OSPF routes were computed from, by area: the copies
     * its last SPF run read (with IOS's SPF throttle a newer database may wait for the next run).
     * Empty when the device runs no OSPF, is down, or has not run SPF yet.
     */
    Map<Long, Lsdb> spfDatabases(String device);
}

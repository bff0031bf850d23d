/**
 * Derived views of a {@link org.labcanvas.model.topology.Topology}, shared by lint, the simulation
 * and the designer. Each is built once from an immutable topology in near-linear time (hash maps,
 * union-find, sorting; no all-pairs loops over devices), so designs of tens of thousands of devices
 * stay cheap:
 * <ul>
 *   <li>{@link org.labcanvas.model.analysis.AddressIndex}: parsed addresses and who owns an address;</li>
 *   <li>{@link org.labcanvas.model.analysis.Segments}: layer-2 segments from links;</li>
 *   <li>{@link org.labcanvas.model.analysis.TunnelOverlay}: which tunnel interfaces peer;</li>
 *   <li>{@link org.labcanvas.model.analysis.Underlay}: IPv4 reachability of tunnel endpoints;</li>
 *   <li>{@link org.labcanvas.model.analysis.OspfView} and
 *       {@link org.labcanvas.model.analysis.OspfNeighborhoods}: OSPF as IOS runs it on each interface;</li>
 *   <li>{@link org.labcanvas.model.analysis.KeySelection}: which pre-shared key applies to a peer.</li>
 * </ul>
 */
package org.labcanvas.model.analysis;

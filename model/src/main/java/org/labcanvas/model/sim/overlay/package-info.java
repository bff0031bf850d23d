/**
 * Tunnel delivery: whether a packet put into one tunnel comes out of another, from the underlay,
 * GRE settings, what NHRP has learned and what IPsec permits. Shared by the protocol processes
 * through two small interfaces, so that no protocol depends on another.
 */
package org.labcanvas.model.sim.overlay;

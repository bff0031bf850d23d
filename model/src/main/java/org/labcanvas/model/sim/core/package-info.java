/**
 * The simulation's core, which every protocol builds on: the virtual clock and timers, the
 * protocol-process interface and its context, the timeline (log lines, events, warnings), virtual
 * time, typed configuration commands and packet traces. It depends on no protocol.
 */
package org.labcanvas.model.sim.core;

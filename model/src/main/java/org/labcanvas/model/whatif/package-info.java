/**
 * What-if analysis on the simulation: every single failure of a design simulated from its
 * converged state ({@link org.labcanvas.model.whatif.ResilienceAnalysis}), ranked and reported as
 * text and HTML. Reads the simulation through sessions and snapshots only.
 */
package org.labcanvas.model.whatif;

/**
 * Crosscheck of the OSPF simulation against a real routing stack: the lab plan (network
 * namespaces, veth pairs, bridges, FRRouting configs) built from a design, the plain records both
 * sides are read into, the reading of FRR's JSON output, the single adapter that reads the
 * simulation ({@link org.labcanvas.model.crosscheck.SimulatedOspf}) and the comparison.
 * Running the lab (processes, root) is the command line's job.
 */
package org.labcanvas.model.crosscheck;
